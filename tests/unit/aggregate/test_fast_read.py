"""The fast ways of reading many aggregate files (``benchmarks/coordinator.py``) change no outcome.

``io.parse_aggregate`` validates the bytes in one pass of pydantic-core, without the duplicate-key
hook, and takes the canonical form from the model (``model.canonical_json_of``) when a count of
colons and the model's strictness can vouch for the text, and falls back to the strict reading
(``_load_strict``) for anything else, which then also words every refusal. These tests hold it
to the strict reading: the same aggregate or the same refusal, whatever the bytes; a duplicate
key is refused even when the digest fits the content a hook-free parser would see, or what
pydantic's lax reading keeps; the digest is the contract's, byte for byte. Further down, the
merge and the collection hold their faster ways to the code as it was.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from support.aggregates import random_aggregate

from confidant_app.aggregate import collect as collect_module
from confidant_app.aggregate import io
from confidant_app.aggregate import merge as merge_module
from confidant_app.aggregate.files import display_names, expand
from confidant_app.aggregate.io import AggregateRefusal, aggregate_bytes, parse_aggregate
from confidant_app.aggregate.merge import Decision, Input, State, combine
from confidant_app.aggregate.model import (
    Aggregate,
    Counts,
    canonical_json,
    canonical_json_of,
    compute_digest,
    make_aggregate,
)
from confidant_app.domain.codebook import Codebook, default_codebook

GOOD = aggregate_bytes(random_aggregate(random.Random(11), n_cases=12))


def _strict(data: bytes, name: str = "f.json", codebook: Codebook | None = None) -> object:
    """The reading as it was before the fast path: every object through the duplicate-key hook,
    the canonical form computed afterwards. The outcome: the aggregate, or the refusal's text."""
    try:
        if len(data) > io.MAX_BYTES:
            raise AggregateRefusal(name, "too large")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise AggregateRefusal(name, "not UTF-8 text; not an aggregate file") from None
        return io._validated(io._load_strict(text, name), None, name, codebook)
    except AggregateRefusal as exc:
        return str(exc)


def _outcome(data: bytes, name: str = "f.json", codebook: Codebook | None = None) -> object:
    try:
        return parse_aggregate(data, name, codebook)
    except AggregateRefusal as exc:
        return str(exc)


def _sealed(data: dict[str, Any]) -> dict[str, Any]:
    return dict(data, digest=compute_digest(data))


# -- the digest is the contract's --------------------------------------------------------------


def test_the_digest_of_a_fixed_document_never_changes() -> None:
    """interfaces.md section 3: sha256 of the canonical JSON of every other key. Computed once
    with ``json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)``."""
    doc = {
        "format": "confidant-aggregate", "schema_version": 1, "taxonomy": "defensie-2025",
        "year": 2025,
        "sources": [{"source_id": "0b7e5c1a-1111-4222-8333-944445555666", "unit": "CLAS",
                     "label": 'Zo\u00eb "Noord": \u00fc\\ \U0001f600', "revision": 3,
                     "exported_at": "2026-01-10T09:12:00Z"}],
        "totals": {"cases": 2, "conversations": 3, "minutes": 90, "open_at_year_end": 1},
        "counts": {"unit": {"CLAS": 2}, "category": {"OG.INT": 2, "AC.ARB": 1},
                   "gender_by_group": {"V": {"OG": 1}}},
        "digest": "anything: it is left out",
    }
    assert canonical_json(doc).decode() == (
        '{"counts":{"category":{"AC.ARB":1,"OG.INT":2},"gender_by_group":{"V":{"OG":1}},'
        '"unit":{"CLAS":2}},"format":"confidant-aggregate","schema_version":1,"sources":'
        '[{"exported_at":"2026-01-10T09:12:00Z","label":"Zo\u00eb \\"Noord\\": \u00fc\\\\ '
        '\U0001f600","revision":3,"source_id":"0b7e5c1a-1111-4222-8333-944445555666",'
        '"unit":"CLAS"}],"taxonomy":"defensie-2025","totals":{"cases":2,"conversations":3,'
        '"minutes":90,"open_at_year_end":1},"year":2025}'
    )
    assert compute_digest(doc) == (
        "sha256:2924d1ff1fd3f42cbda1147d5c635cff13ca1f2dbc158bc70a750a01150b7f59"
    )


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=6))
def test_canonical_json_is_the_contracts_json_dumps(data: dict[str, Any]) -> None:
    body = {k: v for k, v in data.items() if k != "digest"}
    try:
        expected = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except ValueError:  # nothing to compare with: a lone surrogate fails both the same way
        with pytest.raises(ValueError):
            canonical_json(data)
        return
    try:
        assert canonical_json(data) == expected.encode()
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            expected.encode()


