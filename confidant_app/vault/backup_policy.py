"""When the application backs up by itself, how old the last backup is, and the purge that takes
the backups made before it along.

Automatic backups (decided here, so the application and any later caller keep one rule): one is
made when the vault is locked or closed, **if** the vault changed since the newest automatic backup
and that backup is at least a day old, or there is none (none since the last purge counts as none).
Once a day at most, because ``backup_keep`` backups (default 5) should span days, not the last five
locks of one afternoon; after changes only, because a copy of an unchanged vault would push an
older, different state out of the rotation. "Changed" is what the vault can tell (a case added or
edited, an export, a purge, an import, a restore, a passphrase change: ``changed_since``) or what
the caller saw happen in this session (``changed``: a deletion leaves no time stamp behind).

Measured on 2026-11-29 (the shared 2-core machine, median of 7): writing and verifying a
rotating backup of a vault of 10,000 cases (4.7 MiB) takes about 60 ms, so the application makes
it on the interface thread, which owns the connection (``backup.backup`` needs that connection
for its read transaction).

``purge_and_prune`` is the purge as ``confidant purge`` and the application's purge dialog run it:
the cases are destroyed (``retention.purge`` also deletes the copies kept beside the vault), then
every automatic backup made before the purge (``backup.prune_backups``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from confidant_app.vault import audit
from confidant_app.vault.backup import Rotation, backups_in, prune_backups, rotate_backups
from confidant_app.vault.connection import Vault
from confidant_app.vault.retention import PurgeRecord, last_purge, purge

EVERY = dt.timedelta(days=1)
STAMP = "%Y-%m-%dT%H:%M:%SZ"  # how the vault stamps cases and audit rows


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar says: the last backup that worked since the last purge (older ones
    hold destroyed cases and are deleted, or should be), and whether a later attempt failed."""

    last: dt.datetime | None
    failed_since: bool


@dataclass(frozen=True)
class PurgeDone:
    record: PurgeRecord
    removed_backups: tuple[Path, ...]  # automatic backups made before the purge
    folder_reachable: bool  # False: the backup folder was not there to prune (a stick unplugged)

    @property
    def removed(self) -> int:
        """Backups and copies beside the vault deleted because they held what was destroyed."""
        return len(self.removed_backups) + len(self.record.removed_copies)


def backup_status(vault: Vault) -> BackupStatus:
    """From the audit trail, so a backup to any file counts, automatic or not."""
    ok = audit.latest(vault, "backup", "ok")
    newest = audit.latest(vault, "backup")
    last = None if ok is None else audit.parse_time(ok.at)
    _, purged = last_purge(vault)
    if last is not None and purged is not None and last < purged:
        last = None
    failed = newest is not None and newest.outcome == "failed"
    return BackupStatus(last, failed)


def changed_since(vault: Vault, when: dt.datetime) -> bool:
    """Whether a case was added or edited, or the vault exported, purged, imported into, restored
    or rekeyed, after ``when`` (to the second). Unlocks and backups change nothing worth a copy."""
    stamp = when.astimezone(dt.UTC).strftime(STAMP)
    row = vault.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM cases WHERE updated_at > ?1) "
        "OR EXISTS (SELECT 1 FROM audit WHERE at > ?1 AND event NOT IN ('unlock', 'backup'))",
        (stamp,),
    ).fetchone()
    return bool(row[0])


def automatic_backup_due(
    vault: Vault, folder: Path, *, changed: bool = False, now: dt.datetime | None = None
) -> bool:
    """Whether ``automatic_backup`` would write one now (the rule in the module's docstring)."""
    now = now or dt.datetime.now(dt.UTC)
    purges, _ = last_purge(vault)
    kept = [b for b in backups_in(vault, folder) if b.purges >= purges]
    if not kept:
        return True
    newest = kept[-1].made
    if dt.timedelta(0) <= now - newest < EVERY:
        return False  # (a backup stamped in the future means a wrong clock: not trusted)
    return changed or changed_since(vault, newest)


def automatic_backup(
    vault: Vault, folder: Path, keep: int, *, changed: bool = False,
    now: dt.datetime | None = None,
) -> Rotation | None:
    """A rotating backup into ``folder`` keeping the newest ``keep``, when one is due; else None.
    Raises what ``rotate_backups`` raises (a full disk, a folder that cannot be made)."""
    if not automatic_backup_due(vault, folder, changed=changed, now=now):
        return None
    return rotate_backups(vault, folder, keep)


def purge_and_prune(vault: Vault, case_ids: Iterable[int], folder: Path) -> PurgeDone:
    """Destroy ``case_ids`` (``retention.purge``), then the automatic backups made before."""
    record = purge(vault, case_ids)
    removed = prune_backups(vault, folder)
    return PurgeDone(record, tuple(removed), folder.is_dir())
