"""Every window renders in Dutch and English at the sizes confidants' laptops have.

Set ``CONFIDANT_SHOTS=/some/folder`` to keep the PNGs, then look at them: clipped labels, crowded
rows and untranslated text show up there first. Without it the test only checks that each grab
has the expected size and that no Qt warning was raised while drawing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from confidant_app.demo import demo_cases
from confidant_app.domain.codebook import Codebook
from confidant_app.ui.app import Translations
from confidant_app.ui.first_run import FirstRunDialog
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.ui.unlock import UnlockDialog
from confidant_app.vault import CaseStore, Vault

SIZES = [(1366, 768), (1920, 1080)]


def save(widget: QWidget, name: str) -> None:
    image = widget.grab()
    assert not image.isNull()
    folder = os.environ.get("CONFIDANT_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def demo_vault(vault: Vault, store: CaseStore, codebook: Codebook, vault_path: Path) -> Path:
    store.add_many(demo_cases(codebook, count=200))
    vault.close()
    return vault_path


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_main_window(lang: str, make_shell: Callable[..., Shell], demo_vault: Path,
                     translations: Translations, passphrase: str, qtbot: QtBot) -> None:
    translations.set_language(lang)
    session = Session(demo_vault)
    session.open(demo_vault, passphrase)
    shell = make_shell(session)
    shell.start()
    window = shell.main_window
    assert window is not None
    qtbot.waitExposed(window)
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.wait(20)
        assert (window.width(), window.height()) == (width, height)
        save(window, f"main_window_{lang}_{width}x{height}")
    window.case_list.ui.categoryCombo.setCurrentIndex(1)
    window.case_list.ui.searchEdit.setText("blauwe")
    save(window, f"main_window_filtered_{lang}_1920x1080")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_dialogs(lang: str, demo_vault: Path, codebook: Codebook, translations: Translations,
                 tmp_path: Path, qtbot: QtBot) -> None:
    translations.set_language(lang)
    unlock = UnlockDialog(Session(demo_vault))
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.waitExposed(unlock)
    save(unlock, f"unlock_{lang}")
    unlock.ui.passphraseEdit.setText("wrong")
    unlock.try_unlock()
    save(unlock, f"unlock_wrong_{lang}")

    demo = UnlockDialog(Session(demo_vault, demo=True), demo_passphrase="demo-1a2b3c")
    qtbot.addWidget(demo)
    demo.show()
    save(demo, f"unlock_demo_{lang}")

    target = tmp_path / "Documents" / "Confidant" / "vault.db"
    first = FirstRunDialog(Session(target), target, codebook, lang)  # type: ignore[arg-type]
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    save(first, f"first_run_{lang}")
    first.ui.unitCombo.setCurrentIndex(2)
    first.ui.passphraseEdit.setText("kompas rivier")
    first.ui.repeatEdit.setText("kompas rivie")
    save(first, f"first_run_filled_{lang}")
