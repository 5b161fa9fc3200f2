"""What a case list asks for and what each of its rows holds: ``CaseFilter`` (turned into a SQL
WHERE clause with bound parameters), ``CaseOrder`` (turned into an ORDER BY) and ``CaseSummary``.
The queries that read a list are here too; ``CaseStore`` calls them on its connection.

A long list is read in two steps (``CaseStore.ordered_ids``, then ``CaseStore.summaries_of`` for
the rows on screen): the ids of every matching case in the chosen order are one narrow query (the
listing index answers the default order without a sort), and only the rows a person can see are
built in Python. At 100,000 cases, building every row took ~1 s and ~60 MiB; the ids take ~30 ms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from confidant_app.domain.taxonomy import Taxonomy

Status = Literal["open", "closed"]
SortKey = Literal["number", "alias", "opened", "status", "unit", "category", "conversations",
                  "last_contact"]

# What each sort key orders by. Only ``alias`` and ``last_contact`` can be empty in a listed case
# (a purged case, the only one without a number or opening date, is never listed).
_LAST_CONTACT = "(SELECT max(v.held) FROM conversations v WHERE v.case_id = c.id)"
_SORT_SQL: dict[SortKey, str] = {
    "number": "c.case_number",
    # NOCASE folds ASCII only; a Unicode fold would call Python once per comparison (~1 s at
    # 100,000 cases). Aliases are short Dutch names, where the difference is rare.
    "alias": "c.alias COLLATE NOCASE",
    "opened": "c.opened",
    "status": "c.closed_year IS NOT NULL",  # open first when ascending
    "unit": "c.unit",
    "conversations": "(SELECT count(*) FROM conversations v WHERE v.case_id = c.id)",
    "last_contact": _LAST_CONTACT,
}
_NULLABLE = frozenset({"alias", "last_contact"})


@dataclass(frozen=True)
class CaseFilter:
    """What a case list shows. ``category`` is a code (``OG.PES``) or a group (``OG``)."""

    year: int | None = None
    unit: str | None = None
    status: Status | None = None
    category: str | None = None
    text: str | None = None  # searched in alias and case number, case-insensitively

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if self.year is not None:
            clauses.append("c.opened_year = ?")
            args.append(self.year)
        if self.unit:
            clauses.append("c.unit = ?")
            args.append(self.unit)
        if self.status == "open":
            clauses.append("c.closed_year IS NULL")
        elif self.status == "closed":
            clauses.append("c.closed_year IS NOT NULL")
        if self.category:
            if "." in self.category:
                clauses.append(
                    "EXISTS (SELECT 1 FROM case_categories k WHERE k.case_id = c.id AND k.code = ?)"
                )
                args.append(self.category)
            else:
                clauses.append(
                    "EXISTS (SELECT 1 FROM case_categories k "
                    "WHERE k.case_id = c.id AND k.code >= ? AND k.code < ?)"
                )
                args += [f"{self.category}.", f"{self.category}/"]  # '/' sorts right after '.'
        if self.text:
            pattern = (
                "%" + self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            clauses.append("(c.alias LIKE ? ESCAPE '\\' OR c.case_number LIKE ? ESCAPE '\\')")
            args += [pattern, pattern]
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


@dataclass(frozen=True)
class CaseOrder:
    """How a case list is sorted. Ties fall back to the case id in the same direction, so every
    order is total and a page read later lines up with the ids read before; empty values sort
    last in both directions.

    ``category_order`` is needed for ``key="category"``: the active codes in the order their
    labels sort in the reader's language (the store cannot know labels); a retired code sorts
    with its successor."""

    key: SortKey = "opened"
    descending: bool = True
    category_order: Sequence[str] = ()

    def order_by(self, canonical: dict[str, str]) -> tuple[str, list[Any]]:
        """The ORDER BY clause and its parameters; ``canonical`` maps retired codes to active."""
        direction = " DESC" if self.descending else ""
        args: list[Any] = []
        if self.key == "category":
            rank = {code: n for n, code in enumerate(self.category_order)}
            pairs = [(code, rank[code]) for code in self.category_order]
            pairs += [(old, rank[new]) for old, new in canonical.items() if new in rank]
            whens = " ".join("WHEN ? THEN ?" for _ in pairs)
            expression = f"CASE c.primary_category {whens} END" if pairs else "NULL"
            args = [value for pair in pairs for value in pair]
        else:
            expression = _SORT_SQL[self.key]
        nulls = " NULLS LAST" if self.key in _NULLABLE or self.key == "category" else ""
        return f" ORDER BY {expression}{direction}{nulls}, c.id{direction}", args


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: int
    case_number: str | None
    alias: str | None
    opened: dt.date | None
    opened_year: int
    closed: dt.date | None
    is_open: bool
    unit: str
    primary_category: str
    conversations: int
    last_contact: dt.date | None
    excluded: bool


# Listed cases: never the skeletons a purge leaves, which exist only for the yearly figures.
_LISTED = "c.purged_at IS NULL"
_SUMMARY_SQL = (
    "SELECT c.id, c.case_number, c.alias, c.opened, c.opened_year, c.closed, "
    "c.closed_year IS NULL, c.unit, c.primary_category, "
    "(SELECT count(*) FROM conversations v WHERE v.case_id = c.id), "
    f"{_LAST_CONTACT}, c.exclude_from_statistics FROM cases c"
)


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _listed(where: CaseFilter | None) -> tuple[str, list[Any]]:
    """The WHERE clause of the listed cases matching ``where``.

    The vault keeps no planner statistics, so SQLite takes ``purged_at IS NULL`` (true of nearly
    every row) for a selective term and reads the listing index for it. That is right for the
    whole list, the status and the category filters (the index is in order and holds
    ``closed_year``), and wrong for a year or a search: there a unary ``+`` turns the index off
    for that term, and the year index or one table scan serves instead (at 100,000 cases, cold:
    year 61 -> 16 ms, search 58 -> 41 ms, their counts 45 -> 11 ms)."""
    where = where or CaseFilter()
    sql, args = where.where()
    steer = "+" if where.year is not None or where.text else ""
    return sql + (" AND " if sql else " WHERE ") + steer + _LISTED, args


def read_summaries(conn: Any, taxonomy: Taxonomy, where_sql: str, args: Sequence[Any],
                   order_sql: str = " ORDER BY c.opened, c.id") -> list[CaseSummary]:
    rows = conn.execute(_SUMMARY_SQL + where_sql + order_sql, list(args)).fetchall()
    return [
        CaseSummary(
            id=r[0],
            case_number=r[1],
            alias=r[2],
            opened=_date(r[3]),
            opened_year=r[4],
            closed=_date(r[5]),
            is_open=bool(r[6]),
            unit=r[7],
            primary_category=taxonomy.canonical(r[8]),
            conversations=r[9],
            last_contact=_date(r[10]),
            excluded=bool(r[11]),
        )
        for r in rows
    ]


def summaries(conn: Any, taxonomy: Taxonomy, where: CaseFilter | None) -> list[CaseSummary]:
    """Every listed case matching ``where`` as a row, oldest first."""
    sql, args = _listed(where)
    return read_summaries(conn, taxonomy, sql, args)


def summaries_of(conn: Any, taxonomy: Taxonomy, ids: Sequence[int]) -> dict[int, CaseSummary]:
    """The rows of the listed cases among ``ids`` (a page of a list), by id."""
    if not ids:
        return {}
    out: dict[int, CaseSummary] = {}
    for start in range(0, len(ids), _MAX_IDS_PER_QUERY):
        chunk = list(ids[start:start + _MAX_IDS_PER_QUERY])
        marks = ",".join("?" * len(chunk))
        # "+": by the row ids, never through the listing index (see ``_listed``): 0.2 ms, not 13.
        for row in read_summaries(conn, taxonomy, f" WHERE c.id IN ({marks}) AND +{_LISTED}",
                                  chunk, ""):
            out[row.id] = row
    return out


_MAX_IDS_PER_QUERY = 500  # far below SQLite's limit on bound parameters


def ordered_ids(conn: Any, taxonomy: Taxonomy, where: CaseFilter | None, order: CaseOrder,
                offset: int = 0, limit: int | None = None) -> list[int]:
    """The ids of the listed cases matching ``where``, in ``order``: all of them, or ``limit``
    of them after the first ``offset``."""
    sql, args = _listed(where)
    order_sql, order_args = order.order_by(taxonomy.retired)
    window = " LIMIT ? OFFSET ?" if limit is not None or offset else ""
    window_args = [-1 if limit is None else limit, offset] if window else []
    rows = conn.execute(f"SELECT c.id FROM cases c{sql}{order_sql}{window}",
                        args + order_args + window_args)
    return [r[0] for r in rows]


def counts(conn: Any, where: CaseFilter | None) -> tuple[int, int]:
    """How many listed cases match ``where``, and how many of those are open."""
    sql, args = _listed(where)
    total, open_ = conn.execute(
        f"SELECT count(*), coalesce(sum(c.closed_year IS NULL), 0) FROM cases c{sql}", args
    ).fetchone()
    return int(total), int(open_)
