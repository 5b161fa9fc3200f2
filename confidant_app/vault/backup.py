"""Backups: an encrypted, verified copy of the open vault, and rotating automatic backups.

Why a byte copy: the vault runs with a rollback journal under an exclusive lock, so between
transactions the main file is complete and no one else can write it. A byte copy taken then (inside
a read transaction of our own connection) is consistent, stays encrypted under the same key and
salt, and keeps ``user_version``. The alternatives measured worse: ``sqlcipher_export`` drops
``user_version``, and ``ATTACH ... KEY ''`` writes a plaintext copy (never done here).

A backup is written to a temporary file beside its target, fsynced, then verified before it is
published (``os.replace`` + fsync of the folder): opened read-only with the vault's key, both
integrity checks and the file size (``verify.inspect_file``), and every table's row count equal to
the live vault's at the moment of copying. A copy that fails is deleted; a half backup never
carries the target's name.

Rotating backups (``rotate_backups``) live in one folder, named
``confidant-<source>-<UTC time>-p<purges>.db``. They never outlive the retention rule: after a
purge, every backup made before it still holds what the purge destroyed, so ``prune_backups``
deletes each one made before the vault's last purge (by its time, or by its purge count when the
clock was wrong), then all but the newest ``keep``.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from confidant_app import atomic
from confidant_app.vault import audit
from confidant_app.vault.connection import Vault
from confidant_app.vault.errors import BackupFailed, VaultError, VaultExists, VaultWriteFailed
from confidant_app.vault.retention import last_purge
from confidant_app.vault.verify import differences, inspect_file, row_counts

STAMP = "%Y%m%dT%H%M%S%fZ"
NAME = re.compile(
    r"^confidant-(?P<source>[0-9a-f]{8})-(?P<stamp>\d{8}T\d{12}Z)-p(?P<purges>\d+)\.db$"
)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    cases: int  # rows in the cases table, purged skeletons included
    purged: int  # of which purged skeletons
    schema_version: int
    size: int


@dataclass(frozen=True)
class RotatingBackup:
    path: Path
    made: dt.datetime
    purges: int  # purges the vault had seen when the backup was made


@dataclass(frozen=True)
class Rotation:
    written: BackupResult
    removed: tuple[Path, ...]


def _failed(out: Path, exc: OSError) -> VaultWriteFailed:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return VaultWriteFailed(f"{out}: the disk is full; no backup was written")
    return VaultWriteFailed(f"{out}: could not write the backup ({exc.strerror}); none was written")


def copy_file(src: Path, dst: Path) -> int:
    """Copy ``src`` to the new file ``dst`` (owner-only permissions) and fsync it."""
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out, src.open("rb") as source:
        shutil.copyfileobj(source, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())
        return out.tell()


def _refuse_target(vault: Vault, out: Path, replace: bool) -> None:
    if out.is_dir():
        raise VaultError(f"{out}: is a folder; give the backup a file name")
    if out.exists() or out.is_symlink():
        if out.resolve() == vault.path.resolve() or (
            out.exists() and os.path.samefile(out, vault.path)
        ):
            raise VaultError(f"{out}: that is the vault itself; choose another file")
        if not replace:
            raise VaultExists(f"{out}: a file of that name exists already; not replaced")
    if not out.parent.is_dir():
        raise VaultError(f"{out.parent}: no such folder")


def backup(vault: Vault, out: Path, *, replace: bool = False) -> BackupResult:
    """Write a verified, encrypted copy of the open ``vault`` to ``out``.

    Raises ``VaultWriteFailed`` (disk full, no permission) or ``BackupFailed`` (the copy did not
    verify); either way nothing is left at ``out`` or beside it. The audit trail records
    ``backup`` with its outcome and, on success, the size: never the file's name, which the
    confidant chose and which may say anything.
    """
    try:
        result = _backup(vault, out, replace=replace)
    except (VaultWriteFailed, BackupFailed):
        audit.record_quietly(vault, "backup", "failed")
        raise
    audit.record_quietly(vault, "backup", size=result.size)
    return result


def _backup(vault: Vault, out: Path, *, replace: bool) -> BackupResult:
    out = Path(out)
    _refuse_target(vault, out, replace)
    conn = vault.conn
    if conn.in_transaction:  # the main file may hold uncommitted pages right now
        raise VaultError("a change is being saved; make the backup after it")
    try:
        tmp = atomic.temp_path_for(out)
    except OSError as exc:
        raise _failed(out, exc) from None
    try:
        conn.execute("BEGIN")  # a read transaction: the counts and the bytes are one state
        try:
            expected = row_counts(conn)
            size = copy_file(vault.path, tmp)
        finally:
            conn.execute("ROLLBACK")
        try:
            report = inspect_file(tmp, vault.raw_key)
        except VaultError:
            raise BackupFailed(f"{out}: the copy does not open; none was written") from None
        problems = report.problems + differences(expected, report.rows)
        if problems:
            raise BackupFailed(f"{out}: the copy did not verify ({problems[0]}); none was written")
        _publish(tmp, out, replace)
    except OSError as exc:
        raise _failed(out, exc) from None
    finally:
        tmp.unlink(missing_ok=True)
    return BackupResult(out, report.cases, report.purged, report.schema_version, size)


def _publish(tmp: Path, out: Path, replace: bool) -> None:
    if replace:
        atomic.publish(tmp, out, overwrite=True)
        return
    try:
        atomic.publish(tmp, out, overwrite=False)  # a hard link: never over a file that appeared
    except FileExistsError:
        raise VaultExists(f"{out}: a file of that name appeared meanwhile; not replaced") from None
    except OSError:
        # No hard links on this file system (a FAT stick, some network shares): rename instead,
        # after one more look; the window is a few microseconds, not the length of the copy.
        if out.exists():
            raise VaultExists(f"{out}: a file of that name appeared meanwhile") from None
        atomic.publish(tmp, out, overwrite=True)


def _prefix(vault: Vault) -> str:
    source = vault.source_id.replace("-", "")[:8].lower()
    return f"confidant-{source if len(source) == 8 else '0' * 8}-"


def rotating_backups(folder: Path) -> list[RotatingBackup]:
    """Every rotating backup in ``folder``, of any vault, oldest first (other files are ignored;
    a folder that is not there has none). Needs no vault: the application looks here for the
    backups of a vault that is lost."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME.match(path.name)
            if match and path.is_file():
                made = dt.datetime.strptime(match["stamp"], STAMP).replace(tzinfo=dt.UTC)
                found.append(RotatingBackup(path, made, int(match["purges"])))
    return sorted(found, key=lambda b: (b.made, b.path.name))


