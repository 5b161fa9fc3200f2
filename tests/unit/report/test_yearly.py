"""The yearly report: contract JSON, top 3, year beside year, and disclosure control attacked by
an independent solver that knows every relation a reader can see in the published tables."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import pytest
from support.aggregates import random_aggregate

from confidant_app.aggregate.disclosure import Protection
from confidant_app.aggregate.merge import combine
from confidant_app.aggregate.model import Aggregate
from confidant_app.domain.codebook import Codebook
from confidant_app.report.render import report_json, report_text
from confidant_app.report.yearly import yearly


def _unit_year(codebook: Codebook, year: int, seed: int, n: int = 6) -> Aggregate:
    rng = random.Random(seed)
    return combine(
        [random_aggregate(rng, year=year, n_cases=rng.randint(2, 9)) for _ in range(n)], codebook
    )


def test_contract_keys_and_top3(codebook: Codebook) -> None:
    agg = _unit_year(codebook, 2025, 1)
    data = report_json(yearly(agg, codebook))
    assert data["year"] == 2025 and data["cases"] == agg.totals.cases
    assert set(data["top3"]) == {g.code for g in codebook.taxonomy.groups}
    for group, codes in data["top3"].items():
        counts = [agg.counts.category[c] for c in codes]
        assert counts == sorted(counts, reverse=True) and len(codes) <= 3
        assert all(c.startswith(group + ".") for c in codes)
        carried = [c for c, n in agg.counts.category.items() if c.startswith(group) and n > 0]
        assert len(codes) == min(3, len(carried))


def test_top3_ties_are_broken_by_code(codebook: Codebook) -> None:
    from confidant_app.report.yearly import top3

    agg = _unit_year(codebook, 2025, 2)
    fake = agg.model_copy(
        update={
            "counts": agg.counts.model_copy(
                update={
                    "category": {"OG.PES": 4, "OG.INT": 4, "OG.KWA": 9, "OG.AGR": 4, "ZI.REG": 1}
                }
            )
        }
    )
    ranked = top3(fake, codebook)
    assert ranked["OG"] == ["OG.KWA", "OG.AGR", "OG.INT"]
    assert ranked["ZI"] == ["ZI.REG"] and ranked["WB"] == []


def test_years_beside_each_other(codebook: Codebook) -> None:
    years = [_unit_year(codebook, y, y) for y in (2025, 2024, 2023)]
    report = yearly(years[0], codebook, compare=[years[2], years[1]])
    assert report.years == [2025, 2024, 2023]
    data = report_json(report)
    assert [c["year"] for c in data["compare"]] == [2024, 2023]
    text = report_text(report)
    assert "2025      2024      2023" in text
    assert f"In 2025 zijn er {years[0].totals.cases} casussen" in text
    english = report_text(report, "en")
    assert f"In 2025, confidants registered {years[0].totals.cases} cases." in english


def test_small_counts_are_never_published(codebook: Codebook) -> None:
    agg = _unit_year(codebook, 2025, 3)
    for k in (3, 5, 10):
        data = report_json(yearly(agg, codebook, min_cell=k))
        for table in data["tables"].values():
            for value in _leaves(table):
                assert not (isinstance(value, int) and 0 < value < k), (k, value)


def test_min_cell_floor(codebook: Codebook) -> None:
    with pytest.raises(ValueError):
        yearly(_unit_year(codebook, 2025, 4), codebook, min_cell=2)


def _leaves(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [leaf for v in node.values() for leaf in _leaves(v)]
    return [node]


# -- the attack ---------------------------------------------------------------------------------


def _relations(data: dict[str, Any], codebook: Codebook) -> list[tuple[Any, list[Any]]]:
    """Every linear relation a reader can see in one year's published report (parent, children),
    written out from the report's documented structure, independently of the code under test."""
    t, tax = data["tables"], codebook.taxonomy
    cases, conv = ("totals", "cases"), ("totals", "conversations")
    rel: list[tuple[Any, list[Any]]] = []
    rel.append((cases, [("primary_category", c) for c in t["primary_category"]]))
    rel.append((cases, [("rijk", r) for r in t["rijk"]]))
    for r in t["rijk"]:
        members = [
            c
            for c in tax.categories
            if (tax.categories[c].rijk or ("MS" if c.startswith("MS.") else "-")) == r
        ]
        rel.append((("rijk", r), [("primary_category", c) for c in members]))
    for g in tax.groups:
        rel.append((("group", g.code), [("gbg", s, g.code) for s in t["gender_by_group"]]))
        if len(g.codes) == 1:
            rel.append((("group", g.code), [("category", g.codes[0].code)]))
    for name in ("unit", "role", "gender", "position", "quarter"):
        rel.append((cases, [(name, c) for c in t[name]]))
    rel.append((conv, [("channel", c) for c in t["channel"]]))
    return rel


