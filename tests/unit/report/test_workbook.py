"""The workbooks, built through the real path (vault -> build -> combine -> yearly) and read back.

The export shows its aggregate exactly; every cell of the report equals what ``report_json``
publishes (so "<5" and "x" land in the same cells); no string becomes a formula; both charts are
there; and no case text (notes, alias, case number) nor a source's id reaches the XLSX bytes.
"""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from confidant_app.aggregate.build import build
from confidant_app.aggregate.merge import combine
from confidant_app.aggregate.model import TABLE_FIELDS, Aggregate
from confidant_app.aggregate.roster import check_roster
from confidant_app.domain.case import Case, make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.report import workbook
from confidant_app.report.labels import TABLE_TITLES
from confidant_app.report.render import _paragraph, _rule, report_json
from confidant_app.report.workbook import (
    SHEET_NAMES,
    safe_text,
    write_export_workbook,
    write_report_workbook,
)
from confidant_app.report.yearly import YearlyReport, yearly
from confidant_app.vault import CaseStore, Vault

PASSPHRASE = "kiwi-tractor-lantern-42"
EVIL_LABEL = '=HYPERLINK("http://example.invalid/x","klik")'
YEARS = (2025, 2024)
EXPORTED_AT = "2026-01-02T03:04:05Z"  # not a time a workbook's own timestamps could carry


@dataclass
class World:
    exports: dict[str, Aggregate]  # 2025 export of each vault, by label
    merged: dict[int, Aggregate]  # both vaults combined, by year
    canaries: list[str]  # every alias, note and case number put into the vaults
    source_ids: list[str]


def _cases(codebook: Codebook, seed: int, per_year: int, tag: str) -> tuple[list[Case], list[str]]:
    """Small, varied cases (so the report has small cells to hide), each with an alias, a note and
    a case number that must never leave the vault."""
    rnd = random.Random(seed)
    categories = list(codebook.taxonomy.categories)
    cases, canaries = [], []
    for year in YEARS:
        for n in range(per_year if year == 2025 else per_year - 10):  # the year rose
            opened = dt.date(year, rnd.randint(1, 11), rnd.randint(1, 28))
            alias = f"kanariealias{tag}{year}{n}"
            note = f"kanarienotitie{tag}{year}{n} zeer vertrouwelijk"
            number = f"KAN{tag}-{year}-{n:03d}"
            canaries += [alias, note, number]
            cases.append(make_case({
                "case_number": number, "opened": opened, "alias": alias, "notes": note,
                "closed": opened + dt.timedelta(days=20) if rnd.random() < 0.6 else None,
                "unit": rnd.choice(codebook.codes("unit")),
                "role": rnd.choice(codebook.codes("role")),
                "gender": rnd.choice(codebook.codes("gender")),
                "position": rnd.choice(codebook.codes("position")),
                "categories": rnd.sample(categories, rnd.choice((1, 1, 2))),
                "referrals": rnd.sample(codebook.codes("referral"), rnd.randint(0, 2)),
                "outcomes": rnd.sample(codebook.codes("outcome"), rnd.randint(0, 1)),
                "conversations": [{"date": opened, "channel": rnd.choice(codebook.codes("channel")),
                                   "minutes": 45}],
            }, codebook))
    return cases, canaries


@pytest.fixture
def world(tmp_path: Path, store: CaseStore, codebook: Codebook) -> World:
    """Two confidants: the conftest vault (CLAS, "test vault") and one whose chosen label looks
    like a formula; exports of 2025 and 2024, combined per year as a coordinator would."""
    cases, canaries = _cases(codebook, seed=1, per_year=40, tag="a")
    store.add_many(cases)
    other = Vault.create(tmp_path / "b" / "vault.db", PASSPHRASE, unit="KMAR", label=EVIL_LABEL)
    try:
        more, more_canaries = _cases(codebook, seed=2, per_year=25, tag="b")
        CaseStore(other, codebook).add_many(more)
        by_vault = {v.label: {y: build(v, codebook, y, exported_at=EXPORTED_AT).aggregate
                              for y in YEARS}
                    for v in (store.vault, other)}
        ids = [store.vault.source_id, other.source_id]
    finally:
        other.close()
    merged = {y: combine([a[y] for a in by_vault.values()], codebook) for y in YEARS}
    return World({k: a[2025] for k, a in by_vault.items()}, merged, canaries + more_canaries, ids)


def _report(world: World, codebook: Codebook, min_cell: int | None = 5) -> YearlyReport:
    return yearly(world.merged[2025], codebook, compare=[world.merged[2024]], min_cell=min_cell)


