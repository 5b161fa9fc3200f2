"""Dutch by default, English on request, and a switch while the application runs."""

from __future__ import annotations

import typing
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from confidant_app.__main__ import parse_args, saved_language
from confidant_app.ui.app import DEFAULT_LANGUAGE, LANGUAGES, Translations
from confidant_app.ui.models.case_table import Column
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell


def test_dutch_is_the_default_language(tmp_path: Path) -> None:
    assert parse_args([]).lang is None  # then the saved settings decide, else Dutch
    assert parse_args(["--lang", "en"]).lang == "en"
    assert saved_language(tmp_path / "settings.json") is None
    assert DEFAULT_LANGUAGE == "nl"


def test_the_saved_language_is_read_before_pydantic(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "en", "idle_lock_minutes": 3}', encoding="utf-8")
    assert saved_language(path) == "en"
    for broken in ('{"language": "fr"}', "[1]", "{", '{"language": 3}'):
        path.write_text(broken, encoding="utf-8")
        assert saved_language(path) is None


def test_switching_language_retranslates_the_open_windows(
        make_shell: Callable[..., Shell], session: Session, translations: Translations,
        qtbot: QtBot) -> None:
    translations.set_language("nl")
    shell = make_shell(session)
    shell.start()
    window = shell.main_window
    assert window is not None
    qtbot.waitExposed(window)
    model = window.case_list.model
    assert window.ui.menuVault.title() == "&Kluis"
    assert model.headerData(Column.STATUS + 1, window.case_list.ui.caseTable.horizontalHeader()
                            .orientation()) == "Onderdeel"
    assert window.case_list.ui.statusCombo.itemText(2) == "Gesloten"
    assert "getoond" in window._counts_label.text()
    shell.set_language("en")
    qtbot.waitUntil(lambda: window.ui.menuVault.title() == "&Vault")
    assert window.case_list.ui.statusCombo.itemText(2) == "Closed"
    assert window.case_list.ui.categoryCombo.itemText(1).endswith("Unwanted behaviour")
    assert "shown" in window._counts_label.text()
    assert window.case_list.model.rowCount() == 6  # the list survives a switch


def test_the_settings_offer_the_languages_the_interface_has() -> None:
    from confidant_app.settings import Settings

    assert typing.get_args(Settings.model_fields["language"].annotation) == LANGUAGES


def test_unknown_language_is_refused(translations: Translations) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        translations.set_language("fr")
