"""Collecting export files for the coordinator's workspace, without Qt: what each file counts for,
and the merged figures.

Two steps, so the slow one can run on a worker thread and be cancelled:

1. ``read_files`` reads and validates each file (``io.read_aggregate``): a ``Reading`` holds the
   aggregate, or the refusal that names what is wrong with the file;
2. ``collect`` decides, with the same rules as ``confidant merge`` (``merge.merge``), what every
   readable file counts for, and sums the accepted ones. A file that could not be read becomes a
   refused row and never reaches the merge, so it cannot change a total.

``refresh`` runs both for one change of a ``Workspace`` (``aggregate.workspace``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from confidant_app.aggregate.files import display_names, expand
from confidant_app.aggregate.io import AggregateRefusal, read_aggregate
from confidant_app.aggregate.merge import Input, State, merge
from confidant_app.aggregate.model import Aggregate
from confidant_app.aggregate.roster import RosterStatus, check_roster
from confidant_app.aggregate.workspace import Workspace
from confidant_app.domain.codebook import Codebook
from confidant_app.errors import UserError


class Problem(Enum):
    """Why a file does not count, so the interface can say it in the coordinator's language; the
    core's own English sentence stays in ``FileRow.reason``."""

    UNREADABLE = "unreadable"  # missing, no permission, not JSON, not an aggregate...
    DIGEST = "digest"  # changed or damaged after export
    NEWER = "newer"  # made by a newer version of the application
    YEAR = "year"  # another year than the one being merged
    TAXONOMY = "taxonomy"
    DOUBLE = "double"  # a source counted in two files, one of them a merge
    CONFLICT = "conflict"  # one source and revision, two different sets of figures
    SAME_YEAR = "same year"  # a compare file of the year being merged
    YEAR_TWICE = "year twice"  # two compare files of one year


class Cancelled(UserError):
    """The coordinator cancelled a long read; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


@dataclass(frozen=True)
class Reading:
    """One file as read: its aggregate, or the refusal (``aggregate`` None)."""

    path: Path
    aggregate: Aggregate | None
    refusal: AggregateRefusal | None = None


@dataclass(frozen=True)
class FileRow:
    """One collected file as the coordinator sees it. ``others``: the display names of the files
    this one is measured against (the newer revision, its twin, the file it double counts with)."""

    path: Path
    name: str
    state: State
    problem: Problem | None = None
    reason: str = ""
    others: tuple[str, ...] = ()
    label: str = ""
    unit: str = ""
    year: int | None = None
    revision: int | None = None
    cases: int | None = None
    sources: int = 0

    @property
    def counted(self) -> bool:
        return self.state is State.ACCEPTED


@dataclass(frozen=True)
class Collection:
    """The decided files, the merged aggregate of the accepted ones (None when none was), and the
    earlier years' files set beside it."""

    rows: list[FileRow]
    merged: Aggregate | None
    year: int | None
    warnings: list[str] = field(default_factory=list)
    compare_rows: list[FileRow] = field(default_factory=list)
    compare: list[Aggregate] = field(default_factory=list)

    @property
    def counted(self) -> list[FileRow]:
        return [r for r in self.rows if r.counted]

    @property
    def years(self) -> list[int]:
        """The years the files hold, the most common first: the choices of the year to merge."""
        seen: dict[int, int] = {}
        for row in self.rows:
            if row.year is not None:
                seen[row.year] = seen.get(row.year, 0) + 1
        return sorted(seen, key=lambda y: (-seen[y], -y))

    def roster(self, expected: Sequence[str]) -> RosterStatus:
        """Who on the roster delivered: a source counts as delivered once a counted file holds
        it (a refused file has not delivered yet)."""
        return check_roster(expected, self.merged.sources if self.merged else [])


# -- reading ------------------------------------------------------------------------------------


def read_file(path: Path, codebook: Codebook) -> Reading:
    try:
        return Reading(path, read_aggregate(path, codebook))
    except AggregateRefusal as refusal:
        return Reading(path, None, refusal)


