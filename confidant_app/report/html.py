"""The yearly report as HTML for print: what ``QTextDocument`` lays out onto A4 pages for the
coordinator's PDF and printer (``ui/report_print.py``). No Qt here.

The first page reads like the annual report's paragraph on confidants: the opening sentence
(``render._paragraph``), the top 3 of each group, the totals year beside year and the chart of
cases per year. The tables follow, each figure through ``YearlyReport.shown``, so print carries
the same protection as the workbook, the text and the screen. The HTML keeps to what
``QTextDocument`` understands (tables for layout, sizes in pt, charts as ``data:`` PNGs, as the
referral sheets do).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from html import escape

from confidant_app.aggregate.roster import RosterStatus
from confidant_app.domain.labels import Language
from confidant_app.report.labels import TABLE_TITLES, TOTAL_LABELS, code_label, pick
from confidant_app.report.render import CONTENT_TABLES, _paragraph, _rule
from confidant_app.report.yearly import YearlyReport

INK, MUTED, RULE, SHADE, ALARM = "#1b1b1b", "#505050", "#7f7f7f", "#e6e6e6", "#9c0006"
FONTS = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"
# The order of the tables in print: categories first, as the annual report does.
PRINT_TABLES = ("primary_category", "rijk", "group", "category", "gender_by_group", "unit", "role",
                "gender", "position", "quarter", "channel", "referral", "outcome")
CHART_CATEGORIES, CHART_YEARS = "categories", "years"


def fmt(value: int | str, lang: Language = "nl") -> str:
    """A count with a dot between thousands in Dutch, a comma in English; ``<5`` and ``x`` as
    they are."""
    if isinstance(value, str):
        return value
    return f"{value:,}".replace(",", ".") if lang == "nl" else f"{value:,}"


def _t(lang: Language, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int,
           widths: Sequence[str] = (), title: str = "", space: str = "") -> str:
    """A ruled table; cells from column ``numeric_from`` on are right-aligned figures;
    ``widths``: of the columns, as HTML widths ("8%"; "" for the rest of the line). ``title``
    goes into the table's head, so it never stays behind alone at the foot of a page and it
    comes again above the rest of a table that runs on; ``space``: CSS before the table."""
    def cell(tag: str, n: int, text: str) -> str:
        align = ' align="right"' if n >= numeric_from else ' align="left"' if tag == "th" else ""
        shade = f' bgcolor="{SHADE}"' if tag == "th" else ""
        width = f' width="{widths[n]}"' if tag == "th" and n < len(widths) and widths[n] else ""
        return f"<{tag}{align}{shade}{width}>{escape(text)}</{tag}>"

    head = "".join(cell("th", n, h) for n, h in enumerate(header))
    body = "".join("<tr>" + "".join(cell("td", n, c) for n, c in enumerate(row)) + "</tr>"
                   for row in rows)
    caption = (f'<tr><th colspan="{len(header)}" align="left" style="font-size: 13pt; '
               f'border: none; padding-top: 12px;">{escape(title)}</th></tr>' if title else "")
    return (f'<table width="100%" cellspacing="0" cellpadding="3" border="1" '
            f'style="border-collapse: collapse; border-color: {RULE}; {space}">'
            f"<thead>{caption}<tr>{head}</tr></thead>{body}</table>")


def _image(png: bytes, width: int, *, page_break: bool = False) -> str:
    data = base64.b64encode(png).decode("ascii")
    style = ' style="page-break-before: always;"' if page_break else ""
    return (f'<p align="center"{style}><img src="data:image/png;base64,{data}" '
            f'width="{width}"></p>')


def _top3_lines(report: YearlyReport, lang: Language) -> str:
    """Per group with a choice of codes: "Top 3 unwanted behaviour: 1. ..., 2. ..., 3. ..."."""
    cb = report.codebook
    lines = []
    for group in cb.taxonomy.groups:
        ranked = [cb.category_label(c, lang) for c in report.top3[report.year][group.code]]
        if len(group.codes) > 1 and ranked:
            listed = ", ".join(f"{n}. {label}" for n, label in enumerate(ranked, 1))
            lines.append(f"<li><b>Top 3 {escape(group.label.get(lang).lower())}</b>: "
                         f"{escape(listed)}</li>")
    return "<ul>" + "".join(lines) + "</ul>" if lines else ""


def _top3_years(report: YearlyReport, lang: Language) -> str:
    """The same lists year beside year: a heading row a group, a row a rank."""
    cb, years = report.codebook, report.years
    parts = [f'<table width="100%" cellspacing="0" cellpadding="3" border="1" '
             f'style="border-collapse: collapse; border-color: {RULE};"><thead><tr>'
             f'<th bgcolor="{SHADE}" width="4%"></th>'
             + "".join(f'<th bgcolor="{SHADE}">{y}</th>' for y in years) + "</tr></thead>"]
    for group in cb.taxonomy.groups:
        if len(group.codes) < 2:
            continue
        parts.append(f'<tr><td colspan="{len(years) + 1}"><b>'
                     f"{escape(group.label.get(lang))}</b></td></tr>")
        for rank in range(3):
            cells = []
            for y in years:
                codes = report.top3[y][group.code]
                cells.append(escape(cb.category_label(codes[rank], lang))
                             if rank < len(codes) else "")
            parts.append(f"<tr><td>{rank + 1}.</td>" + "".join(f"<td>{c}</td>" for c in cells)
                         + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def totals_rows(report: YearlyReport, lang: Language) -> list[list[str]]:
    """Cases, conversations, hours, open at year end and sources, year beside year (the open
    cases go through the protection; the rest are always published)."""
    rows = []
    for key in ("cases", "conversations", "hours", "open_at_year_end"):
        values = [fmt(report.total(y, "minutes") // 60, lang) if key == "hours"
                  else fmt(report.shown(y, "totals", key), lang) for y in report.years]
        rows.append([pick(TOTAL_LABELS[key], lang), *values])
    rows.append([_t(lang, "Bronnen (aangeleverde exports)", "Sources (exports delivered)"),
                 *(fmt(len(report.aggregates[y].sources), lang) for y in report.years)])
    return rows


def top3_rows(report: YearlyReport, lang: Language) -> list[list[str]]:
    """Group, rank and the category of that rank in each year (groups with a choice of codes)."""
    cb = report.codebook
    rows = []
    for group in cb.taxonomy.groups:
        if len(group.codes) < 2:
            continue
        for rank in range(3):
            row = [group.label.get(lang) if rank == 0 else "", f"{rank + 1}."]
            for y in report.years:
                codes = report.top3[y][group.code]
                row.append(cb.category_label(codes[rank], lang) if rank < len(codes) else "")
            rows.append(row)
    return rows


def _totals(report: YearlyReport, lang: Language) -> str:
    return _table([_t(lang, "Totalen", "Totals"), *map(str, report.years)],
                  totals_rows(report, lang), numeric_from=1)


def _row_label(report: YearlyReport, table: str, code: str, lang: Language) -> str:
    if table == "gender_by_group":
        gender, group = code.split("/")
        return (f"{code_label(report.codebook, 'gender', gender, lang)} · "
                f"{code_label(report.codebook, 'group', group, lang)}")
    return code_label(report.codebook, table, code, lang)


def table_rows(report: YearlyReport, table: str, lang: Language, *,
               skip_zero: bool = True) -> list[list[str]]:
    """Code, label and the shown value of every year; rows that are 0 in every year left out
    (a true zero is no secret, and print has no room for twenty empty lines)."""
    codes = next(t.codes for t in report.tables if t.name == table)
    rows = []
    for code in codes:
        values = [report.shown(y, table, code) for y in report.years]
        if skip_zero and all(v == 0 for v in values):
            continue
        rows.append([code, _row_label(report, table, code, lang),
                     *(fmt(v, lang) for v in values)])
    return rows


def report_html(report: YearlyReport, lang: Language, *, unit: str = "",
                roster: RosterStatus | None = None, charts: Mapping[str, bytes] | None = None,
                ) -> str:
    """The whole printed report. ``charts``: PNGs keyed ``CHART_YEARS``/``CHART_CATEGORIES``."""
    charts = charts or {}
    year = report.year
    title = _t(lang, f"Vertrouwenspersonen: jaaroverzicht {year}",
               f"Confidants: yearly report {year}")
    scope = [unit] if unit else []
    scope.append(_t(lang, f"{len(report.aggregates[year].sources)} bronnen",
                    f"{len(report.aggregates[year].sources)} sources"))
    scope.append(_t(lang, "gepubliceerde weergave: kleine aantallen verborgen",
                    "published view: small counts hidden") if report.published else
                 _t(lang, "exacte werkweergave", "exact working view"))
    parts = [f'<html><body style="font-family: {FONTS}; font-size: 10pt; color: {INK};">']
    if not report.published:
        parts.append(f'<p style="font-size: 16pt; font-weight: bold; color: {ALARM};">'
                     f"{escape(_t(lang, 'NIET VOOR PUBLICATIE', 'NOT FOR PUBLICATION'))}</p>")
    parts += [
        f'<h1 style="font-size: 20pt;">{escape(title)}</h1>',
        f'<p style="color: {MUTED};">{escape(" · ".join(scope))}</p>',
        f'<p style="font-size: 12pt;">{escape(_paragraph(report, lang))}</p>',
        _top3_lines(report, lang),
        f'<h2 style="font-size: 13pt;">{escape(_t(lang, "Totalen", "Totals"))}</h2>',
        _totals(report, lang),
    ]
    if CHART_YEARS in charts:
        parts.append(_image(charts[CHART_YEARS], 400))
    if CHART_CATEGORIES in charts:  # a page of its own: it grows with the categories
        parts.append(_image(charts[CHART_CATEGORIES], 680, page_break=True))
        if report.published:
            parts.append(f'<p style="color: {MUTED};">' + escape(_t(
                lang, f"Aantallen onder {report.min_cell} en verborgen cellen (x) staan niet als "
                "staaf in de grafiek; de tabellen geven ze weer.",
                f"Counts under {report.min_cell} and hidden cells (x) are not drawn as bars; "
                "the tables show them.")) + "</p>")
    if len(report.years) > 1:
        parts.append(f'<h2 style="font-size: 13pt; page-break-before: always;">'
                     f'{escape(_t(lang, "Top 3 per jaar", "Top 3 by year"))}</h2>')
        parts.append(_top3_years(report, lang))
    first = len(report.years) == 1  # else the tables follow the top 3 on its page
    for name in PRINT_TABLES:
        if name not in CONTENT_TABLES and name != "gender_by_group":
            continue
        rows = table_rows(report, name, lang)
        brk = " page-break-before: always;" if first else ""
        first = False
        title = pick(TABLE_TITLES[name], lang)
        if not rows:
            parts.append(f'<h2 style="font-size: 13pt;{brk}">{escape(title)}</h2><p>'
                         f"{escape(_t(lang, 'Geen casussen.', 'No cases.'))}</p>")
            continue
        parts.append(_table(["Code", _t(lang, "Omschrijving", "Description"),
                             *map(str, report.years)], rows, numeric_from=2,
                            widths=("10%", "", *["9%"] * len(report.years)),
                            title=title, space=brk))
    parts.append(f'<p style="color: {MUTED};">{escape(_rule(report, lang))}</p>')
    if roster is not None:
        parts.append(roster_html(roster, lang, page_break=True))
    parts.append("</body></html>")
    return "".join(parts)


def roster_html(roster: RosterStatus, lang: Language, *, title: str = "",
                page_break: bool = False) -> str:
    """Who delivered and who is missing: the list a coordinator prints to chase the rest."""
    brk = " page-break-before: always;" if page_break else ""
    heading = title or _t(lang, "Aanlevering", "Delivery")
    summary = _t(lang, f"{len(roster.delivered)} van {len(roster.expected)} aangeleverd",
                 f"{len(roster.delivered)} of {len(roster.expected)} delivered")
    parts = [f'<h2 style="font-size: 13pt;{brk}">{escape(heading)}</h2>',
             f'<p style="font-size: 12pt;"><b>{escape(summary)}</b></p>']
    for caption, entries in (
        (_t(lang, f"Ontbreekt ({len(roster.missing)})", f"Missing ({len(roster.missing)})"),
         roster.missing),
        (_t(lang, f"Aangeleverd ({len(roster.delivered)})",
            f"Delivered ({len(roster.delivered)})"), roster.delivered),
    ):
        parts.append(f"<h3>{escape(caption)}</h3>")
        parts.append(_table(["", _t(lang, "Bron", "Source")],
                            [[str(n), e] for n, e in enumerate(entries, 1)], numeric_from=99,
                            widths=("6%",))
                     if entries else "<p>—</p>")
    if roster.unexpected:
        parts.append(f"<h3>{escape(_t(lang, 'Niet op de lijst', 'Not on the roster'))} "
                     f"({len(roster.unexpected)})</h3>")
        parts.append(_table(
            [_t(lang, "Label", "Label"), _t(lang, "Onderdeel", "Unit"), "Bron-id"],
            [[s.label or "—", s.unit or "—", s.source_id[:8]] for s in roster.unexpected],
            numeric_from=99))
    return "".join(parts)


def roster_document(roster: RosterStatus, lang: Language, *, unit: str = "",
                    year: int | None = None) -> str:
    """The roster list alone, as its own printed page(s)."""
    title = _t(lang, "Aanlevering exports", "Delivery of exports")
    if year is not None:
        title += f" {year}"
    if unit:
        title += f" · {unit}"
    return (f'<html><body style="font-family: {FONTS}; font-size: 10pt; color: {INK};">'
            f"{roster_html(roster, lang, title=title)}</body></html>")
