"""Workbooks (XLSX): a confidant's export laid out for a person, and the coordinator's yearly report
laid out to be pasted into the annual report.

Two rules hold for every cell written here:

- Figures come from one place. The export shows its aggregate's counts exactly (they travel inside
  the confidential chain); every figure of the report goes through ``YearlyReport.shown``, so the
  workbook carries the same protection as the text and JSON forms (``<5``, ``x``). Nothing is
  derived here: a sum row of a table could undo the suppression.
- Text is text. ``safe_text`` prefixes an apostrophe to a string that begins with = + - @ (or a
  tab or carriage return) so no spreadsheet reads it as a formula, and drops characters XML cannot
  carry; labels chosen by confidants reach the sources sheet (shared/design/security.md).

openpyxl is imported inside the functions (it costs ~100 ms and most runs write no workbook).
Files are written atomically, so a failed write leaves the previous workbook or none. Note that
openpyxl's ``save`` spools each sheet's XML through a temporary file in the system temp folder and
deletes it; those hold exactly what the workbook holds (counts and labels, never case data).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from confidant_app.aggregate.model import QUARTERS, TABLE_FIELDS, Aggregate
from confidant_app.aggregate.roster import RosterStatus
from confidant_app.domain.codebook import FIELD_NAMES, Codebook
from confidant_app.report.labels import TABLE_TITLES, TOTAL_LABELS
from confidant_app.report.render import CONTENT_TABLES, _paragraph, _rule
from confidant_app.report.sheets import (
    BANNER,
    BOLD,
    CHARTS,
    NOT_FOR_PUBLICATION,
    NOTE,
    OVERVIEW,
    SHEET_NAMES,
    SOURCES,
    SUBTITLE,
    SUMMARY,
    TITLE,
    WRAP,
    Writer,
    code_table,
    groups_sheet,
    label_width,
    lines_needed,
    lookup,
    new_sheet,
    new_workbook,
    safe_text,
    save,
    sources_table,
)
from confidant_app.report.yearly import YearlyReport

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


__all__ = ["SHEET_NAMES", "safe_text", "write_export_workbook", "write_report_workbook"]

TOP3_WIDTH = 30  # the summary's year columns hold the top 3 labels, wrapped


NOTE_WIDTH = 100


BAR_GREY, LINE_GREY = "595959", "404040"  # one dark grey series: reads the same printed in grey


FOOTNOTE = (
    "<{k}: 1 tot en met {k1}. x: verborgen om een ander aantal te beschermen. "
    "Zie het blad Toelichting."
)


def _export_codes(aggregate: Aggregate, codebook: Codebook, name: str) -> list[str]:
    """Every code the table could hold, in the codebook's order, so a reader sees the zeros."""
    field = TABLE_FIELDS[name]
    if field == "category":
        codes = list(codebook.taxonomy.categories)
    elif field == "quarter":
        codes = list(QUARTERS)
    else:
        codes = codebook.codes(field) if field in FIELD_NAMES else []
    return codes + sorted(set(aggregate.counts.table(name)) - set(codes))


