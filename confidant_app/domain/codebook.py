"""The coded fields of a case (unit, role, position, gender, channel, referral, outcome) together
with the taxonomy: everything a case's codes are checked against, loaded once and passed in."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from confidant_app.domain.labels import CodedValue, Language, Strict
from confidant_app.domain.taxonomy import Taxonomy, TaxonomyError, load_taxonomy
from confidant_app.resources import resource_path

FieldName = Literal["unit", "role", "position", "gender", "channel", "referral", "outcome"]
FIELD_NAMES: tuple[FieldName, ...] = (
    "unit",
    "role",
    "position",
    "gender",
    "channel",
    "referral",
    "outcome",
)
DEFAULT_TAXONOMY = "defensie-2025"


class Fields(Strict):
    format: Literal["confidant-fields"]
    unit: list[CodedValue] = Field(min_length=1)
    role: list[CodedValue] = Field(min_length=1)
    position: list[CodedValue] = Field(min_length=1)
    gender: list[CodedValue] = Field(min_length=1)
    channel: list[CodedValue] = Field(min_length=1)
    referral: list[CodedValue] = Field(min_length=1)
    outcome: list[CodedValue] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Fields:
        for name in FIELD_NAMES:
            codes = [v.code for v in getattr(self, name)]
            dupes = sorted({c for c in codes if codes.count(c) > 1})
            if dupes:
                raise ValueError(f"{name}: duplicate code {dupes[0]}")
        return self


@dataclass(frozen=True)
class Codebook:
    """The taxonomy and the other code lists; the one object case validation is checked against."""

    taxonomy: Taxonomy
    fields: Fields

    @cached_property
    def _values(self) -> dict[str, dict[str, CodedValue]]:
        return {name: {v.code: v for v in getattr(self.fields, name)} for name in FIELD_NAMES}

    def codes(self, field: FieldName) -> list[str]:
        """The valid codes of a field, in their documented order."""
        return [v.code for v in getattr(self.fields, field)]

    def is_valid(self, field: FieldName, code: str) -> bool:
        return code in self._values[field]

    def label(self, field: FieldName, code: str, lang: Language = "nl") -> str:
        return self._values[field][code].label.get(lang)

    def category_label(self, code: str, lang: Language = "nl") -> str:
        return self.taxonomy.categories[self.taxonomy.canonical(code)].label.get(lang)


def load_fields(path: Path) -> Fields:
    try:
        return Fields.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot read the code lists ({exc.strerror})") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise TaxonomyError(f"{path}: {where + ': ' if where else ''}{msg}") from None


@cache
def default_codebook(taxonomy_id: str = DEFAULT_TAXONOMY) -> Codebook:
    """The shipped codebook, loaded once per process."""
    return Codebook(
        taxonomy=load_taxonomy(resource_path("taxonomy", f"{taxonomy_id}.json")),
        fields=load_fields(resource_path("taxonomy", "fields.json")),
    )
