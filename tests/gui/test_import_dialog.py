"""The import dialog over the same core as ``confidant import``: every bad row listed before
anything is written, a good file imported on confirmation, case numbers already in the vault
refused as the command line refuses them, the file read off the interface thread."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from confidant_app import importer
from confidant_app.domain.codebook import Codebook
from confidant_app.ui.import_dialog import ImportDialog
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.shell import Shell

DATA = Path(__file__).parents[1] / "data" / "import"
BAD_CSV = (
    "opened,unit,categories,role,gender,conversations\n"
    "2025-01-01,CLAS,OG.INT,MIL,V,\n"
    "2025-13-01,CLAS,OG.XXX,MIL,Q,\n"
    "2030-01-01,XX,OG.INT,,V,2025-01-01/Z/10\n"
)


@pytest.fixture
def window(open_shell: Shell) -> MainWindow:
    assert open_shell.main_window is not None
    return open_shell.main_window


def open_dialog(window: MainWindow, qtbot: QtBot) -> ImportDialog:
    dialog = window.open_import()
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def check(dialog: ImportDialog, qtbot: QtBot, path: Path) -> None:
    dialog.set_path(path)
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.busy  # the file is read on a worker thread
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def import_button(dialog: ImportDialog) -> object:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def shown_problems(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    tree = dialog.ui.problemTree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
            for i in range(tree.topLevelItemCount())]


def test_every_problem_of_a_bad_file_is_listed_and_nothing_is_written(
        window: MainWindow, open_shell: Shell, qtbot: QtBot, tmp_path: Path,
        codebook: Codebook) -> None:
    bad = tmp_path / "register.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    with pytest.raises(importer.ImportRefusal) as refused:
        importer.read_cases(bad, codebook)
    expected = [(str(p.line), p.field or "", p.message) for p in refused.value.problems]
    assert len(expected) >= 6

    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, bad)
    assert shown_problems(dialog) == expected  # every one, in file order, with its row and field
    assert dialog.ui.problemTree.headerItem().text(0) == "Row"
    assert "nothing was imported" in dialog.ui.statusLabel.text().lower()
    assert not import_button(dialog).isEnabled()  # type: ignore[attr-defined]
    dialog.import_cases()
    assert open_shell.session.count() == 6


@pytest.mark.parametrize("name", ["good.csv", "good.jsonl", "good.xlsx"])
def test_a_good_file_is_imported_on_confirmation(name: str, window: MainWindow,
                                                 open_shell: Shell, qtbot: QtBot,
                                                 codebook: Codebook) -> None:
    expected = importer.read_cases(DATA / name, codebook)
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, DATA / name)
    assert shown_problems(dialog) == []
    assert str(len(expected)) in dialog.ui.statusLabel.text()
    assert open_shell.session.count() == 6  # checked, not yet written
    button = import_button(dialog)
    assert button.isEnabled()  # type: ignore[attr-defined]
    button.click()  # type: ignore[attr-defined]
    assert dialog.imported_count == len(expected)
    assert open_shell.session.count() == 6 + len(expected)
    assert window.case_list.model.rowCount() == 6 + len(expected)  # the list was read again
    assert not button.isEnabled()  # type: ignore[attr-defined]  # no second import


def test_case_numbers_already_in_the_vault_are_refused_like_the_cli(
        window: MainWindow, open_shell: Shell, qtbot: QtBot, tmp_path: Path) -> None:
    clash = tmp_path / "clash.jsonl"
    clash.write_text(
        '{"opened": "2025-02-01", "unit": "CLAS", "categories": ["AC.ARB"], "role": "MIL"}\n'
        '{"case_number": "2024-0001", "opened": "2024-02-01", "unit": "CLAS", '
        '"categories": ["AC.ARB"], "role": "MIL"}\n'
        '{"case_number": "2025-0003", "opened": "2025-02-01", "unit": "CLAS", '
        '"categories": ["AC.ARB"], "role": "MIL"}\n', encoding="utf-8")
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, clash)
    assert sorted(shown_problems(dialog)) == [
        ("2", "case_number", "2024-0001 is already in the vault"),
        ("3", "case_number", "2025-0003 is already in the vault")]
    assert dialog.ui.problemTree.headerItem().text(0) == "Line"
    assert not import_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert open_shell.session.count() == 6


def test_the_file_is_read_off_the_interface_thread(window: MainWindow, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real = importer.read_cases

    def spy(path: Path, codebook: Codebook) -> list[importer.ImportedCase]:
        threads.append(threading.current_thread())
        return real(path, codebook)

    monkeypatch.setattr("confidant_app.ui.import_dialog.read_cases", spy)
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, DATA / "good.csv")
    assert threads and threads[0] is not threading.main_thread()


def test_changing_the_path_forgets_the_last_check(window: MainWindow, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, DATA / "good.jsonl")
    assert import_button(dialog).isEnabled()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.ui.fileEdit, "x")
    assert not import_button(dialog).isEnabled()  # type: ignore[attr-defined]


def test_a_lock_closes_the_dialog_and_drops_what_it_read(
        window: MainWindow, open_shell: Shell, qtbot: QtBot, tmp_path: Path) -> None:
    copy = tmp_path / "copy.csv"
    shutil.copy(DATA / "good.csv", copy)
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, copy)
    assert dialog._cases
    open_shell.lock()
    assert not dialog.isVisible() and dialog._cases == []
    assert dialog.ui.problemTree.topLevelItemCount() == 0
