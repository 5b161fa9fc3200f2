"""Where the application keeps its files: the only user of ``appdirs``.

Overrides, strongest first: an explicit path (``--vault``, ``--data-dir``), the environment
(``CONFIDANT_VAULT`` for the vault, ``CONFIDANT_DATA_DIR`` for the whole data folder, so tests and
power users never touch a real user's data), then the per-user folder appdirs gives.
"""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

from confidant_app import APP_AUTHOR, APP_NAME

VAULT_FILENAME = "vault.db"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The per-user data folder (vault, settings, local referral directory)."""
    if override:
        return Path(override)
    env = os.environ.get("CONFIDANT_DATA_DIR")
    if env:
        return Path(env)
    return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def vault_path(
    explicit: str | os.PathLike[str] | None = None,
    data_dir_override: str | os.PathLike[str] | None = None,
) -> Path:
    """The vault: ``--vault``, else ``CONFIDANT_VAULT``, else ``vault.db`` in the data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("CONFIDANT_VAULT")
    if env:
        return Path(env)
    return data_dir(data_dir_override) / VAULT_FILENAME


SETTINGS_FILENAME = "settings.json"


def config_dir(data_dir_override: str | os.PathLike[str] | None = None) -> Path:
    """The per-user configuration folder (settings). A data-folder override (``--data-dir``,
    ``CONFIDANT_DATA_DIR``) moves it too, so tests and portable set-ups keep everything in one
    place and never touch a real user's configuration."""
    if data_dir_override or os.environ.get("CONFIDANT_DATA_DIR"):
        return data_dir(data_dir_override)
    return Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def settings_path(data_dir_override: str | os.PathLike[str] | None = None) -> Path:
    """The settings file (``confidant_app.settings``), in the configuration folder."""
    return config_dir(data_dir_override) / SETTINGS_FILENAME
