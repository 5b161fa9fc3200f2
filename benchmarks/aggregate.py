"""Benchmark: the yearly count (export, merge, report workbook) against the same work done bare.

Run by hand, never in CI; it prints figures and ratios and asserts nothing about time::

    /tmp/venv/bin/python benchmarks/aggregate.py                  # all three parts, 7 runs each
    /tmp/venv/bin/python benchmarks/aggregate.py --cases 10000 --repeat 3   # a quick look

1. **Export**: ``aggregate.build.build(vault, codebook, year)`` on a vault of ``--cases`` demo
   cases (``confidant_app.demo``; three years, so about a third fall in the year counted), on a
   fresh connection (``Vault.open_with_key``: no key derivation, a cold page cache), against the
   very same GROUP BYs on a plaintext copy (made with ``sqlcipher_export``) through a fresh stdlib
   ``sqlite3`` connection: ``vault.stats.year_counts`` is called with a stand-in whose ``conn`` is
   the stdlib connection, so the SQL is literally the same. Ours also validates and seals the
   aggregate (pydantic, digest) and reads the release log. Goal: within 1.3x.
2. **Merge**: ``aggregate.io.read_aggregate`` of ``--files`` confidants' export files and
   ``aggregate.merge.merge`` of them, against reading the same files and ``json.loads``. Goal:
   within 2.5x. Each file is a real export of one of a dozen small vaults (about one case a
   confidant a year, as 954 cases over 900+ confidants) copied under the confidant's own source.
3. **Report workbook**: ``report.workbook.write_report_workbook`` for 7 units and 3 years,
   against a bare openpyxl write of the same cells (read back from our workbook before timing)
   and the same two bar charts, without styles, widths or print setup, saved with
   ``Workbook.save`` to a path. Goal: within 1.15x. Timed twice: as Defence's report is made
   (the 7 units' merges of ``--confidants`` exports: every confidant a source on the sources
   sheet, with a roster), and with the same figures under one source a unit (a small workbook,
   about 25 rows a sheet, where the fixed costs of styles and the atomic write weigh most).

Every figure is the median of ``--repeat`` runs. Each run times ours and its baseline back to back
(alternating which goes first) and the ratio is the median of the pair-by-pair ratios, because
these machines are noisy. The garbage collector is paused during each timed section. Vaults use
scrypt N=2^14 (creation is not timed) and live in a ``TemporaryDirectory``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from confidant_app.aggregate.build import build
from confidant_app.aggregate.io import read_aggregate, write_aggregate
from confidant_app.aggregate.merge import Input, combine, merge
from confidant_app.aggregate.model import Aggregate, make_aggregate
from confidant_app.aggregate.roster import RosterStatus, check_roster
from confidant_app.demo import demo_cases
from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.report.workbook import write_report_workbook
from confidant_app.report.yearly import YearlyReport, yearly
from confidant_app.vault import CaseStore, Vault, kdf
from confidant_app.vault.stats import year_counts

PASSPHRASE = "benchmark-kiwi-tractor-lantern-42"
FAST_KDF = kdf.KdfParams(log2n=14)
EXPORT_GOAL, MERGE_GOAL, XLSX_GOAL = 1.3, 2.5, 1.15
UNITS = ("BS", "CZSK", "CLAS", "CLSK", "KMAR", "DOSCO", "COMMIT")
CONFIDANTS = 910  # 7 units of 130: Defence has more than 900 confidants
SEED_VAULTS = 12  # distinct real vaults whose exports the confidants' exports copy


@dataclass(frozen=True)
class Row:
    what: str
    size: str
    ours_ms: float
    base_ms: float
    ratio: float
    goal: float
    baseline: str


Timed = Callable[[], float]  # does its own setup and teardown, returns the timed seconds


@contextlib.contextmanager
def stopwatch(out: list[float]) -> Iterator[None]:
    gc.collect()
    gc.disable()
    start = time.perf_counter()
    try:
        yield
    finally:
        out.append(time.perf_counter() - start)
        gc.enable()


def timed(work: Callable[[], object]) -> float:
    out: list[float] = []
    with stopwatch(out):
        work()
    return out[0]


def paired(ours: Timed, base: Timed, repeat: int) -> tuple[float, float, float]:
    """Median ours, median baseline and median of the pair-by-pair ratios, in seconds; one
    warm-up pair first (imports, OS file cache)."""
    ours()
    base()
    ours_t: list[float] = []
    base_t: list[float] = []
    for i in range(repeat):
        first, second = (ours, base) if i % 2 == 0 else (base, ours)
        a, b = first(), second()
        ours_t.append(a if first is ours else b)
        base_t.append(b if first is ours else a)
    ratios = [o / b for o, b in zip(ours_t, base_t, strict=True)]
    return statistics.median(ours_t), statistics.median(base_t), statistics.median(ratios)


def make_row(what: str, size: str, figures: tuple[float, float, float], goal: float,
             baseline: str) -> Row:
    ours, base, ratio = figures
    return Row(what, size, ours * 1e3, base * 1e3, ratio, goal, baseline)


def progress(text: str) -> None:
    print(f"  .. {text}", file=sys.stderr, flush=True)


def new_vault(path: Path, unit: str, label: str, cases: int, seed: int,
              codebook: Codebook) -> Vault:
    vault = Vault.create(path, PASSPHRASE, unit=unit, label=label, params=FAST_KDF)
    CaseStore(vault, codebook).add_many(demo_cases(codebook, count=cases, seed=seed))
    return vault


# -- 1. export ---------------------------------------------------------------------------------


def bench_export(work: Path, codebook: Codebook, cases: int, year: int, repeat: int) -> Row:
    folder = work / "export"
    vault_path, plain_path = folder / "vault.db", folder / "plain.db"
    progress(f"export: validating {cases:,} demo cases and building the vault (untimed)")
    with new_vault(vault_path, "CLAS", "benchmark", cases, 954, codebook) as vault:
        key = vault.raw_key
        # BENCHMARK-ONLY plaintext copy: the application never attaches with KEY ''.
        vault.conn.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
        vault.conn.execute("SELECT sqlcipher_export('plaintext')")
        vault.conn.execute("DETACH DATABASE plaintext")
        counted = build(vault, codebook, year).aggregate.totals.cases
    progress(f"export: {cases:,} cases in the vault, {counted:,} in {year}; "
             f"vault {vault_path.stat().st_size / 2**20:.1f} MiB")

    def ours() -> float:
        def run() -> None:
            with Vault.open_with_key(vault_path, key) as fresh:
                build(fresh, codebook, year)
        return timed(run)

    def base() -> float:
        def run() -> None:
            conn = sqlite3.connect(plain_path)
            try:  # year_counts reads only ``.conn``: the same SQL, on stdlib sqlite3
                year_counts(cast(Vault, SimpleNamespace(conn=conn)), year, codebook.taxonomy)
            finally:
                conn.close()
        return timed(run)

    plain = year_counts_on_plain(plain_path, year, codebook)
    with Vault.open_with_key(vault_path, key) as check:
        ours_counts = year_counts(check, year, codebook.taxonomy)
    assert plain == ours_counts, "the plaintext copy does not count the same"
    return make_row(f"export: open with key + build({year})", f"{cases:,} cases",
                    paired(ours, base, repeat), EXPORT_GOAL,
                    "year_counts SQL, plaintext copy, fresh stdlib sqlite3 connection")


def year_counts_on_plain(path: Path, year: int, codebook: Codebook) -> Any:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return year_counts(cast(Vault, SimpleNamespace(conn=conn)), year, codebook.taxonomy)


# -- confidants' exports ----------------------------------------------------------------------


def confidant_exports(work: Path, codebook: Codebook, years: Sequence[int],
                      count: int) -> dict[int, list[Aggregate]]:
    """``count`` confidants' exports of each of ``years``. Each is a real export of one of
    ``SEED_VAULTS`` small vaults (1-6 demo cases over three years: about one case a confidant a
    year, as 954 cases over 900+ confidants) copied under the confidant's own source: an id kept
    across years, a unit, a label "VP CLAS 0001"; ``make_aggregate`` validates and seals it."""
    seeds: dict[int, list[Aggregate]] = {y: [] for y in years}
    for n in range(SEED_VAULTS):
        with new_vault(work / "seeds" / f"{n}-{years[0]}" / "vault.db", "CLAS", f"seed {n}",
                       1 + n % 6, 300 + n, codebook) as vault:
            for y in years:
                seeds[y].append(build(vault, codebook, y).aggregate)
    out: dict[int, list[Aggregate]] = {}
    for y in years:
        out[y] = []
        for n in range(count):
            unit = UNITS[n % len(UNITS)]
            data = seeds[y][n % SEED_VAULTS].model_dump(mode="json")
            data["sources"] = [dict(data["sources"][0], source_id=str(uuid.UUID(int=n + 1)),
                                    unit=unit, label=f"VP {unit} {n + 1:04d}")]
            out[y].append(make_aggregate(data, codebook))
    return out


# -- 2. merge ----------------------------------------------------------------------------------


def bench_merge(work: Path, codebook: Codebook, year: int, count: int, repeat: int) -> Row:
    progress(f"merge: writing {count:,} confidants' export files (untimed)")
    paths = []
    for aggregate in confidant_exports(work, codebook, [year], count)[year]:
        source = aggregate.sources[0]
        path = work / "merge" / f"{source.label.replace(' ', '-')}.json"
        write_aggregate(path, aggregate)
        paths.append(path)
    size = sum(p.stat().st_size for p in paths) / count / 1024

    def ours() -> float:
        def run() -> None:
            inputs = [Input(str(p), read_aggregate(p, codebook)) for p in paths]
            result = merge(inputs, codebook)
            assert result.aggregate is not None and not result.refused
        return timed(run)

    def base() -> float:
        return timed(lambda: [json.loads(p.read_bytes()) for p in paths])

    return make_row("merge: read_aggregate + merge", f"{count:,} files, {size:.1f} KB each",
                    paired(ours, base, repeat), MERGE_GOAL, "read_bytes + json.loads")


# -- 3. report workbook ------------------------------------------------------------------------


def defence_reports(work: Path, codebook: Codebook, years: Sequence[int],
                    confidants: int) -> list[tuple[str, YearlyReport, RosterStatus]]:
    """The Defence-wide report of the first year with the others beside it, twice: from the 7
    units' merges of ``confidants`` exports (every confidant a source; the roster lists them all
    and 20 who did not deliver), and from the same 7 units' figures as one source each."""
    progress(f"xlsx: {confidants:,} confidants' exports of {len(years)} years (untimed)")
    exports = confidant_exports(work / "xlsx", codebook, years, confidants)
    by_unit = {y: [combine([a for a in exports[y] if a.sources[0].unit == u], codebook)
                   for u in UNITS] for y in years}
    whole = [combine(by_unit[y], codebook) for y in years]
    expected = [s.label for s in whole[0].sources] + [f"VP RES {n:04d}" for n in range(1, 21)]
    full = yearly(whole[0], codebook, compare=whole[1:])
    one_each = []
    for y in years:  # each unit's figures under a single source, the unit's coordinator
        units = [make_aggregate(dict(a.model_dump(mode="json"), sources=[
            dict(a.sources[0].model_dump(), label=f"CVP {u}",
                 source_id=str(uuid.UUID(int=10_000 + n)))]), codebook)
            for n, (u, a) in enumerate(zip(UNITS, by_unit[y], strict=True))]
        one_each.append(combine(units, codebook))
    small = yearly(one_each[0], codebook, compare=one_each[1:])
    return [
        (f"7 units, {confidants:,} sources", full, check_roster(expected, whole[0].sources)),
        ("7 units, 1 source each", small,
         check_roster([f"CVP {u}" for u in UNITS] + ["CVP Reserve"], one_each[0].sources)),
    ]