def _rows(ws: Any) -> dict[str, list[Any]]:
    """A table sheet as {code: [the cells right of the label]}: from the row under the header
    whose first cell is "Code" down to the first empty code."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "Code") + 1
    out: dict[str, list[Any]] = {}
    for r in rows[start:]:
        if r[0] is None:
            break
        out[r[0]] = list(r[2:])
    return out


def _strings(wb: Any) -> list[str]:
    return [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row
            if isinstance(c, str)]


def _xlsx_bytes(path: Path, prefix: str = "") -> bytes:
    """Every member of the workbook (under ``prefix``), decompressed, end to end."""
    with zipfile.ZipFile(path) as z:
        return b"".join(z.read(name) for name in z.namelist() if name.startswith(prefix))


# -- safe_text ------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    (EVIL_LABEL, "'" + EVIL_LABEL),
    ("+31 6 1234", "'+31 6 1234"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("\x01=1+1", "'=1+1"),  # the illegal character goes first, then the formula is caught
    ("a\x00b\x1fc", "abc"),
    ("-", "-"),
    ("VP Noord", "VP Noord"),
    ("", ""),
    ("x", "x"),
    ("<5", "<5"),
])
def test_safe_text(value: str, expected: str) -> None:
    assert safe_text(value) == expected


# -- the confidant's export ------------------------------------------------------------------


def test_export_workbook_shows_every_figure_exactly(world: World, codebook: Codebook,
                                                    tmp_path: Path) -> None:
    aggregate = world.exports["test vault"]
    path = tmp_path / "export.xlsx"
    write_export_workbook(path, aggregate, codebook)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Overzicht", *(SHEET_NAMES[n] for n in TABLE_FIELDS),
                             SHEET_NAMES["gender_by_group"]]
    for name in TABLE_FIELDS:
        ws = wb[SHEET_NAMES[name]]
        assert ws["A1"].value == TABLE_TITLES[name][0]
        rows = _rows(ws)
        table = aggregate.counts.table(name)
        assert set(table) <= set(rows)
        assert {code: values[0] for code, values in rows.items()} == {
            code: table.get(code, 0) for code in rows}
    cats = {r[0]: r[1] for r in wb["Categorieën"].iter_rows(values_only=True)}
    assert cats["OG.INT"] == "Intimidatie" and cats["WB.THU"] == "Zorgen thuisfront"
    grid = wb["Gender per groep"]
    head = next(r for r in grid.iter_rows(values_only=True) if r[0] == "Code")
    assert head[2:] == ("Vrouw", "Man", "Anders", "Niet vastgelegd")
    genders = codebook.codes("gender")
    for group, values in _rows(grid).items():
        assert values == [aggregate.counts.gender_by_group.get(g, {}).get(group, 0)
                          for g in genders]
    overview = {r[0]: r[1:] for r in wb["Overzicht"].iter_rows(values_only=True) if r[0]}
    assert overview["Jaar"][0] == "2025"
    assert overview["CLAS"][:2] == ("test vault", aggregate.sources[0].revision)
    assert overview["Casussen"][0] == aggregate.totals.cases == 40
    assert overview["Gesprekken"][0] == aggregate.totals.conversations
    assert overview["Minuten"][0] == aggregate.totals.minutes


def test_export_of_a_formula_label_writes_text(world: World, codebook: Codebook,
                                               tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_export_workbook(path, world.exports[EVIL_LABEL], codebook)
    wb = openpyxl.load_workbook(path)
    cell = next(c for row in wb["Overzicht"].iter_rows() for c in row if c.value == "KMAR")
    label = wb["Overzicht"].cell(row=cell.row, column=2)
    assert label.value == "'" + EVIL_LABEL and label.data_type == "s"
    assert b"<f>" not in _xlsx_bytes(path, "xl/worksheets/")


@pytest.mark.parametrize(("label", "shown"), [("#REF!", "#REF!"), ("VP\x07Noord", "VPNoord"),
                                               ("@VP", "'@VP")])
def test_export_of_an_odd_label_is_plain_text(world: World, codebook: Codebook, tmp_path: Path,
                                              label: str, shown: str) -> None:
    """An error-code look-alike stays text; a control character (which openpyxl would refuse,
    failing the whole export) is dropped."""
    aggregate = world.exports["test vault"]
    odd = aggregate.model_copy(update={"sources": [
        aggregate.sources[0].model_copy(update={"label": label})]})
    path = tmp_path / "export.xlsx"
    write_export_workbook(path, odd, codebook)
    ws = openpyxl.load_workbook(path)["Overzicht"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "CLAS")
    written = ws.cell(row=cell.row, column=2)
    assert written.value == shown and written.data_type == "s"


# -- the coordinator's report ----------------------------------------------------------------


def test_report_sheets_titles_and_year_columns(world: World, codebook: Codebook,
                                               tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    report = _report(world, codebook)
    write_report_workbook(path, report)
    wb = openpyxl.load_workbook(path)
    tables = [t.name for t in report.tables if t.name in SHEET_NAMES]
    assert wb.sheetnames == ["Samenvatting", "Grafieken", *(SHEET_NAMES[t] for t in tables),
                             "Bronnen", "Toelichting"]
    assert all(len(name) <= 31 for name in wb.sheetnames)
    for table in tables:
        ws = wb[SHEET_NAMES[table]]
        assert ws["A1"].value == TABLE_TITLES[table][0]
        if table != "gender_by_group":
            head = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Code")
            assert head == ("Code", "Omschrijving", "2025", "2024")
    rijk = {r[0]: r[1] for r in wb["Rijkscategorie"].iter_rows(values_only=True)}
    assert rijk["OOV"] == "Ongewenste omgangsvormen"
    assert rijk["-"] == "Geen integriteitskwestie (arbeidsconflict, zorgen)"  # a lone dash stays


def test_report_cells_equal_report_json_suppressed_included(world: World, codebook: Codebook,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    report = _report(world, codebook)
    write_report_workbook(path, report)
    wb = openpyxl.load_workbook(path)
    data = report_json(report)
    seen: set[Any] = set()
    for col, year_json in enumerate([data, *data["compare"]]):
        assert year_json["year"] == report.years[col]
        for table, values in year_json["tables"].items():
            rows = _rows(wb[SHEET_NAMES[table]])
            if table == "gender_by_group":
                genders = codebook.codes("gender")
                for gender, groups in values.items():
                    for group, shown in groups.items():
                        cell = rows[group][genders.index(gender) * len(report.years) + col]
                        assert cell == shown, (table, gender, group, report.years[col])
                        seen.add(shown)
                continue
            for code, shown in values.items():
                assert rows[code][col] == shown, (table, code, report.years[col])
                seen.add(shown)
    assert "<5" in seen and "x" in seen  # the data did exercise the suppression


def test_report_suppressed_cells_are_right_aligned_text_numbers_are_numbers(
        world: World, codebook: Codebook, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_report_workbook(path, _report(world, codebook))
    wb = openpyxl.load_workbook(path)
    kinds = set()
    for ws in wb.worksheets[2:-2]:
        for row in ws.iter_rows(min_col=3):
            for cell in row:
                if cell.value in ("<5", "x"):
                    assert cell.data_type == "s" and cell.alignment.horizontal == "right"
                    kinds.add("hidden")
                elif isinstance(cell.value, int):
                    assert cell.data_type == "n"
                    assert cell.number_format == ("#,##0" if cell.value >= 1000 else "General")
                    kinds.add("number")
    assert kinds == {"hidden", "number"}


def test_report_summary_reads_like_the_annual_report(world: World, codebook: Codebook,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    report = _report(world, codebook)
    write_report_workbook(path, report)
    ws = openpyxl.load_workbook(path)["Samenvatting"]
    rows = [r for r in ws.iter_rows(values_only=True)]
    text = " ".join(r[0] for r in rows if isinstance(r[0], str))  # paragraphs run over rows
    assert _paragraph(report, "nl") in text
    assert _paragraph(report, "nl").startswith("In 2025 zijn er 65 casussen")
    assert _rule(report, "nl") in text
    by_label = {r[0]: r[1:] for r in rows if r[0]}
    assert by_label["Totalen"] == ("2025", "2024")
    assert by_label["Casussen"] == (65, 45)
    assert by_label["Gesprekken"] == (report.total(2025, "conversations"),
                                      report.total(2024, "conversations"))
    assert by_label["Bronnen (aangeleverde exports)"] == (2, 2)
    top = [r for r in rows if r[0] == "Top 3 ongewenst gedrag"]
    assert top
    start = rows.index(top[0])
    for rank in range(3):
        for col, year in enumerate(report.years):
            ranked = report.top3[year]["OG"]
            expected = codebook.category_label(ranked[rank]) if rank < len(ranked) else None
            assert rows[start + 1 + rank][1 + col] == expected


def test_report_has_a_category_chart_and_a_year_chart_in_grey(world: World, codebook: Codebook,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_report_workbook(path, _report(world, codebook))
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = [z.read(n).decode() for n in charts]
    assert len(xml) == 2
    categories, years = xml
    assert '<barDir val="bar"' in categories and "'Hoofdcategorie'!$C$" in categories
    assert '<barDir val="col"' in years and "'Samenvatting'!$B$" in years
    for chart in xml:
        assert "595959" in chart  # one dark grey series, values printed on the bars
        assert '<showVal val="1"' in chart and '<showCatName val="0"' in chart
    wb = openpyxl.load_workbook(path)
    assert len(wb["Grafieken"]._charts) == 2


def test_report_sources_and_roster(world: World, codebook: Codebook, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    report = _report(world, codebook)
    roster = check_roster(["test vault", "VP Zuid"], report.aggregates[2025].sources)
    write_report_workbook(path, report, roster)
    wb = openpyxl.load_workbook(path)
    ws = wb["Bronnen"]
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    values = [c.value for c in cells]
    assert "1 van 2 aangeleverd (1 of 2 delivered)" in values
    assert values.index("Ontbreekt (1)") < values.index("VP Zuid") < values.index("Aangeleverd (1)")
    evil = [c for c in cells if isinstance(c.value, str) and EVIL_LABEL in c.value]
    assert evil and all(c.value == "'" + EVIL_LABEL and c.data_type == "s" for c in evil)
    assert "2025: 2 bronnen" in values and "2024: 2 bronnen" in values
    # Never a formula anywhere, in the cells or the XML.
    assert all(c.data_type != "f" for s in wb.worksheets for row in s.iter_rows() for c in row)
    assert b"<f>" not in _xlsx_bytes(path, "xl/worksheets/")


def test_published_report_explains_the_rule_in_dutch_then_english(
        world: World, codebook: Codebook, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    report = _report(world, codebook)
    write_report_workbook(path, report)
    wb = openpyxl.load_workbook(path)
    note = [c for row in wb["Toelichting"].iter_rows(values_only=True) for c in row if c]
    nl = next(i for i, t in enumerate(note) if t.startswith(_rule(report, "nl")))
    en = next(i for i, t in enumerate(note) if t.startswith(_rule(report, "en")))
    assert nl < en
    assert not any("NIET VOOR PUBLICATIE" in s for s in _strings(wb))


def test_exact_view_says_not_for_publication_on_every_sheet(world: World, codebook: Codebook,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "exact.xlsx"
    report = _report(world, codebook, min_cell=None)
    write_report_workbook(path, report)
    wb = openpyxl.load_workbook(path)
    assert wb["Toelichting"]["A1"].value == "NIET VOOR PUBLICATIE"
    for ws in wb.worksheets:
        on_sheet = [c for row in ws.iter_rows(max_row=3, values_only=True) for c in row if c]
        assert any(str(c).startswith("NIET VOOR PUBLICATIE") for c in on_sheet), ws.title
        assert ws.oddHeader.center.text == "NIET VOOR PUBLICATIE"
    assert "<5" not in _strings(wb) and "x" not in _strings(wb)
    rows = _rows(wb["Hoofdcategorie"])
    assert {c: v[0] for c, v in rows.items()} == {
        c: report.value(2025, "primary_category", c) for c in rows}


def test_one_year_report(world: World, codebook: Codebook, tmp_path: Path) -> None:
    path = tmp_path / "one.xlsx"
    write_report_workbook(path, yearly(world.merged[2025], codebook))
    wb = openpyxl.load_workbook(path)
    head = next(r for r in wb["Gender per groep"].iter_rows(values_only=True) if r[0] == "Code")
    assert head[2:] == ("Vrouw", "Man", "Anders", "Niet vastgelegd")
    assert len(wb["Grafieken"]._charts) == 2


# -- privacy and atomicity -------------------------------------------------------------------


def test_no_case_text_or_source_id_reaches_either_workbook(world: World, codebook: Codebook,
                                                          tmp_path: Path) -> None:
    report = _report(world, codebook)
    roster = check_roster(["test vault"], report.aggregates[2025].sources)
    paths = [tmp_path / "export.xlsx", tmp_path / "report.xlsx", tmp_path / "exact.xlsx"]
    write_export_workbook(paths[0], world.exports["test vault"], codebook)
    write_report_workbook(paths[1], report, roster)
    write_report_workbook(paths[2], _report(world, codebook, min_cell=None))
    assert len(world.canaries) == 3 * (40 + 30 + 25 + 15)
    for path in paths:
        content = _xlsx_bytes(path)
        # The search does see text: a label and a confidant's chosen source label.
        assert b"Intimidatie" in content and b"test vault" in content
        for canary in [*world.canaries, *world.source_ids, EXPORTED_AT]:
            assert canary.encode() not in content, (path.name, canary)
            assert canary.lower().encode() not in content.lower(), (path.name, canary)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
        world: World, codebook: Codebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out" / "report.xlsx"
    path.parent.mkdir()
    path.write_bytes(b"the previous report")

    def broken(self: Any, handle: Any) -> None:
        handle.write(b"half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken)
    with pytest.raises(OSError, match="disk full"):
        write_report_workbook(path, _report(world, codebook))
    assert path.read_bytes() == b"the previous report"
    assert [p.name for p in path.parent.iterdir()] == ["report.xlsx"]


def test_openpyxl_is_not_imported_with_the_module() -> None:
    import subprocess
    import sys

    code = ("import sys, confidant_app.report.workbook; "
            "print('openpyxl' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert workbook.__doc__