def write_export_workbook(path: Path, aggregate: Aggregate, codebook: Codebook) -> None:
    """The figures of an export, exactly, for a person: an overview (year, sources, totals) and a
    sheet a table with Dutch labels, every code listed (zeros included)."""
    wb = new_workbook()
    w = new_sheet(wb, OVERVIEW, banner=False)
    row = w.heading(
        f"Export vertrouwenspersoon {aggregate.year}",
        "Exacte aantallen, vertrouwelijk: alleen voor de coördinator; niet publiceren.",
        banner=False,
    )
    for label, value in (("Jaar", str(aggregate.year)), ("Taxonomie", aggregate.taxonomy)):
        w.text(row, 1, label, BOLD)
        w.text(row, 2, value)
        row += 1
    row = sources_table(w, row + 1, aggregate.sources)
    w.header(row + 1, ["Totalen", "Aantal"], right_from=2)
    row += 2
    totals = aggregate.totals
    for key, n in (
        ("cases", totals.cases),
        ("conversations", totals.conversations),
        ("minutes", totals.minutes),
        ("hours", totals.minutes // 60),
        ("open_at_year_end", totals.open_at_year_end),
    ):
        w.text(row, 1, TOTAL_LABELS[key][0])
        w.count(row, 2, n)
        row += 1
    w.widths([34, 30])
    for name in TABLE_FIELDS:
        t = new_sheet(wb, SHEET_NAMES[name], banner=False)
        start = t.heading(TABLE_TITLES[name][0], TABLE_TITLES[name][1], banner=False)
        code_table(
            t,
            start,
            name,
            _export_codes(aggregate, codebook, name),
            codebook,
            ["Aantal"],
            lookup(aggregate.counts.table(name)),
        )
    t = new_sheet(wb, SHEET_NAMES["gender_by_group"], banner=False)
    start = t.heading(TABLE_TITLES["gender_by_group"][0], TABLE_TITLES["gender_by_group"][1], False)
    by_group = aggregate.counts.gender_by_group
    groups_sheet(
        t,
        start,
        codebook,
        codebook.codes("gender"),
        ["Aantal"],
        lambda g, group, _y: by_group.get(g, {}).get(group, 0),
    )
    save(wb, path)


def write_report_workbook(
    path: Path, report: YearlyReport, roster: RosterStatus | None = None
) -> None:
    """The yearly report, to be pasted into the annual report: a summary, charts, a sheet a table
    (this year first, then the years beside it), the sources, and a note on the suppression rule
    (or, for the exact view, NIET VOOR PUBLICATIE on every sheet)."""
    wb = new_workbook()
    exact = not report.published
    years = [str(y) for y in report.years]
    summary = new_sheet(wb, SUMMARY, exact)
    cases_row = _summary(summary, report, years)
    charts = new_sheet(wb, CHARTS, exact)
    first_rows: dict[str, int] = {}
    for table in report.tables:
        if table.name not in CONTENT_TABLES and table.name != "gender_by_group":
            continue
        w = new_sheet(wb, SHEET_NAMES[table.name], exact)
        row = w.heading(TABLE_TITLES[table.name][0], TABLE_TITLES[table.name][1], exact)
        first_rows[table.name] = row + 1
        if table.name == "gender_by_group":
            end = groups_sheet(
                w, row, report.codebook, report.codebook.codes("gender"), years, _shown_grid(report)
            )
        else:
            end = code_table(
                w, row, table.name, table.codes, report.codebook, years, _shown(report, table.name)
            )
        if not exact:
            w.text(end + 1, 1, FOOTNOTE.format(k=report.min_cell, k1=report.min_cell - 1), SUBTITLE)
    _charts(
        charts,
        report,
        wb[SHEET_NAMES["primary_category"]],
        first_rows["primary_category"],
        summary.ws,
        cases_row,
    )
    _sources_sheet(new_sheet(wb, SOURCES, exact), report, roster)
    _note_sheet(new_sheet(wb, NOTE, exact), report)
    save(wb, path)


def _shown(report: YearlyReport, table: str) -> Callable[[str, int], int | str]:
    """The published value of ``table``'s code in the n-th year column."""
    return lambda code, n: report.shown(report.years[n], table, code)


def _shown_grid(report: YearlyReport) -> Callable[[str, str, int], int | str]:
    return lambda gender, group, n: report.shown(
        report.years[n], "gender_by_group", f"{gender}/{group}"
    )


def _summary(w: Writer, report: YearlyReport, years: list[str]) -> int:
    """Opening sentence, totals and top 3, year beside year; returns the row of the cases."""
    exact = not report.published
    row = w.heading(
        f"Vertrouwenspersonen: jaaroverzicht {report.year}",
        f"Confidants: yearly report {report.year}",
        exact,
    )
    widths = [34, *([TOP3_WIDTH] * len(years))]
    w.widths(widths)
    row = w.paragraph(row, _paragraph(report, "nl"), sum(widths)) + 1
    w.header(row, ["Totalen", *years], right_from=2)
    cases_row = row + 1
    for key in ("cases", "conversations", "hours", "open_at_year_end"):
        row += 1
        w.text(row, 1, TOTAL_LABELS[key][0])
        for col, year in enumerate(report.years, start=2):
            w.count(
                row,
                col,
                report.total(year, "minutes") // 60
                if key == "hours"
                else report.shown(year, "totals", key),
            )
    row += 1
    w.text(row, 1, "Bronnen (aangeleverde exports)")
    for col, year in enumerate(report.years, start=2):
        w.count(row, col, len(report.aggregates[year].sources))
    # Top 3 of the groups with a choice of codes (a one-code group's top 3 is itself).
    for group in report.codebook.taxonomy.groups:
        if len(group.codes) < 2:
            continue
        row += 2
        w.header(row, [f"Top 3 {group.label.get('nl').lower()}", *years], right_from=99)
        for rank in range(3):
            row += 1
            w.text(row, 1, f"{rank + 1}.", WRAP)  # top-aligned, as the labels
            lines = 1
            for col, year in enumerate(report.years, start=2):
                ranked = report.top3[year][group.code]
                if rank < len(ranked):
                    label = report.codebook.category_label(ranked[rank], "nl")
                    w.text(row, col, label, WRAP)
                    lines = max(lines, lines_needed(label, TOP3_WIDTH))
            w.ws.row_dimensions[row].height = 15 * lines
    w.paragraph(row + 2, _rule(report, "nl"), sum(widths))
    return cases_row


def _charts(
    w: Writer,
    report: YearlyReport,
    categories: Worksheet,
    first: int,
    summary: Worksheet,
    cases_row: int,
) -> None:
    """Two bar charts: cases by primary category in this year, and cases per year. One series
    each, dark grey with its values printed on the bars, so nothing depends on colour."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.worksheet.pagebreak import Break

    exact = not report.published
    row = w.heading(
        "Grafieken",
        "Kleine aantallen (<5) en verborgen cellen (x) staan niet als "
        "staaf in de grafiek; de tabellen geven ze weer."
        if not exact
        else "Exacte aantallen.",
        exact,
    )
    codes = len(next(t for t in report.tables if t.name == "primary_category").codes)

    def style(chart: Any, title: str) -> None:
        chart.title = title
        chart.legend = None
        chart.gapWidth = 50
        # The value alone: LibreOffice adds the series and category names unless told not to.
        chart.dataLabels = DataLabelList(
            showVal=True,
            showSerName=False,
            showCatName=False,
            showLegendKey=False,
            showPercent=False,
        )
        series = chart.series[0]
        series.graphicalProperties.solidFill = BAR_GREY
        series.graphicalProperties.line.solidFill = LINE_GREY
        chart.x_axis.delete = False  # openpyxl 3.1 hides both axes unless told
        chart.y_axis.delete = False
        chart.y_axis.majorGridlines.spPr = None

    bars = BarChart()
    bars.type = "bar"  # horizontal: the long Dutch labels stay readable
    bars.add_data(
        Reference(categories, min_col=3, min_row=first - 1, max_row=first + codes - 1),
        titles_from_data=True,
    )
    bars.set_categories(Reference(categories, min_col=2, min_row=first, max_row=first + codes - 1))
    style(bars, f"Casussen naar hoofdcategorie, {report.year}")
    bars.x_axis.scaling.orientation = "maxMin"  # first category on top, as in the table
    bars.y_axis.crosses = "max"  # ... and the value axis back at the bottom
    bars.width, bars.height = 26, 13
    w.ws.add_chart(bars, f"A{row}")

    span = len(report.years)
    years = BarChart()
    years.type = "col"
    years.add_data(
        Reference(summary, min_col=1, max_col=1 + span, min_row=cases_row),
        from_rows=True,
        titles_from_data=True,
    )
    years.set_categories(Reference(summary, min_col=2, max_col=1 + span, min_row=cases_row - 1))
    style(years, "Casussen per jaar")
    years.x_axis.scaling.orientation = "maxMin"  # the table runs 2025 2024 2023; time runs on
    years.y_axis.crosses = "max"
    years.y_axis.scaling.min = 0
    years.width, years.height = 6 + 3 * span, 9
    below = row + 27  # the category chart is 13 cm, about 26 rows of 15 pt
    w.ws.row_breaks.append(Break(id=below))  # each chart prints on a page of its own
    w.ws.add_chart(years, f"A{below + 2}")


def _sources_sheet(w: Writer, report: YearlyReport, roster: RosterStatus | None) -> None:
    from openpyxl.worksheet.pagebreak import Break

    top = row = w.heading(
        "Bronnen", "Sources: unit, label and revision of each export counted", not report.published
    )
    if roster is not None:
        delivered, expected = len(roster.delivered), len(roster.expected)
        w.text(row, 1, f"{delivered} van {expected} aangeleverd ({roster.summary})", BOLD)
        row += 2
        for title, entries in (
            (f"Ontbreekt ({len(roster.missing)})", roster.missing),
            (f"Aangeleverd ({delivered})", roster.delivered),
        ):
            w.header(row, [title], right_from=99)
            for n, entry in enumerate(entries, start=row + 1):
                w.text(n, 1, entry)
            row += len(entries) + 2
        if roster.unexpected:
            w.text(row, 1, f"Niet op de lijst ({len(roster.unexpected)})", BOLD)
            row = sources_table(w, row + 1, roster.unexpected) + 1
    for year in report.years:
        if row > top:  # each year's list starts a printed page, its header with it
            w.ws.row_breaks.append(Break(id=row - 1))
        sources = report.aggregates[year].sources
        w.text(row, 1, f"{year}: {len(sources)} bronnen", BOLD)
        row = sources_table(w, row + 1, sources) + 1
    labels = [s.label for y in report.years for s in report.aggregates[y].sources]
    first = label_width(roster.expected, least=12, most=40) if roster else 12
    w.widths([first, label_width(labels, least=20, most=84)])


def _note_sheet(w: Writer, report: YearlyReport) -> None:
    k = report.min_cell
    if not report.published:
        w.text(1, 1, NOT_FOR_PUBLICATION, BANNER)
        w.ws.row_dimensions[1].height = 24
        texts = [
            (
                "Exacte werkweergave",
                "Alle aantallen zijn exact, ook de kleine. Niet "
                "publiceren en niet doorsturen; maak voor publicatie het rapport met "
                "onthullingscontrole.",
            ),
            (
                "Exact working view",
                "Every count is exact, small ones included. Do not "
                "publish or pass on; for publication, make the report with disclosure "
                "control.",
            ),
        ]
    else:
        w.text(1, 1, "Toelichting: bescherming van kleine aantallen", TITLE)
        texts = [
            (
                f"Regel (drempel K = {k})",
                _rule(report, "nl") + " Een 0 is een echte nul. "
                "Totalen van casussen en gesprekken worden altijd getoond. Neem de tabellen "
                "over zoals ze zijn: tel geen verborgen cellen bij elkaar op en vul ze niet in.",
            ),
            (
                f"Rule (threshold K = {k})",
                _rule(report, "en") + " A 0 is a true zero. "
                "Totals of cases and conversations are always shown. Copy the tables as they "
                "are: do not add up or fill in hidden cells.",
            ),
        ]
    row = 3
    for title, text in texts:  # one wrapped cell each, so the rule copies as one piece
        w.text(row, 1, title, BOLD)
        w.text(row + 1, 1, text, WRAP)
        w.ws.row_dimensions[row + 1].height = 15 * lines_needed(text, NOTE_WIDTH) + 3
        row += 3
    w.widths([NOTE_WIDTH])
