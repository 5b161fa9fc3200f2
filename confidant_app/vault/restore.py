"""Restore: replace the vault with a backup, checking the backup before anything is replaced.

Order, so that at every moment ``vault.db`` is a whole vault (the old one or the verified new one):

1. the vault must not be open anywhere (``VaultInUse``: an open vault holds its exclusive lock);
2. the backup opens with the passphrase (else a clear refusal: a backup keeps the passphrase the
   vault had when it was made), passes both integrity checks and is not from a newer version;
3. the confidant confirms (``confirm``), seeing what the backup holds;
4. it is copied beside the vault, fsynced and checked again, row for row;
5. the old vault is kept as ``vault.db.before-restore`` (a hard link: no window without a vault),
   the copy takes the vault's name (``os.replace`` + fsync of the folder);
6. the restored vault is opened as the application opens it (a migration runs if the backup is
   older) and checked; ``restore ok`` is added to its audit trail (the trail is the backup's: the
   replaced vault's goes with it); only then is ``vault.db.before-restore`` deleted. If that check
   fails, the old vault is put back.

Decision: the replaced vault is deleted once the restored one is verified, not kept. A kept copy
would be a backup no rotation knows of, outliving the retention rule; and the confidant asked for
the replacement, after seeing what the backup holds. A restore interrupted by a crash may leave
``vault.db.before-restore``; the next restore or purge deletes it.

Except with ``keep_replaced`` (the application's restore from the unlock screen or the first-run
assistant): there the file being replaced is one that did not open, so nobody has seen what it
holds, and a vault whose passphrase was only forgotten looks exactly like a damaged one. It is kept
as ``vault.db.before-restore`` (with its rollback journal, even a hot one, as
``vault.db.before-restore-journal``, so that the pair still opens as SQLite would open it), and the
retention rule still reaches it: the next purge deletes it (``retention.remove_copies_beside``),
as does the next restore.

A stale rollback journal of the old vault must never meet the new file: SQLite would play it back
into it. A non-hot one is deleted; a hot one (a crash in the middle of a change) is refused, or
with ``keep_replaced`` kept with the file it belongs to.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from confidant_app import atomic
from confidant_app.vault import audit, kdf
from confidant_app.vault.backup import copy_file
from confidant_app.vault.care import check
from confidant_app.vault.connection import Vault, _errorname
from confidant_app.vault.errors import (
    BackupFailed,
    Cancelled,
    VaultError,
    VaultInUse,
    VaultTooNew,
    VaultWriteFailed,
    WrongPassphrase,
)
from confidant_app.vault.schema import SCHEMA_VERSION
from confidant_app.vault.verify import FileReport, differences, inspect_file, read_salt

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


@dataclass(frozen=True)
class Restored:
    path: Path
    cases: int  # rows in the cases table, purged skeletons included
    schema_version: int  # of the backup; the restored vault is at SCHEMA_VERSION
    replaced: bool  # False: there was no vault at ``path``
    kept: Path | None = None  # the replaced file, when ``keep_replaced`` asked to keep it


def refuse_if_open(path: Path) -> None:
    """``VaultInUse`` when a connection holds the vault's lock (in this process or another).

    Needs no key: a read-only connection asks for a shared lock, which the holder's exclusive lock
    refuses (SQLITE_BUSY) before any page is decrypted; otherwise the keyless read fails with
    'not a database', which means free.
    """
    if not path.exists():
        return
    conn = sqlcipher3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher3.DatabaseError as exc:
        if _errorname(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise VaultInUse(
                f"{path}: the vault is open in another window or program; close it there first"
            ) from None
    finally:
        conn.close()


def _journal(path: Path) -> Path:
    return Path(f"{path}-journal")


def _hot(journal: Path) -> bool:
    with journal.open("rb") as handle:
        return handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC


def _clear_journal(vault_path: Path, *, remove: bool) -> None:
    """Refuse a hot journal (header magic present); delete a spent one when ``remove``."""
    journal = _journal(vault_path)
    if not journal.exists():
        return
    if _hot(journal):
        raise VaultError(
            f"{vault_path}: the vault was interrupted in the middle of a change; open it once "
            "(confidant check) so it can roll back, or move it and its -journal file away; "
            "nothing was changed"
        )
    if remove:
        journal.unlink()


def check_backup(backup_file: Path, passphrase: str) -> tuple[FileReport, bytearray]:
    """The backup's report and key, or a refusal naming what is wrong. Changes no file."""
    salt = read_salt(backup_file)
    key = kdf.derive(passphrase, salt)
    try:
        report = inspect_file(backup_file, key)
    except WrongPassphrase:
        kdf.wipe(key)
        raise WrongPassphrase(
            f"{backup_file}: this passphrase does not open the backup (a backup keeps the "
            "passphrase the vault had when it was made), or the file is damaged; nothing was "
            "changed"
        ) from None
    if report.schema_version > SCHEMA_VERSION:
        raise VaultTooNew(
            f"{backup_file}: made by a newer version of Confidant (schema "
            f"{report.schema_version}); update the application; nothing was changed"
        )
    if not report.ok:
        raise BackupFailed(
            f"{backup_file}: the backup is damaged ({report.problems[0]}); nothing was changed"
        )
    return report, key