def read_files(
    paths: Sequence[Path],
    codebook: Codebook,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Reading]:
    """Read every file; ``progress(done, total)`` after each, and ``Cancelled`` as soon as
    ``cancelled()`` says so (then nothing is returned, so nothing half-read is shown)."""
    out: list[Reading] = []
    total = len(paths)
    for n, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled
        out.append(read_file(path, codebook))
        if progress is not None:
            progress(n, total)
    return out


# -- deciding -----------------------------------------------------------------------------------

_READ_PROBLEMS = (
    ("digest does not match", Problem.DIGEST),
    ("made by a newer version", Problem.NEWER),
)
# The reasons ``merge.decide`` gives, by how they begin (tests/unit/aggregate/test_workspace.py
# checks that each of them is recognised, so a reworded reason cannot slip through unnoticed).
_MERGE_PROBLEMS = (
    ("year ", Problem.YEAR),
    ("taxonomy ", Problem.TAXONOMY),
    ("double counting", Problem.DOUBLE),
    ("same source and revision", Problem.CONFLICT),
)


def _read_problem(refusal: AggregateRefusal) -> Problem:
    return next((p for text, p in _READ_PROBLEMS if refusal.reason.startswith(text)),
                Problem.UNREADABLE)


def _merge_problem(reason: str) -> Problem:
    return next((p for text, p in _MERGE_PROBLEMS if reason.startswith(text)), Problem.UNREADABLE)


def _described(path: Path, name: str, aggregate: Aggregate, state: State,
               problem: Problem | None = None, reason: str = "",
               others: tuple[str, ...] = ()) -> FileRow:
    """The row of a readable file, with what it says about itself: source(s), year and size."""
    sources = aggregate.sources
    if len(sources) == 1:
        first = sources[0]
        # Positional: a thousand rows at a time, and keywords cost a third more here.
        return FileRow(path, name, state, problem, reason, others, first.label, first.unit,
                       aggregate.year, first.revision, aggregate.totals.cases, 1)
    units = sorted({s.unit for s in sources if s.unit})
    return FileRow(path, name, state, problem, reason, others, label="", unit=", ".join(units),
                   year=aggregate.year, revision=None, cases=aggregate.totals.cases,
                   sources=len(sources))


def collect(
    readings: Sequence[Reading],
    codebook: Codebook,
    *,
    year: int | None = None,
    compare: Sequence[Reading] = (),
) -> Collection:
    """Decide every file and merge the accepted ones. ``year`` None: the most common year among
    the readable files (as ``confidant merge`` chooses). Rows keep the order of ``readings``; a
    path given twice is one file."""
    readings = list({r.path: r for r in readings}.values())
    names = display_names([r.path for r in (*readings, *compare)])
    named = [names[r.path] for r in readings]
    inputs = [Input(name, r.aggregate) for name, r in zip(named, readings, strict=True)
              if r.aggregate is not None]
    result = merge(inputs, codebook, year=year)
    decided = {d.input.name: d for d in result.decisions}
    held: dict[str, list[str]] = {}  # source id -> names of the files that hold it
    for item in inputs:
        for source in item.aggregate.sources:
            held.setdefault(source.source_id, []).append(item.name)
    rows: list[FileRow] = []
    for name, reading in zip(named, readings, strict=True):
        if reading.aggregate is None:
            assert reading.refusal is not None
            rows.append(FileRow(reading.path, name, State.REFUSED, _read_problem(reading.refusal),
                                reading.refusal.reason))
            continue
        decision = decided[name]
        sources = reading.aggregate.sources
        others: list[str]
        if len(sources) == 1 and len(held[sources[0].source_id]) == 1:
            others = []  # the one file that holds its one source: this one
        else:
            others = sorted({n for s in sources for n in held[s.source_id]} - {name})
        problem = _merge_problem(decision.reason) if decision.state is State.REFUSED else None
        if problem in (Problem.YEAR, Problem.TAXONOMY):
            others = []  # such a file was never measured against the others
        rows.append(_described(reading.path, name, reading.aggregate, decision.state, problem,
                               decision.reason, tuple(others)))
    merged = result.aggregate
    chosen = merged.year if merged is not None else year
    compare_rows, beside = _compare(compare, names, chosen, codebook)
    return Collection(rows, merged, chosen, list(result.warnings), compare_rows, beside)