# -- duplicate keys ----------------------------------------------------------------------------


def _with_a_key_twice(where: str, pair: str) -> bytes:
    """GOOD, with ``pair`` written before the first ``where`` in its text: a hook-free parser
    keeps the later (original) value, so the digest fits what it would see."""
    text = GOOD.decode()
    at = text.index(where)
    return (text[:at] + pair + ", " + text[at:]).encode()


@pytest.mark.parametrize(
    ("where", "pair"),
    [
        ('"format"', '"year": 1999'),  # top level, another value
        ('"format"', '"taxonomy": "defensie-2025"'),  # the same value twice
        ('"format"', '"digest": "sha256:' + "0" * 64 + '"'),  # the digest itself twice
        ('"format"', '"totals": {"cases": 1, "x": {"y": "a:b"}}'),  # colons in what is dropped
        ('"source_id"', '"label": "a: b: c"'),
        ('"source_id"', '"revision": 7'),
        ('"cases"', '"minutes": 1'),
        ('"category"', '"role": {}'),
        ('"gender_by_group"', '"outcome": {"INF": 3}'),
    ],
)
def test_a_key_twice_is_refused_though_the_digest_fits(where: str, pair: str) -> None:
    data = _with_a_key_twice(where, pair)
    raw = json.loads(data)  # what a reader without the hook would see: the original
    assert raw == json.loads(GOOD) and compute_digest(raw) == raw["digest"]
    with pytest.raises(AggregateRefusal, match="appears twice in one object"):
        parse_aggregate(data, "f.json")
    assert _outcome(data) == _strict(data)


def test_a_key_twice_in_a_table_is_refused_though_the_digest_fits() -> None:
    raw = json.loads(GOOD)
    table = next(name for name, t in raw["counts"].items() if t and name != "gender_by_group")
    code = next(iter(raw["counts"][table]))
    text = GOOD.decode()
    start = text.index(f'"{table}": {{')
    at = text.index(f'"{code}"', start)
    data = (text[:at] + f'"{code}": 999, ' + text[at:]).encode()
    assert compute_digest(json.loads(data)) == raw["digest"]
    with pytest.raises(AggregateRefusal, match="appears twice"):
        parse_aggregate(data, "f.json")


def test_a_key_twice_among_escapes_is_refused_the_strict_way() -> None:
    """A backslash anywhere sends the file the strict way (escapes could hide colons)."""
    data = _with_a_key_twice('"format"', '"year": 1999, "x\\u003a": 1')
    assert io._read_fast(data, None) is None
    with pytest.raises(AggregateRefusal, match="appears twice"):
        parse_aggregate(data, "f.json")


def test_an_escaped_colon_cannot_make_up_for_a_key_twice() -> None:
    """A colon written ``\\u003a`` is one more in what is parsed than in the text: with a key
    written twice the counts would agree. A backslash anywhere sends the file the strict way."""
    data = json.loads(GOOD)
    data["sources"][0]["label"] = "a:b"
    data["digest"] = compute_digest(data)
    text = json.dumps(data, indent=1).replace('"a:b"', '"a\\u003ab"')
    text = "{" + '"year": 1999, ' + text[1:]  # a hook-free parser keeps the later 2025
    assert text.count(":") == canonical_json(json.loads(text)).count(b":") + 2
    assert compute_digest(json.loads(text)) == data["digest"]
    assert io._read_fast(text.encode(), None) is None
    with pytest.raises(AggregateRefusal, match="appears twice"):
        parse_aggregate(text.encode(), "f.json")