def backups_in(vault: Vault, folder: Path) -> list[RotatingBackup]:
    """This vault's rotating backups in ``folder``, oldest first (other files are ignored)."""
    prefix = _prefix(vault)
    return [b for b in rotating_backups(folder) if b.path.name.startswith(prefix)]


def prune_backups(vault: Vault, folder: Path, keep: int | None = None) -> list[Path]:
    """Delete this vault's rotating backups made before its last purge, then (with ``keep``) all
    but the newest ``keep``. Returns what was deleted."""
    purges, last = last_purge(vault)
    backups = backups_in(vault, folder)
    doomed = [b for b in backups if b.purges < purges or (last is not None and b.made < last)]
    kept = [b for b in backups if b not in doomed]
    if keep is not None and len(kept) > keep:
        doomed += kept[: len(kept) - keep]
    for b in doomed:
        b.path.unlink(missing_ok=True)
    if doomed:
        atomic.fsync_dir(folder)
    return [b.path for b in doomed]


def rotate_backups(vault: Vault, folder: Path, keep: int) -> Rotation:
    """Write a new rotating backup into ``folder`` and keep only the newest ``keep``."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise VaultWriteFailed(
            f"{folder}: cannot create the backup folder ({exc.strerror})"
        ) from None
    atomic.remove_stale(folder)  # a backup killed half-way left its temporary file here
    purges, _ = last_purge(vault)
    made = dt.datetime.now(dt.UTC)
    while True:
        target = folder / f"{_prefix(vault)}{made.strftime(STAMP)}-p{purges}.db"
        if not target.exists():
            break
        made += dt.timedelta(microseconds=1)
    written = backup(vault, target)
    return Rotation(written, tuple(prune_backups(vault, folder, keep)))
