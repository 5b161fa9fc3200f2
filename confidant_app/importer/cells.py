"""Spreadsheet cells (CSV text, or the values openpyxl gives) turned into the values a case takes.

A CSV cell is always text; an XLSX cell may also be a number, a TRUE/FALSE, a date or a time.
Each converter returns the value for ``make_case`` or raises ``CellError`` with a ``Text`` that
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
from confidant_app.importer.texts import Code, Text, say


@dataclass(frozen=True)
class Unreadable:
    """A cell the reader will not take at face value (a formula, an Excel error such as #N/A)."""

    reason: Text


Cell = str | int | float | bool | dt.date | dt.time | dt.timedelta | Unreadable | None


class CellError(Exception):
    """A cell that cannot be used. ``part`` narrows the field: ``[2].date`` in conversations."""

    def __init__(self, text: Text, part: str = "") -> None:
        super().__init__(text.english())
        self.text = text
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
        raise CellError(say(Code.EXPECTED, expected=DATE_CELL))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(say(Code.NO_SUCH_DAY, expected=DATE_CELL)) from None


def to_day(value: Cell, expect: Text) -> dt.date:
    _refuse_unreadable(value)
    if isinstance(value, dt.datetime):  # before dt.date: a datetime is also a date
        if value.time() != dt.time(0, 0):
            raise CellError(say(Code.CELL_DATE_AND_TIME, expected=expect))
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_day(value)
    if isinstance(value, dt.time | dt.timedelta):
        raise CellError(say(Code.CELL_TIME, expected=expect))
    if isinstance(value, bool):
        raise CellError(say(Code.CELL_TRUE_FALSE, expected=expect))
    raise CellError(say(Code.CELL_NUMBER_NOT_DATE, expected=expect))


def to_text(value: Cell, expect: Text) -> str:
    """Text as typed; a whole number stays a whole number (``42``, not ``42.0``)."""
    _refuse_unreadable(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        raise CellError(say(Code.CELL_TRUE_FALSE, expected=expect))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(say(Code.CELL_NO_NUMBER, expected=expect))
        return str(int(value)) if value.is_integer() else repr(value)
    # Excel turns some typed text (2025-03, 1/2) into dates or times on its own.
    raise CellError(say(Code.CELL_EXCEL_DATE, expected=expect))


def to_codes(value: Cell, expect: Text) -> list[str]:
    """``AC.ARB; OG.PES`` -> ``["AC.ARB", "OG.PES"]``; empty pieces (``A;;B``, a trailing ``;``)
    are dropped."""
    return [piece.strip() for piece in to_text(value, expect).split(";") if piece.strip()]


def to_flag(value: Cell, expect: Text) -> bool:
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
    raise CellError(say(Code.EXPECTED, expected=expect))


def to_conversations(value: Cell, expect: Text) -> list[dict[str, Any]]:
    """``2025-03-04/F/45;2025-03-11/T/20`` -> conversation dicts. Numbered from 1 in messages,
    counting the non-empty pieces, as the domain's own messages about them do."""
    conversations: list[dict[str, Any]] = []
    pieces = [p.strip() for p in to_text(value, expect).split(";") if p.strip()]
    for i, piece in enumerate(pieces, start=1):
        parts = [p.strip() for p in piece.split("/")]
        if len(parts) != 3:
            raise CellError(say(Code.CONVERSATION_PARTS), f"[{i}]")
        day_text, channel, minutes = parts
        try:
            day = parse_day(day_text)
        except CellError as exc:
            raise CellError(exc.text, f"[{i}].date") from None
        if not channel:
            raise CellError(say(Code.CHANNEL_MISSING), f"[{i}].channel")
        if not _MINUTES.fullmatch(minutes):
            raise CellError(say(Code.EXPECTED, expected=MINUTES), f"[{i}].minutes")
        conversations.append({"date": day, "channel": channel, "minutes": int(minutes)})
    return conversations


def _refuse_unreadable(value: Cell) -> None:
    if isinstance(value, Unreadable):
        raise CellError(value.reason)


Converter = Callable[[Cell, Text], Any]

CONVERTERS: dict[str, Converter] = {
    "opened": to_day,
    "closed": to_day,
    "categories": to_codes,
    "referrals": to_codes,
    "outcomes": to_codes,
    "exclude_from_statistics": to_flag,
    "conversations": to_conversations,
}


def convert(field: str, value: Cell, expect: Text) -> Any:
    """The value of contract key ``field`` from a non-blank cell; raises ``CellError``, whose
    text ends in ``expect`` where the fault is the kind of value."""
    return CONVERTERS.get(field, to_text)(value, expect)
