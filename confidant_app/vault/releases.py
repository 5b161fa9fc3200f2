"""The release log: which figures left the vault, when, under which revision.

Privacy rule 7: a year is closed by its export; a later change leaves the old figures standing and
shows up as a new revision. The log keeps digests, not figures; a content-free change journal
(case ids and years) tells how many cases changed since a release.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from confidant_app.vault import audit
from confidant_app.vault.connection import Vault


@dataclass(frozen=True)
class Release:
    year: int
    revision: int
    digest: str
    counts_digest: str
    exported_at: str
    cases: int
    last_change: int


def releases(vault: Vault, year: int | None = None) -> list[Release]:
    sql = (
        "SELECT year, revision, digest, counts_digest, exported_at, cases, last_change "
        "FROM releases"
    )
    args: tuple[int, ...] = ()
    if year is not None:
        sql += " WHERE year = ?"
        args = (year,)
    return [Release(*row) for row in vault.conn.execute(sql + " ORDER BY year, revision", args)]


def last_release(vault: Vault, year: int) -> Release | None:
    found = releases(vault, year)
    return found[-1] if found else None


def next_revision(vault: Vault, year: int) -> int:
    last = last_release(vault, year)
    return 1 if last is None else last.revision + 1


def cases_changed_since(vault: Vault, release: Release) -> int:
    """Cases of the release's year added, edited or deleted after it (an upper bound on what
    changed in the figures: editing a note counts too)."""
    row = vault.conn.execute(
        "SELECT count(DISTINCT case_id) FROM changes WHERE opened_year = ? AND id > ?",
        (release.year, release.last_change),
    ).fetchone()
    return int(row[0])


@contextlib.contextmanager
def recording(
    vault: Vault,
    year: int,
    revision: int,
    digest: str,
    counts_digest: str,
    exported_at: str,
    cases: int,
) -> Iterator[None]:
    """Record a release in a transaction that commits only if the block (writing the file) ends
    cleanly: a failed write leaves no release behind, and a revision is never used twice.

    The same transaction adds ``export ok`` (year and revision) to the audit trail."""
    with vault.transaction() as conn:
        last_change = conn.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0]
        conn.execute(
            "INSERT INTO releases (year, revision, digest, counts_digest, exported_at, cases, "
            "last_change) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (year, revision, digest, counts_digest, exported_at, cases, last_change),
        )
        audit.insert(conn, "export", year=year, revision=revision)
        yield
