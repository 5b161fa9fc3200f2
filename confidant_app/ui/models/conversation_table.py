"""The conversations of the case being edited, as a small table model (date, channel, minutes).

Rows are plain ``ConversationRow`` values, not domain objects: the editor checks nothing here and
hands the rows to ``make_case`` on saving, where the domain validates them (a date before the
first contact, too many minutes) and the editor shows what it says at the conversations field.
Rows are kept in date order (a stable sort: two on one day keep the order they were entered in),
which is also the order they are stored in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    CHANNEL = 1
    MINUTES = 2


@dataclass(frozen=True)
class ConversationRow:
    date: dt.date
    channel: str
    minutes: int

    def as_data(self) -> dict[str, Any]:
        """The shape ``make_case`` reads for one conversation."""
        return {"date": self.date, "channel": self.channel, "minutes": self.minutes}


class ConversationTableModel(QAbstractTableModel):
    """Conversations, sorted by date for display; ``rows()`` gives them back in that order."""

    def __init__(self, codebook: Codebook, language: Language = "nl") -> None:
        super().__init__()
        self._codebook = codebook
        self._language: Language = language
        self._rows: list[ConversationRow] = []

    # -- contents ---------------------------------------------------------------------------

    def rows(self) -> list[ConversationRow]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[ConversationRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.date)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row(self, index: int) -> ConversationRow:
        return self._rows[index]

    def add(self, row: ConversationRow) -> int:
        """Add ``row``; returns where it landed."""
        self.set_rows([*self._rows, row])
        return self._position(row, len(self._rows) - 1)

    def replace(self, index: int, row: ConversationRow) -> int:
        rows = list(self._rows)
        rows[index] = row
        self.set_rows(rows)
        return self._position(row, index)

    def remove(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self.endRemoveRows()

    def _position(self, row: ConversationRow, hint: int) -> int:
        matches = [n for n, r in enumerate(self._rows) if r == row]
        return min(matches, key=lambda n: abs(n - hint))

    def total_minutes(self) -> int:
        return sum(r.minutes for r in self._rows)

    # -- Qt's interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Channel"), self.tr("Minutes"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.DATE:
                return row.date.isoformat()
            if column == Column.CHANNEL:
                return self._codebook.label("channel", row.channel, self._language)
            return row.minutes
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
