"""The session: the one owner of the vault connection and its case store, for the whole client.

Windows and models never hold a ``Vault`` or run a query: they ask the session, which calls only
the public API of the store, the aggregate builder and the release log. Every call happens on
the GUI thread, which owns the connection; work moved to a thread (``ui.tasks``) gets plain
values, never the vault. Locking closes the connection (the vault forgets its key) and tells
every listener through ``locked``, so each can drop what it shows; a write tells them through
``changed``.

``confidant_app.vault`` is imported on first use, not at module load: the vault package pulls in
pydantic, and the unlock prompt must be on screen before that import is paid for.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    import datetime as dt

    from confidant_app.aggregate.build import ExportPlan
    from confidant_app.domain.case import Case
    from confidant_app.domain.codebook import Codebook
    from confidant_app.vault import CaseFilter, CaseStore, CaseSummary, Vault
    from confidant_app.vault.audit import AuditEntry
    from confidant_app.vault.backup import BackupResult, Rotation
    from confidant_app.vault.backup_policy import BackupStatus, PurgeDone
    from confidant_app.vault.listing import CaseOrder
    from confidant_app.vault.releases import Release
    from confidant_app.vault.restore import Restored
    from confidant_app.vault.retention import DueCase
    from confidant_app.vault.verify import FileReport

log = logging.getLogger(__name__)


class Session(QObject):
    """An unlocked vault, or none. ``opened`` and ``locked`` tell the windows which."""

    opened = Signal()
    locked = Signal()
    changed = Signal()  # cases were added, edited or deleted
    backed_up = Signal()  # a backup of the open vault was written (``backup_status`` changed)

    def __init__(self, path: Path, *, demo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.demo = demo
        self._vault: Vault | None = None
        self._store: CaseStore | None = None
        # Changes since the last automatic backup that the vault cannot date (a deletion).
        self._changed_since_backup = False
        self.changed.connect(self._note_change)

    # -- life cycle -------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def open(self, path: Path, passphrase: str) -> None:
        """Unlock the vault at ``path`` (one key derivation); raises the vault's typed errors."""
        from confidant_app.vault import Vault

        self.lock()
        self._adopt(Vault.open(Path(path), passphrase))

    def open_with_key(self, path: Path, key: bytes | bytearray) -> None:
        """Unlock with a key derived elsewhere (``read_salt`` + ``kdf.derive`` on a worker thread):
        the connection is made here, on the thread that will own it."""
        from confidant_app.vault import Vault, audit

        self.lock()
        vault = Vault.open_with_key(Path(path), key)
        audit.record_quietly(vault, "unlock")  # as ``Vault.open`` records it
        self._adopt(vault)

    def point_at(self, path: Path) -> None:
        """Make ``path`` the vault of this locked session: the one the start screen names, which
        a restore from there replaces (``restore_backup``) and the unlock dialog then shows."""
        if self.is_open:
            from confidant_app.vault import VaultInUse

            raise VaultInUse("lock the vault before choosing another one")
        self.path = Path(path)

    @staticmethod
    def read_salt(path: Path) -> bytes:
        """The vault's salt (naming its key derivation), or the vault's typed error for a file
        that is missing, unreadable or no vault."""
        from confidant_app.vault import kdf  # not the connection: see ``kdf.read_salt``

        return kdf.read_salt(Path(path))

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

    def case_ids(self, where: CaseFilter | None, order: CaseOrder, offset: int = 0,
                 limit: int | None = None) -> list[int]:
        """The case list's ids in order (``ui.models.case_table`` reads rows a page at a time)."""
        return self._open_store().ordered_ids(where, order, offset, limit)

    def case_rows(self, ids: Sequence[int]) -> dict[int, CaseSummary]:
        # A model may paint after a lock emptied the session: then there is nothing to show.
        return self._open_store().summaries_of(ids) if self.is_open else {}

    def list_counts(self, where: CaseFilter | None = None) -> tuple[int, int]:
        """(matching ``where``, of which open)."""
        return self._open_store().list_counts(where)

    def years(self) -> list[int]:
        return self._open_store().years()

    def count(self) -> int:
        return self._open_store().count()

    # -- cases -----------------------------------------------------------------------------

    def get(self, case_id: int) -> Case:
        return self._open_store().get(case_id)

    def save(self, case: Case) -> Case:
        """Add a new case or update a stored one (one transaction); returns it as stored."""
        store = self._open_store()
        stored = store.add(case) if case.id is None else store.update(case)
        self.changed.emit()
        return stored

    def delete(self, case_id: int) -> None:
        self._open_store().delete(case_id)
        self.changed.emit()

    def add_many(self, cases: list[Case]) -> list[Case]:
        """All of ``cases`` in one transaction, or none."""
        stored = self._open_store().add_many(cases)
        self.changed.emit()
        return stored

    def taken_numbers(self, numbers: list[str]) -> set[str]:
        return self._open_store().taken_numbers(numbers)

    # -- export ----------------------------------------------------------------------------

    def build_export(self, year: int) -> ExportPlan:
        from confidant_app.aggregate.build import build

        store = self._open_store()
        return build(store.vault, store.codebook, year)

    def export(self, plan: ExportPlan, out: Path) -> None:
        """Write the reviewed aggregate and record the release (committed once the file is safe)."""
        from confidant_app.aggregate.export import export

        export(self._open_store().vault, plan, Path(out))

    def releases(self) -> list[Release]:
        from confidant_app.vault.releases import releases

        return releases(self._open_store().vault)

    # -- backups, restore, retention and the audit trail ----------------------------------

    def _note_change(self) -> None:
        self._changed_since_backup = True

    def import_cases(self, cases: list[Case]) -> list[Case]:
        """``add_many`` for a register file, recorded in the audit trail as ``confidant import``
        records it (how many, never which)."""
        from confidant_app.vault import audit

        stored = self.add_many(cases)
        audit.record_quietly(self._open_store().vault, "import", count=len(stored))
        return stored

    def backup_to(self, out: Path, *, replace: bool = False) -> BackupResult:
        """A verified, encrypted copy of the vault at ``out`` (about 60 ms for 10,000 cases: on
        this thread, which the backup's read transaction needs)."""
        from confidant_app.vault.backup import backup

        result = backup(self._open_store().vault, Path(out), replace=replace)
        self.backed_up.emit()
        return result

    def automatic_backup(self, folder: Path, keep: int) -> Rotation | None:
        """A rotating backup in ``folder`` if one is due (``vault.backup_policy``); the shell
        asks at every lock and at the end."""
        from confidant_app.vault.backup_policy import automatic_backup

        made = automatic_backup(self._open_store().vault, Path(folder), keep,
                                changed=self._changed_since_backup)
        if made is not None:
            self._changed_since_backup = False
            self.backed_up.emit()
        return made

    def backup_status(self) -> BackupStatus:
        from confidant_app.vault.backup_policy import backup_status

        return backup_status(self._open_store().vault)

    @staticmethod
    def check_backup(path: Path, passphrase: str) -> FileReport:
        """What a backup holds, once its passphrase opens it and it passes every check; the
        restore's refusal otherwise. Touches no connection of the session: safe on a worker."""
        from confidant_app.vault import kdf
        from confidant_app.vault.restore import check_backup

        report, key = check_backup(Path(path), passphrase)
        kdf.wipe(key)
        return report

    def restore_backup(self, path: Path, passphrase: str, *,
                       keep_replaced: bool = False) -> Restored:
        """Replace the vault at ``self.path`` with the backup (``vault.restore``: checked first,
        never half-written). The session must be locked: the restore needs the vault closed.
        It opens connections of its own and closes them, so it may run on a worker while the
        shell keeps every window that could unlock the vault out of reach. ``keep_replaced``:
        keep the file replaced beside the vault (a restore from the start screen, over a file
        that did not open)."""
        from confidant_app.vault import VaultInUse
        from confidant_app.vault.restore import restore

        if self._vault is not None:
            raise VaultInUse("lock the vault before restoring a backup")
        return restore(Path(path), self.path, passphrase, keep_replaced=keep_replaced)

    def due_for_purge(self, months: int, today: dt.date) -> list[DueCase]:
        from confidant_app.vault.retention import due_for_purge

        return due_for_purge(self._open_store().vault, months, today)

    def due_count(self, months: int, today: dt.date) -> int:
        from confidant_app.vault.retention import due_count

        return due_count(self._open_store().vault, months, today)

    def purge(self, case_ids: list[int], backup_folder: Path) -> PurgeDone:
        """Destroy the cases and every automatic backup made before (as ``confidant purge``)."""
        from confidant_app.vault.backup_policy import purge_and_prune

        done = purge_and_prune(self._open_store().vault, case_ids, Path(backup_folder))
        self.changed.emit()
        self.backed_up.emit()  # the last backup may now be none
        return done

    def audit_entries(self) -> list[AuditEntry]:
        from confidant_app.vault import audit

        return audit.entries(self._open_store().vault)
