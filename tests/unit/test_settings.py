"""Settings: one pydantic model, saved as JSON atomically; a broken file never stops start-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from confidant_app import paths
from confidant_app.settings import MAX_FILE_BYTES, Settings, load, save


def test_defaults() -> None:
    settings = Settings()
    assert (settings.language, settings.idle_lock_minutes, settings.default_unit,
            settings.retention_months) == ("nl", 5, None, 6)


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(language="en", idle_lock_minutes=12, default_unit="KMAR",
                      retention_months=9)
    save(chosen, path)
    assert load(path).settings == chosen and load(path).problem is None
    assert json.loads(path.read_text("utf-8"))["idle_lock_minutes"] == 12
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary left


def test_a_missing_file_gives_the_defaults_quietly(tmp_path: Path) -> None:
    loaded = load(tmp_path / "nothing.json")
    assert loaded.settings == Settings() and loaded.problem is None


@pytest.mark.parametrize("content, problem", [
    (b"{not json", "not valid JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b"\xff\xfe", "not valid JSON"),
    (b"[" * 5000 + b"]" * 5000, "not valid JSON"),
    (b'{"language": "fr", "idle_lock_minutes": 3}', "invalid value for language"),
    (b'{"idle_lock_minutes": 0}', "invalid value for idle_lock_minutes"),
    (b'{"idle_lock_minutes": "5"}', "invalid value for idle_lock_minutes"),
    (b'{"retention_months": 1e9, "default_unit": "not a unit"}',
     "invalid value for default_unit, retention_months"),
])
def test_a_broken_file_gives_defaults_for_what_is_wrong(tmp_path: Path, content: bytes,
                                                        problem: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load(path)
    assert loaded.problem == problem
    if b"idle_lock_minutes\": 3" in content:
        assert loaded.settings.idle_lock_minutes == 3  # what was right is kept
    assert path.read_bytes() == content  # never rewritten behind the confidant's back


def test_an_oversized_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    assert load(path).problem is not None and load(path).settings == Settings()


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "en", "backup_folder": "/x"}', encoding="utf-8")
    assert load(path).settings.language == "en" and load(path).problem is None


def test_the_file_lives_in_the_data_folder(tmp_path: Path) -> None:
    assert paths.settings_path(tmp_path) == tmp_path / "settings.json"


def test_every_field_says_what_a_dialog_needs() -> None:
    for name, field in Settings.model_fields.items():
        assert field.title and field.description, name


def test_backup_settings_say_how_many_and_where(tmp_path: Path) -> None:
    vault = tmp_path / "data" / "vault.db"
    default = Settings()
    assert (default.backup_keep, default.backup_folder) == (5, None)
    assert default.backup_dir(vault) == tmp_path / "data" / "backups"
    chosen = Settings(backup_keep=12, backup_folder=str(tmp_path / "stick"))
    assert chosen.backup_dir(vault) == tmp_path / "stick"
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"backup_folder": "relative/folder", "backup_keep": 0}), "utf-8")
    loaded = load(path)
    assert loaded.problem == "invalid value for backup_folder, backup_keep"
    assert (loaded.settings.backup_keep, loaded.settings.backup_folder) == (5, None)
