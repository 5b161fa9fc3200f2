"""The case table model, without a window: contents, roles, sorting, clearing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from confidant_app.domain.codebook import Codebook
from confidant_app.ui.models.case_table import CASE_ID_ROLE, CaseTableModel, Column
from confidant_app.vault import CaseSummary

DISPLAY = Qt.ItemDataRole.DisplayRole


def summary(case_id: int, **fields: object) -> CaseSummary:
    data: dict[str, object] = {
        "id": case_id, "case_number": f"2025-{case_id:04d}", "alias": None,
        "opened": dt.date(2025, 1, case_id), "opened_year": 2025, "closed": None,
        "is_open": True, "unit": "CLAS", "primary_category": "AC.ARB", "conversations": 1,
        "last_contact": None, "excluded": False,
    }
    data.update(fields)
    return CaseSummary(**data)  # type: ignore[arg-type]


@pytest.fixture
def rows() -> list[CaseSummary]:
    return [
        summary(1, alias="blauwe map", primary_category="OG.PES", conversations=3,
                last_contact=dt.date(2025, 3, 1)),
        summary(2, alias=None, is_open=False, closed=dt.date(2025, 2, 2), unit="KMAR"),
        summary(3, alias="Appel", primary_category="ZI.REG", conversations=0, excluded=True),
    ]


@pytest.fixture
def model(codebook: Codebook, rows: list[CaseSummary]) -> CaseTableModel:
    m = CaseTableModel(codebook, "nl")
    m.set_rows(rows)
    return m


def column(model: CaseTableModel, col: Column) -> list[object]:
    return [model.data(model.index(r, col), DISPLAY) for r in range(model.rowCount())]


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
    assert column(model, Column.LAST_CONTACT) == ["2025-03-01", "", ""]
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
    (Column.LAST_CONTACT, [1, 2, 3]),     # empty dates last, by id
])
def test_sort_ascending(model: CaseTableModel, col: Column, expected: list[int]) -> None:
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert [model.summary(r).id for r in range(3)] == expected


def test_empty_values_stay_last_when_descending(model: CaseTableModel) -> None:
    model.sort(Column.ALIAS, Qt.SortOrder.DescendingOrder)
    assert [model.summary(r).id for r in range(3)] == [1, 3, 2]


def test_sort_keeps_a_persistent_index_on_its_case(model: CaseTableModel) -> None:
    model.sort(Column.OPENED, Qt.SortOrder.AscendingOrder)
    selected = QPersistentModelIndex(model.index(0, Column.ALIAS))  # case 1
    model.sort(Column.OPENED, Qt.SortOrder.DescendingOrder)
    assert selected.row() == 2 and selected.column() == Column.ALIAS
    assert model.data(model.index(selected.row(), 0), CASE_ID_ROLE) == 1


def test_set_rows_keeps_the_chosen_sort(model: CaseTableModel, rows: list[CaseSummary]) -> None:
    model.sort(Column.CONVERSATIONS, Qt.SortOrder.AscendingOrder)
    model.set_rows(list(reversed(rows)))
    assert column(model, Column.CONVERSATIONS) == [0, 1, 3]


def test_clear_empties_the_model(model: CaseTableModel) -> None:
    model.clear()
    assert model.rowCount() == 0 and model.open_count() == 0


def test_language_switch_changes_category_labels(model: CaseTableModel, codebook: Codebook) -> None:
    model.sort(Column.OPENED, Qt.SortOrder.AscendingOrder)
    model.set_language("en")
    assert column(model, Column.CATEGORY)[0] == codebook.category_label("OG.PES", "en")


def test_open_count(model: CaseTableModel) -> None:
    assert model.open_count() == 2
