"""The printed report's HTML: it opens with the annual report's sentence and top 3 lists, and every
figure after it is the published one."""

from __future__ import annotations

import random
import re

from support.aggregates import random_aggregate

from confidant_app.aggregate.merge import combine
from confidant_app.aggregate.roster import check_roster
from confidant_app.domain.codebook import Codebook
from confidant_app.report.html import report_html, roster_document, table_rows
from confidant_app.report.render import _paragraph
from confidant_app.report.yearly import YearlyReport, yearly


def _report(codebook: Codebook, min_cell: int | None = 5) -> YearlyReport:
    rng = random.Random(7)
    years = {y: combine([random_aggregate(rng, year=y, n_cases=rng.randint(2, 9))
                         for _ in range(6)], codebook) for y in (2025, 2024)}
    return yearly(years[2025], codebook, compare=[years[2024]], min_cell=min_cell)


def test_first_the_paragraph_and_the_top_3(codebook: Codebook) -> None:
    report = _report(codebook)
    html = report_html(report, "nl")
    paragraph = _paragraph(report, "nl")
    assert paragraph.startswith("In 2025 zijn er ") and "ten opzichte van 2024" in paragraph
    text = re.sub(r"<[^>]+>", "", html)
    assert text.index(paragraph) < text.index("Top 3 ongewenst gedrag") < text.index("Totalen")
    assert "NIET VOOR PUBLICATIE" not in html


def test_tables_carry_the_published_values(codebook: Codebook) -> None:
    report = _report(codebook)
    rows = table_rows(report, "category", "nl", skip_zero=False)
    shown = [report.shown(y, "category", code) for code in report.tables[3].codes
             for y in report.years]
    assert [v for row in rows for v in row[2:]] == [str(v) for v in shown]
    assert any(v.startswith("<") for row in rows for v in row[2:])
    exact = report_html(_report(codebook, None), "en")
    assert "NOT FOR PUBLICATION" in exact


def test_the_roster_list_says_who_is_missing(codebook: Codebook) -> None:
    report = _report(codebook)
    status = check_roster(["VP anna", "VP eva"], report.aggregates[2025].sources)
    html = roster_document(status, "nl", unit="CLAS", year=2025)
    assert "0 van 2 aangeleverd" in html and "VP eva" in html and "Ontbreekt (2)" in html
