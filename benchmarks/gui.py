"""Benchmark: the desktop client's start, unlock, filter and memory, against bare Qt and bare SQL.

Run by hand, never in CI; it prints figures and ratios and asserts nothing about time::

    /tmp/venv/bin/python benchmarks/gui.py                         # 100,000 cases, 7 runs (~2 min)
    /tmp/venv/bin/python benchmarks/gui.py --cases 10000 --repeat 3    # a quick look
    /tmp/venv/bin/python benchmarks/gui.py --parts filter          # parts: prompt unlocked filter

It measures, on a vault of made-up cases (``vault.made_up_cases``) whose key derivation is what
the application would choose on this machine (``kdf.calibrate``: about a second; ``--kdf-log2n``
sets another, e.g. 14 for ~50 ms):

1. **prompt**: ``python -m confidant_app --vault V`` in a child process until the first frame of
   the unlock dialog is painted, against a child that creates a bare ``QApplication`` and shows an
   empty ``QWidget`` until its first frame. Goal: within 1.3x.
2. **unlocked**: a child that starts the client the same way (``confidant_app.__main__.main``),
   types the passphrase into the unlock dialog once its first frame is painted, and runs until the
   first frame of the main window listing every case, minus the child's own time in the key
   derivation (timed around ``kdf.derive`` in the child), against the same bare start. Goal:
   within 2x. The RSS at that frame gives part 4. Measured twice: with the passphrase typed at
   the prompt's first frame (no person is that fast), and typed ``--typing-ms`` later (default
   1.5 s), that pause taken out as well: the client imports the main window and the vault package
   (~150 ms, pydantic's most of it) while the prompt waits and while the key is derived
   (``ui.preload``; the derivation releases the GIL). Typed at once with a derivation far
   shorter than the product's (``--kdf-log2n 14``), those imports cannot hide behind it, and the
   figure is theirs rather than the window's.
3. **filter**: in this process, a main window (1366x768) over the vault; choosing a year in the
   filter bar until the list is updated (``setCurrentIndex`` returns: the queries, the model
   reset, the rows on screen read, the view's new layout) and again until the table is repainted
   too (the pending paint events: a frame's ~6 ms of painting some 220 cells, any filter alike),
   against the list's own queries alone on the same connection (``list_counts``, ``ordered_ids``
   for the first chunk, or all where the list reads them at once, and ``summaries_of`` for the
   first page). Also the search
   box and going back to all years. Goal: within 1.5x.
4. **memory**: VmRSS at the main window's first frame (part 2) against the bare ``QApplication``'s
   at its first frame. Goal: no more than the vault's size plus 60 MiB above it.

How the children report: the client is started with ``CONFIDANT_BENCH_MARKER=<window class>``;
``confidant_app.ui.app.ExitAtFirstFrame``, an event filter on that window alone, then prints
``CONFIDANT_BENCH_MARKER <class> <VmRSS KiB>`` once the window's first frame is painted, and
exits at once. The bare child does the same with a copy of that filter. (A filter on the whole
application would cost the client ~30 ms more than the bare window: PySide6 then wraps every
event of every object in Python, and the first of each kind of object loads hundreds of enums.)
A launch is timed in this process from just before ``Popen`` to reading the marker line.
Children run on the offscreen platform with their own data folder, and with compiled bytecode as an
installed copy has it (``PYTHONPYCACHEPREFIX`` in the work folder, filled by the warm-up run).

Every figure is the median of ``--repeat`` runs; each run times ours and its baseline back to back
(alternating which goes first) and the ratio printed is the median of the pair-by-pair ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from vault import (  # benchmarks/vault.py: the same made-up cases and the same reporting
    PASSPHRASE,
    SEARCH_TEXT,
    Row,
    load,
    machine,
    made_up_cases,
    paired,
    progress,
    row,
    stopwatch,
    table,
)

from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.ui.models.case_ids import CHUNK, reads_in_chunks
from confidant_app.ui.models.case_table import PAGE_ROWS
from confidant_app.vault import CaseFilter, CaseStore, Vault, kdf
from confidant_app.vault.listing import CaseOrder

PROMPT_GOAL = 1.3
UNLOCKED_GOAL = 2.0
FILTER_GOAL = 1.5
MEMORY_ALLOWANCE_MIB = 60
MARKER = "CONFIDANT_BENCH_MARKER"
ORDER = CaseOrder()  # the list's default order: newest first

# The baseline: a bare QApplication and an empty window, reporting its first frame as the client's
# ExitAtFirstFrame does (a copy, so the baseline imports nothing of ours).
BARE = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class ExitAtFirstFrame(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        with open("/proc/self/status", encoding="ascii") as status:
            rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
        print("CONFIDANT_BENCH_MARKER QWidget", rss, flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
window = QWidget()
window.installEventFilter(ExitAtFirstFrame(window))
window.show()
sys.exit(app.exec())
"""

