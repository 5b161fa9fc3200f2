"""Restore from the application, over the same core as ``confidant restore``: the backup is checked
before anything is replaced and what it holds is shown; on confirmation the vault is locked,
replaced, and the unlock dialog returns; a refusal leaves the vault as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from confidant_app.domain.case import make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.ui.restore_dialog import RestoreDialog
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.vault import CaseStore, Vault, audit

Yes = QMessageBox.StandardButton.Yes


@pytest.fixture
def backup_file(open_shell: Shell, codebook: Codebook, tmp_path: Path) -> Path:
    """A backup of the six known cases; a seventh is added to the vault after it."""
    out = tmp_path / "elsewhere" / "backup.db"
    out.parent.mkdir()
    session = open_shell.session
    session.backup_to(out)
    session.save(make_case({"unit": "CLAS", "role": "MIL", "categories": ["AC.ARB"],
                            "opened": "2025-01-02", "alias": "after the backup"}, codebook))
    assert session.count() == 7
    return out


def open_dialog(shell: Shell, qtbot: QtBot) -> RestoreDialog:
    assert shell.main_window is not None
    shell.main_window.ui.actionRestore.trigger()
    dialog = shell.restore.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def check(dialog: RestoreDialog, qtbot: QtBot, path: Path, passphrase: str) -> None:
    dialog.set_path(path)
    dialog.ui.passphraseEdit.setText(passphrase)
    dialog.ui.checkButton.click()
    assert dialog.busy  # the key is derived on a worker
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def confirm(dialog: RestoreDialog) -> None:
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    box = dialog.confirm_box
    assert box is not None and box.text() == "Replace the vault with this backup?"
    box.button(Yes).click()


def test_a_checked_backup_replaces_the_vault_and_the_unlock_dialog_returns(
        open_shell: Shell, backup_file: Path, qtbot: QtBot, passphrase: str,
        codebook: Codebook) -> None:
    dialog = open_dialog(open_shell, qtbot)
    assert not dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).isEnabled()
    check(dialog, qtbot, backup_file, "not the passphrase")
    assert "does not open the backup" in dialog.ui.resultLabel.text() and not dialog.checked
    check(dialog, qtbot, backup_file, passphrase)
    assert dialog.checked
    assert "Every check passed. Cases in the backup: 6." in dialog.ui.resultLabel.text()
    assert open_shell.session.is_open  # nothing has happened yet
    confirm(dialog)
    assert not open_shell.session.is_open  # locked first
    window = open_shell.main_window
    assert window is not None and not window.isVisible()
    assert dialog.ui.passphraseEdit.text() == "" or dialog.busy
    qtbot.waitUntil(lambda: open_shell.restore.dialog is None, timeout=20_000)
    assert open_shell.unlock_dialog is not None and open_shell.unlock_dialog.isVisible()
    box = open_shell.notice_box
    assert box is not None and "restored from the backup" in box.text()
    vault_path = open_shell.session.path
    # No half-written file and no old vault left; the lock's automatic backup kept the replaced
    # state in the backup folder (a safety net: it holds the case added after the backup).
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["backups", "vault.db"]
    with Vault.open(vault_path, passphrase) as vault:
        aliases = {c.alias for c in CaseStore(vault, codebook).cases()}
        assert len(aliases) == 6 and "after the backup" not in aliases
        assert audit.latest(vault, "restore") is not None


def test_a_restore_that_fails_leaves_the_vault_as_it_was(
        open_shell: Shell, backup_file: Path, qtbot: QtBot, passphrase: str) -> None:
    dialog = open_dialog(open_shell, qtbot)
    check(dialog, qtbot, backup_file, passphrase)
    backup_file.write_bytes(b"\x00" * 4096)  # damaged between the check and the restore
    confirm(dialog)
    qtbot.waitUntil(lambda: open_shell.restore.dialog is None, timeout=20_000)
    box = open_shell.notice_box
    assert box is not None and box.text().startswith("Nothing was restored: ")
    assert "\n" not in box.text()
    assert open_shell.unlock_dialog is not None and open_shell.unlock_dialog.isVisible()
    session = Session(open_shell.session.path)
    session.open(session.path, passphrase)
    assert session.count() == 7  # the old vault, untouched
    session.lock()


def test_cancelling_the_question_changes_nothing(
        open_shell: Shell, backup_file: Path, qtbot: QtBot, passphrase: str) -> None:
    dialog = open_dialog(open_shell, qtbot)
    check(dialog, qtbot, backup_file, passphrase)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    assert dialog.confirm_box is not None
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert open_shell.session.is_open and dialog.isVisible()
    dialog.reject()
    assert open_shell.restore.dialog is None and open_shell.session.count() == 7


def test_a_lock_closes_the_dialog_and_forgets_the_passphrase(
        open_shell: Shell, backup_file: Path, qtbot: QtBot) -> None:
    dialog = open_dialog(open_shell, qtbot)
    dialog.set_path(backup_file)
    dialog.ui.passphraseEdit.setText("typed but not used")
    open_shell.lock()
    assert open_shell.restore.dialog is None
    assert not dialog.isVisible() and dialog.ui.passphraseEdit.text() == ""


def test_nothing_to_restore_without_a_file_or_a_passphrase(
        open_shell: Shell, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(open_shell, qtbot)
    dialog.set_path(tmp_path / "missing.db")
    dialog.check()
    assert "Type the passphrase" in dialog.ui.resultLabel.text() and not dialog.busy
    check(dialog, qtbot, tmp_path / "missing.db", "whatever")
    assert dialog.ui.resultLabel.text() == "There is no file at this location."
    assert QApplication.overrideCursor() is None
    dialog.reject()
