"""Restore from the start screen, on real vaults: the vault that will not open (garbage written
over it) or is gone is replaced by a checked backup from the unlock dialog or the first-run
assistant; the vault then opens with the backup's passphrase and holds the backup's cases. A bad
backup, or a wrong passphrase for it, changes nothing. The refusals that mean a damaged or lost
vault point at **Restore a backup…**, a first wrong passphrase does not. The dialogs are shot in
Dutch and English on both screens (``CONFIDANT_SHOTS=/folder`` keeps the PNGs)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from gui.test_accessibility import unnamed
from gui.test_screenshots import centre, keeps_extras, lang, screen, shoot
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QScreen
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from confidant_app.domain.codebook import Codebook
from confidant_app.settings import BACKUP_FOLDER_NAME
from confidant_app.ui.app import Translations
from confidant_app.ui.restore_dialog import RestoreDialog
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.ui.unlock import UnlockDialog
from confidant_app.vault import CaseStore, Vault
from confidant_app.vault.backup import backup, rotate_backups

__all__ = ["lang", "screen"]  # fixtures of test_screenshots, used here by name

NEW_PASSPHRASE = "a-newer-passphrase-after-the-backup"
GARBAGE = b"this was a vault until something wrote over it " * 400
Yes = QMessageBox.StandardButton.Yes


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def backup_file(case_vault: Path, tmp_path: Path, passphrase: str) -> Path:
    """A backup of the six known cases on a stick, made before the vault's passphrase changed;
    then the vault is damaged beyond opening."""
    out = tmp_path / "stick" / "backup-monday.db"
    out.parent.mkdir()
    with Vault.open(case_vault, passphrase) as vault:
        backup(vault, out)
        vault.change_passphrase(NEW_PASSPHRASE)
    case_vault.write_bytes(GARBAGE)
    return out


def start(make_shell: Callable[..., Shell], path: Path, qtbot: QtBot) -> Shell:
    shell = make_shell(Session(path))
    shell.start()
    window = shell.unlock_dialog or shell.first_run
    assert window is not None
    qtbot.waitExposed(window)
    return shell


def unlock_with(qtbot: QtBot, dialog: UnlockDialog, passphrase: str) -> None:
    dialog.ui.passphraseEdit.setText(passphrase)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def open_restore(shell: Shell, qtbot: QtBot) -> RestoreDialog:
    start_window = shell.unlock_dialog if shell.first_run is None else shell.first_run
    assert start_window is not None
    qtbot.mouseClick(start_window.ui.restoreButton, Qt.MouseButton.LeftButton)
    dialog = shell.restore.dialog
    assert dialog is not None and dialog.from_start
    qtbot.waitExposed(dialog)
    return dialog


def check(dialog: RestoreDialog, qtbot: QtBot, path: Path | None, passphrase: str) -> None:
    if path is not None:
        dialog.set_path(path)
    dialog.ui.passphraseEdit.setText(passphrase)
    dialog.ui.checkButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def restore_button(dialog: RestoreDialog) -> QDialogButtonBox:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def confirm(dialog: RestoreDialog, question: str) -> None:
    restore_button(dialog).click()
    box = dialog.confirm_box
    assert box is not None and box.text() == question
    box.button(Yes).click()


def test_a_damaged_vault_is_replaced_from_the_unlock_screen(
        make_shell: Callable[..., Shell], case_vault: Path, backup_file: Path, passphrase: str,
        codebook: Codebook, qtbot: QtBot) -> None:
    shell = start(make_shell, case_vault, qtbot)
    unlock = shell.unlock_dialog
    assert unlock is not None
    unlock_with(qtbot, unlock, NEW_PASSPHRASE)
    assert "not a Confidant vault" in unlock.message
    assert "“Restore a backup…” puts a backup in its place" in unlock.message

    dialog = open_restore(shell, qtbot)
    assert dialog.ui.targetLabel.text().startswith("Vault to replace: vault.db in the folder ")
    assert "kept beside the vault as vault.db.before-restore" in dialog.ui.warningLabel.text()
    check(dialog, qtbot, backup_file, passphrase)
    assert dialog.checked and "Cases in the backup: 6." in dialog.ui.resultLabel.text()
    confirm(dialog, "Replace vault.db with this backup?")
    qtbot.waitUntil(lambda: shell.restore.dialog is None, timeout=20_000)

    # The unlock dialog names the restored vault and the backup, and asks for its passphrase.
    assert unlock.isVisible() and unlock.path == case_vault
    assert "vault.db" in unlock.ui.vaultLabel.text()
    assert unlock.note.startswith("Restored from the backup backup-monday.db. Unlock it with "
                                  "the passphrase the backup was made with.")
    assert "kept beside it as vault.db.before-restore" in unlock.note
    box = shell.notice_box
    assert box is not None and "restored from the backup" in box.text()
    box.done(0)
    kept = case_vault.with_name("vault.db.before-restore")
    assert kept.read_bytes() == GARBAGE  # not deleted: nobody saw what it held
    assert sorted(p.name for p in case_vault.parent.iterdir()) == [
        "vault.db", "vault.db.before-restore"]

    unlock_with(qtbot, unlock, NEW_PASSPHRASE)  # the damaged vault's passphrase no longer fits
    assert "passphrase is wrong" in unlock.message and not shell.session.is_open
    with qtbot.waitSignal(unlock.accepted):
        unlock_with(qtbot, unlock, passphrase)
    assert shell.session.is_open and shell.session.count() == 6
    assert shell.main_window is not None and shell.main_window.isVisible()
    assert unlock.note == ""
    aliases = {s.alias for s in shell.session.summaries()}
    assert {"blauwe map", "rode jas"} <= aliases
    shell.session.lock()
    with Vault.open(case_vault, passphrase) as vault:
        assert len(CaseStore(vault, codebook).summaries()) == 6


def test_a_bad_backup_or_a_wrong_passphrase_for_it_changes_nothing(
        make_shell: Callable[..., Shell], case_vault: Path, backup_file: Path, passphrase: str,
        tmp_path: Path, qtbot: QtBot) -> None:
    before = snapshot(case_vault.parent)
    shell = start(make_shell, case_vault, qtbot)
    dialog = open_restore(shell, qtbot)

    check(dialog, qtbot, backup_file, NEW_PASSPHRASE)  # the vault's passphrase, not the backup's
    assert "does not open the backup" in dialog.ui.resultLabel.text()
    assert not dialog.checked and not restore_button(dialog).isEnabled()
    not_a_backup = tmp_path / "stick" / "holiday.db"
    not_a_backup.write_bytes(b"\x00" * 8192)
    check(dialog, qtbot, not_a_backup, passphrase)
    assert not dialog.checked and dialog.ui.resultLabel.text() == (
        "This file is not a Confidant vault.")
    damaged = tmp_path / "stick" / "damaged.db"
    data = bytearray(backup_file.read_bytes())
    data[3 * 4096 + 200] ^= 0x01
    damaged.write_bytes(bytes(data))
    check(dialog, qtbot, damaged, passphrase)
    assert not dialog.checked
    assert snapshot(case_vault.parent) == before

    # Checked, then damaged before the restore: refused in one line, the vault file as it was.
    check(dialog, qtbot, backup_file, passphrase)
    assert dialog.checked
    backup_file.write_bytes(b"\x00" * 4096)
    confirm(dialog, "Replace vault.db with this backup?")
    qtbot.waitUntil(lambda: shell.restore.dialog is None, timeout=20_000)
    box = shell.notice_box
    assert box is not None and box.text().startswith("Nothing was restored: ")
    assert "\n" not in box.text()
    assert shell.unlock_dialog is not None and shell.unlock_dialog.isVisible()
    assert shell.unlock_dialog.note == ""
    assert snapshot(case_vault.parent) == before
    assert QApplication.overrideCursor() is None


def test_only_a_damaged_or_lost_vault_points_at_restoring(
        case_vault: Path, passphrase: str, tmp_path: Path, qtbot: QtBot) -> None:
    dialog = UnlockDialog(Session(case_vault))
    qtbot.addWidget(dialog)
    dialog.show()
    unlock_with(qtbot, dialog, "typo")
    assert "Caps Lock" in dialog.message and "backup" not in dialog.message
    unlock_with(qtbot, dialog, "typo again")
    assert "backup" not in dialog.message
    unlock_with(qtbot, dialog, "a third try")  # wrong three times: perhaps the file is damaged
    assert "Sure of the passphrase? Then the file may be damaged: “Restore a backup…”" \
        in dialog.message
    dialog.set_vault(tmp_path / "gone.db")
    unlock_with(qtbot, dialog, passphrase)
    assert dialog.message == ("There is no vault at this location. If your vault was lost, "
                              "“Restore a backup…” puts a backup here.")
    with qtbot.waitSignal(dialog.restore_requested):
        dialog.ui.restoreButton.click()


def test_the_restore_button_is_named_and_on_the_keyboards_way(
        case_vault: Path, translations: Translations, qtbot: QtBot) -> None:
    dialog = UnlockDialog(Session(case_vault))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    button = dialog.ui.restoreButton
    assert button.accessibleName() == "Restore a backup" and unnamed(dialog) == []
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse  # set after the first frame
    qtbot.waitUntil(lambda: bool(dialog.ui.vaultLabel.textInteractionFlags() & selectable))
    dialog.ui.passphraseEdit.setFocus()
    order = []
    for _ in range(2):  # Tab from the passphrase, as a confidant presses it
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order == [dialog.ui.otherVaultButton, button]
    for language, key in (("en", "Alt+B"), ("nl", "Alt+T")):  # its own Alt key in each
        translations.set_language(language)
        qtbot.wait(10)  # the language change arrives as an event
        keys = [QKeySequence.mnemonic(b.text()).toString()
                for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        keys += [QKeySequence.mnemonic(dialog.ui.passphraseLabel.text()).toString()]
        assert QKeySequence.mnemonic(button.text()).toString() == key
        assert keys.count(key) == 1, (language, keys)
    dialog.ui.passphraseEdit.setText("typed for the vault")
    button.setFocus()
    with qtbot.waitSignal(dialog.restore_requested):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialog.ui.passphraseEdit.text() == ""  # forgotten: the backup's is asked for there


def test_the_first_run_assistant_puts_back_a_lost_vault(
        make_shell: Callable[..., Shell], case_vault: Path, passphrase: str,
        qtbot: QtBot) -> None:
    folder = case_vault.parent / BACKUP_FOLDER_NAME
    with Vault.open(case_vault, passphrase) as vault:
        rotate_backups(vault, folder, 5)
        vault.conn.execute("UPDATE cases SET alias = 'after the first backup' WHERE id = 1")
        newest = rotate_backups(vault, folder, 5).written.path
    case_vault.unlink()  # the vault is lost; its automatic backups are not

    shell = start(make_shell, case_vault, qtbot)
    first = shell.first_run
    assert first is not None and shell.unlock_dialog is None
    assert "its backup folder holds 2 automatic backups" in first.ui.restoreLabel.text()
    dialog = open_restore(shell, qtbot)
    assert dialog.ui.fileEdit.text() == str(newest)  # the newest is offered
    assert dialog.ui.targetLabel.text().startswith("There is no vault here yet")
    check(dialog, qtbot, None, passphrase)
    confirm(dialog, "Put this backup in place as vault.db?")
    qtbot.waitUntil(lambda: shell.restore.dialog is None, timeout=20_000)

    unlock = shell.unlock_dialog
    assert unlock is not None and unlock.isVisible() and not first.isVisible()
    assert unlock.path == case_vault and newest.name in unlock.note
    assert "kept beside it" not in unlock.note  # nothing was there to keep
    with qtbot.waitSignal(unlock.accepted):
        unlock_with(qtbot, unlock, passphrase)
    assert shell.session.count() == 6
    assert "after the first backup" in {s.alias for s in shell.session.summaries()}


def test_a_first_run_without_a_trace_of_a_vault_still_offers_a_restore(
        make_shell: Callable[..., Shell], tmp_path: Path, qtbot: QtBot) -> None:
    shell = start(make_shell, tmp_path / "new" / "vault.db", qtbot)
    first = shell.first_run
    assert first is not None
    assert first.ui.restoreLabel.text().startswith("Had a vault already, on this computer or "
                                                   "another?")
    dialog = open_restore(shell, qtbot)
    assert dialog.ui.fileEdit.text() == ""
    dialog.reject()
    assert first.isVisible() and shell.restore.dialog is None


def test_the_start_screen_restore_on_both_screens(
        lang: str, screen: QScreen, make_shell: Callable[..., Shell], case_vault: Path,
        backup_file: Path, passphrase: str, qtbot: QtBot) -> None:
    extra = keeps_extras(screen)
    shell = make_shell(Session(case_vault))
    shell.start()
    unlock = shell.unlock_dialog
    assert unlock is not None
    centre(unlock, screen, qtbot)
    unlock_with(qtbot, unlock, NEW_PASSPHRASE)
    assert unlock.message
    shoot(f"unlock_damaged_{lang}", screen, unlock)
    dialog = open_restore(shell, qtbot)
    qtbot.wait(20)
    assert unlock.geometry().contains(dialog.geometry().center()), "not over the unlock dialog"
    check(dialog, qtbot, backup_file, passphrase)
    assert dialog.checked
    shoot(f"restore_from_unlock_{lang}", screen, unlock, dialog, keep=extra)
    assert unnamed(dialog) == []
    restore_button(dialog).click()
    assert dialog.confirm_box is not None
    dialog.confirm_box.button(Yes).click()
    qtbot.waitUntil(lambda: shell.restore.dialog is None, timeout=20_000)
    box = shell.notice_box
    assert box is not None
    box.done(0)
    assert unlock.note
    shoot(f"unlock_restored_{lang}", screen, unlock)
