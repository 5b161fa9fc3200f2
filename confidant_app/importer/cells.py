"""Spreadsheet cells (CSV text, or the values openpyxl gives) turned into the values a case takes.

A CSV cell is always text; an XLSX cell may also be a number, a TRUE/FALSE, a date or a time.
Each converter returns the value for ``make_case`` or raises ``CellError`` with a message that
says what was expected. Messages never repeat the cell's text: it may be a note in the wrong column.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from confidant_app.importer.fields import DATE_CELL, MINUTES


@dataclass(frozen=True)
class Unreadable:
    """A cell the reader will not take at face value (a formula, an Excel error such as #N/A)."""

    reason: str


Cell = str | int | float | bool | dt.date | dt.time | dt.timedelta | Unreadable | None


class CellError(Exception):
    """A cell that cannot be used. ``part`` narrows the field: ``[2].date`` in conversations."""

    def __init__(self, message: str, part: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.part = part


TRUE_WORDS = frozenset({"ja", "yes", "1", "true", "waar"})  # WAAR: Dutch Excel's TRUE in a CSV
FALSE_WORDS = frozenset({"nee", "no", "0", "false", "onwaar"})

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?")
_DUTCH = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")  # day first, as Dutch Excel writes dates
_MINUTES = re.compile(r"\d{1,4}")


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_day(text: str) -> dt.date:
    """``2025-03-04`` or ``04-03-2025`` (also without leading zeros). ``/`` is not accepted: it
    separates the parts of a conversation, and ``03/04/2025`` is ambiguous between countries."""
    text = text.strip()
    if m := _ISO.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DUTCH.fullmatch(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    else:
        raise CellError(f"expected {DATE_CELL}")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(f"no such day in the calendar; expected {DATE_CELL}") from None


def to_day(value: Cell, expect: str) -> dt.date:
    _refuse_unreadable(value)
    if isinstance(value, dt.datetime):  # before dt.date: a datetime is also a date
        if value.time() != dt.time(0, 0):
            raise CellError(f"the cell holds a time of day as well; expected {expect}")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_day(value)
    if isinstance(value, dt.time | dt.timedelta):
        raise CellError(f"the cell holds a time, not a date; expected {expect}")
    if isinstance(value, bool):
        raise CellError(f"the cell holds TRUE/FALSE; expected {expect}")
    raise CellError(
        f"the cell holds a number, not a date; format the cell as a date or type {expect}")


def to_text(value: Cell, expect: str) -> str:
    """Text as typed; a whole number stays a whole number (``42``, not ``42.0``)."""
    _refuse_unreadable(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        raise CellError(f"the cell holds TRUE/FALSE; expected {expect}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(f"the cell holds no usable number; expected {expect}")
        return str(int(value)) if value.is_integer() else repr(value)
    # Excel turns some typed text (2025-03, 1/2) into dates or times on its own.
    raise CellError(
        "Excel stored this cell as a date or time; format the column as Text and type the value "
        f"again; expected {expect}"
    )


def to_codes(value: Cell, expect: str) -> list[str]:
    """``AC.ARB; OG.PES`` -> ``["AC.ARB", "OG.PES"]``; empty pieces (``A;;B``, a trailing ``;``)
    are dropped."""
    return [piece.strip() for piece in to_text(value, expect).split(";") if piece.strip()]


def to_flag(value: Cell, expect: str) -> bool:
    _refuse_unreadable(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS or not word:
            return False
    raise CellError(f"expected {expect}")


def to_conversations(value: Cell, expect: str) -> list[dict[str, Any]]:
    """``2025-03-04/F/45;2025-03-11/T/20`` -> conversation dicts. Numbered from 1 in messages,
    counting the non-empty pieces, as the domain's own messages about them do."""
    conversations: list[dict[str, Any]] = []
    pieces = [p.strip() for p in to_text(value, expect).split(";") if p.strip()]
    for i, piece in enumerate(pieces, start=1):
        parts = [p.strip() for p in piece.split("/")]
        if len(parts) != 3:
            raise CellError("expected date/channel/minutes, like 2025-03-04/F/45 "
                            "(conversations are separated by ';')", f"[{i}]")
        day_text, channel, minutes = parts
        try:
            day = parse_day(day_text)
        except CellError as exc:
            raise CellError(exc.message, f"[{i}].date") from None
        if not channel:
            raise CellError("the channel is missing; expected a code such as F (face to face)",
                            f"[{i}].channel")
        if not _MINUTES.fullmatch(minutes):
            raise CellError(f"expected {MINUTES}", f"[{i}].minutes")
        conversations.append({"date": day, "channel": channel, "minutes": int(minutes)})
    return conversations


def _refuse_unreadable(value: Cell) -> None:
    if isinstance(value, Unreadable):
        raise CellError(value.reason)


Converter = Callable[[Cell, str], Any]

CONVERTERS: dict[str, Converter] = {
    "opened": to_day,
    "closed": to_day,
    "categories": to_codes,
    "referrals": to_codes,
    "outcomes": to_codes,
    "exclude_from_statistics": to_flag,
    "conversations": to_conversations,
}


def convert(field: str, value: Cell, expect: str) -> Any:
    """The value of contract key ``field`` from a non-blank cell; raises ``CellError``, whose
    message ends in ``expect`` where the fault is the kind of value."""
    return CONVERTERS.get(field, to_text)(value, expect)
