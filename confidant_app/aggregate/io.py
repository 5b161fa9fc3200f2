"""Reading and writing aggregate files: one reader that returns a validated ``Aggregate`` or raises
one ``AggregateRefusal`` naming the file, whatever bytes it is given.

Hostile-input rules from ``shared/design/security.md``: the size is capped before parsing (and
no more than the cap is ever read); duplicate keys, NaN/Infinity, fractions and excessive nesting
are refused (Python's ``json`` would accept the first two silently); the digest is checked against
the file's own content before the model sees it; the taxonomy id is checked against its pattern
before it names a file.

Speed (``benchmarks/aggregate.py``, ``benchmarks/coordinator.py``): a coordinator reads a thousand
small files at once, so the per-file costs count. A file is read with one ``open``, parsed once
and serialised once (the canonical bytes the digest is taken over also show, by a count of colons,
that no key came twice: ``_load_fast``), with no Python hook on every object. Whatever that fast
way cannot vouch for, and every refusal, goes the strict way (``_load_strict``), which words the
reason as it always did.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import from_json

from confidant_app import atomic
from confidant_app.aggregate.model import FORMAT, SCHEMA_VERSION, Aggregate, canonical_json
from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.domain.taxonomy import TaxonomyError
from confidant_app.errors import UserError

MAX_BYTES = 20 * 1024 * 1024
TAXONOMY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")


class AggregateRefusal(UserError):
    """An aggregate file that cannot be used; the message names the file and what is wrong."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class _Bad(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # built in C; only a short dict means a key came twice
    if len(out) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _Bad(f"the key {twice[:40]!r} appears twice in one object")
    return out


def _no_constant(name: str) -> Any:
    raise _Bad(f"{name} is not a count")


def _no_float(text: str) -> Any:
    raise _Bad("a number with a fraction is not a count")


def _load_fast(text: str) -> tuple[dict[str, Any], bytes] | None:
    """The parsed file and the canonical bytes of its body (``model.canonical_json``), parsed in
    one pass with no Python hook; None whenever this cannot vouch that no object in ``text`` holds
    a key twice. ``parse_aggregate`` then reads ``text`` again the strict way.

    Why counting colons is exact: outside strings, a JSON text has a ``:`` only between a key and
    its value, one per key-value pair written. Without a backslash in ``text`` nothing is escaped,
    so every string's decoded value is the text between its quotes, colons included. A duplicate
    key makes the parse keep one pair and drop the other (with everything in the dropped value),
    so the colons of the parsed value serialised again (the canonical body, plus the one pair of
    ``digest`` and the colons in its value) fall short of ``text``'s by at least one; without one
    they are equal. ``ensure_ascii=False`` never escapes a colon and UTF-8 never encodes another
    character with the byte of one.

    The parser is pydantic's (``from_json``, twice as fast as ``json.loads`` here). On text it
    accepts it gives what ``json.loads`` gives, but for numbers with a fraction or an exponent,
    which it returns as floats where ``_load_strict`` refuses them: no field of ``Aggregate``
    admits a float (counts, revision and year are strict integers, ``schema_version`` is checked
    for one first), so such a file is refused on the fast path and then by the strict one, in
    its words. ``tests/unit/aggregate/test_fast_read.py`` holds the cases.
    """
    if "\\" in text:  # escapes (rare: a quote in a label) hide colons; also every lone surrogate
        return None
    try:
        raw = from_json(text, allow_inf_nan=False)
    except ValueError:  # not JSON, NaN/Infinity, nested deeper than its limit
        return None
    if not isinstance(raw, dict):
        return None
    digest = raw.get("digest")
    if not isinstance(digest, str):
        return None
    try:
        canonical = canonical_json(raw)
    except (ValueError, RecursionError):
        return None
    if text.count(":") != canonical.count(b":") + 1 + digest.count(":"):
        return None
    return raw, canonical


def _load_strict(text: str, name: str) -> Any:
    """Parse with every check on every object; raises the ``AggregateRefusal`` that says why not."""
    try:
        # No walk of our own for depth: json raises RecursionError on pathological nesting, and
        # the strict model admits nothing deeper than its own four levels.
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_no_float,
        )
    except RecursionError:
        raise AggregateRefusal(name, "nested too deeply; not an aggregate file") from None
    except _Bad as exc:
        raise AggregateRefusal(name, str(exc)) from None
    except ValueError as exc:  # json.JSONDecodeError
        raise AggregateRefusal(name, f"not valid JSON ({exc})") from None


