"""Benchmark: the encrypted vault against the same work done without encryption.

Run by hand, never in CI; it prints figures and ratios and asserts nothing about time::

    /tmp/venv/bin/python benchmarks/vault.py                      # 10,000 and 100,000 cases, 7 runs
    /tmp/venv/bin/python benchmarks/vault.py --sizes 10000 --repeat 3   # a quick look

For each size it measures, on made-up but realistic cases:

1. **Bulk import**: ``CaseStore.add_many`` into a fresh vault, against the very same ``CaseStore``
   writing into a fresh *unencrypted* database on the same engine (sqlcipher3 without a key is
   plain SQLite): same SQL, schema, pragmas and transaction. Cases are validated once, before any
   timing, so the store's write path is measured, not pydantic. Goal: within 1.3x.
2. **List, filter and search**: ``CaseStore.summaries`` (no filter; by year; by category group;
   text search) and ``CaseStore.cases`` (by year), on a fresh connection each time (cold page
   cache, warm OS cache), against the same store calls on a plaintext copy made with
   ``sqlcipher_export``. Goal: within 1.3x. For reference, the category and text queries are
   also timed when run a second time on one connection (the app keeps one connection, with a
   page cache sized to hold the whole vault, so only a first read of a page is decrypted).
3. **Unlock**: ``Vault.open(path, passphrase)`` against the key derivation alone
   (``kdf.derive``), with the real calibrated work factor. Goal: within 1.15x. A raw-key open
   (``Vault.open_with_key``) is printed for reference.

Every figure is the median of ``--repeat`` runs. Each run times "ours" and its baseline back to
back (alternating which goes first) and the ratio is taken pair by pair; the ratio printed is the
median of those pair ratios, because these machines are noisy. The garbage collector is paused
during each timed section (as ``timeit`` does). All files live in a ``TemporaryDirectory``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import itertools
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import sqlcipher3

from confidant_app.domain.case import Case, make_case
from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.vault import CaseFilter, CaseStore, Vault, kdf
from confidant_app.vault.connection import _in_transaction
from confidant_app.vault.schema import migrate

PASSPHRASE = "benchmark-kiwi-tractor-lantern-42"
FAST_KDF = kdf.KdfParams(log2n=14)  # only for the vaults of parts 1-2, whose KDF is not timed
YEARS = 5  # cases opened from 1 January four years ago up to yesterday
IMPORT_GOAL = 1.3
QUERY_GOAL = 1.3
UNLOCK_GOAL = 1.15

NAMES = (
    "Anna", "Bram", "Daan", "Emma", "Fleur", "Jan", "Julia", "Kees", "Lotte", "Mark", "Noor",
    "Pieter", "Sanne", "Sem", "Tess", "Thijs", "Vera", "Wouter", "Yara", "Zoë", "Ahmed", "Fatima",
    "Johan", "Marieke", "Ruben", "Ilse", "Koen", "Linda", "Mohamed", "Nina",
)
WORDS = (
    "gesprek", "leidinggevende", "collega", "melding", "vervolg", "afspraak", "zorgen", "team",
    "oefening", "kazerne", "uitzending", "klacht", "advies", "bemiddeling", "signaal", "omgang",
    "werkdruk", "vertrouwen", "doorverwezen", "telefonisch", "opgevolgd", "besproken", "week",
)
SEARCH_TEXT = "sanne"  # a name fragment, as typed into the list's search box


# -- made-up cases -----------------------------------------------------------------------------


def made_up_cases(n: int, codebook: Codebook, seed: int, today: dt.date) -> list[Case]:
    """``n`` validated cases in the order a confidant logs them (by opening date), no numbers given
    (the store assigns ``YYYY-NNNN``): 1-3 categories, 0-4 conversations, some referrals and
    outcomes, most closed, random units/roles/positions, aliases and short notes for many."""
    rnd = random.Random(seed)
    codes = {field: codebook.codes(field) for field in (
        "unit", "role", "position", "gender", "channel", "referral", "outcome")}
    categories = list(codebook.taxonomy.categories)
    first = dt.date(today.year - YEARS + 1, 1, 1)
    span = (today - first).days  # opened up to yesterday
    opened_days = sorted(rnd.randrange(span) for _ in range(n))
    cases: list[Case] = []
    for offset in opened_days:
        opened = first + dt.timedelta(days=offset)
        room = (today - opened).days
        conv_dates = sorted(opened + dt.timedelta(days=rnd.randint(0, min(room, 120)))
                            for _ in range(rnd.choices((0, 1, 2, 3, 4), (10, 35, 30, 15, 10))[0]))
        closed: dt.date | None = None
        if room > 14 and rnd.random() < 0.85:
            earliest = max([opened, *conv_dates])
            closed = min(today, earliest + dt.timedelta(days=rnd.randint(0, 90)))
        data: dict[str, Any] = {
            "opened": opened,
            "closed": closed,
            "unit": rnd.choice(codes["unit"]),
            "role": rnd.choice(codes["role"]),
            "gender": rnd.choice(codes["gender"]),
            "position": rnd.choice(codes["position"]),
            "categories": rnd.sample(categories, rnd.choices((1, 2, 3), (60, 30, 10))[0]),
            "conversations": [
                {"date": day, "channel": rnd.choice(codes["channel"]),
                 "minutes": rnd.choice((15, 30, 45, 60, 90))}
                for day in conv_dates
            ],
            "referrals": (rnd.sample(codes["referral"], rnd.randint(1, 2))
                          if rnd.random() < 0.3 else []),
            "outcomes": (rnd.sample(codes["outcome"], rnd.randint(1, 2))
                         if closed and rnd.random() < 0.7 else []),
            "exclude_from_statistics": rnd.random() < 0.02,
            "alias": (f"{rnd.choice(NAMES)} {rnd.choice('ABDEGHJKLMNPRSTVWZ')}."
                      if rnd.random() < 0.7 else None),
            "notes": (" ".join(rnd.choices(WORDS, k=rnd.randint(5, 60)))
                      if rnd.random() < 0.4 else None),
        }
        cases.append(make_case(data, codebook))
    return cases


# -- the unencrypted baseline ------------------------------------------------------------------


class PlainVault:
    """BENCHMARK-ONLY stand-in for ``Vault`` over an UNENCRYPTED database on the same engine.

    ``CaseStore`` uses only ``vault.conn`` and ``vault.transaction()``; this class provides both, so
    the baseline runs the store's own code (same SQL, same transaction shape). The connection is
    made exactly as ``Vault._connect`` makes it, minus the key (sqlcipher3 without a key is plain
    SQLite), and configured by ``Vault._configure`` itself: journal_mode DELETE, synchronous FULL,
    temp_store MEMORY, secure_delete ON, foreign_keys ON, the exclusive lock, and the page cache
    sized from the file as for a vault. Transactions use the vault's own ``_in_transaction``.
    The application never writes an unencrypted database; this exists only to measure against.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: Any = self._connect(path)
        Vault._configure(self._conn, path)

    @staticmethod
    def _connect(path: Path) -> Any:
        conn = sqlcipher3.connect(str(path), timeout=0, isolation_level=None)
        # As Vault._connect, without PRAGMA key.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA journal_size_limit = 0")
        return conn

    @classmethod
    def create(cls, path: Path, *, unit: str) -> PlainVault:
        """As ``Vault.create`` builds a vault: configure, migrate, meta rows, close, reopen."""
        conn = cls._connect(path)
        Vault._configure(conn, path)
        migrate(conn, 0)
        with _in_transaction(conn):
            meta = {"source_id": "benchmark", "unit": unit, "label": "",
                    "taxonomy": "defensie-2025", "created_at": "2000-01-01T00:00:00Z",
                    "kdf": "none (plaintext baseline)"}
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        conn.close()
        return cls(path)

    @property
    def conn(self) -> Any:
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        with _in_transaction(self._conn, self.path) as conn:
            yield conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> PlainVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def plain_store(plain: PlainVault, codebook: Codebook) -> CaseStore:
    # The store is typed for a Vault; PlainVault offers the two members it uses.
    return CaseStore(cast(Vault, plain), codebook)


