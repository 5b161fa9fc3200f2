"""A case (casus) and its conversations, validated against a ``Codebook``.

Build cases with ``make_case(data, codebook)``: codes are checked through pydantic's validation
context, so every fault carries the field it belongs to. Error messages never contain the input
(``hide_input_in_errors``), because an alias or a note may name a person.

Each rule of this module raises ``RuleError``: its English sentence, as pydantic shows it, and a
stable ``Rule`` code with the sentence's parameters (in the error's ``ctx["error"]``), so a caller
can say the same in another language (the importer's codes share these values).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
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
MAX_ALIAS = 80
MAX_NOTES = 20_000
CASE_NUMBER_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Rule(StrEnum):
    """The rules a case can break, one code per sentence."""

    DATE_WITH_TIME = "date_with_time"
    DATE_SHAPE = "date_shape"
    DATE_NO_SUCH_DAY = "date_no_such_day"
    DATE_TOO_EARLY = "date_too_early"
    DATE_IN_FUTURE = "date_in_future"
    UNKNOWN_CODE = "unknown_code"
    CODE_TWICE = "code_twice"
    CASE_NUMBER_SHAPE = "case_number_shape"
    CATEGORY_TWICE = "category_twice"
    UNKNOWN_CATEGORY = "unknown_category"
    CLOSED_BEFORE_OPENED = "closed_before_opened"
    CONVERSATION_BEFORE_OPENED = "conversation_before_opened"


class RuleError(ValueError):
    """A broken rule: ``str()`` is the English sentence; ``rule`` and ``params`` (names, codes
    that were checked to look like codes, numbers; never free text) say the same as data."""

    def __init__(self, rule: Rule, message: str, **params: str | int) -> None:
        super().__init__(message)
        self.rule = rule
        self.params = params


def _to_date(value: Any) -> Any:
    """Accept a date or an ISO ``YYYY-MM-DD`` string; never a number or a datetime with a time."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0, 0):
            raise RuleError(Rule.DATE_WITH_TIME, "expected a date without a time of day")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        # fromisoformat alone would also take "20250304" and week dates; the contract says
        # YYYY-MM-DD.
        if not ISO_DATE.match(text):
            raise RuleError(Rule.DATE_SHAPE, "expected a date like 2025-03-04")
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise RuleError(Rule.DATE_NO_SUCH_DAY,
                            "expected a date like 2025-03-04 (no such day)") from None
    raise RuleError(Rule.DATE_SHAPE, "expected a date like 2025-03-04")


def _check_date(value: dt.date) -> dt.date:
    if value < EARLIEST:
        raise RuleError(Rule.DATE_TOO_EARLY, f"date lies before {EARLIEST.isoformat()}",
                        date=EARLIEST.isoformat())
    if value > dt.date.today():
        raise RuleError(Rule.DATE_IN_FUTURE, "date lies in the future")
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
        shown = repr(code if len(code) <= 12 else code[:12] + "…")
        valid = ", ".join(codebook.codes(field))
        raise RuleError(Rule.UNKNOWN_CODE, f"unknown code {shown}; valid: {valid}",
                        code=shown, codes=valid)
    return code


def _check_codes(field: FieldName, codes: list[str], info: ValidationInfo) -> list[str]:
    for code in codes:
        _check_code(field, code, info)
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise RuleError(Rule.CODE_TWICE, f"{twice[0]} is listed twice", code=twice[0])
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
    alias: str | None = Field(default=None, max_length=MAX_ALIAS)
    notes: str | None = Field(default=None, max_length=MAX_NOTES)

    _date_range = field_validator("opened", "closed")(lambda v: v if v is None else _check_date(v))

    @field_validator("case_number")
    @classmethod
    def _case_number(cls, value: str | None) -> str | None:
        if value is not None and not re.match(CASE_NUMBER_PATTERN, value):
            raise RuleError(Rule.CASE_NUMBER_SHAPE, "expected a case number like 2025-0042 (at "
                            "most 32 letters, digits and . _ / -, starting with a letter or digit)")
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
            raise RuleError(Rule.CATEGORY_TWICE, f"category {twice[0][:12]} is listed twice",
                            code=twice[0][:12])
        mapped: list[str] = []
        for code in value:
            if not taxonomy.is_code(code):
                shown = repr(code if len(code) <= 12 else code[:12] + "…")
                raise RuleError(Rule.UNKNOWN_CATEGORY,
                                f"unknown category code {shown} in taxonomy {taxonomy.id}",
                                code=shown, taxonomy=taxonomy.id)
            # Older data may carry a retired code: read it as its successor, once.
            canonical = taxonomy.canonical(code)
            if canonical not in mapped:
                mapped.append(canonical)
        return mapped

    @model_validator(mode="after")
    def _dates_in_order(self) -> Case:
        if self.closed is not None and self.closed < self.opened:
            raise RuleError(Rule.CLOSED_BEFORE_OPENED,
                            "closed: the closing date lies before the opening date")
        for i, conv in enumerate(self.conversations, start=1):
            if conv.date < self.opened:
                raise RuleError(Rule.CONVERSATION_BEFORE_OPENED,
                                f"conversations: conversation {i} lies before the opening date",
                                number=i)
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
