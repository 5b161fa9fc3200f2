"""The aggregate file (``confidant-aggregate``, schema 1): a contract, see interfaces.md section 3.

Counts only: no free text, case numbers, aliases, notes, or dates finer than a quarter, ever. The
model refuses unknown keys, non-integers, negative or absurd counts, codes outside the file's
taxonomy, and figures that contradict each other (the primary categories must sum to the cases).
"""

from __future__ import annotations

import hashlib
import json
from operator import itemgetter
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import to_json

from confidant_app.domain.codebook import Codebook, FieldName

FORMAT = "confidant-aggregate"
SCHEMA_VERSION = 1
MAX_COUNT = 10_000_000
Count = Annotated[int, Field(ge=0, le=MAX_COUNT, strict=True)]
Minutes = Annotated[int, Field(ge=0, le=MAX_COUNT * 24 * 60, strict=True)]
QUARTERS = ("1", "2", "3", "4")
# The count tables that count each case once, so sum to ``totals.cases``.
_SUM_TO_CASES = ("primary_category", "unit", "role", "gender", "position", "quarter")

# Which code list the keys of each count table come from.
TABLE_FIELDS: dict[str, FieldName | Literal["category", "quarter"]] = {
    "category": "category",
    "primary_category": "category",
    "unit": "unit",
    "role": "role",
    "gender": "gender",
    "position": "position",
    "quarter": "quarter",
    "channel": "channel",
    "referral": "referral",
    "outcome": "outcome",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True, strict=True)


class Source(_Strict):
    """One confidant's vault, as it appears in an export; a merge lists all its sources."""

    source_id: str = Field(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    )
    unit: str = Field(pattern=r"^([A-Z][A-Z0-9]{0,9})?$")
    label: str = Field(default="", max_length=80)
    revision: int = Field(ge=1, le=1_000_000)
    exported_at: str = Field(pattern=r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class Totals(_Strict):
    cases: Count
    conversations: Count
    minutes: Minutes
    open_at_year_end: Count


class Counts(_Strict):
    category: dict[str, Count] = Field(default_factory=dict)
    primary_category: dict[str, Count] = Field(default_factory=dict)
    unit: dict[str, Count] = Field(default_factory=dict)
    role: dict[str, Count] = Field(default_factory=dict)
    gender: dict[str, Count] = Field(default_factory=dict)
    gender_by_group: dict[str, dict[str, Count]] = Field(default_factory=dict)
    position: dict[str, Count] = Field(default_factory=dict)
    quarter: dict[str, Count] = Field(default_factory=dict)
    channel: dict[str, Count] = Field(default_factory=dict)
    referral: dict[str, Count] = Field(default_factory=dict)
    outcome: dict[str, Count] = Field(default_factory=dict)

    def table(self, name: str) -> dict[str, int]:
        value: dict[str, int] = getattr(self, name)
        return value


class Aggregate(_Strict):
    format: Literal["confidant-aggregate"]
    schema_version: Literal[1]
    taxonomy: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,40}$")
    year: int = Field(ge=2000, le=2100)
    sources: list[Source] = Field(min_length=1, max_length=100_000)
    totals: Totals
    counts: Counts
    digest: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")

    @field_validator("counts")
    @classmethod
    def _known_codes(cls, counts: Counts, info: ValidationInfo) -> Counts:
        allowed = _allowed_keys(_codebook(info))
        tables = vars(counts)  # the validated fields; ``issuperset`` walks a dict's keys, no copy
        for name in TABLE_FIELDS:
            if not allowed[name].issuperset(tables[name]):
                unknown = tables[name].keys() - allowed[name]
                raise ValueError(f"{name}: unknown code {min(unknown)[:12]!r}")
        by_gender: dict[str, dict[str, int]] = tables["gender_by_group"]
        if not allowed["gender"].issuperset(by_gender):
            unknown = by_gender.keys() - allowed["gender"]
            raise ValueError(f"gender_by_group: unknown gender {min(unknown)[:12]!r}")
        for by_group in by_gender.values():
            if not allowed["group"].issuperset(by_group):
                unknown = by_group.keys() - allowed["group"]
                raise ValueError(f"gender_by_group: unknown group {min(unknown)[:12]!r}")
        return counts

    @model_validator(mode="after")
    def _consistent(self) -> Aggregate:
        cases = self.totals.cases
        tables = vars(self.counts)
        for name in _SUM_TO_CASES:
            total = sum(tables[name].values())
            if total != cases:
                raise ValueError(f"counts.{name} sums to {total}, but totals.cases is {cases}")
        if sum(self.counts.channel.values()) != self.totals.conversations:
            raise ValueError("counts.channel does not sum to totals.conversations")
        if self.totals.open_at_year_end > cases:
            raise ValueError("totals.open_at_year_end exceeds totals.cases")
        category = self.counts.category
        for code, n in self.counts.primary_category.items():
            if category.get(code, 0) < n:
                raise ValueError(f"counts.category.{code} is below its primary count")
        if len(self.sources) > 1 and len({s.source_id for s in self.sources}) != len(self.sources):
            raise ValueError("sources: a source is listed twice")
        return self

    @property
    def is_single_source(self) -> bool:
        return len(self.sources) == 1


