"""The yearly report as JSON (the contract's keys first) and as plain text for a person.

Both forms carry the same protection: every table cell goes through ``YearlyReport.shown``.
"""

from __future__ import annotations

from typing import Any

from confidant_app.domain.labels import Language
from confidant_app.report.labels import TABLE_TITLES, TOTAL_LABELS, code_label, pick
from confidant_app.report.yearly import YearlyReport

CONTENT_TABLES = (
    "primary_category",
    "rijk",
    "group",
    "category",
    "unit",
    "role",
    "gender",
    "position",
    "quarter",
    "channel",
    "referral",
    "outcome",
)


def _year_json(report: YearlyReport, year: int) -> dict[str, Any]:
    totals = report.aggregates[year].totals
    out: dict[str, Any] = {
        "year": year,
        "cases": totals.cases,
        "top3": report.top3[year],
        "totals": {
            "cases": totals.cases,
            "conversations": totals.conversations,
            "minutes": totals.minutes,
            "hours": totals.minutes // 60,  # whole hours, as the text and the workbook show
            "open_at_year_end": report.shown(year, "totals", "open_at_year_end"),
        },
        "sources": len(report.aggregates[year].sources),
        "tables": {},
    }
    for table in report.tables:
        if table.name in CONTENT_TABLES:
            out["tables"][table.name] = {c: report.shown(year, table.name, c) for c in table.codes}
    gbg: dict[str, dict[str, int | str]] = {}
    for key in next(t for t in report.tables if t.name == "gender_by_group").codes:
        gender, group = key.split("/")
        gbg.setdefault(gender, {})[group] = report.shown(year, "gender_by_group", key)
    out["tables"]["gender_by_group"] = gbg
    return out


def report_json(report: YearlyReport) -> dict[str, Any]:
    data = _year_json(report, report.year)
    data["disclosure"] = {
        "published": report.published,
        "min_cell": report.min_cell,
        "rule": (
            f"counts 1..{report.min_cell - 1} shown as <{report.min_cell}; "
            "cells marked x hidden so that no hidden count can be worked out"
        )
        if report.published
        else "exact working view: not for publication",
    }
    data["compare"] = [_year_json(report, y) for y in report.years[1:]]
    return data


def _fmt(value: int | str, lang: Language = "nl") -> str:
    """A count as a reader of that language writes it: 1.434 in Dutch, 1,434 in English."""
    if isinstance(value, str):
        return value
    return f"{value:,}".replace(",", ".") if lang == "nl" else f"{value:,}"


def report_text(report: YearlyReport, lang: Language = "nl") -> str:
    nl = lang == "nl"
    year, years = report.year, report.years
    lines = []
    title = "Vertrouwenspersonen: jaaroverzicht" if nl else "Confidants: yearly report"
    lines += [f"{title} {year}", "=" * (len(title) + 5), ""]
    lines.append(_paragraph(report, lang))
    lines.append("")
    if not report.published:
        lines += [
            "NIET VOOR PUBLICATIE: exacte werkweergave"
            if nl
            else "NOT FOR PUBLICATION: exact working view",
            "",
        ]
    width = 52
    header = f"{'':<{width}}" + "".join(f"{y:>10}" for y in years)
    lines += [pick(("Totalen", "Totals"), lang), header]
    for key in ("cases", "conversations", "hours"):
        label = pick(TOTAL_LABELS[key], lang)
        values: list[int | str] = [
            report.total(y, "minutes") // 60 if key == "hours" else report.total(y, key)
            for y in years
        ]
        lines.append(f"  {label:<{width - 2}}" + "".join(f"{_fmt(v, lang):>10}" for v in values))
    label = pick(TOTAL_LABELS["open_at_year_end"], lang)
    lines.append(
        f"  {label:<{width - 2}}"
        + "".join(f"{_fmt(report.shown(y, 'totals', 'open_at_year_end'), lang):>10}" for y in years)
    )
    lines.append("")
    lines.append("Top 3")
    for group in report.codebook.taxonomy.groups:
        for y in years:
            ranked = [report.codebook.category_label(c, lang) for c in report.top3[y][group.code]]
            if ranked:
                listed = "; ".join(f"{i}. {label}" for i, label in enumerate(ranked, 1))
                lines.append(f"  {group.label.get(lang)} {y}: {listed}")
    for table in report.tables:
        if table.name not in CONTENT_TABLES and table.name != "gender_by_group":
            continue
        lines += ["", pick(TABLE_TITLES[table.name], lang), header]
        for code in table.codes:
            values = [report.shown(y, table.name, code) for y in years]
            if all(v == 0 for v in values):
                continue
            label = _row_label(report, table.name, code, lang)[: width - 10]
            cells = "".join(f"{_fmt(v, lang):>10}" for v in values)
            lines.append(f"  {code:<7} {label:<{width - 10}}{cells}")
    lines += [
        "",
        _rule(report, lang),
        f"{pick(('Bronnen', 'Sources'), lang)}: "
        + ", ".join(f"{y}: {len(report.aggregates[y].sources)}" for y in years),
    ]
    return "\n".join(lines) + "\n"


def _row_label(report: YearlyReport, table: str, code: str, lang: Language) -> str:
    if table == "gender_by_group":
        gender, group = code.split("/")
        return (
            f"{code_label(report.codebook, 'gender', gender, lang)} · "
            f"{code_label(report.codebook, 'group', group, lang)}"
        )
    return code_label(report.codebook, table, code, lang)


def _paragraph(report: YearlyReport, lang: Language) -> str:
    """The opening sentence, in the annual report's words."""
    year, cases = report.year, report.total(report.year, "cases")
    earlier = report.years[1:]
    if lang == "nl":
        text = (
            f"In {year} zijn er {_fmt(cases)} casussen geregistreerd door de vertrouwenspersonen."
        )
        if earlier:
            prev = report.total(earlier[0], "cases")
            trend = "een toename" if cases > prev else "een afname" if cases < prev else "gelijk"
            text += (
                f" Dit is {trend} ten opzichte van {earlier[0]} ({_fmt(prev)})."
                if trend != "gelijk"
                else f" Dit is gelijk aan {earlier[0]}."
            )
        return text
    text = f"In {year}, confidants registered {_fmt(cases, lang)} cases."
    if earlier:
        prev = report.total(earlier[0], "cases")
        trend = "an increase" if cases > prev else "a decrease" if cases < prev else "the same"
        text += (
            f" This is {trend} compared with {earlier[0]} ({_fmt(prev, lang)})."
            if trend != "the same"
            else f" This equals {earlier[0]}."
        )
    return text


def _rule(report: YearlyReport, lang: Language) -> str:
    k = report.min_cell
    if not report.published:
        return (
            "Exacte aantallen: niet publiceren."
            if lang == "nl"
            else "Exact counts: do not publish."
        )
    if lang == "nl":
        return (
            f"Aantallen van 1 tot en met {k - 1} zijn weergegeven als <{k}; met x gemarkeerde "
                "cellen zijn "
            "verborgen zodat geen verborgen aantal uit totalen, andere tabellen of andere jaren "
            "kan worden afgeleid."
        )
    return (
        f"Counts from 1 to {k - 1} are shown as <{k}; cells marked x are hidden so that no "
        "hidden count can be worked out from totals, other tables or other years."
    )
