"""The yearly counts, aggregated in SQL inside the vault (the read API the aggregates build on).

Counts follow ``shared/design/interfaces.md`` section 3: cases first opened in the year and not
excluded from statistics; conversations (``channel``, totals) are those held in the year. Purged
skeletons count: they keep exactly the coded fields these queries read. Codes a later taxonomy
retired are mapped to their successors inside the SQL, so every count lands on an active code.
Queries read the cases table in order and join outwards to their links (a random page re-read
costs a decrypt and an HMAC).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from confidant_app.domain.taxonomy import Taxonomy
from confidant_app.vault.connection import Vault

COUNTED = "c.opened_year = :year AND c.exclude_from_statistics = 0"


@dataclass
class YearCounts:
    cases: int = 0
    conversations: int = 0
    minutes: int = 0
    open_at_year_end: int = 0
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    gender_by_group: dict[str, dict[str, int]] = field(default_factory=dict)


def _canonical_sql(column: str, taxonomy: Taxonomy) -> tuple[str, dict[str, str]]:
    """``CASE column WHEN old THEN new ... END`` for retired codes, with its bound parameters."""
    if not taxonomy.retired:
        return column, {}
    params: dict[str, str] = {}
    whens = []
    for i, (old, new) in enumerate(sorted(taxonomy.retired.items())):
        params[f"old{i}"], params[f"new{i}"] = old, new
        whens.append(f"WHEN :old{i} THEN :new{i}")
    return f"(CASE {column} {' '.join(whens)} ELSE {column} END)", params


def _pairs(conn: Any, sql: str, args: dict[str, Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, n in conn.execute(sql, args):
        out[str(key)] = out.get(str(key), 0) + int(n)  # two retired codes may map to one
    return out


def year_counts(vault: Vault, year: int, taxonomy: Taxonomy) -> YearCounts:
    conn = vault.conn
    code, code_args = _canonical_sql("k.code", taxonomy)
    primary, primary_args = _canonical_sql("c.primary_category", taxonomy)
    args: dict[str, Any] = {"year": year, **code_args, **primary_args}
    result = YearCounts()
    row = conn.execute(
        f"SELECT count(*), coalesce(sum(c.closed_year IS NULL OR c.closed_year > :year), 0) "
        f"FROM cases c WHERE {COUNTED}",
        args,
    ).fetchone()
    result.cases, result.open_at_year_end = int(row[0]), int(row[1])
    row = conn.execute(
        "SELECT count(*), coalesce(sum(v.minutes), 0) FROM cases c JOIN conversations v "
        "ON v.case_id = c.id WHERE c.exclude_from_statistics = 0 AND v.held_year = :year",
        args,
    ).fetchone()
    result.conversations, result.minutes = int(row[0]), int(row[1])
    counts = result.counts
    # With retired codes, an old case may carry a code and its successor: count the case once.
    per_case = "count(DISTINCT c.id)" if taxonomy.retired else "count(*)"
    counts["category"] = _pairs(
        conn,
        f"SELECT {code}, {per_case} FROM cases c JOIN case_categories "
        f"k ON k.case_id = c.id WHERE {COUNTED} GROUP BY 1",
        args,
    )
    counts["primary_category"] = _pairs(
        conn, f"SELECT {primary}, count(*) FROM cases c WHERE {COUNTED} GROUP BY 1", args
    )
    for name in ("unit", "role", "gender", "position"):
        counts[name] = _pairs(
            conn, f"SELECT c.{name}, count(*) FROM cases c WHERE {COUNTED} GROUP BY 1", args
        )
    counts["quarter"] = _pairs(
        conn, f"SELECT c.opened_quarter, count(*) FROM cases c WHERE {COUNTED} GROUP BY 1", args
    )
    counts["channel"] = _pairs(
        conn,
        "SELECT v.channel, count(*) FROM cases c JOIN conversations v ON v.case_id = c.id "
        "WHERE c.exclude_from_statistics = 0 AND v.held_year = :year GROUP BY 1",
        args,
    )
    for name, table in (("referral", "case_referrals"), ("outcome", "case_outcomes")):
        counts[name] = _pairs(
            conn,
            f"SELECT t.code, count(*) FROM cases c JOIN {table} t "
            f"ON t.case_id = c.id WHERE {COUNTED} GROUP BY 1",
            args,
        )
    # A case counts once under each group it carries a code of (not once per code).
    for gender, group, n in conn.execute(
        f"SELECT c.gender, substr({code}, 1, 2), count(DISTINCT c.id) FROM cases c "
        f"JOIN case_categories k ON k.case_id = c.id WHERE {COUNTED} GROUP BY 1, 2",
        args,
    ):
        result.gender_by_group.setdefault(str(gender), {})[str(group)] = int(n)
    return result
