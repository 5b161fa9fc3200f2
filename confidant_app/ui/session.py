"""The session: the one owner of the vault connection and its case store, for the whole client.

Windows and models never hold a ``Vault`` or run a query: they ask the session, which calls only
the store's public API. Locking closes the connection (the vault forgets its key) and tells every
listener through ``locked``, so each can drop what it shows.

``confidant_app.vault`` is imported on first use, not at module load: the vault package pulls in
pydantic, and the unlock prompt must be on screen before that import is paid for.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from confidant_app.domain.codebook import Codebook
    from confidant_app.vault import CaseFilter, CaseStore, CaseSummary, Vault

log = logging.getLogger(__name__)


class Session(QObject):
    """An unlocked vault, or none. ``opened`` and ``locked`` tell the windows which."""

    opened = Signal()
    locked = Signal()

    def __init__(self, path: Path, *, demo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.demo = demo
        self._vault: Vault | None = None
        self._store: CaseStore | None = None

    # -- life cycle -------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def open(self, path: Path, passphrase: str) -> None:
        """Unlock the vault at ``path`` (one key derivation); raises the vault's typed errors."""
        from confidant_app.vault import Vault

        self.lock()
        self._adopt(Vault.open(Path(path), passphrase))

    def create(self, path: Path, passphrase: str, *, unit: str, label: str | None) -> None:
        """Create a new vault at ``path`` and keep it open; never touches an existing file."""
        from confidant_app.vault import Vault

        self.lock()
        self._adopt(Vault.create(Path(path), passphrase, unit=unit, label=label or None))

    def _adopt(self, vault: Vault) -> None:
        from confidant_app.domain.codebook import default_codebook
        from confidant_app.vault import CaseStore

        try:
            codebook = default_codebook(vault.taxonomy_id)
        except BaseException:
            vault.close()
            raise
        self._vault = vault
        self._store = CaseStore(vault, codebook)
        self.path = vault.path
        log.info("vault opened (%s)", vault.path.name)
        self.opened.emit()

    def lock(self) -> None:
        """Close the connection and forget the key. Safe when already locked."""
        if self._vault is None:
            return
        self._store = None
        self._vault.close()
        self._vault = None
        log.info("vault locked")
        self.locked.emit()

    # -- what the windows may ask ----------------------------------------------------------

    def _open_store(self) -> CaseStore:
        if self._store is None:
            from confidant_app.vault import VaultError

            raise VaultError("the vault is locked")
        return self._store

    @property
    def codebook(self) -> Codebook:
        return self._open_store().codebook

    @property
    def label(self) -> str:
        return self._open_store().vault.label

    @property
    def unit(self) -> str:
        return self._open_store().vault.unit

    def summaries(self, where: CaseFilter | None = None) -> list[CaseSummary]:
        return self._open_store().summaries(where)

    def years(self) -> list[int]:
        return self._open_store().years()

    def count(self) -> int:
        return self._open_store().count()