def test_an_ordinary_file_takes_the_fast_way_and_one_with_escapes_the_strict_one() -> None:
    loaded = io._read_fast(GOOD, None)
    assert loaded is not None and loaded == _strict(GOOD)
    assert canonical_json_of(loaded, exclude_unset=True) == canonical_json(json.loads(GOOD))
    agg = random_aggregate(random.Random(3), label='VP "Noord" \\ West: 1')
    data = aggregate_bytes(agg)
    assert b"\\" in data and io._read_fast(data, None) is None
    assert parse_aggregate(data, "f.json") == agg


# -- the fast and the strict reading agree -----------------------------------------------------


def test_a_fraction_is_refused_in_the_strict_words_though_the_digest_fits() -> None:
    """The fast parser returns floats; no field admits one, and the strict reading words it."""
    for change in ({"year": 2025.0}, {"totals": dict(json.loads(GOOD)["totals"], cases=12.0)}):
        data = json.dumps(_sealed(dict(json.loads(GOOD), **change))).encode()
        with pytest.raises(AggregateRefusal, match="a number with a fraction is not a count"):
            parse_aggregate(data, "f.json")


def test_nesting_at_the_edge_of_the_recursion_limit_is_refused_not_raised() -> None:
    """Parsed just inside the limit, the canonical form is a few frames deeper: once a crash."""
    head = b'{"format": "confidant-aggregate", "schema_version": 1, "taxonomy": "defensie-2025", '
    edge = sys.getrecursionlimit() - len(inspect.stack(0))
    for depth in range(edge - 60, edge + 10):
        data = head + b'"x": ' + b"[" * depth + b"]" * depth + b"}"
        with pytest.raises(AggregateRefusal):
            parse_aggregate(data, "deep.json")


def _mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(4)
        pos = rng.randrange(len(buf) + 1)
        if kind == 0 and buf:
            buf[min(pos, len(buf) - 1)] = rng.choice(b'{}[]":,0123456789.eE \\')
        elif kind == 1:
            buf[pos:pos] = rng.choice([b'"a": 1, ', b'"cases": 2, ', b":", b"1.5", b"\\u003a"])
        elif kind == 2:
            del buf[pos : pos + rng.randint(1, 20)]
        else:
            buf[pos:pos] = buf[rng.randrange(len(buf) or 1) :][: rng.randint(1, 40)]
    return bytes(buf)


def _resealed_text(data: bytes) -> bytes:
    """``data`` with the digest a hook-free parse of it would verify, when it parses."""
    try:
        raw = json.loads(data)
        if isinstance(raw, dict) and isinstance(raw.get("digest"), str):
            fitting = compute_digest(raw)
            return data.replace(raw["digest"].encode(), fitting.encode())
    except (ValueError, RecursionError):
        pass
    return data


def test_mutated_files_read_the_same_both_ways(codebook: Codebook) -> None:
    rng = random.Random(20261129)
    seeds = [GOOD, aggregate_bytes(random_aggregate(rng, n_cases=0)),
             aggregate_bytes(random_aggregate(rng, label="a: b"))]
    accepted = 0
    for _ in range(3_000):
        data = _resealed_text(_mutate(rng.choice(seeds), rng))
        fast, strict = _outcome(data, "m.json", codebook), _strict(data, "m.json", codebook)
        assert fast == strict, data
        accepted += isinstance(fast, Aggregate)
    assert accepted > 50  # the comparison covers acceptance too, not only refusals


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=JSON_VALUES | st.floats(allow_nan=False), where=st.integers(0, 7),
       twice=st.booleans())
def test_any_value_reads_the_same_both_ways(value: object, where: int, twice: bool) -> None:
    data = json.loads(GOOD)
    key = sorted(data)[where]
    data[key] = value
    try:
        data["digest"] = compute_digest(data)
    except UnicodeEncodeError:
        return
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if twice:  # the same key once more, first: a hook-free parser would keep the value above
        text = "{" + json.dumps(key) + ": 1, " + text[1:]
    raw = text.encode()
    assert _outcome(raw) == _strict(raw)


