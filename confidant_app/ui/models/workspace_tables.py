"""Table models of the coordinator's workspace: the collected files with their state, and a grid of
texts for the report's tables (code, label, one column per year).

The files model says in the coordinator's language what the core decided (``FileRow.state`` and
``problem``); the core's English sentence is the tooltip, for a coordinator who asks a helpdesk.
A state is told by its word and a sign, never by its colour alone. The grid model shows strings
it is given: the report's values arrive as ``YearlyReport.shown`` made them (``<5``, ``x``), so
the screen cannot show more than the workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from confidant_app.aggregate.collect import FileRow, Problem
from confidant_app.aggregate.merge import State
from confidant_app.domain.labels import Language
from confidant_app.report.html import fmt

Index = QModelIndex | QPersistentModelIndex
STATE_ORDER = {State.REFUSED: 0, State.REPLACED: 1, State.DUPLICATE: 2, State.ACCEPTED: 3}
REFUSED_TINT, EXACT_TINT = QColor("#fde7e9"), QColor("#fff4ce")


class FileColumn(IntEnum):
    FILE = 0
    STATE = 1
    REASON = 2
    LABEL = 3
    UNIT = 4
    YEAR = 5
    REVISION = 6
    CASES = 7


class FileTableModel(QAbstractTableModel):
    """One row a collected file, in the order they were added."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[FileRow] = []
        self._year: int | None = None
        self.language: Language = "nl"  # of the numbers: 1.234 or 1,234
        self._sort = (FileColumn.STATE, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[FileRow], year: int | None) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self._year = year
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By any column; by state (the default) the files that do not count come first, as
        they are what a coordinator has to look at."""
        self._sort = (FileColumn(column), order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[FileRow]) -> list[FileRow]:
        column, order = self._sort

        def key(row: FileRow) -> tuple[Any, ...]:
            if column == FileColumn.STATE:
                return (STATE_ORDER[row.state], row.name.casefold())
            if column in (FileColumn.YEAR, FileColumn.REVISION, FileColumn.CASES):
                value = {FileColumn.YEAR: row.year, FileColumn.REVISION: row.revision,
                         FileColumn.CASES: row.cases}[column]
                return (value is None, value or 0, row.name.casefold())
            return (self._text(row, column).casefold(), row.name.casefold())

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def row(self, n: int) -> FileRow:
        return self._rows[n]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FileColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("State"), self.tr("Why"), self.tr("Label"),
                self.tr("Unit"), self.tr("Year"), self.tr("Revision"),
                self.tr("Cases"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], FileColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FileColumn.FILE:
                return str(row.path)
            if column in (FileColumn.STATE, FileColumn.REASON) and row.reason:
                return row.reason
        if role == Qt.ItemDataRole.BackgroundRole and row.state is State.REFUSED:
            return REFUSED_TINT
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FileColumn.YEAR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: FileRow, column: FileColumn) -> str:
        if column == FileColumn.FILE:
            return row.name
        if column == FileColumn.STATE:
            return self.state_text(row.state)
        if column == FileColumn.REASON:
            return self.reason_text(row, self._year)
        if column == FileColumn.LABEL:
            return row.label or (self.tr("{n} sources").format(n=row.sources) if row.sources > 1
                                 else "")
        if column == FileColumn.UNIT:
            return row.unit
        value = {FileColumn.YEAR: row.year, FileColumn.REVISION: row.revision,
                 FileColumn.CASES: row.cases}[column]
        if value is None:
            return ""
        return str(value) if column != FileColumn.CASES else fmt(value, self.language)

    def state_text(self, state: State) -> str:
        # A sign before the word: the state reads the same on a grey print or screen.
        return {
            State.ACCEPTED: self.tr("✓ counted"),
            State.REPLACED: self.tr("↻ replaced"),
            State.DUPLICATE: self.tr("= duplicate"),
            State.REFUSED: self.tr("✗ refused"),
        }[state]

    def reason_text(self, row: FileRow, year: int | None) -> str:
        """Why a file does not count, in a sentence of the coordinator's language."""
        others = ", ".join(row.others)
        if row.state is State.REPLACED:
            return self.tr("a newer revision is in {file}").format(file=others)
        if row.state is State.DUPLICATE:
            return self.tr("the same file as {file}; counted once").format(file=others)
        if row.state is State.ACCEPTED:
            return ""
        texts = {
            Problem.DIGEST: self.tr("changed or damaged after export (digest does not match)"),
            Problem.NEWER: self.tr("made by a newer version of Confidant; update first"),
            Problem.YEAR: self.tr("year {year}, not the year being merged ({chosen})"),
            Problem.TAXONOMY: self.tr("another list of categories; cannot be merged"),
            Problem.DOUBLE: self.tr("double counting: its sources are also in {file}"),
            Problem.CONFLICT: self.tr("same source and revision as {file}, other figures: "
                                      "ask the confidant which is right"),
            Problem.SAME_YEAR: self.tr("this is the year being merged"),
            Problem.YEAR_TWICE: self.tr("another file of year {year} is already beside it"),
        }
        if row.problem is None or row.problem is Problem.UNREADABLE:
            return self.tr("cannot be used: {reason}").format(reason=row.reason)
        return texts[row.problem].format(year=row.year, chosen=year, file=others)


class GridModel(QAbstractTableModel):
    """Rows of strings under a header; columns from ``numeric_from`` on are figures (right-aligned,
    with a tooltip saying what ``<5`` and ``x`` mean). ``exact``: tinted, the working view."""

    def __init__(self) -> None:
        super().__init__()
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._numeric_from = 99
        self._exact = False
        self._min_cell = 5

    def set_grid(self, header: Sequence[str], rows: Sequence[Sequence[str]], *,
                 numeric_from: int = 99, exact: bool = False, min_cell: int = 5) -> None:
        self.beginResetModel()
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self._numeric_from = numeric_from
        self._exact = exact
        self._min_cell = min_cell
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole
                and section >= self._numeric_from):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        numeric = index.column() >= self._numeric_from
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._exact:
            return EXACT_TINT
        if role == Qt.ItemDataRole.ToolTipRole and numeric:
            if text.startswith("<"):
                return self.tr("1 to {k}: hidden, a small count could point at a person").format(
                    k=self._min_cell - 1)
            if text == "x":
                return self.tr("hidden so that no hidden count can be worked out from the others")
        return None
