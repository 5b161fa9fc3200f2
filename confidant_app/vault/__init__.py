"""The encrypted vault: the only user of ``sqlcipher3``.

``Vault.create`` / ``Vault.open`` give an unlocked vault holding one connection; ``CaseStore`` reads
and writes cases through it. Every failure a person can cause is a ``VaultError`` subclass.
"""

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