def _codebook(info: ValidationInfo) -> Codebook:
    context = info.context
    if not isinstance(context, dict) or not isinstance(context.get("codebook"), Codebook):
        raise ValueError("aggregates are validated against a codebook")
    codebook: Codebook = context["codebook"]
    return codebook


_ALLOWED: dict[int, tuple[Codebook, dict[str, frozenset[str]]]] = {}


def _allowed_keys(codebook: Codebook) -> dict[str, frozenset[str]]:
    """The valid keys of every count table, computed once per codebook (merging reads a thousand
    files against the same one)."""
    cached = _ALLOWED.get(id(codebook))
    if cached is not None and cached[0] is codebook:
        return cached[1]
    categories = frozenset(codebook.taxonomy.categories)
    allowed = {
        name: categories if field == "category" else frozenset(QUARTERS)
        if field == "quarter" else frozenset(codebook.codes(field))
        for name, field in TABLE_FIELDS.items()
    }
    allowed["group"] = frozenset(g.code for g in codebook.taxonomy.groups)
    _ALLOWED[id(codebook)] = (codebook, allowed)
    return allowed


# ``json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`` builds this
# encoder at every call; built once here, with the same settings and so the same output. The check
# for reference cycles is off: parsed JSON and ``model_dump`` output cannot hold one.
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, check_circular=False
)


def canonical_json(data: dict[str, Any]) -> bytes:
    """The bytes the digest is taken over: every key but ``digest``, keys sorted, no spaces,
    UTF-8 (``json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False)``)."""
    body = {k: v for k, v in data.items() if k != "digest"}
    return _CANONICAL.encode(body).encode()


# The fields of each model in the canonical form's order (keys sorted), for ``canonical_json_of``.
_COUNTS_KEYS = tuple(sorted(Counts.model_fields))
_counts_values = itemgetter(*_COUNTS_KEYS)
_BY_GROUP = _COUNTS_KEYS.index("gender_by_group")
_SOURCE_KEYS = tuple(sorted(Source.model_fields))
_TOTALS_KEYS = tuple(sorted(Totals.model_fields))
_TOTALS_IN_ORDER = tuple(Totals.model_fields) == _TOTALS_KEYS  # declared in sorted order
_totals_values = itemgetter(*_TOTALS_KEYS)


def _in_order(tables: tuple[dict[str, Any], ...]) -> bool:
    """Whether every table's keys are in sorted order (as exports write them)."""
    for table in tables:
        size = len(table)
        if size == 2:  # the common case by far after one key, which is in order
            first, second = table
            if first > second:
                return False
        elif size > 2:
            keys = [*table]
            if keys != sorted(keys):
                return False
    return True


def _sorted(table: dict[str, Any]) -> dict[str, Any]:
    return dict(sorted(table.items()))


