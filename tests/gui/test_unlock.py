"""The unlock dialog on a real vault: right and wrong passphrases, a vault in use, another vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.ui.unlock import UnlockDialog
from confidant_app.vault import Vault


@pytest.fixture
def dialog(case_vault: Path, qtbot: QtBot) -> UnlockDialog:
    d = UnlockDialog(Session(case_vault))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitActive(d)
    return d


def type_and_unlock(qtbot: QtBot, d: UnlockDialog, passphrase: str) -> None:
    qtbot.keyClicks(d.ui.passphraseEdit, passphrase)
    qtbot.keyClick(d.ui.passphraseEdit, Qt.Key.Key_Return)
    # The key is derived on a worker thread; the answer comes back by signal.
    qtbot.waitUntil(lambda: not d.busy, timeout=10_000)


def test_names_the_vault(dialog: UnlockDialog, case_vault: Path) -> None:
    assert case_vault.name in dialog.ui.vaultLabel.text()
    assert dialog.ui.vaultLabel.toolTip() == str(case_vault)
    assert dialog.ui.passphraseEdit.hasFocus()


def test_the_path_can_be_selected_once_the_dialog_is_on_screen(dialog: UnlockDialog,
                                                              qtbot: QtBot) -> None:
    # Set after the first frame (``ui.first_frame``), so the prompt appears sooner.
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.waitUntil(lambda: bool(dialog.ui.vaultLabel.textInteractionFlags() & selectable))
    assert dialog.ui.demoLabel.textInteractionFlags() & selectable


def test_a_deep_folder_is_elided_in_the_middle(tmp_path: Path, qtbot: QtBot) -> None:
    deep = tmp_path.joinpath(*[f"folder-number-{n}" for n in range(12)])
    d = UnlockDialog(Session(deep / "vault.db"))
    qtbot.addWidget(d)
    text = d.ui.vaultLabel.text()
    assert "vault.db" in text and "…" in text and "folder-number-11" in text
    assert "folder-number-5" not in text
    assert d.ui.vaultLabel.toolTip() == str(deep / "vault.db")


def test_right_passphrase_opens_the_vault(dialog: UnlockDialog, qtbot: QtBot,
                                          passphrase: str) -> None:
    with qtbot.waitSignal(dialog.accepted):
        type_and_unlock(qtbot, dialog, passphrase)
    session = dialog._session
    assert session.is_open and session.count() == 6
    assert dialog.ui.passphraseEdit.text() == ""
    assert not dialog.ui.passphraseEdit.isUndoAvailable()  # nothing to bring the text back
    session.lock()


def test_wrong_passphrase_is_refused_kindly(dialog: UnlockDialog, qtbot: QtBot,
                                           passphrase: str) -> None:
    type_and_unlock(qtbot, dialog, "not the passphrase")
    assert dialog.isVisible() and dialog.result() == 0
    assert "wrong" in dialog.message
    assert dialog.ui.passphraseEdit.hasFocus()
    assert dialog.ui.passphraseEdit.selectedText() == "not the passphrase"
    assert not dialog._session.is_open
    # Typing again hides the message and the next attempt goes straight through.
    with qtbot.waitSignal(dialog.accepted):
        type_and_unlock(qtbot, dialog, passphrase)  # replaces the selected text
    dialog._session.lock()


def test_empty_passphrase_asks_for_one(dialog: UnlockDialog, qtbot: QtBot) -> None:
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    assert dialog.message and dialog.isVisible()


def test_vault_open_elsewhere_is_named(case_vault: Path, qtbot: QtBot, passphrase: str) -> None:
    holder = Vault.open(case_vault, passphrase)  # another window holds the exclusive lock
    try:
        d = UnlockDialog(Session(case_vault))
        qtbot.addWidget(d)
        d.show()
        type_and_unlock(qtbot, d, passphrase)
        assert "another window or program" in d.message
        assert d.isVisible()
    finally:
        holder.close()


def test_open_another_vault(dialog: UnlockDialog, tmp_path: Path, qtbot: QtBot,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.db"
    Vault.create(other, "another passphrase 99", unit="KMAR").close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    qtbot.mouseClick(dialog.ui.otherVaultButton, Qt.MouseButton.LeftButton)
    assert "other.db" in dialog.ui.vaultLabel.text()
    with qtbot.waitSignal(dialog.accepted):
        type_and_unlock(qtbot, dialog, "another passphrase 99")
    assert dialog._session.unit == "KMAR" and dialog._session.path == other
    dialog._session.lock()


def test_missing_vault_message(tmp_path: Path, qtbot: QtBot, passphrase: str) -> None:
    d = UnlockDialog(Session(tmp_path / "gone.db"))
    qtbot.addWidget(d)
    d.show()
    type_and_unlock(qtbot, d, passphrase)
    assert "no vault" in d.message


def test_quit_is_reported(make_shell: Callable[..., Shell], case_vault: Path, qtbot: QtBot) -> None:
    shell = make_shell(Session(case_vault))
    shell.start()
    assert shell.unlock_dialog is not None and shell.main_window is None
    with qtbot.waitSignal(shell.quit_requested):
        shell.unlock_dialog.reject()


def test_the_merge_button_asks_for_the_coordinators_workspace(dialog: UnlockDialog,
                                                             qtbot: QtBot) -> None:
    dialog.show()
    assert dialog.ui.mergeButton.isVisible() and dialog.ui.mergeButton.isEnabled()
    with qtbot.waitSignal(dialog.coordinator_requested):
        dialog.ui.mergeButton.click()
    assert dialog.isVisible()  # the shell decides what the start screen does next
