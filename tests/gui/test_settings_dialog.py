"""The settings dialog is derived from the model; what it returns is saved and applied at once;
a broken settings file is named and the defaults are used, without a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from confidant_app.domain.codebook import Codebook
from confidant_app.settings import Settings, load, save
from confidant_app.ui.app import Translations
from confidant_app.ui.session import Session
from confidant_app.ui.settings_dialog import SettingsDialog
from confidant_app.ui.shell import Shell


def test_one_row_per_field_of_the_model(codebook: Codebook, qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(), codebook, "en")
    qtbot.addWidget(dialog)
    assert list(dialog.editors) == list(Settings.model_fields)
    layout = dialog.ui.fieldsLayout
    assert layout.rowCount() == len(Settings.model_fields)
    for row, (name, field) in enumerate(Settings.model_fields.items()):
        label = layout.itemAt(row, layout.ItemRole.LabelRole).widget()
        assert isinstance(label, QLabel) and label.buddy() is dialog.editors[name]
        assert dialog.editors[name].accessibleName() == field.title
    idle = dialog.editors["idle_lock_minutes"]
    assert isinstance(idle, QSpinBox) and (idle.minimum(), idle.maximum()) == (1, 120)
    language = dialog.editors["language"]
    assert isinstance(language, QComboBox)
    assert [language.itemData(i) for i in range(language.count())] == ["nl", "en"]
    unit = dialog.editors["default_unit"]
    assert isinstance(unit, QComboBox)
    assert unit.itemData(0) is None and unit.count() == 1 + len(codebook.codes("unit"))
    assert dialog.values() == Settings().model_dump()


def test_the_dialog_translates_the_model_titles(codebook: Codebook, qtbot: QtBot,
                                                translations: Translations) -> None:
    translations.set_language("nl")
    dialog = SettingsDialog(Settings(), codebook, "nl")
    qtbot.addWidget(dialog)
    assert dialog.editors["language"].accessibleName() == "Taal"


def test_settings_are_saved_and_applied(open_shell: Shell, qtbot: QtBot,
                                        translations: Translations) -> None:
    translations.set_language("nl")
    window = open_shell.main_window
    assert window is not None
    window.ui.actionSettings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    idle = dialog.editors["idle_lock_minutes"]
    assert isinstance(idle, QSpinBox)
    idle.setValue(9)
    unit = dialog.editors["default_unit"]
    assert isinstance(unit, QComboBox)
    unit.setCurrentIndex(unit.findData("KMAR"))
    language = dialog.editors["language"]
    assert isinstance(language, QComboBox)
    language.setCurrentIndex(language.findData("en"))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    saved = load(open_shell.settings_file)
    assert saved.problem is None
    assert (saved.settings.idle_lock_minutes, saved.settings.default_unit,
            saved.settings.language) == (9, "KMAR", "en")
    assert open_shell.idle.interval_ms == 9 * 60_000
    qtbot.waitUntil(lambda: window.ui.menuVault.title() == "&Vault")
    editor = window.cases.new_case()
    assert editor is not None and editor.ui.unitCombo.currentData() == "KMAR"
    editor.reject()


def test_cancel_changes_nothing(open_shell: Shell, qtbot: QtBot) -> None:
    window = open_shell.main_window
    assert window is not None
    window.ui.actionSettings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    idle = dialog.editors["idle_lock_minutes"]
    assert isinstance(idle, QSpinBox)
    idle.setValue(99)
    dialog.reject()
    assert not open_shell.settings_file.exists()
    assert open_shell.idle.interval_ms == 5 * 60_000


def test_saved_settings_are_used_at_start(make_shell: Callable[..., Shell], session: Session,
                                          tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "settings.json"
    save(Settings(idle_lock_minutes=2, default_unit="BS"), path)
    shell = make_shell(session, settings_file=path)
    shell.start()
    assert shell.idle.interval_ms == 2 * 60_000
    assert shell.main_window is not None and shell.main_window.cases.default_unit == "BS"


def test_the_idle_option_overrides_the_settings(make_shell: Callable[..., Shell],
                                                session: Session, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save(Settings(idle_lock_minutes=2), path)
    shell = make_shell(session, settings_file=path, idle_minutes=0.5)
    shell.start()
    assert shell.idle.interval_ms == 30_000


def test_a_broken_settings_file_is_named_and_defaults_are_used(
        make_shell: Callable[..., Shell], session: Session, tmp_path: Path,
        qtbot: QtBot) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"idle_lock_minutes": "soon", "language": "en"', encoding="utf-8")
    shell = make_shell(session, settings_file=path)
    shell.start()
    assert shell.main_window is not None and shell.main_window.isVisible()
    assert shell.settings == Settings()
    assert shell.idle.interval_ms == 5 * 60_000
    box = shell.settings_problem
    assert box is not None and box.isVisible() and "not valid JSON" in box.text()
    assert path.read_text(encoding="utf-8").startswith('{"idle_lock_minutes": "soon"')


def test_the_dialog_shows_the_language_in_use(open_shell: Shell,
                                              translations: Translations) -> None:
    translations.set_language("en")  # as with --lang en, while the saved settings say Dutch
    window = open_shell.main_window
    assert window is not None
    window.ui.actionSettings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    language = dialog.editors["language"]
    assert isinstance(language, QComboBox) and language.currentData() == "en"
    dialog.reject()