def test_valid_files_read_the_same_both_ways(codebook: Codebook) -> None:
    rng = random.Random(5)
    for n in range(200):
        agg = random_aggregate(rng, label=rng.choice(["", "VP: 1", "Zo\u00eb", 'a "b"']))
        data = aggregate_bytes(agg) if n % 2 else json.dumps(
            agg.model_dump(mode="json"), separators=(",", ":")).encode()
        assert _outcome(data, "v.json", codebook) == agg == _strict(data, "v.json", codebook)


# -- one pass of pydantic-core over the text; the canonical form from the model ----------------

OPTIONAL_KEYS = ("label", *(f"counts.{name}" for name in Counts.model_fields))
LABELS = st.text(max_size=80) | st.sampled_from(
    ["", "VP: 1", 'VP "Noord"', "a\\b", "Zo\u00eb \U0001f600", "tab\there", "\x7f\u2028\u2029",
     "\x00\x1f", "lone \ud800", "{}[]:,"]
)


def _export_data(seed: int, label: str, order: str, leave_out: set[str]) -> dict[str, Any]:
    """An export's content (digest not yet set): tables as made (random order), sorted or
    reversed; ``leave_out`` names optional keys a producer did not write."""
    data = random_aggregate(random.Random(seed)).model_dump(mode="json")
    data["sources"][0]["label"] = label
    counts = data["counts"]
    for name, table in counts.items():
        tables = [table] if name != "gender_by_group" else [table, *table.values()]
        for one in tables:
            items = sorted(one.items()) if order != "as made" else list(one.items())
            one.clear()
            one.update(reversed(items) if order == "reversed" else items)
    for key in leave_out:
        if key == "label":
            del data["sources"][0]["label"]
        else:
            del counts[key.removeprefix("counts.")]
    return data


EXPORTS = {
    "seed": st.integers(0, 2**32 - 1),
    "label": LABELS,
    "order": st.sampled_from(["as made", "sorted", "reversed"]),
    "leave_out": st.sets(st.sampled_from(OPTIONAL_KEYS), max_size=4),
}


@settings(max_examples=400, deadline=None)
@given(**EXPORTS, exclude_unset=st.booleans())
def test_the_canonical_form_of_the_model_is_the_contracts(
    seed: int, label: str, order: str, leave_out: set[str], exclude_unset: bool
) -> None:
    """``canonical_json_of`` is ``canonical_json(model_dump(...))`` whenever it answers, and it
    answers for every model whose strings need no escape."""
    data = _export_data(seed, label, order, leave_out)
    data["digest"] = "sha256:" + "0" * 64
    try:
        agg = Aggregate.model_validate(data, context={"codebook": default_codebook()})
    except ValidationError:  # a label the model refuses (too long is the only way here)
        return
    fast = canonical_json_of(agg, exclude_unset=exclude_unset)
    dumped = agg.model_dump(mode="json", exclude_unset=exclude_unset)
    try:
        contract = canonical_json(dumped)
    except UnicodeEncodeError:  # a lone surrogate: neither gives bytes
        assert fast is None
        return
    assert fast is None or fast == contract
    if not any(c in label for c in '"\\\ud800') and all(c >= " " for c in label):
        assert fast == contract
    if exclude_unset:  # what the file held: the keys written, and only those
        assert dumped == {k: v for k, v in data.items() if k != "digest"} | {"digest": ANY}


@settings(max_examples=300, deadline=None)
@given(**EXPORTS, indent=st.sampled_from([None, 0, 2]), ascii_only=st.booleans())
def test_generated_exports_read_the_same_both_ways_and_plain_ones_fast(
    seed: int, label: str, order: str, leave_out: set[str], indent: int | None,
    ascii_only: bool,
) -> None:
    data = _export_data(seed, label, order, leave_out)
    try:
        data["digest"] = compute_digest(data)
    except UnicodeEncodeError:
        return
    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only)
    outcome = _outcome(text.encode("utf-8", "surrogatepass"))
    assert outcome == _strict(text.encode("utf-8", "surrogatepass"))
    if isinstance(outcome, Aggregate) and "\\" not in text:
        assert io._read_fast(text.encode(), None) == outcome  # read fast, not the strict way