def _value(data: dict[str, Any], key: Any) -> Any:
    if key[0] == "totals":
        return data["totals"][key[1]]
    if key[0] == "gbg":
        return data["tables"]["gender_by_group"][key[1]][key[2]]
    return data["tables"][key[0]][key[1]]


def recovered(data: dict[str, Any], codebook: Codebook) -> set[Any]:
    """Hidden cells the attacker pins down exactly: reduced row echelon form over the rationals;
    a hidden cell is known iff its pivot row has no other hidden cell in it."""
    rows: list[dict[Any, Fraction]] = []
    for parent, children in _relations(data, codebook):
        row: dict[Any, Fraction] = {}
        constant = Fraction(0)
        for key, sign in [(parent, -1), *[(c, 1) for c in children]]:
            value = _value(data, key)
            if isinstance(value, str):
                row[key] = row.get(key, Fraction(0)) + sign
            else:
                constant -= sign * value
        row = {k: v for k, v in row.items() if v}
        if row:
            rows.append(row)
    pivots: dict[Any, dict[Any, Fraction]] = {}
    for row in rows:
        for p, prow in pivots.items():
            if p in row:
                factor = row[p]
                row = {k: row.get(k, 0) - factor * prow.get(k, 0) for k in set(row) | set(prow)}
                row = {k: v for k, v in row.items() if v}
        if not row:
            continue
        p = min(row, key=str)
        row = {k: v / row[p] for k, v in row.items()}
        for q, qrow in pivots.items():
            if p in qrow:
                factor = qrow[p]
                pivots[q] = {
                    k: v
                    for k in set(qrow) | set(row)
                    if (v := qrow.get(k, 0) - factor * row.get(k, 0))
                }
        pivots[p] = row
    return {p for p, row in pivots.items() if len(row) == 1}


def test_no_hidden_cell_can_be_recovered(codebook: Codebook) -> None:
    for seed in range(6):
        years = [
            _unit_year(codebook, y, seed * 10 + y, n=random.Random(seed).randint(1, 8))
            for y in (2025, 2024, 2023)
        ]
        report = yearly(years[0], codebook, compare=years[1:])
        data = report_json(report)
        hidden = 0
        for year_data in (data, *data["compare"]):
            hidden += sum(isinstance(v, str) for v in _leaves(year_data["tables"]))
            assert recovered(year_data, codebook) == set(), seed
        assert hidden > 0  # the figures were small enough that protection had work to do


def test_the_attack_works_on_primary_suppression_alone(codebook: Codebook) -> None:
    agg = _unit_year(codebook, 2025, 5, n=3)
    report = yearly(agg, codebook)
    assert report.protection is not None and report.protection.secondary
    report.protection = Protection(
        report.protection.min_cell, report.protection.primary, frozenset()
    )
    assert recovered(report_json(report), codebook)


def test_exact_view_is_marked_and_unsuppressed(codebook: Codebook) -> None:
    agg = _unit_year(codebook, 2025, 6)
    report = yearly(agg, codebook, min_cell=None)
    data = report_json(report)
    assert data["disclosure"]["published"] is False
    assert not any(isinstance(v, str) for v in _leaves(data["tables"]))
    assert "NIET VOOR PUBLICATIE" in report_text(report)
