"""Measuring refusals of hostile files: time and peak Python memory (tracemalloc) per refusal, and
a tally the test session prints at its end (``tests/conftest.py``: ``pytest_terminal_summary``).

Memory is asserted only with a generous bound (a refusal must not read a huge file whole); time is
measured and reported, never asserted: speed belongs in the benchmarks.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

MB = 1024 * 1024


@dataclass
class Tally:
    fuzzed: dict[str, int] = field(default_factory=dict)  # reader -> generated inputs
    refused: list[tuple[str, str, float, int]] = field(default_factory=list)  # reader, case, s, B
    read: list[tuple[str, str, float, int]] = field(default_factory=list)  # crafted but valid

    def fuzz(self, reader: str, count: int = 1) -> None:
        self.fuzzed[reader] = self.fuzzed.get(reader, 0) + count

    def lines(self) -> list[str]:
        if not self.fuzzed and not self.refused and not self.read:
            return []
        out = [f"inputs fuzzed (hypothesis): {sum(self.fuzzed.values())} "
               f"({', '.join(f'{k} {v}' for k, v in sorted(self.fuzzed.items()))})"]
        if self.refused:
            slowest = max(self.refused, key=lambda r: r[2])
            hungriest = max(self.refused, key=lambda r: r[3])
            readers = sorted({r[0] for r in self.refused})
            out.append(f"crafted files refused: {len(self.refused)} ({', '.join(readers)})")
            for reader, case, seconds, peak in self.read:
                out.append(f"crafted but valid, read correctly: {reader}: {case} "
                           f"({seconds * 1000:.1f} ms, {peak / MB:.2f} MB)")
            out.append(f"largest time of a refusal: {slowest[2] * 1000:.1f} ms "
                       f"({slowest[0]}: {slowest[1]})")
            out.append(f"largest peak memory of a refusal: {hungriest[3] / MB:.2f} MB "
                       f"({hungriest[0]}: {hungriest[1]})")
        return out


TALLY = Tally()


def measure(reader: str, case: str, call: Callable[[], Any],
            *, refusal: bool = True) -> tuple[Any, float, int]:
    """Run ``call``; return (its result or the exception it raised, seconds, peak bytes). The
    figures are added to the session's tally as one crafted file refused (``refusal=False``: a
    crafted file that is valid and must be read, such as a sheet that lies about its size)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    started = time.perf_counter()
    try:
        outcome: Any = call()
    except Exception as exc:  # the caller asserts which refusal it must be
        outcome = exc
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    (TALLY.refused if refusal else TALLY.read).append((reader, case, seconds, peak))
    return outcome, seconds, peak
