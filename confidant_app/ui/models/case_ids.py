"""The ids of a case list in order, read from the vault as far as the list has been looked at.

In the list's usual order (newest first) the vault walks the listing index in order, so ids can be
read a chunk at a time (``LIMIT``/``OFFSET`` over the index: ~3 ms to skip 100,000 entries) and
the first screen needs only the first chunk: at 100,000 cases, 1 ms instead of 22 at every
unlock and every change of filter. Any other order makes the vault sort every matching case
whichever part is asked for, so those ids are read in one go. Finding a case's row (to select
it after a save) reads whatever is left.
"""

from __future__ import annotations

from typing import Protocol

from confidant_app.vault import CaseFilter
from confidant_app.vault.listing import CaseOrder

CHUNK = 2048  # ids per read: some forty screens of rows
NO_CASE = 0  # SQLite's row ids start at 1


class IdSource(Protocol):
    def case_ids(self, where: CaseFilter | None, order: CaseOrder, offset: int = 0,
                 limit: int | None = None) -> list[int]: ...


def reads_in_chunks(order: CaseOrder) -> bool:
    """Orders the listing index serves without a sort (``vault.schema``, version 6)."""
    return order.key == "opened"


class OrderedIds:
    """``count`` ids of the cases matching ``where`` in ``order`` (``count`` is what the vault
    counted for ``where`` just before, on the same connection)."""

    def __init__(self, source: IdSource, where: CaseFilter | None, order: CaseOrder,
                 count: int) -> None:
        self._source, self._where, self._order = source, where, order
        self._chunks: dict[int, list[int]] = {}
        self._all: list[int] | None = None
        if count == 0:
            self._all = []  # nothing to read (and an empty list needs no open vault)
        elif not reads_in_chunks(order) or count <= CHUNK:
            self._all = source.case_ids(where, order)
            count = len(self._all)
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, row: int) -> int:
        if self._all is not None:
            return self._all[row]
        if not 0 <= row < self._count:
            raise IndexError(row)
        chunk = self._chunk(row // CHUNK)
        offset = row % CHUNK
        # Short only if the vault changed after it was counted, which the exclusive lock and the
        # single connection rule out; the row then shows empty rather than another case.
        return chunk[offset] if offset < len(chunk) else NO_CASE

    def between(self, start: int, stop: int) -> list[int]:
        """The ids of rows ``start`` to ``stop`` (exclusive)."""
        if self._all is not None:
            return self._all[start:stop]
        stop = min(stop, self._count)
        return [self[row] for row in range(start, stop)]

    def position(self, case_id: int) -> int | None:
        ids = self.everything()
        try:
            return ids.index(case_id)
        except ValueError:
            return None

    def everything(self) -> list[int]:
        if self._all is None:
            self._all = self._source.case_ids(self._where, self._order)
            self._chunks.clear()
        return self._all

    def _chunk(self, n: int) -> list[int]:
        chunk = self._chunks.get(n)
        if chunk is None:
            chunk = self._source.case_ids(self._where, self._order, n * CHUNK, CHUNK)
            self._chunks[n] = chunk
        return chunk