def test_exports_take_the_fast_way(monkeypatch: pytest.MonkeyPatch, codebook: Codebook) -> None:
    """Exports as the application writes them never need the strict reading."""
    rng = random.Random(12)
    aggregates = [random_aggregate(rng, label=rng.choice(["", "VP CLAS 0001", "Zo\u00eb: 2"]))
                  for _ in range(50)]
    data = json.loads(GOOD)
    del data["sources"][0]["label"], data["counts"]["outcome"]
    data["digest"] = compute_digest(data)
    files = [aggregate_bytes(a) for a in aggregates] + [json.dumps(data).encode()]

    def no_strict_reading(text: str, name: str) -> object:
        raise AssertionError(f"{name} was read the strict way")

    monkeypatch.setattr(io, "_load_strict", no_strict_reading)
    for n, raw in enumerate(files):
        assert isinstance(parse_aggregate(raw, f"{n}.json", codebook), Aggregate)
    assert parse_aggregate(files[0], "0.json", codebook) == aggregates[0]


def _lenient_digest(text: str) -> str | None:
    """The digest a reader that trusted pydantic's own (lax) reading of ``text`` would check:
    the one a crafted file would carry to slip something past the fast reading."""
    try:
        agg = Aggregate.__pydantic_validator__.validate_json(
            text, strict=False, context={"codebook": default_codebook()})
    except ValidationError:
        return None
    canonical = canonical_json_of(agg, exclude_unset=True)
    if canonical is None:
        return None
    return "sha256:" + hashlib.sha256(canonical).hexdigest()


@pytest.mark.parametrize(
    "change",
    [
        '"schema_version": true',  # Literal[1] takes true and keeps 1
        '"schema_version": 1.0',
        '"schema_version": 1e0',
        '"schema_version": 10',
        '"schema_version": "1"',
        '"schema_version": [1]',
        '"schema_version": -1',
    ],
)
def test_a_schema_version_that_is_not_written_1_is_refused(change: str) -> None:
    """pydantic's ``Literal[1]`` reads ``true`` and ``1.0`` as 1: a file sealed over what the
    model keeps must still be refused, in the strict reading's words."""
    text = GOOD.decode().replace('"schema_version": 1', change)
    for digest in (_lenient_digest(text), compute_digest(json.loads(text))):
        if digest is None:
            continue
        sealed = text.replace(json.loads(GOOD)["digest"], digest).encode()
        outcome = _outcome(sealed)
        assert not isinstance(outcome, Aggregate) and outcome == _strict(sealed)


_PAIR = re.compile(r'"[^"]*": ?(-?[0-9]+|"[^"]*")')


def _mutate_lax(data: bytes, rng: random.Random) -> bytes:
    """Changes pydantic's lax reading of a file may take in its stride: a number written
    another way, a key-value pair written twice, odd whitespace or characters in a string."""
    text = data.decode()
    for _ in range(rng.randint(1, 3)):
        pairs = list(_PAIR.finditer(text))
        pair = rng.choice(pairs)
        value = pair[1]
        kind = rng.randrange(6)
        if kind == 0 and not value.startswith('"'):
            other = rng.choice([f"{value}.0", f"{value}e0", f'"{value}"', f"[{value}]",
                                "true" if value == "1" else "false" if value == "0" else value,
                                f"0{value}", f"{value}.5", "-0" if value == "0" else value])
            text = text[: pair.start(1)] + other + text[pair.end(1) :]
        elif kind == 1:  # the pair once more, before itself or at the end of its object
            where = rng.choice([pair.start(), text.index("}", pair.end())])
            copy = pair[0] + ", " if where == pair.start() else ", " + pair[0]
            text = text[:where] + copy + text[where:]
        elif kind == 2:  # the pair with another value of another pair, written before it
            value = rng.choice(pairs)[1]
            key = pair[0][: pair[0].index(":")]
            text = text[: pair.start()] + f"{key}: {value}, " + text[pair.start() :]
        elif kind == 3:
            at = rng.choice([pair.start(), pair.end(), pair.start(1)])
            text = text[:at] + rng.choice(["\f", "\v", "\u00a0", "\t", "\r\n", ""]) + text[at:]
        elif kind == 4 and value.startswith('"'):
            at = rng.randint(pair.start(1) + 1, pair.end(1) - 1)
            text = text[:at] + rng.choice(["\x00", "\t", "\x1f", "\x7f", ":", "\u2028"]) + text[at:]
        else:
            text = text[: pair.start()] + text[pair.end() :].removeprefix(",")
    return text.encode()


