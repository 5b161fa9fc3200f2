"""The first-run assistant: it creates a vault that the core then opens with the same passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from support.cli import make_runner

from confidant_app.domain.codebook import Codebook
from confidant_app.ui.first_run import FirstRunDialog, strength
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.vault import Vault

NEW_PASSPHRASE = "lantaarn kompas rivier 7"


@pytest.fixture
def dialog(tmp_path: Path, codebook: Codebook, qtbot: QtBot) -> FirstRunDialog:
    target = tmp_path / "new" / "vault.db"
    d = FirstRunDialog(Session(target), target, codebook, "en")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def fill(qtbot: QtBot, d: FirstRunDialog, passphrase: str, repeat: str | None = None) -> None:
    d.ui.unitCombo.setCurrentIndex(d.ui.unitCombo.findData("KMAR"))
    qtbot.keyClicks(d.ui.labelEdit, "VP Schiphol")
    qtbot.keyClicks(d.ui.passphraseEdit, passphrase)
    qtbot.keyClicks(d.ui.repeatEdit, passphrase if repeat is None else repeat)


def create_button(d: FirstRunDialog) -> QPushButton:
    return d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_creates_a_vault_the_core_opens(dialog: FirstRunDialog, qtbot: QtBot) -> None:
    target = dialog.location()
    fill(qtbot, dialog, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(create_button(dialog), Qt.MouseButton.LeftButton)
    session = dialog._session
    assert session.is_open and session.path == target
    assert dialog.ui.passphraseEdit.text() == "" and dialog.ui.repeatEdit.text() == ""
    session.lock()
    with Vault.open(target, NEW_PASSPHRASE) as vault:
        assert (vault.unit, vault.label) == ("KMAR", "VP Schiphol")
    # And the command line opens it, as a confidant would run it.
    cli = make_runner(target.parent)
    listed = cli("cases", "--vault", str(target), passphrase=NEW_PASSPHRASE)
    assert listed.code == 0, listed.err
    checked = cli("check", "--vault", str(target), passphrase=NEW_PASSPHRASE)
    assert checked.code == 0, checked.err
    assert cli("cases", "--vault", str(target), passphrase="not the passphrase").code != 0


def test_explains_what_is_kept_and_that_nothing_recovers_a_passphrase(
        dialog: FirstRunDialog) -> None:
    text = dialog.ui.introLabel.text()
    assert "encrypted vault" in text and "cannot be recovered" in text
    assert text.count(". ") + text.endswith(".") == 2  # two sentences


def test_create_waits_for_unit_and_matching_passphrases(dialog: FirstRunDialog,
                                                        qtbot: QtBot) -> None:
    assert not create_button(dialog).isEnabled()
    fill(qtbot, dialog, NEW_PASSPHRASE, repeat=NEW_PASSPHRASE + "x")
    assert not create_button(dialog).isEnabled()
    assert "differ" in dialog.message
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Backspace)
    assert create_button(dialog).isEnabled()
    assert dialog.message == ""


def test_strength_meter_rises(dialog: FirstRunDialog, qtbot: QtBot) -> None:
    levels = []
    for text in ("1234", "abcdefgh1", "correct horse", "correct horse battery staple"):
        dialog.ui.passphraseEdit.setText(text)
        levels.append(dialog.ui.strengthBar.value())
    assert levels == [1, 2, 3, 4]
    assert dialog.ui.strengthLabel.text() == "strong"
    assert strength("") == 0


def test_refuses_an_existing_file(dialog: FirstRunDialog, qtbot: QtBot, tmp_path: Path) -> None:
    existing = tmp_path / "taken.db"
    existing.write_bytes(b"not ours")
    dialog.ui.locationEdit.setText(str(existing))
    fill(qtbot, dialog, NEW_PASSPHRASE)
    qtbot.mouseClick(create_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "already exists" in dialog.message
    assert existing.read_bytes() == b"not ours"


def test_a_folder_as_location_means_vault_db_inside(dialog: FirstRunDialog,
                                                    tmp_path: Path) -> None:
    dialog.ui.locationEdit.setText(str(tmp_path))
    assert dialog.location() == tmp_path / "vault.db"


def test_shell_starts_with_first_run_then_shows_the_main_window(
        make_shell: Callable[..., Shell], tmp_path: Path, qtbot: QtBot) -> None:
    shell = make_shell(Session(tmp_path / "fresh" / "vault.db"))
    shell.start()
    assert shell.first_run is not None and shell.unlock_dialog is None
    fill(qtbot, shell.first_run, NEW_PASSPHRASE)
    shell.first_run.try_create()
    assert shell.main_window is not None and shell.main_window.isVisible()
    assert shell.main_window.case_list.model.rowCount() == 0
    assert shell.main_window.case_list.ui.emptyLabel.isVisible()
    assert "yet" in shell.main_window.case_list.ui.emptyLabel.text()
