"""The case list as a table model over a plain list of ``CaseSummary`` rows.

The store does the filtering in SQL; this model only shows what it is given and sorts it in Python
(a ``QSortFilterProxyModel`` over a Python model took 18 s for 100,000 rows; a list sort takes
milliseconds). Empty values sort last in both directions, ties fall back to the row id, so every
sort is deterministic. ``clear()`` drops every row: the lock calls it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.vault import CaseSummary

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    NUMBER = 0
    ALIAS = 1
    OPENED = 2
    STATUS = 3
    UNIT = 4
    CATEGORY = 5
    CONVERSATIONS = 6
    LAST_CONTACT = 7


_COLUMNS = tuple(Column)
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                    CASE_ID_ROLE})


def _date(day: dt.date | None) -> str:
    # ISO dates: unambiguous in both languages, and the same form the import files use.
    return day.isoformat() if day else ""


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list; ``set_rows`` replaces them and keeps the chosen sort."""

    def __init__(self, codebook: Codebook, language: Language = "nl") -> None:
        super().__init__()
        self._codebook = codebook
        self._language: Language = language
        self._rows: list[CaseSummary] = []
        self._sort_column = Column.OPENED
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- contents ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def set_codebook(self, codebook: Codebook) -> None:
        """Labels for another vault's taxonomy; the rows follow with ``set_rows``."""
        self._codebook = codebook

    def set_language(self, language: Language) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def open_count(self) -> int:
        return sum(1 for r in self._rows if r.is_open)

    # -- Qt's interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[section]

    def _headers(self) -> list[str]:
        return [self.tr("Case number"), self.tr("Alias"), self.tr("Opened"), self.tr("Status"),
                self.tr("Unit"), self.tr("Primary category"), self.tr("Conversations"),
                self.tr("Last contact")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every visible cell and some eight roles at each repaint: the roles this model
        # does not answer (font, decoration, background...) are turned away first.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.CONVERSATIONS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.excluded:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == CASE_ID_ROLE:
            return row.id
        return None

    def _display(self, row: CaseSummary, column: Column) -> str | int:
        match column:
            case Column.NUMBER:
                return row.case_number or ""
            case Column.ALIAS:
                return row.alias or ""
            case Column.OPENED:
                return _date(row.opened)
            case Column.STATUS:
                return self.status_texts()[0 if row.is_open else 1]
            case Column.UNIT:
                return row.unit
            case Column.CATEGORY:
                return self._codebook.category_label(row.primary_category, self._language)
            case Column.CONVERSATIONS:
                return row.conversations
            case Column.LAST_CONTACT:
                return _date(row.last_contact)

    def status_texts(self) -> tuple[str, str]:
        return self.tr("open"), self.tr("closed")

    def _tooltip(self, row: CaseSummary, column: Column) -> str | None:
        if row.excluded:
            return self.tr("Excluded from statistics")
        if column == Column.UNIT:
            return self._codebook.label("unit", row.unit, self._language)
        if column == Column.CATEGORY:
            return row.primary_category
        if column == Column.STATUS and row.closed:
            return self.tr("Closed on {date}").format(date=_date(row.closed))
        return None

    # -- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = Column(column)
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        # Keep the selection on the same cases: map every persistent index by case id.
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._rows = self._sorted(self._rows)
        position = {r.id: n for n, r in enumerate(self._rows)}
        after = [self.index(position[case_id], i.column()) for case_id, i in zip(ids, before,
                                                                                strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sort_key(self) -> Callable[[CaseSummary], Any]:
        keys: dict[Column, Callable[[CaseSummary], Any]] = {
            Column.NUMBER: lambda r: r.case_number,
            Column.ALIAS: lambda r: r.alias.casefold() if r.alias else None,
            Column.OPENED: lambda r: r.opened,
            Column.STATUS: lambda r: not r.is_open,
            Column.UNIT: lambda r: r.unit,
            Column.CATEGORY: lambda r: self._codebook.category_label(r.primary_category,
                                                                     self._language).casefold(),
            Column.CONVERSATIONS: lambda r: r.conversations,
            Column.LAST_CONTACT: lambda r: r.last_contact,
        }
        return keys[self._sort_column]

    def _sorted(self, rows: list[CaseSummary]) -> list[CaseSummary]:
        key = self._sort_key()
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        present = [r for r in rows if key(r) is not None]
        absent = [r for r in rows if key(r) is None]
        present.sort(key=lambda r: (key(r), r.id), reverse=descending)
        absent.sort(key=lambda r: r.id)
        return present + absent
