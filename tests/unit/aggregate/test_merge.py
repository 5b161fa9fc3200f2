"""Merging: the sums, the per-file decisions, and order and grouping not mattering."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from support.aggregates import random_aggregate

from confidant_app.aggregate.merge import Input, State, combine, merge
from confidant_app.aggregate.model import Aggregate, make_aggregate
from confidant_app.domain.codebook import Codebook, default_codebook


def _figures(agg: Aggregate | None) -> tuple[object, object, list[str]]:
    assert agg is not None
    return agg.totals, agg.counts, sorted(s.source_id for s in agg.sources)


def test_merge_sums_every_count(codebook: Codebook) -> None:
    rng = random.Random(1)
    parts = [random_aggregate(rng) for _ in range(5)]
    merged = combine(parts, codebook)
    assert merged.totals.cases == sum(p.totals.cases for p in parts)
    assert merged.totals.minutes == sum(p.totals.minutes for p in parts)
    for code in codebook.taxonomy.categories:
        assert merged.counts.category.get(code, 0) == sum(
            p.counts.category.get(code, 0) for p in parts
        )
    assert len(merged.sources) == 5 and merged.is_single_source is False
    assert 0 not in merged.counts.unit.values()


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), n=st.integers(1, 12), groups=st.integers(1, 4), data=st.data())
def test_any_split_into_units_gives_the_same_total(
    seed: int, n: int, groups: int, data: st.DataObject
) -> None:
    codebook = default_codebook()
    rng = random.Random(seed)
    confidants = [random_aggregate(rng) for _ in range(n)]
    direct = merge([Input(f"c{i}", a) for i, a in enumerate(confidants)], codebook).aggregate
    assignment = data.draw(st.lists(st.integers(0, groups - 1), min_size=n, max_size=n))
    units = []
    for g in range(groups):
        members = [Input(f"c{i}", a) for i, a in enumerate(confidants) if assignment[i] == g]
        if members:
            units.append(Input(f"unit{g}", merge(members, codebook).aggregate))  # type: ignore[arg-type]
    shuffled = data.draw(st.permutations(units))
    staged = merge(shuffled, codebook).aggregate
    assert _figures(staged) == _figures(direct)


def test_decisions(codebook: Codebook) -> None:
    rng = random.Random(7)
    a = random_aggregate(rng, label="a")
    b1 = random_aggregate(
        rng, label="b", revision=1, source_id="0" * 8 + "-0000-4000-8000-" + "0" * 12
    )
    b2 = random_aggregate(rng, label="b", revision=2, source_id=b1.sources[0].source_id)
    other_year = random_aggregate(rng, year=2024)
    result = merge(
        [
            Input("a", a),
            Input("b1", b1),
            Input("b2", b2),
            Input("a-copy", a),
            Input("old", other_year),
        ],
        codebook,
    )
    states = {d.input.name: (d.state, d.reason) for d in result.decisions}
    assert states["a"][0] is State.ACCEPTED
    assert states["a-copy"] == (State.DUPLICATE, "identical to a")
    assert states["b1"][0] is State.REPLACED and "revision 2" in states["b1"][1]
    assert states["b2"][0] is State.ACCEPTED
    assert states["old"] == (State.REFUSED, "year 2024, not 2025")
    assert result.warnings == ["b1: revision 1 replaced by revision 2 in b2"]
    assert result.aggregate is not None
    assert result.aggregate.totals.cases == a.totals.cases + b2.totals.cases


def test_double_counting_is_refused(codebook: Codebook) -> None:
    rng = random.Random(3)
    a, b = random_aggregate(rng), random_aggregate(rng)
    unit = combine([a, b], codebook)
    result = merge([Input("unit", unit), Input("a", a)], codebook)
    assert [d.state for d in result.decisions] == [State.REFUSED, State.REFUSED]
    assert "double counting" in result.decisions[0].reason


def test_same_revision_with_different_figures_is_refused(codebook: Codebook) -> None:
    rng = random.Random(4)
    sid = "12345678-0000-4000-8000-000000000000"
    x = random_aggregate(rng, source_id=sid, n_cases=3)
    y = random_aggregate(rng, source_id=sid, n_cases=4)
    result = merge([Input("x", x), Input("y", y)], codebook)
    assert all(d.state is State.REFUSED for d in result.decisions)
    assert result.aggregate is None


def test_other_taxonomy_is_refused(codebook: Codebook) -> None:
    rng = random.Random(5)
    a = random_aggregate(rng)
    data = a.model_dump(mode="json")
    data["taxonomy"] = "defensie-2030"
    foreign = make_aggregate(data, codebook)
    result = merge([Input("a", a), Input("foreign", foreign)], codebook)
    assert result.decisions[1].state is State.REFUSED
    assert "taxonomy defensie-2030" in result.decisions[1].reason


def test_decisions_do_not_depend_on_order(codebook: Codebook) -> None:
    rng = random.Random(9)
    sid = "aaaaaaaa-0000-4000-8000-000000000000"
    items = [
        Input("r1", random_aggregate(rng, source_id=sid, revision=1)),
        Input("r3", random_aggregate(rng, source_id=sid, revision=3)),
        Input("r2", random_aggregate(rng, source_id=sid, revision=2)),
        Input("z", random_aggregate(rng)),
    ]
    forward = merge(items, codebook)
    backward = merge(items[::-1], codebook)
    assert _figures(forward.aggregate) == _figures(backward.aggregate)
    assert {d.input.name: d.state for d in forward.decisions} == {
        d.input.name: d.state for d in backward.decisions
    }
