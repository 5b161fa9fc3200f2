"""Merging aggregates: confidants into a unit, units into Defence. The result has the same format,
so it can be merged again.

Each input gets a decision, so the coordinators' workspace can show why a file did or did not
count; the command line refuses the whole merge when any input is refused. Rules (interfaces.md):
a different year or taxonomy is refused; a source that two inputs share is double counting when
either input holds more than one source; two single-source exports of one source keep the higher
revision (with a warning), and identical twins count once. Decisions do not depend on input order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter
from typing import Any

from confidant_app.aggregate.model import TABLE_FIELDS, Aggregate, Source, make_aggregate
from confidant_app.domain.codebook import Codebook
from confidant_app.errors import UserError


class State(Enum):
    ACCEPTED = "accepted"
    REPLACED = "replaced by a newer revision"
    DUPLICATE = "identical duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class Input:
    name: str
    aggregate: Aggregate


@dataclass(frozen=True)
class Decision:
    input: Input
    state: State
    reason: str = ""


@dataclass(frozen=True)
class MergeResult:
    aggregate: Aggregate | None  # None when nothing was accepted
    decisions: list[Decision]
    warnings: list[str]

    @property
    def refused(self) -> list[Decision]:
        return [d for d in self.decisions if d.state is State.REFUSED]


class MergeRefusal(UserError):
    pass


def decide(
    inputs: Sequence[Input], year: int | None = None, taxonomy: str | None = None
) -> tuple[list[Decision], list[str]]:
    """Decide for each input whether it counts. The reference year and taxonomy are the given ones,
    else the most common among the inputs (ties: the earliest year)."""
    if not inputs:
        return [], []
    aggregates = [item.aggregate for item in inputs]
    years = Counter(map(attrgetter("year"), aggregates))
    year = year if year is not None else min(years, key=lambda y: (-years[y], y))
    taxonomies = Counter(map(attrgetter("taxonomy"), aggregates))
    taxonomy = taxonomy or min(taxonomies, key=lambda t: (-taxonomies[t], t))
    states: dict[int, tuple[State, str]] = {}
    warnings: list[str] = []
    if len(years) > 1 or year not in years or len(taxonomies) > 1 or taxonomy not in taxonomies:
        for n, agg in enumerate(aggregates):
            if agg.year != year:
                states[n] = (State.REFUSED, f"year {agg.year}, not {year}")
            elif agg.taxonomy != taxonomy:
                states[n] = (State.REFUSED, f"taxonomy {agg.taxonomy}, not {taxonomy}")
    counted = [a for n, a in enumerate(aggregates) if n not in states] if states else aggregates
    source_ids = [s.source_id for agg in counted for s in agg.sources]
    if len(set(source_ids)) < len(source_ids):  # some source is held twice: which, and by whom
        holders: dict[str, list[int]] = defaultdict(list)
        for n, agg in enumerate(aggregates):
            if n not in states:
                for source in agg.sources:
                    holders[source.source_id].append(n)
        for source_id, held_by in holders.items():
            if len(held_by) < 2:
                continue
            if any(not inputs[n].aggregate.is_single_source for n in held_by):
                names = ", ".join(inputs[n].name for n in held_by)
                for n in held_by:
                    states[n] = (
                        State.REFUSED,
                        f"double counting: source {source_id[:8]} is in {names}",
                    )
                continue
            _resolve_twins(inputs, held_by, states, warnings)
    if not states:
        return [Decision(item, State.ACCEPTED) for item in inputs], warnings
    accepted = (State.ACCEPTED, "")
    decisions = [Decision(item, *states.get(n, accepted)) for n, item in enumerate(inputs)]
    return decisions, warnings


def _resolve_twins(
    inputs: Sequence[Input],
    held_by: list[int],
    states: dict[int, tuple[State, str]],
    warnings: list[str],
) -> None:
    """Single-source exports of one vault: the highest revision counts, an identical copy once."""

    def revision(n: int) -> int:
        return inputs[n].aggregate.sources[0].revision

    top = max(revision(n) for n in held_by)
    best = [n for n in held_by if revision(n) == top]
    if len({inputs[n].aggregate.digest for n in best}) > 1:
        names = ", ".join(inputs[n].name for n in best)
        for n in best:
            states[n] = (
                State.REFUSED,
                f"same source and revision {top} with different figures in {names}",
            )
        return
    keep = min(best, key=lambda n: inputs[n].name)
    for n in held_by:
        if n == keep:
            continue
        if revision(n) == top:
            states[n] = (State.DUPLICATE, f"identical to {inputs[keep].name}")
        else:
            states[n] = (
                State.REPLACED,
                f"revision {revision(n)} replaced by revision {top} in {inputs[keep].name}",
            )
            warnings.append(
                f"{inputs[n].name}: revision {revision(n)} replaced by revision "
                f"{top} in {inputs[keep].name}"
            )


def combine(aggregates: Sequence[Aggregate], codebook: Codebook) -> Aggregate:
    """Sum accepted aggregates (same year and taxonomy, disjoint sources) into one."""
    first = aggregates[0]
    cases = conversations = minutes = open_at_year_end = 0
    tables: dict[str, dict[str, int]] = {name: {} for name in TABLE_FIELDS}
    accumulators = list(tables.items())
    by_group: dict[str, dict[str, int]] = defaultdict(dict)
    sources: list[Source] = []
    for agg in aggregates:
        # The aggregates were validated when made (frozen models), so their fields are read
        # straight from the instance: a thousand files, eleven tables each, a few codes a table.
        totals = agg.totals
        cases += totals.cases
        conversations += totals.conversations
        minutes += totals.minutes
        open_at_year_end += totals.open_at_year_end
        counts = vars(agg.counts)
        for name, acc in accumulators:
            table = counts[name]
            if table:
                for key, value in table.items():
                    acc[key] = acc.get(key, 0) + value
        for gender, groups in counts["gender_by_group"].items():
            acc = by_group[gender]
            for key, value in groups.items():
                acc[key] = acc.get(key, 0) + value
        sources += agg.sources
    merged: dict[str, Any] = {name: _nonzero(table) for name, table in tables.items()}
    merged["gender_by_group"] = {g: _nonzero(c) for g, c in sorted(by_group.items()) if any(
        c.values())}
    sources.sort(key=attrgetter("unit", "label", "source_id"))
    return make_aggregate(
        {
            "taxonomy": first.taxonomy,
            "year": first.year,
            # Validated ``Source`` instances: pydantic takes them as they are (it does not
            # revalidate instances), and the merged aggregate's own checks still run.
            "sources": sources,
            "totals": {"cases": cases, "conversations": conversations, "minutes": minutes,
                       "open_at_year_end": open_at_year_end},
            "counts": merged,
        },
        codebook,
    )


def _nonzero(counter: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in sorted(counter.items()) if v}


def merge(inputs: Sequence[Input], codebook: Codebook, *, year: int | None = None) -> MergeResult:
    decisions, warnings = decide(inputs, year, codebook.taxonomy.id if inputs else None)
    accepted = [d.input.aggregate for d in decisions if d.state is State.ACCEPTED]
    merged = combine(accepted, codebook) if accepted else None
    return MergeResult(merged, decisions, warnings)