def export_plaintext(vault_path: Path, key: bytes, plain_path: Path) -> None:
    """BENCHMARK-ONLY: a plaintext copy of a vault (the application never attaches with KEY '')."""
    with Vault.open_with_key(vault_path, key) as vault:
        vault.conn.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
        vault.conn.execute("SELECT sqlcipher_export('plaintext')")
        vault.conn.execute("DETACH DATABASE plaintext")


# -- timing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    what: str
    size: int
    ours_ms: float
    base_ms: float | None
    ratio: float | None
    goal: float | None
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


def paired(ours: Timed, base: Timed, repeat: int, warmup: bool) -> tuple[float, float, float]:
    """Median ours, median baseline and median of the pair-by-pair ratios, in seconds."""
    if warmup:
        ours()
        base()
    ours_t: list[float] = []
    base_t: list[float] = []
    for i in range(repeat):
        if i % 2 == 0:
            ours_t.append(ours())
            base_t.append(base())
        else:
            base_t.append(base())
            ours_t.append(ours())
    ratios = [o / b for o, b in zip(ours_t, base_t, strict=True)]
    return statistics.median(ours_t), statistics.median(base_t), statistics.median(ratios)


def row(what: str, size: int, figures: tuple[float, float, float], goal: float,
        baseline: str) -> Row:
    ours, base, ratio = figures
    return Row(what, size, ours * 1e3, base * 1e3, ratio, goal, baseline)