def _compare(readings: Sequence[Reading], names: dict[Path, str], year: int | None,
             codebook: Codebook) -> tuple[list[FileRow], list[Aggregate]]:
    """Earlier years' merged files: one per year, none of the year being merged."""
    rows: list[FileRow] = []
    accepted: dict[int, Aggregate] = {}
    for reading in readings:
        name = names[reading.path]
        agg = reading.aggregate
        if agg is None:
            assert reading.refusal is not None
            rows.append(FileRow(reading.path, name, State.REFUSED, _read_problem(reading.refusal),
                                reading.refusal.reason))
            continue
        problem, reason = None, ""
        if agg.year == year:
            problem, reason = Problem.SAME_YEAR, f"year {agg.year} is the year being merged"
        elif agg.year in accepted:
            problem, reason = Problem.YEAR_TWICE, f"year {agg.year} is given twice"
        elif agg.taxonomy != codebook.taxonomy.id:
            problem = Problem.TAXONOMY
            reason = f"taxonomy {agg.taxonomy}, not {codebook.taxonomy.id}"
        else:
            accepted[agg.year] = agg
        rows.append(_described(reading.path, name, agg,
                               State.REFUSED if problem else State.ACCEPTED, problem, reason))
    return rows, [accepted[y] for y in sorted(accepted, reverse=True)]


# -- one step of work -------------------------------------------------------------------------


def refresh(
    workspace: Workspace,
    cache: dict[Path, Reading],
    codebook: Codebook,
    *,
    add: Sequence[Path] = (),
    add_compare: Sequence[Path] = (),
    read_again: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Workspace, dict[Path, Reading], Collection]:
    """Everything one change needs, for a worker thread: folders opened, files not yet read (or
    all of them, ``read_again``) read, every file decided and merged. Returns the new workspace,
    the readings of its files and the collection; ``workspace`` and ``cache`` are left as they
    were, so a cancelled step changes nothing. ``Cancelled`` as soon as ``cancelled()`` says so:
    before each file, and before and after the files are decided and merged (reading a thousand
    files takes a few tens of milliseconds now; a request that comes just after should hold)."""
    files = _added(workspace.files, add)
    compare = _added(workspace.compare, add_compare)
    wanted = [*files, *compare]
    known: dict[Path, Reading] = {}
    if read_again or not cache:  # nothing to look up (a path's first hash costs 2 us)
        missing = list(dict.fromkeys(wanted))
    else:
        known = {p: cache[p] for p in wanted if p in cache}
        missing = list(dict.fromkeys(p for p in wanted if p not in known))
    for reading in read_files(missing, codebook, progress=progress, cancelled=cancelled):
        known[reading.path] = reading
    if cancelled is not None and cancelled():  # asked while the last files were read
        raise Cancelled
    collection = collect([known[p] for p in files], codebook, year=workspace.year,
                         compare=[known[p] for p in compare])
    if cancelled is not None and cancelled():  # or while they were decided and merged
        raise Cancelled
    return replace(workspace, files=files, compare=compare), known, collection


def _added(current: list[Path], more: Sequence[Path]) -> list[Path]:
    """``current`` and the new files of ``more`` (folders opened), each path once, in full."""
    out = list(current)
    fresh = dict.fromkeys(expand(Path(os.path.abspath(p)) for p in more))
    if out:
        seen = set(out)
        out += (path for path in fresh if path not in seen)
    else:
        out += fresh
    return out


def units_of(aggregate: Aggregate | None) -> list[str]:
    """The units whose sources an aggregate holds, in code order."""
    return sorted({s.unit for s in aggregate.sources if s.unit}) if aggregate else []


