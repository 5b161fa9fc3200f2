"""A case (casus) and its conversations, validated against a ``Codebook``.

Build cases with ``make_case(data, codebook)``: codes are checked through pydantic's validation
context, so every fault carries the field it belongs to. Error messages never contain the input
(``hide_input_in_errors``), because an alias or a note may name a person.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from confidant_app.domain.codebook import Codebook, FieldName

EARLIEST = dt.date(2000, 1, 1)
MAX_MINUTES = 24 * 60
CASE_NUMBER_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _to_date(value: Any) -> Any:
    """Accept a date or an ISO ``YYYY-MM-DD`` string; never a number or a datetime with a time."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise ValueError("expected a date without a time of day")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        # fromisoformat alone would also take "20250304" and week dates; the contract says
        # YYYY-MM-DD.
        if not ISO_DATE.match(text):
            raise ValueError("expected a date like 2025-03-04")
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError("expected a date like 2025-03-04 (no such day)") from None
    raise ValueError("expected a date like 2025-03-04")


def _check_date(value: dt.date) -> dt.date:
    if value < EARLIEST:
        raise ValueError(f"date lies before {EARLIEST.isoformat()}")
    if value > dt.date.today():
        raise ValueError("date lies in the future")
    return value


Day = Annotated[dt.date, BeforeValidator(_to_date)]


def _codebook(info: ValidationInfo) -> Codebook:
    context = info.context
    if not isinstance(context, dict) or not isinstance(context.get("codebook"), Codebook):
        raise ValueError("cases are validated against a codebook: use make_case()")
    codebook: Codebook = context["codebook"]
    return codebook


def _check_code(field: FieldName, code: str, info: ValidationInfo) -> str:
    codebook = _codebook(info)
    if not codebook.is_valid(field, code):
        shown = code if len(code) <= 12 else code[:12] + "…"
        raise ValueError(f"unknown code {shown!r}; valid: {', '.join(codebook.codes(field))}")
    return code


def _check_codes(field: FieldName, codes: list[str], info: ValidationInfo) -> list[str]:
    for code in codes:
        _check_code(field, code, info)
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise ValueError(f"{twice[0]} is listed twice")
    # A set in meaning: kept in the codebook's documented order, so a round trip is exact.
    order = _codebook(info).codes(field)
    return sorted(codes, key=order.index)


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        hide_input_in_errors=True,
        str_strip_whitespace=True,
        validate_assignment=False,
    )


class Conversation(_Model):
    """One conversation (gesprek) within a case."""

    date: Day
    channel: str
    minutes: int = Field(ge=0, le=MAX_MINUTES, strict=True)

    _date_range = field_validator("date")(_check_date)

    @field_validator("channel")
    @classmethod
    def _channel(cls, value: str, info: ValidationInfo) -> str:
        return _check_code("channel", value, info)


class Case(_Model):
    """One person's matter, as the confidant logs it. ``id`` is the vault's row id once stored."""

    id: int | None = None
    case_number: str | None = None
    opened: Day
    closed: Day | None = None
    unit: str
    categories: list[str] = Field(min_length=1, max_length=10)
    role: str
    gender: str = "O"
    position: str = "OVR"
    exclude_from_statistics: bool = Field(default=False, strict=True)
    referrals: list[str] = Field(default_factory=list)
    outcomes: list[str] = Field(default_factory=list)
    conversations: list[Conversation] = Field(default_factory=list, max_length=500)
    alias: str | None = Field(default=None, max_length=80)
    notes: str | None = Field(default=None, max_length=20_000)

    _date_range = field_validator("opened", "closed")(lambda v: v if v is None else _check_date(v))

    @field_validator("case_number")
    @classmethod
    def _case_number(cls, value: str | None) -> str | None:
        if value is not None and not re.match(CASE_NUMBER_PATTERN, value):
            raise ValueError("expected a case number like 2025-0042 (at most 32 letters, "
                             "digits and . _ / -, starting with a letter or digit)")
        return value

    @field_validator("alias", "notes")
    @classmethod
    def _empty_is_none(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("unit")
    @classmethod
    def _unit(cls, value: str, info: ValidationInfo) -> str:
        return _check_code("unit", value, info)

    @field_validator("role")
    @classmethod
    def _role(cls, value: str, info: ValidationInfo) -> str:
        return _check_code("role", value, info)

    @field_validator("gender")
    @classmethod
    def _gender(cls, value: str, info: ValidationInfo) -> str:
        return _check_code("gender", value, info)

    @field_validator("position")
    @classmethod
    def _position(cls, value: str, info: ValidationInfo) -> str:
        return _check_code("position", value, info)

    @field_validator("referrals")
    @classmethod
    def _referrals(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return _check_codes("referral", value, info)

    @field_validator("outcomes")
    @classmethod
    def _outcomes(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return _check_codes("outcome", value, info)

    @field_validator("categories")
    @classmethod
    def _categories(cls, value: list[str], info: ValidationInfo) -> list[str]:
        taxonomy = _codebook(info).taxonomy
        twice = sorted({c for c in value if value.count(c) > 1})
        if twice:
            raise ValueError(f"category {twice[0][:12]} is listed twice")
        mapped: list[str] = []
        for code in value:
            if not taxonomy.is_code(code):
                shown = code if len(code) <= 12 else code[:12] + "…"
                raise ValueError(f"unknown category code {shown!r} in taxonomy {taxonomy.id}")
            # Older data may carry a retired code: read it as its successor, once.
            canonical = taxonomy.canonical(code)
            if canonical not in mapped:
                mapped.append(canonical)
        return mapped

    @model_validator(mode="after")
    def _dates_in_order(self) -> Case:
        if self.closed is not None and self.closed < self.opened:
            raise ValueError("closed: the closing date lies before the opening date")
        for i, conv in enumerate(self.conversations, start=1):
            if conv.date < self.opened:
                raise ValueError(f"conversations: conversation {i} lies before the opening date")
        return self

    @property
    def primary_category(self) -> str:
        return self.categories[0]

    @property
    def is_open(self) -> bool:
        return self.closed is None

    @property
    def year(self) -> int:
        return self.opened.year


def make_case(data: dict[str, Any], codebook: Codebook) -> Case:
    """Validate ``data`` into a ``Case``; pydantic's ``ValidationError`` names each field."""
    return Case.model_validate(data, context={"codebook": codebook})


def revalidate(case: Case, codebook: Codebook, **changes: Any) -> Case:
    """A copy of ``case`` with ``changes`` applied, validated again (model_copy would skip it)."""
    data = case.model_dump()
    data.update(changes)
    return make_case(data, codebook)