def progress(text: str) -> None:
    print(f"  .. {text}", file=sys.stderr, flush=True)


# -- the three parts ---------------------------------------------------------------------------


def bench_import(cases: Sequence[Case], codebook: Codebook, work: Path, repeat: int) -> Row:
    runs = itertools.count()

    def ours() -> float:
        folder = work / f"import-vault-{next(runs)}"
        out: list[float] = []
        with Vault.create(folder / "vault.db", PASSPHRASE, unit="CLAS", params=FAST_KDF) as vault:
            store = CaseStore(vault, codebook)
            with stopwatch(out):
                store.add_many(cases)
        shutil.rmtree(folder)
        return out[0]

    def base() -> float:
        folder = work / f"import-plain-{next(runs)}"
        folder.mkdir()
        out: list[float] = []
        with PlainVault.create(folder / "plain.db", unit="CLAS") as plain:
            store = plain_store(plain, codebook)
            with stopwatch(out):
                store.add_many(cases)
        shutil.rmtree(folder)
        return out[0]

    progress(f"bulk import, {len(cases):,} cases")
    return row("bulk import (add_many, one transaction)", len(cases),
               paired(ours, base, repeat, warmup=False), IMPORT_GOAL, "same store, unencrypted")


def build_vault(cases: Sequence[Case], codebook: Codebook, path: Path,
                params: kdf.KdfParams | None) -> bytes:
    """A vault holding ``cases``; returns its raw key."""
    with Vault.create(path, PASSPHRASE, unit="CLAS", params=params) as vault:
        CaseStore(vault, codebook).add_many(cases)
        return vault.raw_key


def bench_queries(cases: Sequence[Case], codebook: Codebook, work: Path, repeat: int,
                  year: int) -> list[Row]:
    folder = work / f"queries-{len(cases)}"
    vault_path, plain_path = folder / "vault.db", folder / "plain.db"
    progress(f"queries: building a vault of {len(cases):,} cases and its plaintext copy")
    key = build_vault(cases, codebook, vault_path, FAST_KDF)
    export_plaintext(vault_path, key, plain_path)
    for path in (vault_path, plain_path):
        with contextlib.closing(sqlcipher3.connect(str(path))) as conn:
            if path == vault_path:
                conn.execute(kdf.key_pragma(key))
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
        progress(f"{path.name}: {path.stat().st_size / 2**20:.1f} MiB, {pages:,} pages")

    Query = Callable[[CaseStore], object]
    queries: list[tuple[str, Query]] = [
        ("summaries(), no filter", lambda s: s.summaries()),
        (f"summaries(year={year})", lambda s: s.summaries(CaseFilter(year=year))),
        ("summaries(category='OG')", lambda s: s.summaries(CaseFilter(category="OG"))),
        (f"summaries(text={SEARCH_TEXT!r})", lambda s: s.summaries(CaseFilter(text=SEARCH_TEXT))),
        (f"cases(year={year})", lambda s: s.cases(CaseFilter(year=year))),
    ]
    # Each on a fresh connection: a cold page cache, so every page read is decrypted (the OS
    # cache is warm on both sides). For reference, the two queries that scan the cases table for
    # a part of it are also timed run a second time on one connection, as the app's one
    # long-lived connection runs them: its cache, sized to hold the vault, then has the pages.
    plan = [(name, query, False) for name, query in queries]
    plan += [(f"{name}, run again (same connection)", query, True)
             for name, query in queries if "category" in name or "text" in name]
    rows = []
    for name, query, again in plan:

        def timed(store: CaseStore, query: Query = query, again: bool = again) -> float:
            if again:
                query(store)
            out: list[float] = []
            with stopwatch(out):
                query(store)
            return out[0]

        def ours() -> float:
            with Vault.open_with_key(vault_path, key) as vault:  # a fresh connection
                return timed(CaseStore(vault, codebook))

        def base() -> float:
            with PlainVault(plain_path) as plain:  # a fresh connection, cache sized as a vault's
                return timed(plain_store(plain, codebook))

        progress(f"{name}, {len(cases):,} cases")
        rows.append(row(name, len(cases), paired(ours, base, repeat, warmup=True), QUERY_GOAL,
                        "same store, plaintext copy"))
    shutil.rmtree(folder)
    return rows


