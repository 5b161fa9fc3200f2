"""Backups in the application: Back up now (a file dialog opening in the backup folder of the
settings), the last backup's age on the status bar, and the automatic rotating backup a lock
makes after changes, once a day at most, never for the demo vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from confidant_app.domain.case import make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.settings import Settings
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.vault import Vault, audit
from confidant_app.vault.backup import backups_in


def window_of(shell: Shell) -> MainWindow:
    assert shell.main_window is not None
    return shell.main_window


def unlock(shell: Shell, qtbot: QtBot, passphrase: str) -> None:
    dialog = shell.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.passphraseEdit.setText(passphrase)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: shell.session.is_open, timeout=10_000)


def rotating(shell: Shell, folder: Path) -> list[Path]:
    with Vault.open(shell.session.path, "kiwi-tractor-lantern-42") as vault:
        return [b.path for b in backups_in(vault, folder)]


def test_back_up_now_opens_in_the_backup_folder_and_updates_the_status_bar(
        open_shell: Shell, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_of(open_shell)
    folder = tmp_path / "my backups"
    folder.mkdir()
    open_shell.apply_settings(Settings(backup_folder=str(folder)))
    assert window.care.status_label.text() == "No backup yet"
    asked: list[Any] = []
    out = tmp_path / "stick" / "backup.db"
    out.parent.mkdir()

    def save_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.ui.actionBackup.trigger()
    assert Path(asked[0][2]).parent == folder  # the suggested file is in the backup folder
    assert out.exists()
    box = window.care.notice_box
    assert box is not None and "Backup written and verified: backup.db (" in box.text()
    assert "cases: 6)" in box.text()
    assert window.care.status_label.text().startswith("Last backup: today at ")
    entry = audit.latest(open_shell.session._open_store().vault, "backup")
    assert entry is not None and entry.outcome == "ok"
    box.done(0)
    # The same file again: Qt's dialog asked to replace it, so it is replaced.
    window.ui.actionBackup.trigger()
    assert window.care.notice_box is not None
    assert "verified" in window.care.notice_box.text()


def test_a_refused_backup_says_why_in_one_line(open_shell: Shell, tmp_path: Path) -> None:
    window = window_of(open_shell)
    assert not window.care.backup_to(open_shell.session.path)
    box = window.care.notice_box
    assert box is not None and box.text().startswith("No backup was written. ")
    assert "\n" not in box.text()
    assert window.care.status_label.text() == "No backup yet"


def test_the_age_of_the_last_backup_in_words(open_shell: Shell) -> None:
    care = window_of(open_shell).care
    now = dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC)
    assert care.age_text(None, now) == "No backup yet"
    assert care.age_text(now - dt.timedelta(days=1), now) == "Last backup: yesterday"
    assert care.age_text(now - dt.timedelta(days=3), now) == "Last backup: 3 days ago"
    local = now.astimezone().strftime("%H:%M")
    assert care.age_text(now, now) == f"Last backup: today at {local}"


def test_a_lock_makes_an_automatic_backup_after_changes_once_a_day(
        open_shell: Shell, qtbot: QtBot, tmp_path: Path, passphrase: str,
        codebook: Codebook) -> None:
    folder = tmp_path / "auto"
    open_shell.apply_settings(Settings(backup_folder=str(folder), backup_keep=2))
    open_shell.lock()  # none yet: the first one is due at once
    first = rotating(open_shell, folder)
    assert len(first) == 1
    care = window_of(open_shell).care
    assert care.status_label.text() == ""  # the locked window says nothing of the vault
    unlock(open_shell, qtbot, passphrase)
    # Read anew once the unlocked window's first frame is painted (``MainWindow.show_vault``).
    qtbot.waitUntil(lambda: care.status_label.text().startswith("Last backup: today"))
    open_shell.session.save(make_case({"unit": "CLAS", "role": "MIL", "categories": ["AC.ARB"],
                                       "opened": "2025-01-02"}, codebook))
    open_shell.lock()  # changed, but the newest backup is not a day old
    assert rotating(open_shell, folder) == first
    assert open_shell.notice_box is None


def test_an_automatic_backup_that_fails_is_said_over_the_unlock_dialog(
        open_shell: Shell, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    open_shell.apply_settings(Settings(backup_folder=str(blocker / "backups")))
    open_shell.lock()
    assert not open_shell.session.is_open  # the lock happened all the same
    box = open_shell.notice_box
    assert box is not None and box.parent() is open_shell.unlock_dialog
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("The automatic backup could not be made. The backup could "
                                 "not be written there")


def test_the_demo_vault_is_never_backed_up(
        make_shell: Callable[..., Shell], case_vault: Path, passphrase: str,
        qtbot: QtBot) -> None:
    session = Session(case_vault, demo=True)
    session.open(case_vault, passphrase)
    shell = make_shell(session)
    shell.start()
    qtbot.waitExposed(window_of(shell))
    shell.lock()
    shell.shutdown()
    assert not (case_vault.parent / "backups").exists()


def test_quitting_makes_the_automatic_backup_too(open_shell: Shell, case_vault: Path) -> None:
    open_shell.shutdown()
    assert not open_shell.session.is_open
    assert len(rotating(open_shell, case_vault.parent / "backups")) == 1
