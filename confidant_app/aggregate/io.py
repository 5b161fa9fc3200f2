"""Reading and writing aggregate files: one reader that returns a validated ``Aggregate`` or raises
one ``AggregateRefusal`` naming the file, whatever bytes it is given.

Hostile-input rules from ``shared/design/security.md``: the size is capped before parsing (and
no more than the cap is ever read); duplicate keys, NaN/Infinity, fractions and excessive nesting
are refused (Python's ``json`` would accept the first two silently); nothing is accepted unless the
digest fits the file's own content (the strict reading checks it before the model sees the file);
the taxonomy id is checked against its pattern before it names a file.

Speed (``benchmarks/aggregate.py``, ``benchmarks/coordinator.py``): a coordinator reads a thousand
small files at once, so the per-file costs count. A file is read with one ``open`` and validated
in one pass of pydantic-core over its bytes, with no decoding or parse of our own and no Python
hook on every object; the canonical bytes the digest is taken over are made from the validated
model, and also show, by a count of colons, that no key came twice (``_read_fast``). Whatever
that fast way cannot vouch for, and every refusal, goes the strict way (``_load_strict``), which
words the reason as it always did.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from stat import S_ISREG
from typing import Any

from pydantic import ValidationError

from confidant_app import atomic
from confidant_app.aggregate.model import (
    FORMAT,
    SCHEMA_VERSION,
    Aggregate,
    canonical_json,
    canonical_json_of,
)
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


_VALIDATOR = Aggregate.__pydantic_validator__
# Larger texts go the strict way: pydantic-core spends more per byte on a crafted object of a
# million keys (3.5 s for 13 MB, against 1.9 s for the strict reading) than the strict reading,
# whatever it is refused for. An export is ~1 KB, a merge of a thousand sources ~190 KB.
_FAST_MAX = 1024 * 1024
# Written between a key and its value, or before the end of its object (JSON's four whitespace
# characters only, as both parsers read it).
_TAXONOMY_KEY = re.compile(rb'"taxonomy"[ \t\n\r]*:[ \t\n\r]*"([^"]*)"')
_SCHEMA_VERSION_1 = re.compile(rb'"schema_version"[ \t\n\r]*:[ \t\n\r]*1[ \t\n\r]*[,}]')
_BOM = b"\xef\xbb\xbf"


def _read_fast(data: bytes, codebook: Codebook | None) -> Aggregate | None:
    """The aggregate in ``data`` validated in one pass of pydantic-core over the bytes, with no
    decoding or parse of our own and no Python hook; None whenever this cannot vouch that the
    strict reading (``bytes.decode("utf-8-sig")``, ``_load_strict``, ``_validated``) accepts
    ``data`` and gives the very same aggregate, and then ``parse_aggregate`` reads it the strict
    way, which also words every refusal.

    What vouches, for a text with no backslash (nothing escaped: every string's value is the
    text between its quotes, and a quote inside a string cannot be written):

    - the model accepts it, strictly, so every value is a str, an int, or a list or object of
      them, each where the model wants one and stored as written: no fractions, NaN, booleans
      for numbers, unknown keys, control characters (the parser refuses those in strings, as
      ``json.loads`` does), whitespace other than JSON's, or bytes that are not UTF-8 (the
      parser checks every string as strictly as ``bytes.decode``; elsewhere only ASCII is JSON).
      One exception, ``schema_version`` (``Literal[1]``), which also takes ``true`` and ``1.0``
      and keeps 1, so the text must write it as ``1`` (``_SCHEMA_VERSION_1``; outside strings
      ``"schema_version"`` followed by a colon is a key, and a key of that name anywhere but at
      the top is refused);
    - so the canonical form of what ``json.loads`` gives is the model's own, the keys present
      in the file only (``model.canonical_json_of``, ``exclude_unset``): a key that came twice
      is the one thing left to rule out, and a count of colons does that. Outside strings a
      colon stands between a key and its value, one a key-value pair written; strings hold the
      same colons in the text and in the canonical form. A key written twice leaves one of its
      pairs (with every colon in its value) out of the model, so the canonical form (plus the
      pair of ``digest`` and the colon in its value) falls short of the text's count by at least
      one; without one they are equal. UTF-8 never encodes another character with the byte of
      a colon;
    - the digest is then checked against those bytes, and the codebook is the strict reading's:
      the given one when it is the file's taxonomy, else the shipped one of that taxonomy.

    ``tests/unit/aggregate/test_fast_read.py`` holds both readings to the same outcome on
    generated, mutated and crafted files.
    """
    if data.startswith(_BOM):  # as "utf-8-sig" reads it: one byte order mark, at the start
        data = data[len(_BOM) :]
    if len(data) > _FAST_MAX or b"\\" in data:  # escapes (rare: a quote in a label) hide colons
        return None
    found = _TAXONOMY_KEY.search(data)
    if found is None or _SCHEMA_VERSION_1.search(data) is None:
        return None
    taxonomy = found[1].decode("utf-8", "replace")
    if codebook is None or codebook.taxonomy.id != taxonomy:
        if not TAXONOMY_ID.match(taxonomy):
            return None
        try:
            codebook = default_codebook(taxonomy)
        except TaxonomyError:
            return None
    try:
        aggregate: Aggregate = _VALIDATOR.validate_json(data, context={"codebook": codebook})
    except ValidationError:  # also bytes that are not JSON, or nested past the parser's limit
        return None
    if aggregate.taxonomy != taxonomy:
        return None
    canonical = canonical_json_of(aggregate, exclude_unset=True)
    if canonical is None:
        return None
    digest = aggregate.digest
    if data.count(b":") != canonical.count(b":") + 1 + digest.count(":"):
        return None
    if digest != "sha256:" + hashlib.sha256(canonical).hexdigest():
        return None
    return aggregate


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

    Two ways to one result: the fast one (``_read_fast``) when the text allows it, and the strict
    one, which also decides every refusal, so a refused file is read twice and its reason is the
    one the strict reading meets first."""
    if len(data) > MAX_BYTES:
        raise AggregateRefusal(
            name, f"larger than {MAX_BYTES // (1024 * 1024)} MB; not an aggregate"
        )
    aggregate = _read_fast(data, codebook)
    if aggregate is not None:
        return aggregate
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AggregateRefusal(name, "not UTF-8 text; not an aggregate file") from None
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
    Plain ``os`` calls: one open, one ``fstat``, one read when a regular file gives exactly the
    size it had (it had not grown: a read asks one byte more), else reads to the end of file;
    half the time of ``Path.stat`` + ``Path.read_bytes`` on a 1 KB file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(fd)
        size = status.st_size
        if size > MAX_BYTES:
            return None
        first = os.read(fd, size + 1)
        if len(first) == size and S_ISREG(status.st_mode):
            return first
        chunks = [first]
        total = len(first)
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
