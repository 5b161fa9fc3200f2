"""The aggregate reader: every refusal names the file, and no input makes it raise anything else."""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.aggregates import random_aggregate

from confidant_app.aggregate.io import (
    AggregateRefusal,
    aggregate_bytes,
    parse_aggregate,
    read_aggregate,
    write_aggregate,
)
from confidant_app.aggregate.model import compute_digest
from confidant_app.domain.codebook import Codebook

GOOD = aggregate_bytes(random_aggregate(random.Random(11), n_cases=12))


def _resealed(change: dict[str, object]) -> bytes:
    data = json.loads(GOOD)
    data.update(change)
    data["digest"] = compute_digest(data)
    return json.dumps(data).encode()


def test_round_trip(tmp_path: Path, codebook: Codebook) -> None:
    agg = random_aggregate(random.Random(2), n_cases=20)
    write_aggregate(tmp_path / "a.json", agg)
    assert read_aggregate(tmp_path / "a.json", codebook) == agg
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_producer_may_leave_out_optional_keys() -> None:
    data = json.loads(GOOD)
    del data["sources"][0]["label"]
    del data["counts"]["outcome"]
    data["digest"] = compute_digest(data)
    assert parse_aggregate(json.dumps(data).encode(), "f").sources[0].label == ""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[]", "not a confidant-aggregate file"),
        (b'{"format": "something-else"}', "not a confidant-aggregate file"),
        (b'{"format": "confidant-aggregate", "schema_version": 2}', "newer version (schema 2"),
        (b'{"format": "confidant-aggregate", "schema_version": "1"}', "schema_version"),
        (b'{"format": "confidant-aggregate", "format": "confidant-aggregate"}', "appears twice"),
        (b'{"format": "confidant-aggregate", "x": NaN}', "NaN is not a count"),
        (b'{"format": "confidant-aggregate", "x": 1.5}', "fraction"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"format": "confidant-aggregate", "schema_version": 1, "taxonomy": "defensie-2025", '
     b'"x": "\\ud800"}', "not valid Unicode"),
        (b'{"format": "confidant-aggregate", "a": [[[[[[[[[[1]]]]]]]]]]}', "schema_version"),
    ],
)
def test_refusals_name_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(AggregateRefusal) as info:
        parse_aggregate(data, "unit-CLAS.json")
    assert str(info.value).startswith("unit-CLAS.json: ")
    assert reason in str(info.value)


def test_tampered_figures_fail_the_digest() -> None:
    tampered = GOOD.replace(b'"cases": 12', b'"cases": 13')
    assert tampered != GOOD
    with pytest.raises(AggregateRefusal, match="digest does not match"):
        parse_aggregate(tampered, "f.json")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"taxonomy": "../../etc/passwd"}, "taxonomy: missing or malformed"),
        ({"taxonomy": "defensie-1999"}, "taxonomy defensie-1999 is unknown"),
        ({"year": 1850}, "year"),
        ({"extra": 1}, "extra"),
        ({"sources": []}, "sources"),
        (
            {"totals": {"cases": -1, "conversations": 0, "minutes": 0, "open_at_year_end": 0}},
            "totals.cases",
        ),
    ],
)
def test_resealed_but_invalid_content_is_refused(change: dict[str, object], reason: str) -> None:
    with pytest.raises(AggregateRefusal, match=reason.replace(".", r"\.")):
        parse_aggregate(_resealed(change), "f.json")


def test_figures_that_contradict_each_other_are_refused() -> None:
    data = json.loads(GOOD)
    data["counts"]["unit"] = {"BS": 1}
    data["digest"] = compute_digest(data)
    with pytest.raises(AggregateRefusal, match=r"counts\.unit sums to 1, but totals\.cases is 12"):
        parse_aggregate(json.dumps(data).encode(), "f.json")


def test_unknown_codes_are_refused() -> None:
    data = json.loads(GOOD)
    data["counts"]["referral"] = {"Jan de Vries": 1}
    data["digest"] = compute_digest(data)
    with pytest.raises(AggregateRefusal, match="referral: unknown code"):
        parse_aggregate(json.dumps(data).encode(), "f.json")


def test_missing_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(AggregateRefusal, match="cannot read"):
        read_aggregate(tmp_path / "missing.json")
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(AggregateRefusal, match="larger than 20 MB"):
        read_aggregate(huge)


def _mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        kind = rng.randrange(5)
        pos = rng.randrange(len(buf) + 1)
        if kind == 0 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif kind == 1:
            buf[pos:pos] = bytes(rng.choice(b'{}[]":,0123456789-.eEnNtf\\ u'))
        elif kind == 2:
            del buf[pos : pos + rng.randint(1, 40)]
        elif kind == 3:
            buf[pos:pos] = buf[rng.randrange(len(buf) or 1) :][: rng.randint(1, 60)]
        else:
            del buf[pos:]
    return bytes(buf)


def test_ten_thousand_mutated_and_random_files_only_ever_refuse(codebook: Codebook) -> None:
    rng = random.Random(20251129)
    seeds = [GOOD, aggregate_bytes(random_aggregate(rng, n_cases=0))]
    outcomes = {"refused": 0, "accepted": 0}
    for i in range(10_000):
        if i % 10 == 0:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
        else:
            data = _mutate(rng.choice(seeds), rng)
        try:
            parse_aggregate(data, "fuzz.json", codebook)
            outcomes["accepted"] += 1
        except AggregateRefusal:
            outcomes["refused"] += 1
    assert outcomes["refused"] > 9_000, outcomes


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers()
    | st.text(max_size=20) | st.sampled_from(["\ud800", "a\udfff"]),  # lone surrogates too
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=10), children, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_any_json_value_only_ever_refuses(value: object) -> None:
    data = json.loads(GOOD)
    key = random.Random(repr(value)).choice(list(data))
    data[key] = value
    try:
        data["digest"] = compute_digest(data)
    except UnicodeEncodeError:  # a lone surrogate: no producer could seal it either
        data["digest"] = "sha256:" + "0" * 64
    with contextlib.suppress(AggregateRefusal):
        parse_aggregate(json.dumps(data).encode(), "h.json")
