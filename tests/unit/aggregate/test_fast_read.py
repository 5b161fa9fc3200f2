"""The fast ways of reading many aggregate files (``benchmarks/coordinator.py``) change no outcome.

``io.parse_aggregate`` parses without the duplicate-key hook when a count of colons can vouch for
the text, and falls back to the strict reading (``_load_strict``) for anything else, which then
also words every refusal. These tests hold it to the strict reading: the same aggregate or the
same refusal, whatever the bytes; a duplicate key is refused even when the digest fits the content
a hook-free parser would see; the digest is the contract's, byte for byte.
"""

from __future__ import annotations

import inspect
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.aggregates import random_aggregate

from confidant_app.aggregate import io
from confidant_app.aggregate.collect import display_names, expand
from confidant_app.aggregate.io import AggregateRefusal, aggregate_bytes, parse_aggregate
from confidant_app.aggregate.merge import combine
from confidant_app.aggregate.model import (
    Aggregate,
    canonical_json,
    compute_digest,
    make_aggregate,
)
from confidant_app.domain.codebook import Codebook

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
    assert io._load_fast(data.decode()) is None
    with pytest.raises(AggregateRefusal, match="appears twice"):
        parse_aggregate(data, "f.json")


def test_an_ordinary_file_takes_the_fast_way_and_one_with_escapes_the_strict_one() -> None:
    loaded = io._load_fast(GOOD.decode())
    assert loaded is not None and loaded[0] == json.loads(GOOD)
    assert loaded[1] == canonical_json(json.loads(GOOD))
    agg = random_aggregate(random.Random(3), label='VP "Noord" \\ West: 1')
    data = aggregate_bytes(agg)
    assert b"\\" in data and io._load_fast(data.decode()) is None
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
