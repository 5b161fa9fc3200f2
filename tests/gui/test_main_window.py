"""The main window on a real vault: the list, the filter bar, search, sorting, the status bar."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot
from support.cases import case

from confidant_app.domain.codebook import Codebook
from confidant_app.ui.case_list import CaseList
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.models.case_table import Column
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell


@pytest.fixture
def window(make_shell: Callable[..., Shell], session: Session, qtbot: QtBot) -> MainWindow:
    shell = make_shell(session)
    shell.start()
    assert shell.main_window is not None
    qtbot.waitExposed(shell.main_window)
    return shell.main_window


def numbers(page: CaseList) -> list[str]:
    model = page.model
    return sorted(model.summary(r).case_number or "" for r in range(model.rowCount()))


def choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_lists_every_case_of_the_vault(window: MainWindow) -> None:
    page = window.case_list
    assert page.model.rowCount() == 6
    assert numbers(page)[0] == "2024-0001"
    assert not page.ui.emptyLabel.isVisible()
    assert "6 of 6" in window._counts_label.text()


def test_year_combo_offers_the_vault_years(window: MainWindow) -> None:
    combo = window.case_list.ui.yearCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, 2025, 2024]


def test_filter_by_year(window: MainWindow) -> None:
    page = window.case_list
    choose(page.ui.yearCombo, 2024)
    assert numbers(page) == ["2024-0001", "2024-0002"]
    assert "2 of 6" in window._counts_label.text()


def test_filter_by_status(window: MainWindow) -> None:
    page = window.case_list
    page.ui.statusCombo.setCurrentIndex(1)  # open
    assert numbers(page) == ["2024-0002", "2025-0002", "2025-0003"]
    page.ui.statusCombo.setCurrentIndex(2)  # closed
    assert numbers(page) == ["2024-0001", "2025-0001", "2025-0004"]


def test_filter_by_group_and_by_code(window: MainWindow) -> None:
    page = window.case_list
    choose(page.ui.categoryCombo, "OG")  # any OG code, primary or not
    assert numbers(page) == ["2024-0002", "2025-0001", "2025-0004"]
    choose(page.ui.categoryCombo, "OG.PES")
    assert numbers(page) == ["2025-0001"]


def test_filters_combine(window: MainWindow) -> None:
    page = window.case_list
    choose(page.ui.yearCombo, 2025)
    choose(page.ui.categoryCombo, "OG")
    page.ui.statusCombo.setCurrentIndex(2)
    assert numbers(page) == ["2025-0001", "2025-0004"]


def test_search_answers_as_you_type(window: MainWindow, qtbot: QtBot) -> None:
    page = window.case_list
    qtbot.keyClicks(page.ui.searchEdit, "blauw")
    assert numbers(page) == ["2024-0001", "2025-0004"]  # alias search ignores case
    page.ui.searchEdit.setText("2025-000")
    assert len(numbers(page)) == 4  # case numbers are searched too


def test_no_match_says_so(window: MainWindow) -> None:
    page = window.case_list
    page.ui.searchEdit.setText("no such alias")
    assert page.model.rowCount() == 0
    assert page.ui.emptyLabel.isVisible()


def test_clear_filters_shows_everything_again(window: MainWindow) -> None:
    page = window.case_list
    choose(page.ui.yearCombo, 2024)
    page.ui.searchEdit.setText("map")
    window.ui.actionClearFilters.trigger()
    assert page.model.rowCount() == 6
    assert page.ui.searchEdit.text() == ""
    assert page.ui.yearCombo.currentData() is None


def test_ctrl_f_focuses_search(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.ui.searchEdit.hasFocus()


def test_clicking_a_header_sorts(window: MainWindow) -> None:
    page = window.case_list
    page.ui.caseTable.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    first = page.model.summary(0).case_number
    assert first == "2024-0001"
    page.ui.caseTable.sortByColumn(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    assert page.model.summary(0).case_number == "2025-0004"


def test_rows_have_a_fixed_height(window: MainWindow) -> None:
    from PySide6.QtWidgets import QHeaderView

    header = window.case_list.ui.caseTable.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed


def test_every_action_is_enabled_and_has_its_shortcut(window: MainWindow) -> None:
    ui = window.ui
    shortcuts = {ui.actionNewCase: "Ctrl+N", ui.actionOpenCase: "Ctrl+O",
                 ui.actionDeleteCase: "Del", ui.actionImport: "Ctrl+I",
                 ui.actionExport: "Ctrl+E", ui.actionLock: "Ctrl+L", ui.actionSearch: "Ctrl+F"}
    for action, keys in shortcuts.items():
        assert action.isEnabled()
        assert action.shortcut().toString() == keys
    assert ui.actionSettings.isEnabled()


def test_a_new_filter_starts_at_the_top_and_a_reload_keeps_the_place(
        window: MainWindow, session: Session, codebook: Codebook, qtbot: QtBot) -> None:
    session._open_store().add_many([case(codebook, opened=f"2025-{1 + i % 12:02d}-01")
                                    for i in range(300)])
    page = window.case_list
    page.reload()
    table = page.ui.caseTable
    qtbot.wait(10)  # the new row count laid out
    table.scrollTo(page.model.index(200, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: table.rowAt(0) == 200)
    page.reload()  # after a save: the confidant stays where they were
    assert table.rowAt(0) == 200
    choose(page.ui.yearCombo, 2025)  # another list: from its first case
    assert table.verticalScrollBar().value() == 0 and page.model.rowCount() > 300
