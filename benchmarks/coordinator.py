"""Benchmark: the coordinator's workspace collecting 1,000 export files, against reading them bare,
and how responsive the interface stays meanwhile.

Run by hand, never in CI; it prints figures and ratios and asserts nothing about time::

    /tmp/venv/bin/python benchmarks/coordinator.py              # 1,000 files, 7 runs
    /tmp/venv/bin/python benchmarks/coordinator.py --files 200 --repeat 3   # a quick look

1. **Collect**: ``aggregate.collect.refresh`` of a new workspace given the folder of ``--files``
   confidants' export files, which is all the worker thread does (open the folder, read and
   validate every file, decide what each counts for, merge the accepted ones), against
   ``read_bytes`` + ``json.loads`` of the same files. Goal (issue 6): within 3x. The files are
   made as ``benchmarks/aggregate.py`` makes them: real exports of a dozen small vaults, each
   copied under its own confidant's source.
2. **Responsive**: the same folder dropped on a ``CoordinatorWorkspace`` (offscreen), while a
   timer asks the interface thread for a turn every 10 ms. Printed: the longest and the 99th
   percentile wait for a turn while the files are read off the thread, and the time the
   interface thread then spends showing the result (the one step done on it). Goal: no wait
   above 100 ms, the point where a person notices a stall.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from confidant_app.aggregate.collect import read_files, refresh
from confidant_app.aggregate.io import write_aggregate
from confidant_app.aggregate.workspace import Workspace
from confidant_app.domain.codebook import Codebook, default_codebook

COLLECT_GOAL = 3.0
STALL_MS = 100.0
TICK_MS = 10


def _aggregate_benchmark() -> ModuleType:
    """``benchmarks/aggregate.py`` (not a package): its exports, timers and table."""
    spec = importlib.util.spec_from_file_location("bench_aggregate",
                                                  Path(__file__).with_name("aggregate.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


B = _aggregate_benchmark()


def export_folder(work: Path, codebook: Codebook, year: int, count: int) -> Path:
    folder = work / "exports"
    for aggregate in B.confidant_exports(work, codebook, [year], count)[year]:
        source = aggregate.sources[0]
        write_aggregate(folder / source.unit / f"{source.label.replace(' ', '-')}.json",
                        aggregate)
    return folder


def bench_collect(folder: Path, codebook: Codebook, count: int, repeat: int) -> list[object]:
    paths = sorted(folder.rglob("*.json"))
    size = sum(p.stat().st_size for p in paths) / len(paths) / 1024

    def ours() -> float:
        def run() -> None:
            _, _, collection = refresh(Workspace(), {}, codebook, add=[folder])
            assert collection.merged is not None and len(collection.counted) == count
        return float(B.timed(run))

    def base() -> float:
        return float(B.timed(lambda: [json.loads(p.read_bytes()) for p in paths]))

    def read_only() -> float:  # the core's reader alone: where the time goes
        return float(B.timed(lambda: read_files(paths, codebook)))

    label = f"{count:,} files, {size:.1f} KB each"
    return [B.make_row("collect: open folder, read, decide, merge", label,
                       B.paired(ours, base, repeat), COLLECT_GOAL, "read_bytes + json.loads"),
            B.make_row("of which read_files (io.read_aggregate)", label,
                       B.paired(read_only, base, repeat), COLLECT_GOAL,
                       "read_bytes + json.loads")]


def bench_responsive(folder: Path, repeat: int) -> list[str]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from confidant_app.ui.coordinator_workspace import CoordinatorWorkspace

    app = QApplication.instance() or QApplication([sys.argv[0]])
    lines = []
    longest, p99s, reads, shows = [], [], [], []
    for _ in range(repeat):
        window = CoordinatorWorkspace("nl")
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        gaps: list[float] = []
        clock = QElapsedTimer()
        timer = QTimer(interval=TICK_MS)

        def tick(gaps: list[float] = gaps, clock: QElapsedTimer = clock) -> None:
            gaps.append(clock.nsecsElapsed() / 1e6)
            clock.restart()

        timer.timeout.connect(tick)
        started = time.perf_counter()
        clock.start()
        timer.start()
        window.add_paths([folder])
        while window.state.busy:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        ended = time.perf_counter()  # show_state ran inside the last processEvents
        app.processEvents()
        waits = [g - TICK_MS for g in gaps[1:]] or [0.0]
        longest.append(max(waits))
        p99s.append(sorted(waits)[int(len(waits) * 0.99)])
        reads.append((ended - started) * 1e3)
        t = time.perf_counter()
        window.show_state()  # the interface thread's share, timed alone
        shows.append((time.perf_counter() - t) * 1e3)
        window.state.dirty = False
        window.close()
        window.deleteLater()
        app.processEvents()
    worst = statistics.median(longest)
    lines.append(f"responsive: reading in the worker took {statistics.median(reads):,.0f} ms; "
                 f"the longest wait for the interface thread {worst:.1f} ms, 99th percentile "
                 f"{statistics.median(p99s):.1f} ms (goal: none above {STALL_MS:.0f} ms: "
                 f"{'yes' if worst <= STALL_MS else 'NO'}); showing the result on the "
                 f"interface thread {statistics.median(shows):.0f} ms")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=1_000, help="export files (default: 1000)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (default: 7)")
    args = parser.parse_args(argv)
    started, load_before = time.perf_counter(), B.load()
    codebook = default_codebook()
    year = time.localtime().tm_year - 1
    with tempfile.TemporaryDirectory(prefix="confidant-bench-") as tmp:
        B.progress(f"writing {args.files:,} confidants' export files (untimed)")
        folder = export_folder(Path(tmp), codebook, year, args.files)
        rows = bench_collect(folder, codebook, args.files, args.repeat)
        responsive = bench_responsive(folder, args.repeat)
    print("\n".join(B.machine()))
    print(f"runs: median of {args.repeat}; total {time.perf_counter() - started:.0f} s; "
          f"load average {load_before} before, {B.load()} after")
    print()
    print(B.table(rows))
    print()
    print("\n".join(responsive))
    return 0


if __name__ == "__main__":
    sys.exit(main())
