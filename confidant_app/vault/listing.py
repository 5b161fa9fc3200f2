"""What a case list asks for and what each of its rows holds: ``CaseFilter`` (turned into a SQL
WHERE clause with bound parameters) and ``CaseSummary``. No query runs here; ``CaseStore`` does."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["open", "closed"]


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
