"""The versioned category taxonomy (``resources/taxonomy/<id>.json``).

Codes are stable identifiers: labels may be reworded, a code never changes meaning. A later
taxonomy retires codes by mapping them to successors (``retired``); ``canonical`` applies that map
whenever older data is read, so figures from different years stay comparable.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from confidant_app.domain.labels import Label, Strict
from confidant_app.errors import UserError

CODE_PATTERN = r"^[A-Z]{2}\.[A-Z]{3}$"


class TaxonomyError(UserError):
    """A taxonomy file that cannot be used, named with the entry at fault."""


class RijkCategory(Strict):
    code: str = Field(pattern=r"^[A-Z]{3}$")
    label: Label


class Category(Strict):
    code: str = Field(pattern=CODE_PATTERN)
    label: Label
    # Central government's integrity category this code counts under; None for matters that are
    # not integrity violations (labour conflicts, concerns) and for MS.MIS, counted apart.
    rijk: str | None = None


class Group(Strict):
    code: str = Field(pattern=r"^[A-Z]{2}$")
    label: Label
    codes: list[Category] = Field(min_length=1)


class Taxonomy(Strict):
    format: Literal["confidant-taxonomy"]
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,40}$")
    version: int = Field(ge=1)
    title: Label
    rijk_categories: list[RijkCategory]
    groups: list[Group] = Field(min_length=1)
    retired: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Taxonomy:
        rijk_codes = {r.code for r in self.rijk_categories}
        if len(rijk_codes) != len(self.rijk_categories):
            raise ValueError("duplicate Rijk category code")
        seen: set[str] = set()
        group_codes: set[str] = set()
        for group in self.groups:
            if group.code in group_codes:
                raise ValueError(f"group {group.code}: duplicate group code")
            group_codes.add(group.code)
            for cat in group.codes:
                if cat.code in seen:
                    raise ValueError(f"code {cat.code}: duplicate code")
                seen.add(cat.code)
                if cat.code.split(".")[0] != group.code:
                    raise ValueError(f"code {cat.code}: listed under group {group.code}")
                if cat.rijk is not None and cat.rijk not in rijk_codes:
                    raise ValueError(f"code {cat.code}: unknown Rijk category {cat.rijk!r}")
        for old, new in self.retired.items():
            if old in seen:
                raise ValueError(f"retired code {old}: still an active code")
            if new not in seen:
                raise ValueError(f"retired code {old}: successor {new} is not an active code")
        return self

    @cached_property
    def categories(self) -> dict[str, Category]:
        return {c.code: c for g in self.groups for c in g.codes}

    @cached_property
    def group_of(self) -> dict[str, str]:
        return {c.code: g.code for g in self.groups for c in g.codes}

    def canonical(self, code: str) -> str:
        """The active code for ``code``: itself, or its successor if a later version retired it."""
        return self.retired.get(code, code)

    def is_code(self, code: str) -> bool:
        return self.canonical(code) in self.categories


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and validate a taxonomy file; a fault is one ``TaxonomyError`` naming file and entry."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot read the taxonomy ({exc.strerror})") from None
    try:
        return Taxonomy.model_validate_json(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = _entry_name(raw, err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise TaxonomyError(f"{path}: {where}{msg}") from None


def _entry_name(raw: bytes, loc: tuple[int | str, ...]) -> str:
    """Name the entry at a pydantic location like ('groups', 1, 'codes', 2, 'label')."""
    if not loc:
        return ""
    try:
        node: object = json.loads(raw)
    except ValueError:
        return ""
    named = ""
    for part in loc:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            break
        if isinstance(node, dict) and isinstance(node.get("code"), str):
            named = f"entry {node['code']}"
    field = ".".join(str(p) for p in loc)
    return f"{named} ({field}): " if named else f"{field}: "
