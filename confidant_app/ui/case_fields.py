"""Widgets of the case editor filled from the codebook, and read back as codes.

Each adapter wraps widgets drawn in ``forms/case_editor.ui`` and knows only how to show a code
list and which codes are chosen; what a valid choice is stays with the domain (``make_case``).
Labels come from the codebook in the editor's language; the code itself is kept in each item's
data, so a reworded label never changes what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from confidant_app.domain.codebook import Codebook, FieldName
from confidant_app.domain.labels import Language

CODE_ROLE = Qt.ItemDataRole.UserRole
CHECKABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
             | Qt.ItemFlag.ItemIsUserCheckable)


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def fill_combo(combo: QComboBox, codebook: Codebook, field: FieldName, language: Language,
               *, with_code: bool = False) -> None:
    """One item per code, in the codebook's order; nothing chosen until ``set_code``."""
    combo.clear()
    for code in codebook.codes(field):
        label = codebook.label(field, code, language)
        combo.addItem(f"{code} · {label}" if with_code else label, code)
    combo.setCurrentIndex(-1)


def combo_code(combo: QComboBox) -> str | None:
    code = combo.currentData()
    return code if isinstance(code, str) else None


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    combo.setCurrentIndex(-1 if code is None else combo.findData(code))


class Checklist:
    """A ``QListWidget`` of checkable codes (referrals, outcomes)."""

    def __init__(self, widget: QListWidget, codebook: Codebook, field: FieldName,
                 language: Language) -> None:
        self.widget = widget
        widget.clear()
        for code in codebook.codes(field):
            item = QListWidgetItem(codebook.label(field, code, language), widget)
            item.setData(CODE_ROLE, code)
            item.setToolTip(code)
            item.setFlags(CHECKABLE)
            item.setCheckState(Qt.CheckState.Unchecked)
        # Wide and tall enough for every label in either language: a checklist that scrolls
        # sideways hides the end of a label, and one that scrolls down hides a choice.
        frame = 2 * widget.frameWidth()
        widget.setMinimumWidth(widget.sizeHintForColumn(0) + frame + 4)
        widget.setMinimumHeight(widget.sizeHintForRow(0) * widget.count() + frame + 2)

    def _items(self) -> list[QListWidgetItem]:
        return [self.widget.item(n) for n in range(self.widget.count())]

    def codes(self) -> list[str]:
        return [str(i.data(CODE_ROLE)) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: Iterable[str]) -> None:
        chosen = set(codes)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in chosen
                               else Qt.CheckState.Unchecked)


class CategoryPicker(QObject):
    """The taxonomy as a checklist under its group headers, and the primary among the ticked.

    ``categories()`` is what a case stores: the primary first, then the other ticked codes in
    the taxonomy's order. Ticking the first category makes it the primary; unticking the primary
    passes that role to the first code still ticked.
    """

    changed = Signal()

    def __init__(self, tree: QTreeWidget, primary: QComboBox, codebook: Codebook,
                 language: Language) -> None:
        super().__init__(tree)
        self.tree, self.primary = tree, primary
        self._codebook, self._language = codebook, language
        tree.setColumnCount(2)
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        muted = tree.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for group in codebook.taxonomy.groups:
            header = QTreeWidgetItem(tree, [group.label.get(language), group.code])
            # A header is not a choice: it can be passed over with the arrow keys, not ticked.
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(0, bold)
            for category in group.codes:
                item = QTreeWidgetItem(header, [category.label.get(language), category.code])
                item.setData(0, CODE_ROLE, category.code)
                item.setToolTip(0, category.label.get(language))  # a long label is elided
                item.setFlags(CHECKABLE)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setForeground(1, muted)
        tree.expandAll()
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Wide enough for the longest label in this language: at the form's 380 pixels three
        # Dutch labels were cut short ("Seksuele intimidatie / seksueel grensove..."), and the
        # categories are what a confidant must read right. The dialog grows to make room.
        tree.setMinimumWidth(max(tree.minimumWidth(), sum(map(tree.sizeHintForColumn, (0, 1)))
                                 + tree.verticalScrollBar().sizeHint().width()
                                 + 2 * tree.frameWidth() + 8))
        tree.itemChanged.connect(self._ticked)
        primary.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        root = self.tree.invisibleRootItem()
        for g in range(root.childCount()):
            header = root.child(g)
            if header is not None:
                items += [c for c in map(header.child, range(header.childCount())) if c]
        return items

    def ticked(self) -> list[str]:
        return [str(i.data(0, CODE_ROLE)) for i in self._items()
                if i.checkState(0) == Qt.CheckState.Checked]

    def categories(self) -> list[str]:
        ticked = self.ticked()
        first = self.primary.currentData()
        if first not in ticked:
            return ticked
        return [first, *(code for code in ticked if code != first)]

    def set_categories(self, codes: list[str]) -> None:
        """Tick ``codes``; the first is the primary (as a case stores them)."""
        chosen = set(codes)
        self.tree.blockSignals(True)
        for item in self._items():
            item.setCheckState(0, Qt.CheckState.Checked if item.data(0, CODE_ROLE) in chosen
                               else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._fill_primary(codes[0] if codes else None)
        # The list is longer than its box: bring the primary category into view.
        for item in self._items():
            if codes and item.data(0, CODE_ROLE) == codes[0]:
                self.tree.scrollToItem(item)

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._fill_primary(self.primary.currentData())

    def _fill_primary(self, keep: str | None) -> None:
        ticked = self.ticked()
        combo = self.primary
        combo.blockSignals(True)
        combo.clear()
        for code in ticked:
            combo.addItem(f"{self._codebook.category_label(code, self._language)} ({code})", code)
        combo.setCurrentIndex(combo.findData(keep) if keep in ticked else (0 if ticked else -1))
        combo.setEnabled(len(ticked) > 1)
        combo.blockSignals(False)
        self.changed.emit()
