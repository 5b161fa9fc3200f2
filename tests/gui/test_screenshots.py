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
from confidant_app.ui.export_dialog import ExportDialog
from confidant_app.ui.first_run import FirstRunDialog
from confidant_app.ui.import_dialog import ImportDialog
from confidant_app.ui.session import Session
from confidant_app.ui.settings_dialog import SettingsDialog
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
    qtbot.waitUntil(lambda: not unlock.busy)
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


BAD_REGISTER = ("opened,unit,categories,role,gender\n2025-01-01,CLAS,OG.INT,MIL,V\n"
                "2025-13-01,CLAS,OG.XXX,MIL,Q\n2030-01-01,XX,OG.INT,,V\n")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_case_dialogs(lang: str, make_shell: Callable[..., Shell], demo_vault: Path,
                      translations: Translations, passphrase: str, tmp_path: Path,
                      qtbot: QtBot) -> None:
    """The case editor (empty, refused, filled), the import dialog with problems, the export
    preview and the settings dialog, each at the size it opens at over a 1366x768 window."""
    translations.set_language(lang)
    session = Session(demo_vault)
    session.open(demo_vault, passphrase)
    shell = make_shell(session)
    shell.start()
    window = shell.main_window
    assert window is not None
    window.resize(1366, 768)
    qtbot.waitExposed(window)

    def fits(dialog: QWidget) -> None:
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        assert dialog.width() <= 1366 and dialog.height() <= 768, dialog.size()

    editor = window.cases.new_case()
    assert editor is not None
    fits(editor)
    save(editor, f"case_editor_empty_{lang}")
    editor.save()  # no role, no category: both refused at their fields
    save(editor, f"case_editor_refused_{lang}")
    editor.discard()
    summary = max(session.summaries(), key=lambda s: (s.conversations, s.id))
    editor = window.cases.open_case(summary.id)
    assert editor is not None
    fits(editor)
    save(editor, f"case_editor_filled_{lang}")
    editor.discard()

    register = tmp_path / "register.csv"
    register.write_text(BAD_REGISTER, encoding="utf-8")
    imports = window.open_import()
    assert isinstance(imports, ImportDialog)
    fits(imports)
    imports.set_path(register)
    imports.check()
    qtbot.waitUntil(lambda: not imports.busy)
    save(imports, f"import_problems_{lang}")
    imports.reject()

    export = window.open_export()
    assert isinstance(export, ExportDialog)
    fits(export)
    save(export, f"export_preview_{lang}")
    export.ui.jsonEdit.setText(str(tmp_path / "export.json"))
    export.export()  # then the notice of a released year, the result and a release log entry
    export.ui.previewTree.scrollToBottom()
    save(export, f"export_preview_released_{lang}")
    export.ui.tabs.setCurrentIndex(1)
    save(export, f"export_release_log_{lang}")
    export.reject()

    window.ui.actionSettings.trigger()
    settings = window.findChild(SettingsDialog)
    assert settings is not None
    fits(settings)
    save(settings, f"settings_{lang}")
    settings.reject()
