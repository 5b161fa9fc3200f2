"""Retention in the application: a calm reminder after an unlock when closed cases are past the
retention period, and the purge dialog that lists them and destroys them on confirmation with the
same core calls as ``confidant purge`` (the purge, the backups made before it, the audit row)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from confidant_app.settings import Settings
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.purge_dialog import PurgeDialog
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.vault import audit


@pytest.fixture
def released(session: Session, tmp_path: Path) -> Session:
    """2024 exported: its closed case (2024-05-01, "blauwe map") is past six months."""
    session.export(session.build_export(2024), tmp_path / "2024.json")
    return session


@pytest.fixture
def window(make_shell: Callable[..., Shell], released: Session, qtbot: QtBot) -> MainWindow:
    shell = make_shell(released)
    shell.start()
    assert shell.main_window is not None
    qtbot.waitExposed(shell.main_window)
    # The care notices follow the window's first frame (``MainWindow.show_vault``).
    care = shell.main_window.care
    qtbot.waitUntil(lambda: care.status_label.text() != "")
    return shell.main_window


def open_purge(window: MainWindow, qtbot: QtBot) -> PurgeDialog:
    window.ui.reviewButton.click()
    dialog = window.findChild(PurgeDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_reminder_after_the_unlock_when_cases_are_due(window: MainWindow) -> None:
    bar = window.ui.retentionBar
    assert bar.isVisible()
    assert window.ui.retentionLabel.text().startswith(
        "Closed cases past the retention period: 1.")
    window.ui.dismissButton.click()
    assert not bar.isVisible()  # until the next unlock
    window.clear()
    window.show_vault()
    assert bar.isVisible()


def test_no_reminder_when_nothing_is_due(open_shell: Shell) -> None:
    window = open_shell.main_window
    assert window is not None and not window.ui.retentionBar.isVisible()


def test_the_months_come_from_the_settings(window: MainWindow) -> None:
    window.care.settings = Settings(retention_months=120)
    window.show_vault()
    assert not window.ui.retentionBar.isVisible()


def test_the_purge_dialog_lists_the_due_cases_and_destroys_them_on_confirmation(
        window: MainWindow, released: Session, qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    window.care.settings = Settings(backup_folder=str(folder))
    made = released.automatic_backup(folder, 5)
    assert made is not None
    dialog = open_purge(window, qtbot)
    tree = dialog.ui.caseTree
    assert tree.topLevelItemCount() == 1
    row = [tree.topLevelItem(0).text(c) for c in range(5)]  # type: ignore[union-attr]
    assert row[:3] == ["2024-0001", "2024", "2024-05-01"] and row[4] == "2024-11-01"
    assert row[3]  # the day 2024 was exported
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    assert ok.text() == "&Destroy (1)…" and ok.isEnabled()
    ok.click()
    box = dialog.confirm_box
    assert box is not None and box.text() == "Destroy this case for good?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.purged == 1 and tree.topLevelItemCount() == 0 and not ok.isEnabled()
    status = dialog.ui.statusLabel.text()
    assert status.startswith("Cases destroyed: 1.")
    assert "Backups deleted because they still held these cases: 1." in status
    assert not made.written.path.exists()
    assert audit.latest(released._open_store().vault, "purge") is not None
    assert window.case_list.model.rowCount() == 5  # the list was read again
    assert not window.ui.retentionBar.isVisible()
    assert window.care.status_label.text() == "No backup yet"  # none since the purge


def test_enter_never_destroys(window: MainWindow, released: Session, qtbot: QtBot) -> None:
    dialog = open_purge(window, qtbot)
    qtbot.keyClick(dialog.ui.caseTree, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.confirm_box is None and dialog.purged == 0
    assert len(released.due_for_purge(6, dt.date.today())) == 1


def test_keeping_them_destroys_nothing(window: MainWindow, released: Session,
                                       qtbot: QtBot) -> None:
    dialog = open_purge(window, qtbot)
    dialog.confirm()
    assert dialog.confirm_box is not None
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert dialog.purged == 0 and dialog.ui.caseTree.topLevelItemCount() == 1


def test_a_lock_closes_the_purge_dialog(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_purge(window, qtbot)
    window.clear()
    assert not dialog.isVisible() and dialog.ui.caseTree.topLevelItemCount() == 0


def test_the_reminder_follows_the_windows_first_frame(make_shell: Callable[..., Shell],
                                                      released: Session, qtbot: QtBot) -> None:
    shell = make_shell(released)
    shell.start()
    window = shell.main_window
    assert window is not None and window.case_list.model.rowCount() > 0  # the list at once
    assert not window.ui.retentionBar.isVisible() and window.care.status_label.text() == ""
    qtbot.waitUntil(lambda: window.ui.retentionBar.isVisible())
    assert window.care.status_label.text() != ""  # the last backup's age


def test_a_lock_before_the_first_frame_leaves_no_notice_behind(
        make_shell: Callable[..., Shell], released: Session, passphrase: str, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shell = make_shell(released)
    shell.start()
    window = shell.main_window
    assert window is not None
    shown: list[bool] = []
    monkeypatch.setattr(window.care, "show_vault", lambda: shown.append(released.is_open))
    shell.lock()  # before the window was ever painted
    dialog = shell.unlock_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.ui.passphraseEdit.setText(passphrase)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: window.isVisible() and shown != [])
    qtbot.wait(50)
    assert shown == [True]  # once, for this unlock: the first one's call was dropped at the lock
