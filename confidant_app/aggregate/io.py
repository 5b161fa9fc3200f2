"""Reading and writing aggregate files: one reader that returns a validated ``Aggregate`` or raises
one ``AggregateRefusal`` naming the file, whatever bytes it is given.

Hostile-input rules from ``shared/design/security.md``: the size is capped before parsing;
duplicate keys, NaN/Infinity, fractions and excessive nesting are refused (Python's ``json`` would
accept the first two silently); the digest is checked against the file's own content before the
model sees it; the taxonomy id is checked against its pattern before it names a file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from confidant_app import atomic
from confidant_app.aggregate.model import FORMAT, SCHEMA_VERSION, Aggregate, compute_digest
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


def parse_aggregate(data: bytes, name: str, codebook: Codebook | None = None) -> Aggregate:
    """Validate the bytes of an aggregate file; ``name`` is used in messages."""
    if len(data) > MAX_BYTES:
        raise AggregateRefusal(
            name, f"larger than {MAX_BYTES // (1024 * 1024)} MB; not an aggregate"
        )
    try:
        text = data.decode("utf-8-sig")
        # No walk of our own for depth: json raises RecursionError on pathological nesting, and
        # the strict model admits nothing deeper than its own four levels.
        raw = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_no_float,
        )
    except UnicodeDecodeError:
        raise AggregateRefusal(name, "not UTF-8 text; not an aggregate file") from None
    except RecursionError:
        raise AggregateRefusal(name, "nested too deeply; not an aggregate file") from None
    except _Bad as exc:
        raise AggregateRefusal(name, str(exc)) from None
    except ValueError as exc:  # json.JSONDecodeError
        raise AggregateRefusal(name, f"not valid JSON ({exc})") from None
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
    try:
        actual = compute_digest(raw)
    except UnicodeEncodeError:  # a lone surrogate ("\ud800") decodes but cannot be hashed
        raise AggregateRefusal(name, "holds text that is not valid Unicode") from None
    if not isinstance(digest, str) or digest != actual:
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
        return Aggregate.model_validate(raw, context={"codebook": codebook})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise AggregateRefusal(name, f"{where}: {msg}" if where else msg) from None


def read_aggregate(path: Path, codebook: Codebook | None = None) -> Aggregate:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise AggregateRefusal(
                str(path), f"larger than {MAX_BYTES // (1024 * 1024)} MB; not an aggregate"
            )
        data = path.read_bytes()
    except AggregateRefusal:
        raise
    except OSError as exc:
        raise AggregateRefusal(str(path), f"cannot read ({exc.strerror or exc})") from None
    return parse_aggregate(data, str(path), codebook)


def aggregate_bytes(aggregate: Aggregate) -> bytes:
    return (
        json.dumps(aggregate.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    ).encode()


def write_aggregate(path: Path, aggregate: Aggregate) -> None:
    """Write atomically: the file is there whole, or not at all."""
    atomic.write_bytes(Path(path), aggregate_bytes(aggregate))
