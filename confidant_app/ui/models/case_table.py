"""The case list as a table model that reads its rows from the vault a page at a time.

The vault sorts and filters (``CaseStore.ordered_ids``): the model holds the ids of the listed
cases in order (``case_ids.OrderedIds``: in the usual order only as far as the list was looked
at), and builds the rows (``CaseSummary``) only for the pages Qt asks to paint, keeping the last
``CACHED_PAGES`` of them. At 100,000 cases, building every row up front took ~1 s and
~60 MiB; the ids take ~30 ms and ~4 MiB. Since the row count is known at once, the scroll bar is
right from the first frame and any row can be reached (a ``fetchMore`` model only grows).

Sorting asks the vault for the ids in the new order and keeps a selection on the same cases.
Empty values sort last in both directions; ties fall back to the case id, so every order is total.
``clear()`` drops every id and row: the lock calls it.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.ui.models.case_ids import IdSource, OrderedIds
from confidant_app.vault import CaseFilter, CaseSummary
from confidant_app.vault.listing import CaseOrder, SortKey

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_ROWS = 200  # about four screens of rows: one query per page scrolled into view
CACHED_PAGES = 50


class CaseSource(IdSource, Protocol):
    """Where the rows come from: the session, over the vault's case store."""

    def case_rows(self, ids: Sequence[int]) -> dict[int, CaseSummary]: ...

    def list_counts(self, where: CaseFilter | None) -> tuple[int, int]: ...


class Column(IntEnum):
    NUMBER = 0
    ALIAS = 1
    OPENED = 2
    STATUS = 3
    UNIT = 4
    CATEGORY = 5
    CONVERSATIONS = 6
    LAST_CONTACT = 7


SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: "number", Column.ALIAS: "alias", Column.OPENED: "opened",
    Column.STATUS: "status", Column.UNIT: "unit", Column.CATEGORY: "category",
    Column.CONVERSATIONS: "conversations", Column.LAST_CONTACT: "last_contact",
}
_COLUMNS = tuple(Column)
_CENTERED = int(Qt.AlignmentFlag.AlignCenter)
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                    CASE_ID_ROLE})


def _date(day: dt.date | None) -> str:
    # ISO dates: unambiguous in both languages, and the same form the import files use.
    return day.isoformat() if day else ""


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list; ``show(where)`` lists the cases matching a filter, in the chosen
    sort."""

    def __init__(self, source: CaseSource, codebook: Codebook, language: Language = "nl") -> None:
        super().__init__()
        self._source = source
        self._codebook = codebook
        self._language: Language = language
        self._where: CaseFilter | None = None
        self._ids = OrderedIds(source, None, CaseOrder(), 0)
        self.open_count = 0  # of the cases listed
        self._pages: OrderedDict[int, dict[int, CaseSummary]] = OrderedDict()
        # The row asked for last, and its cells' texts: Qt paints a row cell by cell, seven roles
        # a cell, so some fifty calls in a row ask for the same one.
        self._last: tuple[int, CaseSummary | None] = (-1, None)
        self._cells: tuple[int, tuple[str | int, ...] | None] = (-1, None)
        self._sort_column = Column.OPENED
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- contents ---------------------------------------------------------------------------

    def show(self, where: CaseFilter | None) -> None:
        """List the cases matching ``where``; also after any change in the vault (every page read
        before is dropped)."""
        self.beginResetModel()
        self._where = where
        count, self.open_count = self._source.list_counts(where)
        self._ids = OrderedIds(self._source, where, self._order(), count)
        self._forget_rows()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._where = None
        self._ids = OrderedIds(self._source, None, CaseOrder(), 0)
        self.open_count = 0
        self._forget_rows()
        self.endResetModel()

    def set_codebook(self, codebook: Codebook) -> None:
        """Labels for another vault's taxonomy; the rows follow with ``show``."""
        self._codebook = codebook
        self._cells = (-1, None)

    def set_language(self, language: Language) -> None:
        self._language = language
        self._cells = (-1, None)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._sort_column == Column.CATEGORY:
            self.sort(self._sort_column, self._sort_order)  # labels sort differently
        elif self._ids:
            last = self.index(len(self._ids) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int | None:
        return self._ids.position(case_id)

    def summary(self, row: int) -> CaseSummary | None:
        """The row's case as listed, or None if it left the vault since the list was read (the
        next ``show`` drops it)."""
        last_row, last = self._last
        if row == last_row:
            return last
        page = row // PAGE_ROWS
        rows = self._pages.get(page)
        if rows is None:
            rows = self._source.case_rows(self._page_ids(page))
            self._pages[page] = rows
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        summary = rows.get(self._ids[row])
        self._last = (row, summary)
        return summary

    def read_rows(self, first: int, last: int) -> None:
        """Read the rows ``first`` to ``last`` now (those on screen), so the repaint that follows
        a change of filter only paints: the filter's queries are all done when ``show`` and this
        return."""
        last = min(last, len(self._ids) - 1)
        for page in range(max(0, first) // PAGE_ROWS, last // PAGE_ROWS + 1):
            self.summary(page * PAGE_ROWS)

    def _forget_rows(self) -> None:
        self._pages.clear()
        self._last = (-1, None)
        self._cells = (-1, None)

    def _texts(self, row: int) -> tuple[str | int, ...] | None:
        """What the row's cells show, column by column (None if the case left the vault)."""
        cells_row, cells = self._cells
        if row != cells_row:
            summary = self.summary(row)
            cells = None if summary is None else tuple(self._display(summary, c)
                                                       for c in _COLUMNS)
            self._cells = (row, cells)
        return cells

    def _page_ids(self, page: int) -> list[int]:
        return self._ids.between(page * PAGE_ROWS, (page + 1) * PAGE_ROWS)

    # -- Qt's interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._texts(index.row())
            return None if cells is None else cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTERED if index.column() == Column.CONVERSATIONS else None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        row = self.summary(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, _COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and row.excluded:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
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
        if not self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        # Keep the selection on the same cases: map every persistent index by case id.
        before = self.persistentIndexList()
        ids = [self._ids[i.row()] for i in before]
        self._ids = OrderedIds(self._source, self._where, self._order(), len(self._ids))
        self._forget_rows()
        after = [self._index_of(case_id, i.column()) for case_id, i in zip(ids, before,
                                                                           strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _index_of(self, case_id: int, column: int) -> QModelIndex:
        row = self.row_of(case_id)
        return QModelIndex() if row is None else self.index(row, column)

    def _order(self) -> CaseOrder:
        key = SORT_KEYS[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if key != "category":
            return CaseOrder(key, descending)
        labels = {code: self._codebook.category_label(code, self._language).casefold()
                  for code in self._codebook.taxonomy.categories}
        return CaseOrder(key, descending, category_order=sorted(labels, key=labels.__getitem__))
