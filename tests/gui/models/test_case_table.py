"""The case table model, without a window, over a real vault: contents, roles, sorting in the
vault, reading a page at a time, clearing."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from support.cases import case

from confidant_app.domain.codebook import Codebook
from confidant_app.ui.models import case_ids
from confidant_app.ui.models.case_table import (
    CACHED_PAGES,
    CASE_ID_ROLE,
    PAGE_ROWS,
    CaseTableModel,
    Column,
)
from confidant_app.vault import CaseFilter, CaseStore, CaseSummary
from confidant_app.vault.listing import CaseOrder

DISPLAY = Qt.ItemDataRole.DisplayRole


class StoreSource:
    """The session's two list calls, straight on a store, counting the page reads."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self.pages_read: list[int] = []
        self.id_reads: list[tuple[int, int | None]] = []

    def case_ids(self, where: CaseFilter | None, order: CaseOrder, offset: int = 0,
                 limit: int | None = None) -> list[int]:
        self.id_reads.append((offset, limit))
        return self.store.ordered_ids(where, order, offset, limit)

    def list_counts(self, where: CaseFilter | None) -> tuple[int, int]:
        return self.store.list_counts(where)

    def case_rows(self, ids: Sequence[int]) -> dict[int, CaseSummary]:
        self.pages_read.append(len(ids))
        return self.store.summaries_of(ids)


@pytest.fixture
def source(store: CaseStore, codebook: Codebook) -> StoreSource:
    store.add_many([
        case(codebook, opened="2025-01-01", alias="blauwe map", categories=["OG.PES"],
             conversations=[{"date": d, "channel": "F", "minutes": 30}
                            for d in ("2025-01-05", "2025-02-01", "2025-03-01")]),
        case(codebook, opened="2025-01-02", closed="2025-02-02", unit="KMAR",
             conversations=[{"date": "2025-01-03", "channel": "T", "minutes": 10}]),
        case(codebook, opened="2025-01-03", alias="Appel", categories=["ZI.REG"],
             exclude_from_statistics=True),
    ])
    return StoreSource(store)


@pytest.fixture
def model(source: StoreSource, codebook: Codebook) -> CaseTableModel:
    m = CaseTableModel(source, codebook, "nl")
    m.show(None)
    return m


def column(model: CaseTableModel, col: Column) -> list[object]:
    return [model.data(model.index(r, col), DISPLAY) for r in range(model.rowCount())]


def ids(model: CaseTableModel) -> list[int]:
    return [model.data(model.index(r, 0), CASE_ID_ROLE) for r in range(model.rowCount())]


def test_passes_qt_model_checks(qtmodeltester: ModelTester, model: CaseTableModel) -> None:
    qtmodeltester.check(model)


