"""Retention: which closed cases are due for destruction, and the purge that destroys them.

Privacy rule 6 (``shared/domain.md``). The term, decided in ``shared/design/security.md``: a closed
case is due once its year has been released (exported: a row in ``releases`` for its opened year)
and ``months`` months (default 6, ``Settings.retention_months``) have passed since it was closed.
No fixed legal term exists; Dutch confidants destroy the dossier once the case is closed and
counted, and the Dutch DPA asks that the term and its reason be written down (the README does).

A purge destroys the notes, the alias, the case number and every exact date (opened, closed, the
conversations' dates, and the row's own created/updated stamps, which sit within days of the
opening), and keeps the coded skeleton that ``stats.year_counts`` reads, so a released year exports
the same counts afterwards. ``secure_delete`` zeroes the freed bytes and ``journal_size_limit = 0``
empties the journal after the commit, so no file keeps the destroyed values. A purge adds no row to
the change journal (the figures did not change) and is logged as how many and when, never which.
Encrypted copies the application left beside the vault (before a schema upgrade, before a restore)
still hold what was destroyed and are deleted with it; rotating backups made before the purge are
deleted by ``backup.prune_backups``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from confidant_app import atomic
from confidant_app.vault import audit
from confidant_app.vault.connection import Vault
from confidant_app.vault.errors import VaultError
from confidant_app.vault.store import CaseNotFound

DEFAULT_MONTHS = 6


@dataclass(frozen=True)
class DueCase:
    """A closed case past the term: what the confidant is shown before confirming a purge."""

    id: int
    case_number: str | None
    opened_year: int
    closed: dt.date
    due_since: dt.date


@dataclass(frozen=True)
class PurgeRecord:
    """One line of the purge log: when, and how many cases. Never which."""

    at: str
    count: int
    removed_copies: tuple[Path, ...] = ()


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months; the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_cutoff(months: int, today: dt.date) -> dt.date:
    """The latest closing date whose term has run out by ``today``: a case closed on or before it
    is due. ``add_months`` never decreases as the day grows, so the cutoff is found from
    ``today - months`` by stepping forward over the days a month's end folds together (closed on
    29, 30 or 31 January, each is due on 28 February)."""
    if months < 0:
        raise ValueError("months must not be negative")
    day = add_months(today, -months)
    while add_months(day + dt.timedelta(days=1), months) <= today:
        day += dt.timedelta(days=1)
    return day


# Closed, not purged, of a released year, closed on or before the cutoff. Read through the
# ``cases_due`` index (schema 6): the reminder counts these at every unlock and every change.
_DUE = (
    "FROM cases c WHERE c.purged_at IS NULL AND c.closed <= ? "
    "AND EXISTS (SELECT 1 FROM releases r WHERE r.year = c.opened_year)"
)


def due_for_purge(vault: Vault, months: int, today: dt.date) -> list[DueCase]:
    """Closed, not yet purged cases of released years, closed at least ``months`` months before
    ``today``; those closed longest ago first."""
    rows = vault.conn.execute(
        f"SELECT c.id, c.case_number, c.opened_year, c.closed {_DUE} ORDER BY c.closed, c.id",
        [due_cutoff(months, today).isoformat()],
    ).fetchall()
    due = []
    for case_id, number, year, closed_text in rows:
        closed = dt.date.fromisoformat(closed_text)
        due.append(DueCase(int(case_id), number, int(year), closed, add_months(closed, months)))
    return due


def due_count(vault: Vault, months: int, today: dt.date) -> int:
    """How many cases ``due_for_purge`` would list (the reminder needs no more)."""
    row = vault.conn.execute(f"SELECT count(*) {_DUE}",
                             [due_cutoff(months, today).isoformat()]).fetchone()
    return int(row[0])


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def purge(vault: Vault, case_ids: Iterable[int], *, now: str | None = None) -> PurgeRecord:
    """Destroy the given closed cases down to their coded skeleton, in one transaction.

    Refuses (and changes nothing) when a case does not exist, was purged already, or is still open:
    an open case is still being worked on, whatever a caller computed. The same transaction adds
    ``purge ok`` with the count (never which cases) to the audit trail.
    """
    ids = sorted(set(case_ids))
    if not ids:
        raise VaultError("no cases to purge")
    at = now or _utc_now()
    with vault.transaction() as conn:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS purging (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.purging")
        conn.executemany("INSERT INTO temp.purging (id) VALUES (?)", [(i,) for i in ids])
        found = {
            int(r[0]): (r[1], r[2])
            for r in conn.execute(
                "SELECT c.id, c.closed_year, c.purged_at FROM temp.purging p "
                "JOIN cases c ON c.id = p.id"
            )
        }
        for case_id in ids:
            if case_id not in found or found[case_id][1] is not None:
                raise CaseNotFound(f"case {case_id} does not exist or was purged already")
            if found[case_id][0] is None:
                raise VaultError(f"case {case_id} is still open; only closed cases are purged")
        wanted = "IN (SELECT id FROM temp.purging)"
        conn.execute(f"DELETE FROM case_notes WHERE case_id {wanted}")
        conn.execute(f"UPDATE conversations SET held = NULL WHERE case_id {wanted}")
        conn.execute(
            "UPDATE cases SET case_number = NULL, alias = NULL, opened = NULL, closed = NULL, "
            f"created_at = ?1, updated_at = ?1, purged_at = ?1 WHERE id {wanted}",
            (at,),
        )
        conn.execute("INSERT INTO purges (at, count) VALUES (?, ?)", (at, len(ids)))
        audit.insert(conn, "purge", count=len(ids))
        conn.execute("DELETE FROM temp.purging")
    return PurgeRecord(at, len(ids), tuple(remove_copies_beside(vault.path)))


def remove_copies_beside(path: Path) -> list[Path]:
    """Delete the encrypted copies the application keeps beside the vault (``.before-schema-N``,
    ``.before-restore`` and its journal): made before a purge, they still hold what it destroyed."""
    removed = []
    for pattern in (f"{path.name}.before-schema-*", f"{path.name}.before-restore*"):
        for copy in sorted(path.parent.glob(pattern)):
            copy.unlink(missing_ok=True)
            removed.append(copy)
    if removed:
        atomic.fsync_dir(path.parent)
    return removed


def purge_log(vault: Vault) -> list[PurgeRecord]:
    """Every purge, oldest first."""
    return [
        PurgeRecord(str(at), int(count))
        for at, count in vault.conn.execute("SELECT at, count FROM purges ORDER BY id")
    ]


def last_purge(vault: Vault) -> tuple[int, dt.datetime | None]:
    """How many purges the vault has seen and when the last one ran (None: never)."""
    count, at = vault.conn.execute("SELECT count(*), max(at) FROM purges").fetchone()
    return int(count), None if at is None else dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