def test_mutated_files_sealed_for_a_lax_reader_read_the_same_both_ways(
    codebook: Codebook,
) -> None:
    """Each mutant sealed over what pydantic's lax reading of it keeps: a file the fast reading
    let through and the strict one refuses would show here."""
    rng = random.Random(20261130)
    seeds = [GOOD, aggregate_bytes(random_aggregate(rng, n_cases=0)),
             aggregate_bytes(random_aggregate(rng, label="a: b")),
             json.dumps(json.loads(GOOD), separators=(",", ":")).encode()]
    compared = accepted = 0
    for _ in range(3_000):
        data = _mutate_lax(rng.choice(seeds), rng)
        text = data.decode()
        digest = _lenient_digest(text)
        old = re.search(r"sha256:[0-9a-f]{64}", text)
        if digest is None or old is None:
            continue
        data = text.replace(old[0], digest).encode()
        fast, strict = _outcome(data, "m.json", codebook), _strict(data, "m.json", codebook)
        assert fast == strict, data
        compared += 1
        accepted += isinstance(fast, Aggregate)
    assert compared > 1_000 and accepted > 100


@pytest.mark.parametrize(
    "bad",
    [b"\xed\xa0\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf8\x88\x80\x80\x80", b"\xff", b"\xc3",
     b"\xe2\x82", b"\xf4\x90\x80\x80", b"\x80", b"\xef\xbb\xbf"],
)
def test_bytes_that_are_not_utf8_are_refused_in_the_strict_words(bad: bytes) -> None:
    """The fast reading hands pydantic-core the bytes undecoded: it must refuse every sequence
    ``bytes.decode`` refuses, wherever it is (a byte order mark is UTF-8, but only at the start)."""
    text = GOOD.decode()
    at = text.index('"label": "') + len('"label": "')
    for data in (GOOD[:at] + b"VP" + bad + GOOD[at:], GOOD.replace(b"OG.", b"O" + bad + b"G.", 1),
                 GOOD.replace(b'"year"', bad + b'"year"')):
        outcome = _outcome(data)
        assert outcome == _strict(data) and not isinstance(outcome, Aggregate)
    with_bom = b"\xef\xbb\xbf" + GOOD
    assert _outcome(with_bom) == _strict(GOOD) == io._read_fast(with_bom, None)


def test_the_codebook_is_the_one_the_strict_reading_takes(codebook: Codebook) -> None:
    """The given codebook when it is the file's taxonomy, else the shipped one of the file's."""
    other = Codebook(taxonomy=codebook.taxonomy.model_copy(update={"id": "other-2025"}),
                     fields=codebook.fields)
    data = json.loads(GOOD)
    data["taxonomy"] = "other-2025"
    data["digest"] = compute_digest(data)
    of_other = json.dumps(data).encode()
    for raw, book in ((GOOD, other), (GOOD, None), (GOOD, codebook), (of_other, other),
                      (of_other, codebook), (of_other, None)):
        assert _outcome(raw, "t.json", book) == _strict(raw, "t.json", book)
    assert isinstance(_outcome(of_other, "t.json", other), Aggregate)
    assert "unknown to this version" in str(_outcome(of_other, "t.json", codebook))


# -- reading the file --------------------------------------------------------------------------