def restore(
    backup_file: Path,
    vault_path: Path,
    passphrase: str,
    *,
    confirm: Callable[[FileReport], bool] | None = None,
    keep_replaced: bool = False,
) -> Restored:
    """Replace the vault at ``vault_path`` (or create it there) with ``backup_file``; with
    ``keep_replaced`` the file replaced stays as ``vault.db.before-restore`` (module docstring)."""
    backup_file, vault_path = Path(backup_file), Path(vault_path)
    if vault_path.exists() and not vault_path.is_file():
        raise VaultError(f"{vault_path}: not a file; give the vault's file name")
    if vault_path.exists() and backup_file.exists() and os.path.samefile(backup_file, vault_path):
        raise VaultError(f"{backup_file}: that is the vault itself")
    refuse_if_open(vault_path)
    if not keep_replaced:  # kept, a hot journal goes along with its file instead
        _clear_journal(vault_path, remove=False)
    report, key = check_backup(backup_file, passphrase)
    try:
        if confirm is not None and not confirm(report):
            raise Cancelled("restore cancelled; nothing was changed")
        try:
            replaced = _copy_and_swap(backup_file, vault_path, key, report, keep_replaced)
        except OSError as exc:
            full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
            reason = "the disk is full" if full else f"could not write ({exc.strerror})"
            raise VaultWriteFailed(f"{vault_path}: {reason}; nothing was changed") from None
        _verify_or_undo(vault_path, key, report, replaced, keep=keep_replaced)
    finally:
        kdf.wipe(key)
    kept = kept_path(vault_path) if replaced and keep_replaced else None
    return Restored(vault_path, report.cases, report.schema_version, replaced, kept)


def _copy_and_swap(backup_file: Path, vault_path: Path, key: bytearray, report: FileReport,
                   keep: bool = False) -> bool:
    """Copy the backup beside the vault, check the copy row for row, then swap it in."""
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = atomic.temp_path_for(vault_path)
    try:
        copy_file(backup_file, tmp)
        copied = inspect_file(tmp, key)
        problems = copied.problems + differences(report.rows, copied.rows)
        if problems:
            raise BackupFailed(f"{vault_path}: the copy did not verify ({problems[0]})")
        refuse_if_open(vault_path)  # again: someone may have opened it while we asked
        return _swap(tmp, vault_path, keep)
    finally:
        tmp.unlink(missing_ok=True)


def kept_path(vault_path: Path) -> Path:
    """Where the replaced vault waits until the restored one is verified (with ``keep_replaced``,
    until the next purge or restore)."""
    return vault_path.with_name(f"{vault_path.name}.before-restore")


def _swap(tmp: Path, vault_path: Path, keep: bool = False) -> bool:
    """Give ``tmp`` the vault's name, keeping the old vault as ``.before-restore`` (and, when
    ``keep``, its journal as the kept file's own journal)."""
    if not vault_path.exists():
        atomic.publish(tmp, vault_path, overwrite=False)
        return False
    journal = _journal(vault_path)
    hot = keep and journal.exists() and _hot(journal)
    if not hot:
        _clear_journal(vault_path, remove=True)
    old = kept_path(vault_path)
    _journal(old).unlink(missing_ok=True)
    old.unlink(missing_ok=True)  # left by an interrupted or earlier restore: this vault replaced it
    os.link(vault_path, old)
    if hot:
        os.replace(journal, _journal(old))
    atomic.publish(tmp, vault_path, overwrite=True)
    return True


def _verify_or_undo(vault_path: Path, key: bytearray, report: FileReport, replaced: bool,
                    *, keep: bool = False) -> None:
    old = kept_path(vault_path)
    try:
        with Vault.open_with_key(vault_path, key) as vault:
            checked = check(vault)
            if not checked.ok or checked.cases != report.cases:
                raise BackupFailed(
                    f"{vault_path}: the restored vault did not verify; it was undone"
                )
            audit.record_quietly(vault, "restore", schema=report.schema_version,
                                 cases=report.cases)
    except BaseException:
        if replaced:
            if _journal(old).exists():
                os.replace(_journal(old), _journal(vault_path))
            os.replace(old, vault_path)
        else:
            vault_path.unlink(missing_ok=True)
        atomic.fsync_dir(vault_path.parent)
        raise
    if replaced and not keep:
        old.unlink(missing_ok=True)
    atomic.fsync_dir(vault_path.parent)