def test_shape_and_headers(model: CaseTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (3, 8)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers[0] == "Case number" and headers[-1] == "Last contact"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_default_sort_is_newest_first(model: CaseTableModel) -> None:
    assert column(model, Column.NUMBER) == ["2025-0003", "2025-0002", "2025-0001"]


def test_cells(model: CaseTableModel, codebook: Codebook) -> None:
    model.sort(Column.OPENED, Qt.SortOrder.AscendingOrder)
    assert column(model, Column.ALIAS) == ["blauwe map", "", "Appel"]
    assert column(model, Column.OPENED) == ["2025-01-01", "2025-01-02", "2025-01-03"]
    assert column(model, Column.STATUS) == ["open", "closed", "open"]
    assert column(model, Column.UNIT) == ["CLAS", "KMAR", "CLAS"]
    assert column(model, Column.CATEGORY)[0] == codebook.category_label("OG.PES", "nl")
    assert column(model, Column.CONVERSATIONS) == [3, 1, 0]
    assert column(model, Column.LAST_CONTACT) == ["2025-03-01", "2025-01-03", ""]
    assert model.data(model.index(1, 0), CASE_ID_ROLE) == 2
    assert model.data(model.index(1, Column.UNIT), Qt.ItemDataRole.ToolTipRole) == \
        codebook.label("unit", "KMAR", "nl")
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize(("col", "expected"), [
    (Column.ALIAS, [3, 1, 2]),            # Appel, blauwe map (case-insensitive), then no alias
    (Column.STATUS, [1, 3, 2]),           # open first
    (Column.UNIT, [1, 3, 2]),
    (Column.CONVERSATIONS, [3, 2, 1]),
    (Column.LAST_CONTACT, [2, 1, 3]),     # empty dates last
])
def test_sort_ascending(model: CaseTableModel, col: Column, expected: list[int]) -> None:
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert ids(model) == expected


def test_empty_values_stay_last_when_descending(model: CaseTableModel) -> None:
    model.sort(Column.ALIAS, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [1, 3, 2]


def test_category_sorts_by_label_in_the_reader_language(model: CaseTableModel,
                                                        codebook: Codebook) -> None:
    model.sort(Column.CATEGORY, Qt.SortOrder.AscendingOrder)
    for language in ("nl", "en"):
        model.set_language(language)
        labels = column(model, Column.CATEGORY)
        assert labels == sorted(labels, key=lambda label: str(label).casefold())


def test_sort_keeps_a_persistent_index_on_its_case(model: CaseTableModel) -> None:
    model.sort(Column.OPENED, Qt.SortOrder.AscendingOrder)
    selected = QPersistentModelIndex(model.index(0, Column.ALIAS))  # case 1
    model.sort(Column.OPENED, Qt.SortOrder.DescendingOrder)
    assert selected.row() == 2 and selected.column() == Column.ALIAS
    assert model.data(model.index(selected.row(), 0), CASE_ID_ROLE) == 1


def test_show_keeps_the_chosen_sort_and_filters(model: CaseTableModel) -> None:
    model.sort(Column.CONVERSATIONS, Qt.SortOrder.AscendingOrder)
    model.show(CaseFilter(status="open"))
    assert column(model, Column.CONVERSATIONS) == [0, 3]


def test_a_change_in_the_vault_shows_after_show(model: CaseTableModel, source: StoreSource,
                                                codebook: Codebook) -> None:
    assert column(model, Column.ALIAS)[0] == "Appel"  # page read and kept
    source.store.update(source.store.get(3).model_copy(update={"alias": "Peer"}))
    model.show(None)
    assert column(model, Column.ALIAS)[0] == "Peer"


def test_a_case_deleted_under_the_list_shows_empty(model: CaseTableModel,
                                                   source: StoreSource) -> None:
    source.store.delete(3)
    assert model.summary(0) is None and model.data(model.index(0, 0), DISPLAY) is None
    model.show(None)
    assert ids(model) == [2, 1]


def test_clear_empties_the_model(model: CaseTableModel) -> None:
    model.clear()
    assert model.rowCount() == 0 and model.row_of(1) is None


def test_language_switch_changes_category_labels(model: CaseTableModel, codebook: Codebook) -> None:
    model.sort(Column.OPENED, Qt.SortOrder.AscendingOrder)
    model.set_language("en")
    assert column(model, Column.CATEGORY)[0] == codebook.category_label("OG.PES", "en")


def test_rows_are_read_a_page_at_a_time(store: CaseStore, codebook: Codebook) -> None:
    n = PAGE_ROWS * 3 + 7
    store.add_many([case(codebook, opened=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}")
                    for i in range(n)])
    source = StoreSource(store)
    model = CaseTableModel(source, codebook)
    model.show(None)
    assert model.rowCount() == n and source.pages_read == []  # ids only
    model.data(model.index(n - 1, Column.NUMBER), DISPLAY)
    model.data(model.index(n - 2, Column.ALIAS), DISPLAY)
    assert source.pages_read == [7]  # the last, short page, read once
    everything = {s.id: s for s in store.summaries()}
    assert [model.summary(r) for r in range(n)] == [everything[i] for i in ids(model)]
    assert source.pages_read == [7, PAGE_ROWS, PAGE_ROWS, PAGE_ROWS]


def test_only_the_last_pages_are_kept(store: CaseStore, codebook: Codebook) -> None:
    n = PAGE_ROWS * (CACHED_PAGES + 2)
    store.add_many([case(codebook, opened="2024-05-01") for _ in range(n)])
    source = StoreSource(store)
    model = CaseTableModel(source, codebook)
    model.show(None)
    for row in range(0, n, PAGE_ROWS):
        model.summary(row)
    model.summary(n - 1)  # the latest page: still kept
    assert len(source.pages_read) == CACHED_PAGES + 2
    model.summary(0)  # the first page was let go and is read again
    assert len(source.pages_read) == CACHED_PAGES + 3


def test_ids_are_read_a_chunk_at_a_time_in_the_usual_order(
        store: CaseStore, codebook: Codebook, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_ids, "CHUNK", 8)
    store.add_many([case(codebook, opened=f"2024-03-{1 + i % 28:02d}") for i in range(30)])
    source = StoreSource(store)
    model = CaseTableModel(source, codebook)
    model.show(None)
    assert model.rowCount() == 30 and source.id_reads == []  # counted, nothing read yet
    model.data(model.index(0, Column.NUMBER), DISPLAY)
    assert source.id_reads == [(0, 8), (8, 8), (16, 8), (24, 8)]  # the first page: 30 rows
    in_order = store.ordered_ids(None, CaseOrder())
    assert ids(model) == in_order
    source.id_reads.clear()
    assert model.row_of(in_order[-1]) == 29 and source.id_reads == [(0, None)]
    model.sort(Column.ALIAS, Qt.SortOrder.AscendingOrder)  # not the index's order: all at once
    assert source.id_reads == [(0, None), (0, None)]
    assert ids(model) == store.ordered_ids(None, CaseOrder("alias", descending=False))


def test_read_rows_reads_the_pages_on_screen_once(store: CaseStore, codebook: Codebook) -> None:
    n = PAGE_ROWS * 2 + 5
    store.add_many([case(codebook, opened="2024-06-01") for _ in range(n)])
    source = StoreSource(store)
    model = CaseTableModel(source, codebook)
    model.show(None)
    model.read_rows(PAGE_ROWS - 10, PAGE_ROWS + 10)  # a screen across two pages
    assert source.pages_read == [PAGE_ROWS, PAGE_ROWS]
    for row in range(PAGE_ROWS - 10, PAGE_ROWS + 11):  # the paint then reads nothing
        model.data(model.index(row, Column.NUMBER), DISPLAY)
    assert source.pages_read == [PAGE_ROWS, PAGE_ROWS]
    model.read_rows(2 * PAGE_ROWS, 10 * PAGE_ROWS)  # past the end: only the short last page
    assert source.pages_read == [PAGE_ROWS, PAGE_ROWS, 5]
    model.show(CaseFilter(year=1999))
    model.read_rows(0, 30)  # nothing matches: nothing to read
    assert source.pages_read == [PAGE_ROWS, PAGE_ROWS, 5]


def test_the_row_asked_last_is_forgotten_with_the_list(model: CaseTableModel,
                                                      source: StoreSource) -> None:
    first = model.data(model.index(0, Column.ALIAS), DISPLAY)
    model.sort(Column.OPENED, Qt.SortOrder.AscendingOrder)  # another case in row 0
    assert model.data(model.index(0, Column.ALIAS), DISPLAY) != first
    model.show(CaseFilter(text="blauwe"))
    assert model.data(model.index(0, Column.ALIAS), DISPLAY) == "blauwe map"


def test_a_language_switch_changes_the_texts_of_the_row_read_last(model: CaseTableModel,
                                                                   codebook: Codebook) -> None:
    model.sort(Column.OPENED, Qt.SortOrder.AscendingOrder)  # "blauwe map" (OG.PES) first
    cell = model.index(0, Column.CATEGORY)
    assert model.data(cell, DISPLAY) == codebook.category_label("OG.PES", "nl")
    model.set_language("en")
    assert model.data(cell, DISPLAY) == codebook.category_label("OG.PES", "en")
