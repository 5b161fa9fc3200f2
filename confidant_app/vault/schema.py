"""The vault's schema, versioned in ``PRAGMA user_version`` and built by ordered migrations.

Each migration runs in one transaction together with the ``user_version`` bump, so a vault is
always at exactly one version. Dates are split so that a purge can destroy the exact date and keep
the coded skeleton (year and quarter) that the yearly figures need.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlcipher3

Cursor = Any  # a sqlcipher3 cursor or connection; the driver ships no type information

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    case_number      TEXT UNIQUE,                 -- NULL once purged
    opened           TEXT,                        -- ISO date; NULL once purged
    opened_year      INTEGER NOT NULL,
    opened_quarter   INTEGER NOT NULL CHECK (opened_quarter BETWEEN 1 AND 4),
    closed           TEXT,                        -- ISO date; NULL while open or once purged
    closed_year      INTEGER,                     -- NULL while the case is open
    closed_quarter   INTEGER CHECK (closed_quarter BETWEEN 1 AND 4),
    unit             TEXT NOT NULL,
    role             TEXT NOT NULL,
    gender           TEXT NOT NULL,
    position         TEXT NOT NULL,
    exclude_from_statistics INTEGER NOT NULL DEFAULT 0 CHECK (exclude_from_statistics IN (0, 1)),
    primary_category TEXT NOT NULL,
    alias            TEXT,
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    purged_at        TEXT
);
CREATE INDEX cases_by_year ON cases (opened_year, id);

CREATE TABLE case_categories (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    rank     INTEGER NOT NULL,                    -- 0 is the primary category
    PRIMARY KEY (case_id, code)
) WITHOUT ROWID;
CREATE INDEX case_categories_by_code ON case_categories (code, case_id);

CREATE TABLE case_referrals (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    PRIMARY KEY (case_id, code)
) WITHOUT ROWID;

CREATE TABLE case_outcomes (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    PRIMARY KEY (case_id, code)
) WITHOUT ROWID;

CREATE TABLE conversations (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    rank          INTEGER NOT NULL,
    held          TEXT,                           -- ISO date; NULL once purged
    held_year     INTEGER NOT NULL,
    held_quarter  INTEGER NOT NULL CHECK (held_quarter BETWEEN 1 AND 4),
    channel       TEXT NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes >= 0)
);
CREATE INDEX conversations_by_case ON conversations (case_id, rank);
CREATE INDEX conversations_by_year ON conversations (held_year);
"""


# Version 2: the release log (privacy rule 7: a year is closed by its export, and a later change
# shows up as a new revision) and a content-free change journal that says which cases changed
# after a release.
_V2 = """
CREATE TABLE releases (
    year         INTEGER NOT NULL,
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    digest       TEXT NOT NULL,
    counts_digest TEXT NOT NULL,                   -- of the figures alone, to tell real changes
    exported_at  TEXT NOT NULL,
    cases        INTEGER NOT NULL,
    last_change  INTEGER NOT NULL,                -- changes.id at the moment of release
    PRIMARY KEY (year, revision)
) WITHOUT ROWID;

CREATE TABLE changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id      INTEGER NOT NULL,                -- no foreign key: deletions are recorded too
    opened_year  INTEGER NOT NULL
);
CREATE INDEX changes_by_year ON changes (opened_year, id);
"""

# Version 3: private notes in a table of their own. Lists, filters and searches scan ``cases``, and
# notes filled about half of its pages: every page read costs a decrypt and an HMAC check, so a
# cold search read twice what it needed. (Measured: benchmarks/README.md, vault.py.)
_V3 = """
CREATE TABLE case_notes (
    case_id  INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    notes    TEXT NOT NULL
);
INSERT INTO case_notes (case_id, notes) SELECT id, notes FROM cases WHERE notes IS NOT NULL;
ALTER TABLE cases DROP COLUMN notes;
"""

# Version 4: the purge log (privacy rule 6). A purge records when it ran and how many cases it
# destroyed, never which: the log must not keep what the purge removed.
_V4 = """
CREATE TABLE purges (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,                         -- UTC, ISO 8601 with microseconds
    count  INTEGER NOT NULL CHECK (count >= 1)
);
"""

# Version 5: the audit trail (``vault/audit.py``): when the vault was unlocked, exported, purged,
# rekeyed, backed up, restored or imported into, and whether it worked. Never case content: the
# detail holds numbers only (a year, a revision, a count, a size).
_V5 = """
CREATE TABLE audit (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,                       -- UTC, ISO 8601
    event    TEXT NOT NULL CHECK (event IN ('unlock', 'export', 'purge', 'passphrase_change',
                                            'backup', 'restore', 'import')),
    outcome  TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
    detail   TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 200)
);
"""

# Version 6: indexes for what the window reads at every unlock and change. The case list reads the
# ids of the listed (not purged) cases in opening order and how many are open; the retention
# reminder counts closed cases past a cutoff date. With these indexes each is read from index
# pages alone, in order, without a sort (at 100,000 cases ~3 MB and ~2 MB against ~20 MB of
# table pages, each of which costs a decrypt and an HMAC check when first read).
_V6 = """
CREATE INDEX cases_listing ON cases (purged_at, opened, id, closed_year);
CREATE INDEX cases_due ON cases (purged_at, closed, opened_year);
"""


def _script(sql: str) -> Callable[[Cursor], None]:
    """Run statements one by one in the caller's transaction (``executescript`` would commit)."""

    def run(cur: Cursor) -> None:
        buffer = ""
        for line in sql.splitlines(keepends=True):
            buffer += line
            if sqlcipher3.complete_statement(buffer):
                cur.execute(buffer)
                buffer = ""
        if buffer.strip():
            raise ValueError("schema script ends in an incomplete statement")

    return run


# Index i holds the migration from version i to i + 1. Append only; never edit a released one.
MIGRATIONS: list[Callable[[Cursor], None]] = [
    _script(_V1),
    _script(_V2),
    _script(_V3),
    _script(_V4),
    _script(_V5),
    _script(_V6),
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Cursor, current: int) -> int:
    """Bring a vault at ``current`` up to ``SCHEMA_VERSION``, one transaction per step."""
    for version in range(current, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
