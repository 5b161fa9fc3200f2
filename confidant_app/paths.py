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


def settings_path(data_dir_override: str | os.PathLike[str] | None = None) -> Path:
    """The settings file (``confidant_app.settings``), in the data folder beside the log."""
    return data_dir(data_dir_override) / SETTINGS_FILENAME
