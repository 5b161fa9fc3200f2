"""Where files go: overrides first, then the per-user folders appdirs gives."""

from __future__ import annotations

from pathlib import Path

import appdirs
import pytest

from confidant_app import paths


def test_overrides_keep_everything_in_one_folder(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFIDANT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("CONFIDANT_VAULT", raising=False)
    assert paths.vault_path() == tmp_path / "vault.db"
    assert paths.settings_path() == tmp_path / "settings.json"
    monkeypatch.setenv("CONFIDANT_VAULT", str(tmp_path / "elsewhere.db"))
    assert paths.vault_path() == tmp_path / "elsewhere.db"
    assert paths.vault_path("explicit.db") == Path("explicit.db")


def test_without_overrides_settings_live_in_the_config_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CONFIDANT_DATA_DIR", raising=False)
    monkeypatch.delenv("CONFIDANT_VAULT", raising=False)
    config = Path(appdirs.user_config_dir("Confidant", "Defensie"))
    data = Path(appdirs.user_data_dir("Confidant", "Defensie"))
    assert paths.settings_path() == config / "settings.json"
    assert paths.vault_path() == data / "vault.db"