def bare_writer(ours_path: Path) -> Callable[[Path], None]:
    """A writer of the same cells and charts as our workbook at ``ours_path``, with openpyxl's
    defaults (no styles, widths, merges or print setup), for the baseline."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    book = openpyxl.load_workbook(ours_path)
    sheets = [(ws.title, [(c.row, c.column, c.value) for row in ws.iter_rows() for c in row
                          if c.value is not None]) for ws in book.worksheets]
    cats = book["Hoofdcategorie"]
    first = next(c.row for c in cats["A"] if c.value == "Code") + 1
    last = next(c.row for c in cats["A"] if c.row > first and c.value is None) - 1
    summary = book["Samenvatting"]
    cases_row = next(c.row for c in summary["A"] if c.value == "Casussen")
    span = len([c for c in summary[cases_row - 1] if c.value]) - 1

    def write(path: Path) -> None:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for title, cells in sheets:
            ws = wb.create_sheet(title)
            for r, c, v in cells:
                ws.cell(row=r, column=c, value=v)
        bars = BarChart()
        bars.type = "bar"
        bars.add_data(Reference(wb["Hoofdcategorie"], min_col=3, min_row=first - 1,
                                max_row=last), titles_from_data=True)
        bars.set_categories(Reference(wb["Hoofdcategorie"], min_col=2, min_row=first,
                                      max_row=last))
        wb["Grafieken"].add_chart(bars, "A4")
        per_year = BarChart()
        per_year.add_data(Reference(wb["Samenvatting"], min_col=1, max_col=1 + span,
                                    min_row=cases_row), from_rows=True, titles_from_data=True)
        per_year.set_categories(Reference(wb["Samenvatting"], min_col=2, max_col=1 + span,
                                          min_row=cases_row - 1))
        wb["Grafieken"].add_chart(per_year, "A32")
        wb.save(path)

    return write


def bench_xlsx(work: Path, codebook: Codebook, years: Sequence[int], confidants: int,
               repeat: int) -> list[Row]:
    rows = []
    for n, (name, report, roster) in enumerate(defence_reports(work, codebook, years,
                                                               confidants)):
        ours_path, base_path = work / "xlsx" / f"report-{n}.xlsx", work / "xlsx" / f"bare-{n}.xlsx"
        write_report_workbook(ours_path, report, roster)
        bare = bare_writer(ours_path)
        cells = sum(1 for _ in _cells(ours_path))

        def ours(report: YearlyReport = report, roster: RosterStatus = roster,
                 path: Path = ours_path) -> float:
            return timed(lambda: write_report_workbook(path, report, roster))

        def base(bare: Callable[[Path], None] = bare, path: Path = base_path) -> float:
            return timed(lambda: bare(path))

        progress(f"xlsx: timing, {name}")
        rows.append(make_row("report workbook: write_report_workbook",
                             f"{name}, {len(years)} years, {cells:,} cells",
                             paired(ours, base, repeat), XLSX_GOAL,
                             "openpyxl, same cells and 2 charts, no styles"))
    return rows


def _cells(path: Path) -> Iterator[object]:
    import openpyxl

    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows(values_only=True):
            yield from (v for v in row if v is not None)


# -- output ------------------------------------------------------------------------------------


def load() -> str:
    """The 1-minute load average: above ~0.5 on 2 cores, something else competes for the CPU."""
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "?"


def machine() -> list[str]:
    import openpyxl

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"date: {dt.datetime.now().astimezone().isoformat(timespec='minutes')}",
        f"machine: {platform.machine()}, {cores} cores (nproc), {platform.platform()}",
        f"python: {platform.python_version()}; stdlib sqlite3 {sqlite3.sqlite_version}; "
        f"openpyxl {openpyxl.__version__}",
    ]


def table(rows: Sequence[Row]) -> str:
    head = ["what", "size", "ours (ms)", "baseline (ms)", "ratio", "goal", "within goal",
            "baseline is"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * len(head)) + "|"]
    for r in rows:
        cells = [r.what, r.size, f"{r.ours_ms:,.1f}", f"{r.base_ms:,.1f}", f"{r.ratio:.2f}x",
                 f"<= {r.goal:.2f}x", "yes" if r.ratio <= r.goal else "NO", r.baseline]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=100_000,
                        help="cases in the export vault (default: 100000)")
    parser.add_argument("--files", type=int, default=1_000,
                        help="export files to merge (default: 1000)")
    parser.add_argument("--confidants", type=int, default=CONFIDANTS,
                        help=f"confidants (sources) in the report workbook (default: {CONFIDANTS})")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (default: 7)")
    parser.add_argument("--parts", nargs="+", choices=("export", "merge", "xlsx"),
                        default=["export", "merge", "xlsx"], help="which parts to run")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    started, load_before = time.perf_counter(), load()
    codebook = default_codebook()
    this_year = dt.date.today().year
    year = this_year - 1  # the last full year of the demo cases' three
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="confidant-bench-") as tmp:
        work = Path(tmp)
        if "export" in args.parts:
            rows.append(bench_export(work, codebook, args.cases, year, args.repeat))
        if "merge" in args.parts:
            rows.append(bench_merge(work, codebook, year, args.files, args.repeat))
        if "xlsx" in args.parts:
            rows += bench_xlsx(work, codebook, [this_year, this_year - 1, this_year - 2],
                               args.confidants, args.repeat)

    print("\n".join(machine()))
    print(f"runs: median of {args.repeat}; ratio = median of pair-by-pair ratios (ours / baseline);"
          f" total {time.perf_counter() - started:.0f} s; load average {load_before} before,"
          f" {load()} after")
    print()
    print(table(rows))
    missed = [r for r in rows if r.ratio > r.goal]
    print()
    print(f"{len(missed)} goal(s) missed" + (": " + "; ".join(r.what for r in missed)
                                              if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