def bench_unlock(cases: Sequence[Case], codebook: Codebook, work: Path, repeat: int,
                 params: kdf.KdfParams) -> list[Row]:
    folder = work / f"unlock-{len(cases)}"
    path = folder / "vault.db"
    progress(f"unlock: building a vault of {len(cases):,} cases with scrypt N=2^{params.log2n}")
    key = build_vault(cases, codebook, path, params)
    with path.open("rb") as head:
        salt = head.read(kdf.SALT_SIZE)

    def ours() -> float:
        out: list[float] = []
        with stopwatch(out):
            vault = Vault.open(path, PASSPHRASE)
        vault.close()
        return out[0]

    def base() -> float:
        out: list[float] = []
        with stopwatch(out):
            derived = kdf.derive(PASSPHRASE, salt)
        kdf.wipe(derived)
        return out[0]

    progress(f"unlock, {len(cases):,} cases")
    unlock = row(f"unlock: Vault.open (scrypt N=2^{params.log2n})", len(cases),
                 paired(ours, base, repeat, warmup=True), UNLOCK_GOAL, "kdf.derive alone")
    raw: list[float] = []
    Vault.open_with_key(path, key).close()  # warm-up
    for _ in range(max(repeat, 7)):
        with stopwatch(raw):
            vault = Vault.open_with_key(path, key)
        vault.close()
    shutil.rmtree(folder)
    reference = Row("open with raw key (reference)", len(cases), statistics.median(raw) * 1e3,
                    None, None, None, "-")
    return [unlock, reference]


# -- report ------------------------------------------------------------------------------------


def load() -> str:
    """The 1-minute load average: above ~0.5 on 2 cores, something else competes for the CPU."""
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "?"


def machine() -> list[str]:
    with contextlib.closing(sqlcipher3.connect(":memory:")) as conn:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"date: {dt.datetime.now().astimezone().isoformat(timespec='minutes')}",
        f"machine: {platform.machine()}, {cores} cores (nproc), {platform.platform()}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"sqlcipher: {cipher} on SQLite {sqlite}",
    ]


def table(rows: Sequence[Row]) -> str:
    head = ["what", "size", "ours (ms)", "baseline (ms)", "ratio", "goal", "within goal",
            "baseline is"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * len(head)) + "|"]
    for r in rows:
        cells = [
            r.what, f"{r.size:,}", f"{r.ours_ms:,.1f}",
            "-" if r.base_ms is None else f"{r.base_ms:,.1f}",
            "-" if r.ratio is None else f"{r.ratio:.2f}x",
            "-" if r.goal is None else f"<= {r.goal:.2f}x",
            "-" if r.ratio is None or r.goal is None else ("yes" if r.ratio <= r.goal else "NO"),
            r.baseline,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000],
                        help="numbers of cases (default: 10000 100000)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (default: 7)")
    parser.add_argument("--parts", nargs="+", choices=("import", "queries", "unlock"),
                        default=["import", "queries", "unlock"], help="which parts to run")
    parser.add_argument("--seed", type=int, default=20251, help="seed of the made-up cases")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    if os.environ.pop("CONFIDANT_KDF_LOG2N", None):
        progress("CONFIDANT_KDF_LOG2N ignored: unlock is measured at the calibrated work factor")
    started, load_before = time.perf_counter(), load()
    codebook = default_codebook()
    today = dt.date.today()
    year = today.year - 2  # a full year in the middle of the cases' span
    params = kdf.calibrate() if "unlock" in args.parts else FAST_KDF
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="confidant-bench-") as tmp:
        work = Path(tmp)
        for size in args.sizes:
            progress(f"validating {size:,} made-up cases (once, untimed)")
            cases = made_up_cases(size, codebook, args.seed, today)
            if "import" in args.parts:
                rows.append(bench_import(cases, codebook, work, args.repeat))
            if "queries" in args.parts:
                rows += bench_queries(cases, codebook, work, args.repeat, year)
            if "unlock" in args.parts:
                rows += bench_unlock(cases, codebook, work, args.repeat, params)
            del cases

    print("\n".join(machine()))
    print(f"runs: median of {args.repeat}; ratio = median of pair-by-pair ratios (ours / baseline);"
          f" total {time.perf_counter() - started:.0f} s; load average {load_before} before,"
          f" {load()} after")
    print()
    print(table(rows))
    missed = [r for r in rows if r.ratio is not None and r.goal is not None and r.ratio > r.goal]
    print()
    print(f"{len(missed)} goal(s) missed" + (": " + "; ".join(f"{r.what} @ {r.size:,}"
                                                            for r in missed) if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