# Part 2: the client's own start (``main``), with the passphrase typed once the unlock dialog is
# on screen (at once, or after a pause given in ms as the third argument, as a person types); the
# pause and the derivation's time are printed so both can be taken out.
UNLOCKED = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from confidant_app.ui import unlock

class TypePassphrase(QObject):
    seen = False

    def eventFilter(self, dialog, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            self.painted = time.perf_counter()
            QTimer.singleShot(int(sys.argv[3]), lambda: self.unlock(dialog))
        return False

    def unlock(self, dialog):
        print("PAUSE", time.perf_counter() - self.painted, flush=True)
        from confidant_app.vault import kdf  # imported by try_unlock anyway

        derive = kdf.derive

        def timed(passphrase, salt):
            start = time.perf_counter()
            try:
                return derive(passphrase, salt)
            finally:
                print("DERIVE", time.perf_counter() - start, flush=True)

        kdf.derive = timed
        dialog.ui.passphraseEdit.setText(sys.argv[2])
        dialog.try_unlock()

shown = unlock.UnlockDialog.showEvent

def show_event(dialog, event):
    shown(dialog, event)
    dialog.installEventFilter(TypePassphrase(dialog))

unlock.UnlockDialog.showEvent = show_event
from confidant_app.__main__ import main
sys.exit(main(["--vault", sys.argv[1]]))
"""


@dataclass
class Launch:
    seconds: float  # from Popen to the marker, minus the key derivation and the typing pause
    rss_kib: int
    derive_seconds: float


def launch(command: list[str], env: dict[str, str], log: Path) -> Launch:
    with log.open("w") as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                 env=env)
        assert child.stdout is not None
        derive = pause = 0.0
        for line in child.stdout:
            if line.startswith("DERIVE "):
                derive = float(line.split()[1])
            elif line.startswith("PAUSE "):
                pause = float(line.split()[1])
            elif line.startswith(MARKER):
                elapsed = time.perf_counter() - start
                child.wait(timeout=60)
                return Launch(elapsed - derive - pause, int(line.split()[2]), derive)
        child.wait(timeout=60)
    raise RuntimeError(f"no marker from {command[1:3]}: exit {child.returncode}\n"
                       + log.read_text()[-3000:])


def child_env(work: Path, window_class: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("CONFIDANT_VAULT", "CONFIDANT_PASSPHRASE", "CONFIDANT_KDF_LOG2N", MARKER):
        env.pop(name, None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CONFIDANT_DATA_DIR"] = str(work / "data")  # its own log and (no) settings
    # Bytecode as an installed copy has it (pip compiles a wheel's modules; a frozen build
    # carries them compiled): written by the untimed warm-up run into the work folder, never
    # into the checkout. Without it every start compiled each of our modules from source again
    # (PYTHONDONTWRITEBYTECODE is set on the machines here), some 40 ms of every launch.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    if window_class:
        env[MARKER] = window_class
    return env


@dataclass
class Launches:
    ours: list[Launch]
    bare: list[Launch]


def paired_launches(ours_cmd: list[str], ours_env: dict[str, str], work: Path,
                    repeat: int) -> tuple[tuple[float, float, float], Launches]:
    bare_cmd = [sys.executable, "-c", BARE]
    bare_env = child_env(work, None)
    kept = Launches([], [])

    def ours() -> float:
        kept.ours.append(launch(ours_cmd, ours_env, work / "ours.err"))
        return kept.ours[-1].seconds

    def bare() -> float:
        kept.bare.append(launch(bare_cmd, bare_env, work / "bare.err"))
        return kept.bare[-1].seconds

    figures = paired(ours, bare, repeat, warmup=True)
    # The warm-up pair is not part of the figures.
    kept.ours, kept.bare = kept.ours[1:], kept.bare[1:]
    return figures, kept


# -- the parts ---------------------------------------------------------------------------------


def bench_prompt(vault: Path, work: Path, repeat: int, size: int) -> tuple[Row, Launches]:
    progress("launch to the unlock prompt")
    command = [sys.executable, "-m", "confidant_app", "--vault", str(vault)]
    figures, kept = paired_launches(command, child_env(work, "UnlockDialog"), work, repeat)
    return row("launch to the unlock prompt (first frame)", size, figures, PROMPT_GOAL,
               "bare QApplication + empty QWidget"), kept


def bench_unlocked(vault: Path, work: Path, repeat: int, size: int,
                   pause_ms: int = 0) -> tuple[Row, Launches]:
    typed = f"typed after {pause_ms} ms, pause" if pause_ms else "typed at the first frame"
    progress(f"launch to the unlocked main window, {size:,} cases, passphrase {typed}")
    command = [sys.executable, "-c", UNLOCKED, str(vault), PASSPHRASE, str(pause_ms)]
    figures, kept = paired_launches(command, child_env(work, "MainWindow"), work, repeat)
    derive = statistics.median(k.derive_seconds for k in kept.ours) * 1e3
    return row(f"launch to the unlocked main window, all cases listed; passphrase {typed} and "
               f"key derivation (median {derive:.0f} ms) taken out", size, figures,
               UNLOCKED_GOAL, "bare QApplication + empty QWidget"), kept


@dataclass(frozen=True)
class Change:
    """One timed change in the filter bar: ``prepare`` (untimed), then ``apply`` (timed), which
    should end with the list showing what the vault lists for ``where``."""

    prepare: Callable[[], object]
    apply: Callable[[], object]
    where: CaseFilter


def bench_filter(vault: Path, repeat: int, size: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from confidant_app.ui.main_window import MainWindow
    from confidant_app.ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = Session(vault)
    session.open(vault, PASSPHRASE)
    window = MainWindow(session, "nl")
    window.resize(1366, 768)
    window.show_vault()
    window.show()
    app.processEvents()
    page = window.case_list
    store: CaseStore = session._open_store()  # the session's own store: the same connection
    years, search = page.ui.yearCombo, page.ui.searchEdit

    def silently(widget: QObject, change: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            widget.blockSignals(True)
            change()
            widget.blockSignals(False)
        return run

    def measure(name: str, changes: list[Change], paint: bool) -> Row:
        done = {"ours": 0, "base": 0}

        def ours() -> float:
            change = changes[done["ours"] % len(changes)]
            done["ours"] += 1
            change.prepare()
            app.processEvents()  # nothing of the preparation left for the timed part
            out: list[float] = []
            with stopwatch(out):
                change.apply()  # the queries, the model reset, the rows read, the new layout
                if paint:
                    app.processEvents()  # and the repaint of the table
            app.processEvents()
            if page.model.rowCount() != len(store.ordered_ids(change.where, ORDER)):
                raise RuntimeError(f"{name}: the list does not show what the query returns")
            return out[0]

        def base() -> float:
            change = changes[done["base"] % len(changes)]
            done["base"] += 1
            out: list[float] = []
            with stopwatch(out):
                list_queries(change.where)
            return out[0]

        name += ", repainted" if paint else ", list updated"
        progress(name)
        return row(name, size, paired(ours, base, repeat, warmup=True), FILTER_GOAL,
                   "the list's own queries alone, same connection")

    def list_queries(where: CaseFilter) -> None:
        # What the list asks of the vault for a filter: the counts, the ids in order (the first
        # chunk where ``case_ids.OrderedIds`` reads them in chunks), and the rows of the first
        # page (the one on screen).
        count, _open = store.list_counts(where)
        chunked = reads_in_chunks(ORDER) and count > CHUNK
        ids = store.ordered_ids(where, ORDER, 0, CHUNK) if chunked else store.ordered_ids(
            where, ORDER)
        store.summaries_of(ids[:PAGE_ROWS])

    def choose_year(index: int) -> Callable[[], None]:
        return lambda: years.setCurrentIndex(index)

    by_year = [Change(lambda: None, choose_year(years.findData(year)), CaseFilter(year=year))
               for year in sorted(store.years(), reverse=True)]
    latest = years.findData(max(store.years()))
    back = [Change(silently(years, choose_year(latest)), choose_year(0), CaseFilter())]
    typed = [Change(silently(search, lambda: search.setText(SEARCH_TEXT[:-1])),
                    lambda: search.setText(SEARCH_TEXT), CaseFilter(text=SEARCH_TEXT))]
    rows = []
    for name, changes in (("filter: choose a year", by_year), ("filter: back to all years", back),
                          (f"search: type {SEARCH_TEXT!r} (all years)", typed)):
        rows += [measure(name, changes, paint=False), measure(name, changes, paint=True)]
    window.clear()
    session.lock()
    window.deleteLater()
    app.processEvents()
    return rows


# -- report ------------------------------------------------------------------------------------


def memory_table(prompt: Launches | None, unlocked: Launches | None, vault_mib: float) -> str:
    head = ["what", "ours (MiB)", "bare QApplication (MiB)", "above bare (MiB)", "allowance (MiB)",
            "within goal"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * len(head)) + "|"]
    for name, launches, allowance in (
            ("RSS at the unlock prompt", prompt, None),
            ("RSS at the unlocked main window", unlocked, vault_mib + MEMORY_ALLOWANCE_MIB)):
        if launches is None or not launches.ours:
            continue
        ours = statistics.median(k.rss_kib for k in launches.ours) / 1024
        bare = statistics.median(k.rss_kib for k in launches.bare) / 1024
        cells = [name, f"{ours:.1f}", f"{bare:.1f}", f"{ours - bare:.1f}",
                 "-" if allowance is None else f"{allowance:.1f} (vault {vault_mib:.1f} + "
                 f"{MEMORY_ALLOWANCE_MIB})",
                 "-" if allowance is None else ("yes" if ours - bare <= allowance else "NO")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def build(path: Path, size: int, codebook: Codebook, seed: int,
          params: kdf.KdfParams) -> None:
    progress(f"validating {size:,} made-up cases and writing the vault (untimed)")
    cases = made_up_cases(size, codebook, seed, dt.date.today())
    with Vault.create(path, PASSPHRASE, unit="CLAS", label="benchmark", params=params) as vault:
        CaseStore(vault, codebook).add_many(cases)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=100_000, help="cases in the vault")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (default: 7)")
    parser.add_argument("--parts", nargs="+", choices=("prompt", "unlocked", "filter"),
                        default=["prompt", "unlocked", "filter"], help="which parts to run")
    parser.add_argument("--seed", type=int, default=20251, help="seed of the made-up cases")
    parser.add_argument("--kdf-log2n", type=int, default=None, metavar="N",
                        help="scrypt's N = 2^N for the vault (default: as the application "
                        "calibrates it here, ~1 s; 14 is ~50 ms): its time is taken out, but the "
                        "preload overlaps it, so part 2 typed at once depends on it")
    parser.add_argument("--typing-ms", type=int, default=1500, metavar="MS",
                        help="part 2 again with the passphrase typed MS after the prompt's first "
                        "frame (0: skip); default 1500, a fast typist's passphrase")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started, load_before = time.perf_counter(), load()
    codebook = default_codebook()
    rows: list[Row] = []
    prompt = unlocked = None
    with tempfile.TemporaryDirectory(prefix="confidant-bench-gui-") as tmp:
        work = Path(tmp)
        vault = work / "vault.db"
        params = (kdf.KdfParams(log2n=args.kdf_log2n) if args.kdf_log2n is not None
                  else kdf.calibrate())
        progress(f"key derivation: scrypt N=2^{params.log2n}")
        build(vault, args.cases, codebook, args.seed, params)
        vault_mib = vault.stat().st_size / 2**20
        progress(f"{vault.name}: {vault_mib:.1f} MiB")
        if "prompt" in args.parts:
            prompt_row, prompt = bench_prompt(vault, work, args.repeat, args.cases)
            rows.append(prompt_row)
        if "unlocked" in args.parts:
            unlocked_row, unlocked = bench_unlocked(vault, work, args.repeat, args.cases)
            rows.append(unlocked_row)
            if args.typing_ms:
                rows.append(bench_unlocked(vault, work, args.repeat, args.cases,
                                           args.typing_ms)[0])
        if "filter" in args.parts:
            rows += bench_filter(vault, args.repeat, args.cases)

    print("\n".join(machine()))
    from PySide6 import __version__ as pyside

    print(f"PySide6 {pyside}, platform {os.environ['QT_QPA_PLATFORM']}; vault {args.cases:,} "
          f"cases, {vault_mib:.1f} MiB, scrypt N=2^{params.log2n}")
    print(f"runs: median of {args.repeat}; ratio = median of pair-by-pair ratios (ours / baseline);"
          f" total {time.perf_counter() - started:.0f} s; load average {load_before} before,"
          f" {load()} after")
    print()
    print(table(rows))
    if prompt or unlocked:
        print()
        print(memory_table(prompt, unlocked, vault_mib))
    missed = [r for r in rows if r.ratio is not None and r.goal is not None and r.ratio > r.goal]
    print()
    print(f"{len(missed)} time goal(s) missed" + (": " + "; ".join(r.what for r in missed)
                                                  if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