def canonical_json_of(aggregate: Aggregate, *, exclude_unset: bool = False) -> bytes | None:
    """``canonical_json(aggregate.model_dump(mode="json", exclude_unset=exclude_unset))``, built
    from the validated fields in sorted order and serialised by pydantic-core (~7 us against the
    json module's ~11 for an export); None whenever it cannot vouch for that.

    Why the bytes are the same: the model holds str, int, lists and dicts of them, nothing else
    (strict fields); keys are put in sorted order here (a table's are checked, and sorted when
    they are not already); both serialisers write ints in decimal, lists and objects with ","
    and ":" and no spaces, and strings as they are, in UTF-8, unless a character must be
    escaped. Which characters the two escape, and how, is not relied on: output with a
    backslash in it is refused here (None), so only strings that neither escapes are vouched
    for. A string that cannot be encoded (a lone surrogate) makes pydantic-core raise, and is
    refused too. ``tests/unit/aggregate/test_fast_read.py`` holds the two to each other.
    """
    counts = aggregate.counts
    tables = vars(counts)
    values = _counts_values(tables)
    # A model's fields set is a subset of its fields: equal when it is as large.
    if (exclude_unset and len(counts.__pydantic_fields_set__) != len(_COUNTS_KEYS)) or not (
        _in_order((*values, *values[_BY_GROUP].values()))
    ):  # the general case: not every table written, or keys out of order
        fields_set = counts.__pydantic_fields_set__ if exclude_unset else _COUNTS_KEYS
        body_counts = {k: _sorted(tables[k]) for k in _COUNTS_KEYS if k in fields_set}
        if "gender_by_group" in body_counts:
            by_group = body_counts["gender_by_group"]
            body_counts["gender_by_group"] = {g: _sorted(t) for g, t in by_group.items()}
    else:
        body_counts = {k: tables[k] for k in _COUNTS_KEYS}
    totals = vars(aggregate.totals)
    sources = []
    for source in aggregate.sources:
        fields = vars(source)
        if not exclude_unset or len(source.__pydantic_fields_set__) == len(_SOURCE_KEYS):
            sources.append({k: fields[k] for k in _SOURCE_KEYS})
        else:
            fields_set = source.__pydantic_fields_set__
            sources.append({k: fields[k] for k in _SOURCE_KEYS if k in fields_set})
    body = {
        "counts": body_counts,
        "format": aggregate.format,
        "schema_version": aggregate.schema_version,
        "sources": sources,
        "taxonomy": aggregate.taxonomy,
        "totals": totals if _TOTALS_IN_ORDER else dict(
            zip(_TOTALS_KEYS, _totals_values(totals), strict=True)
        ),
        "year": aggregate.year,
    }
    try:
        out = to_json(body)
    except ValueError:  # pydantic_core.PydanticSerializationError: a lone surrogate
        return None
    return None if b"\\" in out else out


def compute_digest(data: dict[str, Any]) -> str:
    return "sha256:" + hashlib.sha256(canonical_json(data)).hexdigest()


def counts_digest(data: dict[str, Any]) -> str:
    """A digest of the figures alone (totals and counts), to tell whether a year's figures moved."""
    figures = {"totals": data["totals"], "counts": data["counts"]}
    return "sha256:" + hashlib.sha256(canonical_json(figures)).hexdigest()


def make_aggregate(data: dict[str, Any], codebook: Codebook) -> Aggregate:
    """Validate ``data`` into an ``Aggregate`` and seal it with the digest of what will be written
    (``model_dump(mode="json")``, every key present). Readers check the digest against the file's
    own bytes (``io.read_aggregate``), so a producer that leaves out optional keys still
    verifies."""
    data = dict(data, format=FORMAT, schema_version=SCHEMA_VERSION, digest=_UNSEALED)
    aggregate = Aggregate.model_validate(data, context={"codebook": codebook})
    # The same bytes as ``canonical_json(aggregate.model_dump(mode="json"))``, which is taken
    # when ``canonical_json_of`` cannot vouch for them (a label with a quote, say).
    canonical = canonical_json_of(aggregate)
    if canonical is None:
        canonical = canonical_json(aggregate.model_dump(mode="json"))
    return aggregate.model_copy(
        update={"digest": "sha256:" + hashlib.sha256(canonical).hexdigest()}
    )


_UNSEALED = "sha256:" + "0" * 64
