"""The encrypted vault: the only user of ``sqlcipher3``.

``Vault.create`` / ``Vault.open`` give an unlocked vault holding one connection; ``CaseStore`` reads
and writes cases through it. Every failure a person can cause is a ``VaultError`` subclass.

The names below are loaded on first use (PEP 562), not when the package is: ``vault.kdf`` must be
importable alone, so the unlock dialog can start deriving the key at once while the store (and
pydantic with it) is still being imported on another thread (``ui.preload``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from confidant_app.vault.connection import Vault
    from confidant_app.vault.errors import (
        VaultError,
        VaultExists,
        VaultInUse,
        VaultMissing,
        VaultReadOnly,
        VaultTooNew,
        VaultWriteFailed,
        WeakPassphrase,
        WrongPassphrase,
    )
    from confidant_app.vault.store import CaseFilter, CaseStore, CaseSummary

_HOME = {
    "Vault": "connection",
    **dict.fromkeys(("VaultError", "VaultExists", "VaultInUse", "VaultMissing", "VaultReadOnly",
                     "VaultTooNew", "VaultWriteFailed", "WeakPassphrase", "WrongPassphrase"),
                    "errors"),
    **dict.fromkeys(("CaseFilter", "CaseStore", "CaseSummary"), "store"),
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next look-up is a plain global
    return value


__all__ = [
    "CaseFilter",
    "CaseStore",
    "CaseSummary",
    "Vault",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultMissing",
    "VaultReadOnly",
    "VaultTooNew",
    "VaultWriteFailed",
    "WeakPassphrase",
    "WrongPassphrase",
]
