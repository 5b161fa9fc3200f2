"""The yearly report as data: the tables of an aggregate, other years beside it, top 3 per group,
and the disclosure control every published table gets.

Every count of every year becomes a cell keyed ``(year, table, code)``; every relation a reader
can see between published cells becomes an ``Equation`` (a total over its breakdown, a Rijk
category over its codes, a group over gender, a one-code group equal to its code). The whole
report, all years together, is protected as one system, so no hidden cell can be solved from the
totals, from another table, or from a year beside it. The coordinator's exact working view is the
same report with ``protection`` None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from confidant_app.aggregate.disclosure import DEFAULT_MIN_CELL, Equation, Key, Protection, protect
from confidant_app.aggregate.model import Aggregate
from confidant_app.domain.codebook import FIELD_NAMES, Codebook
from confidant_app.errors import UserError

NO_RIJK, APART = "-", "MS"
# Tables in the order the report shows them; values are the code lists each table always shows
# (zeros included, so a reader sees what was possible, and zero cells can serve as complements).
SIMPLE_TABLES = ("unit", "role", "gender", "position", "quarter", "channel", "referral", "outcome")


@dataclass(frozen=True)
class Table:
    name: str
    codes: tuple[str, ...]


@dataclass
class YearlyReport:
    year: int
    years: list[int]  # this year first, then the years beside it, newest first
    aggregates: dict[int, Aggregate]
    codebook: Codebook
    tables: list[Table]
    cells: dict[Key, int]
    equations: list[Equation]
    min_cell: int
    protection: Protection | None = None
    top3: dict[int, dict[str, list[str]]] = field(default_factory=dict)

    def value(self, year: int, table: str, code: str) -> int:
        return self.cells.get((str(year), table, code), 0)

    def shown(self, year: int, table: str, code: str) -> int | str:
        """The published value: the count, ``<K`` for a small count, ``x`` for a complement."""
        value = self.value(year, table, code)
        if self.protection is None:
            return value
        return self.protection.shown((str(year), table, code), value)

    def total(self, year: int, name: str) -> int:
        totals = self.aggregates[year].totals
        return int(getattr(totals, name))

    @property
    def published(self) -> bool:
        return self.protection is not None


def _rijk_of(codebook: Codebook, code: str) -> str:
    cat = codebook.taxonomy.categories[code]
    if cat.rijk:
        return cat.rijk
    return APART if code.startswith(f"{APART}.") else NO_RIJK


def top3(aggregate: Aggregate, codebook: Codebook) -> dict[str, list[str]]:
    """Per group, up to three codes at least one case carries, by cases carrying them, ties by
    code (the contract of ``confidant report --format json``)."""
    out: dict[str, list[str]] = {}
    for group in codebook.taxonomy.groups:
        carried = [
            (n, c.code) for c in group.codes if (n := aggregate.counts.category.get(c.code, 0)) > 0
        ]
        out[group.code] = [code for _, code in sorted(carried, key=lambda t: (-t[0], t[1]))[:3]]
    return out


def _tables(codebook: Codebook) -> list[Table]:
    tax = codebook.taxonomy
    codes = tuple(tax.categories)
    rijk = (*(r.code for r in tax.rijk_categories), APART, NO_RIJK)
    groups = tuple(g.code for g in tax.groups)
    gbg = tuple(f"{g}/{G}" for g in codebook.codes("gender") for G in groups)
    tables = [
        Table("primary_category", codes),
        Table("rijk", rijk),
        Table("group", groups),
        Table("category", codes),
        Table("gender_by_group", gbg),
    ]
    for name in SIMPLE_TABLES:
        keys = (
            ("1", "2", "3", "4")
            if name == "quarter"
            else tuple(codebook.codes(name) if name in FIELD_NAMES else ())
        )
        tables.append(Table(name, keys))
    tables.append(Table("totals", ("cases", "conversations", "open_at_year_end")))
    return tables


def _year_cells(agg: Aggregate, codebook: Codebook) -> dict[tuple[str, str], int]:
    counts = agg.counts
    cells: dict[tuple[str, str], int] = {}
    for code in codebook.taxonomy.categories:
        cells["primary_category", code] = counts.primary_category.get(code, 0)
        cells["category", code] = counts.category.get(code, 0)
        rijk = ("rijk", _rijk_of(codebook, code))
        cells[rijk] = cells.get(rijk, 0) + counts.primary_category.get(code, 0)
    for gender, by_group in counts.gender_by_group.items():
        for group, n in by_group.items():
            cells["gender_by_group", f"{gender}/{group}"] = n
            cells["group", group] = cells.get(("group", group), 0) + n
    for name in SIMPLE_TABLES:
        for code, n in counts.table(name).items():
            cells[name, code] = n
    cells["totals", "cases"] = agg.totals.cases
    cells["totals", "conversations"] = agg.totals.conversations
    cells["totals", "open_at_year_end"] = agg.totals.open_at_year_end
    return cells


def _year_equations(y: str, codebook: Codebook, tables: list[Table]) -> list[Equation]:
    tax = codebook.taxonomy
    by_name = {t.name: t for t in tables}
    cases, conversations = (y, "totals", "cases"), (y, "totals", "conversations")
    eqs = [
        Equation(cases, tuple((y, "primary_category", c) for c in tax.categories)),
        Equation(cases, tuple((y, "rijk", r) for r in by_name["rijk"].codes)),
    ]
    for rijk in by_name["rijk"].codes:
        eqs.append(
            Equation(
                (y, "rijk", rijk),
                tuple(
                    (y, "primary_category", c)
                    for c in tax.categories
                    if _rijk_of(codebook, c) == rijk
                ),
            )
        )
    for group in tax.groups:
        eqs.append(
            Equation(
                (y, "group", group.code),
                tuple(
                    (y, "gender_by_group", f"{g}/{group.code}") for g in codebook.codes("gender")
                ),
            )
        )
        if len(group.codes) == 1:  # cases carrying the group are the cases carrying its code
            eqs.append(Equation((y, "group", group.code), ((y, "category", group.codes[0].code),)))
    for name in ("unit", "role", "gender", "position", "quarter"):
        eqs.append(Equation(cases, tuple((y, name, c) for c in by_name[name].codes)))
    eqs.append(Equation(conversations, tuple((y, "channel", c) for c in by_name["channel"].codes)))
    return eqs


def yearly(
    aggregate: Aggregate,
    codebook: Codebook,
    *,
    compare: Sequence[Aggregate] = (),
    min_cell: int | None = DEFAULT_MIN_CELL,
) -> YearlyReport:
    """The report of ``aggregate`` with ``compare`` beside it; ``min_cell`` None: exact view."""
    by_year: dict[int, Aggregate] = {aggregate.year: aggregate}
    for other in compare:
        if other.taxonomy != aggregate.taxonomy:
            raise UserError(
                f"year {other.year}: taxonomy {other.taxonomy}, not {aggregate.taxonomy}"
            )
        if other.year in by_year:
            raise UserError(f"year {other.year} is given twice")
        by_year[other.year] = other
    years = [aggregate.year, *sorted((y for y in by_year if y != aggregate.year), reverse=True)]
    tables = _tables(codebook)
    cells: dict[Key, int] = {}
    equations: list[Equation] = []
    for year in years:
        y = str(year)
        for (name, code), n in _year_cells(by_year[year], codebook).items():
            cells[y, name, code] = n
        for table in tables:
            for code in table.codes:
                cells.setdefault((y, table.name, code), 0)
        equations += _year_equations(y, codebook, tables)
    report = YearlyReport(
        year=aggregate.year,
        years=years,
        aggregates=by_year,
        codebook=codebook,
        tables=tables,
        cells=cells,
        equations=equations,
        min_cell=min_cell or DEFAULT_MIN_CELL,
        top3={year: top3(by_year[year], codebook) for year in years},
    )
    if min_cell is not None:
        never = [
            k
            for y in years
            for k in ((str(y), "totals", "cases"), (str(y), "totals", "conversations"))
        ]
        report.protection = protect(cells, equations, min_cell=min_cell, never_hide=never)
    return report