def test_a_folder_or_a_file_too_large_is_refused_without_being_read(tmp_path: Path) -> None:
    with pytest.raises(AggregateRefusal, match="cannot read"):
        io.read_aggregate(tmp_path)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (io.MAX_BYTES + 1))
    with pytest.raises(AggregateRefusal, match="larger than 20 MB"):
        io.read_aggregate(big)
    assert io._read_capped(tmp_path / "big.json") is None
    (tmp_path / "empty.json").write_bytes(b"")
    assert io._read_capped(tmp_path / "empty.json") == b""
    (tmp_path / "a.json").write_bytes(GOOD)
    assert io._read_capped(tmp_path / "a.json") == GOOD


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_a_file_of_no_known_size_is_read_to_its_end() -> None:
    """/proc files say they are empty: one read of the size said must not be taken as all."""
    assert Path("/proc/self/cmdline").stat().st_size == 0
    assert io._read_capped("/proc/self/cmdline") == Path("/proc/self/cmdline").read_bytes() != b""


# -- merging -----------------------------------------------------------------------------------


def test_a_merge_is_what_validating_its_figures_anew_gives(codebook: Codebook) -> None:
    """``combine`` hands pydantic the validated ``Source`` objects as they are; the result must
    equal the aggregate validated from plain data, and verify when written and read."""
    rng = random.Random(8)
    merged = combine([random_aggregate(rng) for _ in range(30)], codebook)
    data = merged.model_dump(mode="json")
    assert make_aggregate(data, codebook) == merged
    assert merged.digest == compute_digest(data)
    assert parse_aggregate(aggregate_bytes(merged), "m.json", codebook) == merged


@pytest.mark.parametrize(
    "label", ["", "VP CLAS 1", 'VP "Noord"', "a\\b", "tab\there", "Zo\u00eb: \U0001f600"]
)
def test_a_made_aggregate_is_sealed_with_the_contracts_digest(
    label: str, codebook: Codebook
) -> None:
    """``make_aggregate`` takes the canonical bytes from the model when it can vouch for them,
    from ``canonical_json`` when not (a label with an escape): the digest is the same either way."""
    agg = random_aggregate(random.Random(4), label=label)
    assert agg.digest == compute_digest(agg.model_dump(mode="json"))
    assert parse_aggregate(aggregate_bytes(agg), "m.json", codebook) == agg


def _decide_as_before(
    inputs: list[Input], year: int | None = None, taxonomy: str | None = None
) -> tuple[list[Decision], list[str]]:
    """``merge.decide`` as it was before it skipped the work nothing asks for."""
    if not inputs:
        return [], []
    aggregates = [item.aggregate for item in inputs]
    years = Counter(a.year for a in aggregates)
    year = year if year is not None else min(years, key=lambda y: (-years[y], y))
    taxonomies = Counter(a.taxonomy for a in aggregates)
    taxonomy = taxonomy or min(taxonomies, key=lambda t: (-taxonomies[t], t))
    states: dict[int, tuple[State, str]] = {}
    warnings: list[str] = []
    for n, agg in enumerate(aggregates):
        if agg.year != year:
            states[n] = (State.REFUSED, f"year {agg.year}, not {year}")
        elif agg.taxonomy != taxonomy:
            states[n] = (State.REFUSED, f"taxonomy {agg.taxonomy}, not {taxonomy}")
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
                reason = f"double counting: source {source_id[:8]} is in {names}"
                states[n] = (State.REFUSED, reason)
            continue
        merge_module._resolve_twins(inputs, held_by, states, warnings)
    accepted = (State.ACCEPTED, "")
    return [Decision(item, *states.get(n, accepted)) for n, item in enumerate(inputs)], warnings


_IDS = [f"{n:08x}-0000-4000-8000-{n:012x}" for n in range(6)]


@settings(max_examples=200, deadline=None)
@given(
    files=st.lists(
        st.tuples(st.sampled_from(_IDS), st.integers(1, 3), st.sampled_from([2024, 2025]),
                  st.integers(0, 3), st.booleans()),
        max_size=12,
    ),
    year=st.sampled_from([None, 2024, 2025, 2026]),
    taxonomy=st.sampled_from([None, "defensie-2025", "other-2025"]),
)
def test_decisions_are_as_before(
    files: list[tuple[str, int, int, int, bool]], year: int | None, taxonomy: str | None
) -> None:
    """Same decisions and warnings, in the same order, with twins, newer revisions, double
    counting through merged files, other years and other taxonomies in the mix."""
    codebook = default_codebook()
    inputs = []
    for n, (source_id, revision, in_year, seed, merged) in enumerate(files):
        agg = random_aggregate(random.Random(seed), year=in_year, source_id=source_id,
                               revision=revision)
        if merged:  # a unit's merge holding this source and one of its own
            agg = combine([agg, random_aggregate(random.Random(seed + 10), year=in_year)],
                          codebook)
        inputs.append(Input(f"f{n}.json", agg))
    assert merge_module.decide(inputs, year, taxonomy) == _decide_as_before(inputs, year, taxonomy)