def parse_aggregate(data: bytes, name: str, codebook: Codebook | None = None) -> Aggregate:
    """Validate the bytes of an aggregate file; ``name`` is used in messages.

    Two ways to one result: the fast one (``_load_fast``) when the text allows it, and the strict
    one, which also decides every refusal, so a refused file is read twice and its reason is the
    one the strict reading meets first."""
    if len(data) > MAX_BYTES:
        raise AggregateRefusal(
            name, f"larger than {MAX_BYTES // (1024 * 1024)} MB; not an aggregate"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AggregateRefusal(name, "not UTF-8 text; not an aggregate file") from None
    loaded = _load_fast(text)
    if loaded is not None:
        try:
            return _validated(*loaded, name, codebook)
        except AggregateRefusal:
            pass  # the strict reading below refuses it too, with the reason it meets first
    return _validated(_load_strict(text, name), None, name, codebook)


def _validated(
    raw: Any, canonical: bytes | None, name: str, codebook: Codebook | None
) -> Aggregate:
    """The checks after parsing, in order; ``canonical``: ``canonical_json(raw)`` if known."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise AggregateRefusal(name, f"not a {FORMAT} file")
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise AggregateRefusal(name, "schema_version: missing or not a positive whole number")
    if version > SCHEMA_VERSION:
        raise AggregateRefusal(
            name,
            f"made by a newer version (schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}); update the application",
        )
    taxonomy = raw.get("taxonomy")
    if not isinstance(taxonomy, str) or not TAXONOMY_ID.match(taxonomy):
        raise AggregateRefusal(name, "taxonomy: missing or malformed")
    digest = raw.get("digest")
    if canonical is None:
        try:
            canonical = canonical_json(raw)
        except UnicodeEncodeError:  # a lone surrogate ("\ud800") decodes but cannot be hashed
            raise AggregateRefusal(name, "holds text that is not valid Unicode") from None
        except RecursionError:  # parsed at the edge of the limit, a few frames deeper here
            raise AggregateRefusal(name, "nested too deeply; not an aggregate file") from None
    if not isinstance(digest, str) or digest != "sha256:" + hashlib.sha256(canonical).hexdigest():
        raise AggregateRefusal(
            name, "digest does not match the content: the file was changed or damaged after export"
        )
    if codebook is None or codebook.taxonomy.id != taxonomy:
        try:
            codebook = default_codebook(taxonomy)
        except TaxonomyError:
            raise AggregateRefusal(
                name, f"taxonomy {taxonomy} is unknown to this version"
            ) from None
    try:
        # ``Aggregate.model_validate`` without its Python wrapper: a microsecond a file
        aggregate: Aggregate = Aggregate.__pydantic_validator__.validate_python(
            raw, context={"codebook": codebook}
        )
        return aggregate
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise AggregateRefusal(name, f"{where}: {msg}" if where else msg) from None


def _read_capped(path: Path | str) -> bytes | None:
    """The file's bytes, or None when it holds more than ``MAX_BYTES``: refused on its size
    before reading, and never more than ``MAX_BYTES + 1`` bytes read if it grows meanwhile.
    Plain ``os`` calls: one open, one ``fstat``, two reads (the second says end of file), half
    the time of ``Path.stat`` + ``Path.read_bytes`` on a 1 KB file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        if size > MAX_BYTES:
            return None
        chunks = [os.read(fd, size + 1)]
        total = len(chunks[0])
        while chunks[-1] and total <= MAX_BYTES:  # it grew, or a size the system does not know
            chunks.append(os.read(fd, min(1024 * 1024, MAX_BYTES + 1 - total)))
            total += len(chunks[-1])
    finally:
        os.close(fd)
    if total > MAX_BYTES:
        return None
    return chunks[0] if len(chunks) == 2 and not chunks[1] else b"".join(chunks)


def read_aggregate(path: Path, codebook: Codebook | None = None) -> Aggregate:
    name = str(path)
    try:
        data = _read_capped(path)
    except OSError as exc:
        raise AggregateRefusal(name, f"cannot read ({exc.strerror or exc})") from None
    if data is None:
        raise AggregateRefusal(
            name, f"larger than {MAX_BYTES // (1024 * 1024)} MB; not an aggregate"
        )
    return parse_aggregate(data, name, codebook)


def aggregate_bytes(aggregate: Aggregate) -> bytes:
    return (
        json.dumps(aggregate.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    ).encode()


def write_aggregate(path: Path, aggregate: Aggregate) -> None:
    """Write atomically: the file is there whole, or not at all."""
    atomic.write_bytes(Path(path), aggregate_bytes(aggregate))
