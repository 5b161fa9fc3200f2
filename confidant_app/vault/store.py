"""Cases in the vault: add, update, delete, get, list and filter. Every write is one transaction.

The list filter and its row type live in ``listing``; this module re-exports them.

Reads return domain ``Case`` objects validated against the codebook (so a code retired by a later
taxonomy comes back as its successor), or light ``CaseSummary`` rows for lists, computed in SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from confidant_app.domain.case import Case, make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import listing
from confidant_app.vault.connection import Vault, _now
from confidant_app.vault.errors import VaultError
from confidant_app.vault.listing import CaseFilter, CaseOrder, CaseSummary, Status

# Rows that belong to a case and are rewritten whole when it is saved.
CHILD_TABLES = ("case_categories", "case_referrals", "case_outcomes", "conversations", "case_notes")


class CaseNotFound(VaultError):
    pass


class DuplicateCaseNumber(VaultError):
    pass


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


class CaseStore:
    """Reads and writes cases through an open ``Vault``."""

    def __init__(self, vault: Vault, codebook: Codebook) -> None:
        self.vault = vault
        self.codebook = codebook

    # -- writes -----------------------------------------------------------------------------

    def add(self, case: Case) -> Case:
        return self.add_many([case])[0]

    def add_many(self, cases: Sequence[Case]) -> list[Case]:
        """Store new cases in one transaction, numbering ``YYYY-NNNN`` where no number is given."""
        stored: list[Case] = []
        # The highest number in use per year (``_highest_number``), asked once per year and kept
        # up to date below: asking for every case scanned the year's numbers each time, which made
        # a large import quadratic (100,000 cases took minutes).
        highest: dict[int, int | None] = {}
        with self.vault.transaction() as conn:
            self._refuse_taken_numbers(conn, [c.case_number for c in cases if c.case_number])
            for case in cases:
                year = case.opened.year
                if case.case_number:
                    number = case.case_number
                else:
                    if year not in highest:
                        highest[year] = self._highest_number(conn, year)
                    number = f"{year}-{(highest[year] or 0) + 1:04d}"
                now = _now()
                cur = conn.execute(
                    "INSERT INTO cases (case_number, opened, opened_year, opened_quarter, closed, "
                    "closed_year, closed_quarter, unit, role, gender, position, "
                    "exclude_from_statistics, primary_category, alias, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (number, *self._case_columns(case), now, now),
                )
                case_id = int(cur.lastrowid)
                self._write_children(conn, case_id, case)
                self._note_number(conn, highest, number)
                stored.append(case.model_copy(update={"id": case_id, "case_number": number}))
            conn.executemany(
                "INSERT INTO changes (case_id, opened_year) VALUES (?, ?)",
                [(c.id, c.opened.year) for c in stored],
            )
        return stored

    def update(self, case: Case) -> Case:
        """Replace a stored case's fields and children (one transaction)."""
        if case.id is None:
            raise CaseNotFound("the case has not been stored yet")
        with self.vault.transaction() as conn:
            if case.case_number:
                self._refuse_taken_numbers(conn, [case.case_number], except_id=case.id)
            number = case.case_number or self._current_number(conn, case.id)
            self._note_change(conn, case.id, case.opened.year)
            cur = conn.execute(
                "UPDATE cases SET case_number = ?, opened = ?, opened_year = ?, "
                "opened_quarter = ?, "
                "closed = ?, closed_year = ?, closed_quarter = ?, unit = ?, role = ?, gender = ?, "
                "position = ?, exclude_from_statistics = ?, primary_category = ?, alias = ?, "
                "updated_at = ? WHERE id = ? AND purged_at IS NULL",
                (number, *self._case_columns(case), _now(), case.id),
            )
            if cur.rowcount != 1:
                raise CaseNotFound(f"case {case.id} does not exist (or was purged)")
            for table in CHILD_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case.id,))
            self._write_children(conn, case.id, case)
        return case.model_copy(update={"case_number": number})

    def delete(self, case_id: int) -> None:
        with self.vault.transaction() as conn:
            self._note_change(conn, case_id)
            cur = conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            if cur.rowcount != 1:
                raise CaseNotFound(f"case {case_id} does not exist")

    @staticmethod
    def _note_change(conn: Any, case_id: int, new_year: int | None = None) -> None:
        """Journal (ids and years only) that a case changed, under its old and its new year."""
        years = {
            r[0] for r in conn.execute("SELECT opened_year FROM cases WHERE id = ?", (case_id,))
        }
        if new_year is not None:
            years.add(new_year)
        conn.executemany(
            "INSERT INTO changes (case_id, opened_year) VALUES (?, ?)",
            [(case_id, y) for y in sorted(years)],
        )

    @staticmethod
    def _case_columns(case: Case) -> tuple[Any, ...]:
        closed = case.closed
        return (
            case.opened.isoformat(),
            case.opened.year,
            _quarter(case.opened),
            closed.isoformat() if closed else None,
            closed.year if closed else None,
            _quarter(closed) if closed else None,
            case.unit,
            case.role,
            case.gender,
            case.position,
            int(case.exclude_from_statistics),
            case.primary_category,
            case.alias,
        )

    @staticmethod
    def _write_children(conn: Any, case_id: int, case: Case) -> None:
        if case.notes is not None:
            conn.execute(
                "INSERT INTO case_notes (case_id, notes) VALUES (?, ?)", (case_id, case.notes)
            )
        conn.executemany(
            "INSERT INTO case_categories (case_id, code, rank) VALUES (?, ?, ?)",
            [(case_id, code, rank) for rank, code in enumerate(case.categories)],
        )
        conn.executemany(
            "INSERT INTO case_referrals (case_id, code) VALUES (?, ?)",
            [(case_id, code) for code in case.referrals],
        )
        conn.executemany(
            "INSERT INTO case_outcomes (case_id, code) VALUES (?, ?)",
            [(case_id, code) for code in case.outcomes],
        )
        conn.executemany(
            "INSERT INTO conversations (case_id, rank, held, held_year, held_quarter, channel, "
            "minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    case_id,
                    rank,
                    c.date.isoformat(),
                    c.date.year,
                    _quarter(c.date),
                    c.channel,
                    c.minutes,
                )
                for rank, c in enumerate(case.conversations)
            ],
        )

    @staticmethod
    def _highest_number(conn: Any, year: int) -> int | None:
        """The highest ``NNNN`` among ``YYYY-NNNN`` numbers of ``year`` (None if there is none)."""
        row = conn.execute(
            "SELECT max(CAST(substr(case_number, 6) AS INTEGER)) FROM cases "
            "WHERE case_number GLOB ? ",
            (f"{year}-[0-9]*",),
        ).fetchone()
        return None if row[0] is None else int(row[0])

    @staticmethod
    def _note_number(conn: Any, highest: dict[int, int | None], number: str) -> None:
        """After ``number`` was stored, make ``highest`` what ``_highest_number`` would now say.

        Only the year whose ``YYYY-[0-9]*`` pattern the number matches can change. A plain
        ``YYYY-<digits>`` number is read in Python; anything else by SQL, exactly as the query does.
        """
        for year, value in highest.items():
            prefix = f"{year}-"
            if not number.startswith(prefix):
                continue
            tail = number[len(prefix) :]
            if len(prefix) == 5 and tail.isascii() and tail.isdigit() and len(tail) <= 18:
                found: int | None = int(tail)  # = CAST(substr(number, 6) AS INTEGER)
            else:
                row = conn.execute(
                    "SELECT CAST(substr(?1, 6) AS INTEGER) WHERE ?1 GLOB ?2",
                    (number, f"{year}-[0-9]*"),
                ).fetchone()
                found = None if row is None else int(row[0])
            if found is not None:
                highest[year] = found if value is None else max(value, found)
            return

    @staticmethod
    def _current_number(conn: Any, case_id: int) -> str | None:
        row = conn.execute("SELECT case_number FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(f"case {case_id} does not exist")
        return None if row[0] is None else str(row[0])

    @staticmethod
    def _refuse_taken_numbers(conn: Any, numbers: list[str], except_id: int | None = None) -> None:
        if len(set(numbers)) != len(numbers):
            raise DuplicateCaseNumber("a case number occurs twice among the new cases")
        taken = CaseStore._taken(conn, numbers, except_id)
        if taken:
            raise DuplicateCaseNumber(f"case number {sorted(taken)[0]} is already in the vault")

    @staticmethod
    def _taken(conn: Any, numbers: Iterable[str], except_id: int | None = None) -> set[str]:
        taken: set[str] = set()
        for number in numbers:
            row = conn.execute("SELECT id FROM cases WHERE case_number = ?", (number,)).fetchone()
            if row is not None and row[0] != except_id:
                taken.add(number)
        return taken

    def taken_numbers(self, numbers: Iterable[str]) -> set[str]:
        """Which of ``numbers`` the vault already holds (for an import's line-by-line message)."""
        return self._taken(self.vault.conn, numbers)

    # -- reads ------------------------------------------------------------------------------

    def get(self, case_id: int) -> Case:
        cases = self._load("WHERE c.id = ? AND c.purged_at IS NULL", [case_id])
        if not cases:
            raise CaseNotFound(f"case {case_id} does not exist")
        return cases[0]

    def cases(self, where: CaseFilter | None = None) -> list[Case]:
        """Whole cases (children included) matching ``where``, oldest first. Purged skeletons
        carry no dates and are left out: they exist only for the yearly figures."""
        sql, args = (where or CaseFilter()).where()
        sql += (" AND " if sql else " WHERE ") + "c.purged_at IS NULL"
        return self._load(sql, args)

    def summaries(self, where: CaseFilter | None = None) -> list[CaseSummary]:
        """The case list, one SQL query, oldest first; purged skeletons are not listed."""
        return listing.summaries(self.vault.conn, self.codebook.taxonomy, where)

    def ordered_ids(self, where: CaseFilter | None = None,
                    order: CaseOrder = CaseOrder(),  # noqa: B008
                    offset: int = 0, limit: int | None = None) -> list[int]:
        """Ids of the listed cases matching ``where`` in ``order`` (``limit`` of them after
        ``offset``, if given); rows follow with ``summaries_of`` for the part of the list on
        screen (``listing`` says why)."""
        return listing.ordered_ids(self.vault.conn, self.codebook.taxonomy, where, order,
                                   offset, limit)

    def summaries_of(self, ids: Sequence[int]) -> dict[int, CaseSummary]:
        return listing.summaries_of(self.vault.conn, self.codebook.taxonomy, ids)

    def list_counts(self, where: CaseFilter | None = None) -> tuple[int, int]:
        """(matching, of which open) among the listed cases."""
        return listing.counts(self.vault.conn, where)

    def count(self) -> int:
        return self.list_counts()[0]

    def years(self) -> list[int]:
        """The years cases were opened in, oldest first. Read by jumping through the year index
        from one year to the next (a handful of look-ups) instead of scanning every entry for
        DISTINCT (~3 ms at 100,000 cases, at every unlock and every change)."""
        rows = self.vault.conn.execute(
            "WITH RECURSIVE y(year) AS (SELECT min(opened_year) FROM cases UNION ALL "
            "SELECT (SELECT min(opened_year) FROM cases WHERE opened_year > y.year) FROM y "
            "WHERE y.year IS NOT NULL) SELECT year FROM y WHERE year IS NOT NULL"
        ).fetchall()
        return [int(r[0]) for r in rows]

    def _load(self, where_sql: str, args: Sequence[Any]) -> list[Case]:
        conn = self.vault.conn
        rows = conn.execute(
            "SELECT c.id, c.case_number, c.opened, c.closed, c.unit, c.role, c.gender, c.position, "
            "c.exclude_from_statistics, c.alias, n.notes FROM cases c "
            f"LEFT JOIN case_notes n ON n.case_id = c.id {where_sql} "
            "ORDER BY c.opened, c.id",
            list(args),
        ).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        children = self._children(conn, ids)
        cases = []
        for r in rows:
            cats, refs, outs, convs = children[r[0]]
            cases.append(
                make_case(
                    {
                        "id": r[0],
                        "case_number": r[1],
                        "opened": r[2],
                        "closed": r[3],
                        "unit": r[4],
                        "role": r[5],
                        "gender": r[6],
                        "position": r[7],
                        "exclude_from_statistics": bool(r[8]),
                        "alias": r[9],
                        "notes": r[10],
                        "categories": cats,
                        "referrals": refs,
                        "outcomes": outs,
                        "conversations": convs,
                    },
                    self.codebook,
                )
            )
        return cases

    @staticmethod
    def _children(
        conn: Any, ids: list[int]
    ) -> dict[int, tuple[list[str], list[str], list[str], list[dict[str, Any]]]]:
        out: dict[int, tuple[list[str], list[str], list[str], list[dict[str, Any]]]] = {
            i: ([], [], [], []) for i in ids
        }
        # Read through a temporary id list rather than one query per case: one pass per table.
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.wanted")
        conn.executemany("INSERT INTO temp.wanted (id) VALUES (?)", [(i,) for i in ids])
        try:
            for case_id, code in conn.execute(
                "SELECT k.case_id, k.code FROM temp.wanted w JOIN case_categories k "
                "ON k.case_id = w.id ORDER BY k.case_id, k.rank"
            ):
                out[case_id][0].append(code)
            for slot, table in ((1, "case_referrals"), (2, "case_outcomes")):
                for case_id, code in conn.execute(
                    f"SELECT t.case_id, t.code FROM temp.wanted w JOIN {table} t "
                    "ON t.case_id = w.id ORDER BY t.case_id, t.code"
                ):
                    out[case_id][slot].append(code)
            for case_id, held, channel, minutes in conn.execute(
                "SELECT v.case_id, v.held, v.channel, v.minutes FROM temp.wanted w "
                "JOIN conversations v ON v.case_id = w.id ORDER BY v.case_id, v.rank"
            ):
                out[case_id][3].append({"date": held, "channel": channel, "minutes": minutes})
        finally:
            conn.execute("DELETE FROM temp.wanted")
        return out


__all__ = [
    "CaseFilter", "CaseNotFound", "CaseOrder", "CaseStore", "CaseSummary", "DuplicateCaseNumber",
    "Status",
]