# -- collecting --------------------------------------------------------------------------------


def _expand_as_before(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(
                (p for p in path.rglob("*.json") if p.is_file() and not p.name.startswith(".")),
                key=lambda p: [part.casefold() for part in p.relative_to(path).parts],
            )
        else:
            out.append(path)
    return out


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_a_folder_gives_the_files_rglob_gave(tmp_path: Path) -> None:
    root = tmp_path / "stick"
    for name in ("b/x.json", "a/y.json", "a/Z.json", "a/notes.xlsx", "a/.hidden.json",
                 ".git/kept.json", "c.json", "d.JSON", "deep/er/still/w.json", "dir.json/in.json"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("{}", encoding="utf-8")
    outside = tmp_path / "elsewhere"
    (outside / "sub").mkdir(parents=True)
    (outside / "sub" / "far.json").write_text("{}", encoding="utf-8")
    (root / "linked-folder").symlink_to(outside)  # not followed
    (root / "linked.json").symlink_to(root / "c.json")  # a link to a file counts
    (root / "broken.json").symlink_to(tmp_path / "missing.json")
    (root / "folder-link.json").symlink_to(outside)
    assert expand([root, root / "c.json"]) == _expand_as_before([root, root / "c.json"])
    assert root / "linked.json" in expand([root])
    # Names equal but for case (rglob left them in the order the folder listed them): now in
    # the order of the exact path, whatever the file system lists first.
    (root / "B").mkdir()
    (root / "B" / "x.json").write_text("{}", encoding="utf-8")
    found = [p.relative_to(root).as_posix() for p in expand([root])]
    assert found[found.index("B/x.json") + 1] == "b/x.json"


def _display_names_as_before(paths: list[Path]) -> dict[Path, str]:
    depth = dict.fromkeys(paths, 1)
    while True:
        names: dict[str, list[Path]] = {}
        for path in paths:
            names.setdefault("/".join(path.parts[-depth[path]:]), []).append(path)
        clashes = [p for group in names.values() if len(set(group)) > 1 for p in group
                   if depth[p] < len(p.parts)]
        if not clashes:
            return {p: "/".join(p.parts[-depth[p]:]) for p in paths}
        for path in set(clashes):
            depth[path] += 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "b", "A", "x.json", "y.json"]), min_size=1,
                         max_size=4), max_size=12))
def test_display_names_are_as_before(parts: list[list[str]]) -> None:
    paths = [Path("/usb", *p) for p in parts] + [Path("/usb", *p) for p in parts[:2]]
    assert list(display_names(paths).items()) == list(_display_names_as_before(paths).items())


def _added_as_before(current: list[Path], more: list[Path]) -> list[Path]:
    out = list(current)
    seen = set(out)
    for path in expand(Path(os.path.abspath(p)) for p in more):
        if path not in seen:
            seen.add(path)
            out.append(path)
    return out


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(current=st.lists(st.sampled_from(["a.json", "b.json", "d/x.json"]), max_size=3,
                        unique=True),
       more=st.lists(st.sampled_from(["a.json", "c.json", "d", "d/x.json", "e"]), max_size=5))
def test_files_added_are_as_before(tmp_path: Path, current: list[str], more: list[str]) -> None:
    for name in ("d/x.json", "d/y.json", "e/z.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("{}", encoding="utf-8")
    now = [tmp_path / name for name in current]
    paths = [tmp_path / name for name in more]
    assert collect_module._added(now, paths) == _added_as_before(now, paths)
