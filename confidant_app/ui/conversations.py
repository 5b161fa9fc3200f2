"""The conversations part of the case editor: a small table and one entry row beneath it.

Typing a conversation takes three fields and Enter: date, channel, minutes, then Enter adds it (or,
with a row selected, changes that row). Selecting a row loads it into the entry row; Delete in the
table removes it. Nothing is checked here: the domain checks the conversations when the case is
saved, and the editor shows its reasons at this part of the form.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView

from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.ui.case_fields import combo_code, fill_combo, set_combo_code, to_date
from confidant_app.ui.models.conversation_table import ConversationRow, ConversationTableModel

if TYPE_CHECKING:
    from confidant_app.ui.forms.ui_case_editor import Ui_CaseEditor

DEFAULT_MINUTES = 30
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ConversationPanel(QObject):
    """Owns the conversation table's model and the entry row; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, ui: Ui_CaseEditor, codebook: Codebook, language: Language,
                 parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.model = ConversationTableModel(codebook, language)
        table = ui.conversationTable
        table.setModel(self.model)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fill_combo(ui.channelCombo, codebook, "channel", language)
        ui.addConversationButton.clicked.connect(self.add)
        ui.changeConversationButton.clicked.connect(self.change)
        ui.removeConversationButton.clicked.connect(self.remove)
        table.selectionModel().selectionChanged.connect(self._selected)
        for widget in (ui.conversationDateEdit, ui.channelCombo, ui.minutesSpin, table):
            widget.installEventFilter(self)
        self.reset_entry(dt.date.today())
        self._selected()

    # -- what the editor asks ---------------------------------------------------------------

    def rows(self) -> list[ConversationRow]:
        return self.model.rows()

    def set_rows(self, rows: list[ConversationRow], entry_date: dt.date) -> None:
        self.model.set_rows(rows)
        self.reset_entry(entry_date)

    def reset_entry(self, day: dt.date) -> None:
        self.ui.conversationTable.clearSelection()
        self.ui.conversationDateEdit.setDate(QDate(day.year, day.month, day.day))
        set_combo_code(self.ui.channelCombo, self.ui.channelCombo.itemData(0))
        self.ui.minutesSpin.setValue(DEFAULT_MINUTES)

    # -- editing ----------------------------------------------------------------------------

    def _entry(self) -> ConversationRow | None:
        channel = combo_code(self.ui.channelCombo)
        if channel is None:
            return None
        return ConversationRow(to_date(self.ui.conversationDateEdit.date()), channel,
                               self.ui.minutesSpin.value())

    def _selected_row(self) -> int | None:
        rows = self.ui.conversationTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        self.model.add(entry)
        self.ui.conversationTable.clearSelection()
        self.changed.emit()

    def change(self) -> None:
        selected, entry = self._selected_row(), self._entry()
        if selected is None or entry is None:
            return
        self.model.replace(selected, entry)
        self.ui.conversationTable.clearSelection()
        self.changed.emit()

    def remove(self) -> None:
        selected = self._selected_row()
        if selected is None:
            return
        self.model.remove(selected)
        self.changed.emit()

    def _selected(self) -> None:
        selected = self._selected_row()
        self.ui.changeConversationButton.setEnabled(selected is not None)
        self.ui.removeConversationButton.setEnabled(selected is not None)
        if selected is not None:
            row = self.model.row(selected)
            self.ui.conversationDateEdit.setDate(QDate(row.date.year, row.date.month, row.date.day))
            set_combo_code(self.ui.channelCombo, row.channel)
            self.ui.minutesSpin.setValue(row.minutes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.ui.conversationTable:
            if event.key() == Qt.Key.Key_Delete:
                self.remove()
                return True
            return False
        if event.key() in ENTER_KEYS and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            # Enter belongs to this row: it must not reach the dialog (which would close it).
            if self._selected_row() is None:
                self.add()
            else:
                self.change()
            return True
        return False
