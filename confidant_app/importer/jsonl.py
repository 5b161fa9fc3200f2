"""JSON Lines: one JSON object per line, one case per object, with the contract's keys.

Python's ``json`` is lenient where an import must not be: it keeps the last of two equal keys,
accepts NaN and Infinity, turns ``1e400`` into infinity and recurses until the interpreter gives
up. Each of these is refused here, naming the line. A ``null`` value means "not given", as an
empty cell does in a spreadsheet. Blank lines are skipped; lines are counted from 1, blank ones
included, as an editor numbers them.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from confidant_app.domain.codebook import Codebook
from confidant_app.importer.fields import KEYS
from confidant_app.importer.limits import MAX_JSON_DEPTH, MAX_ROWS
from confidant_app.importer.problems import ImportRefusal, Problem, shown
from confidant_app.importer.source import decode_utf8
from confidant_app.importer.texts import Code, Count, Text, say
from confidant_app.importer.validation import Draft, ImportedCase, validate_drafts

EXAMPLE = '{"opened": "2025-03-04", "unit": "CLAS", "categories": ["AC.ARB"], "role": "MIL"}'
JSON_WHITESPACE = " \t\r"  # besides the newline the text was split on; str.strip() takes more


class _Refused(ValueError):
    """Raised from inside the JSON parser's hooks."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.english())
        self.text = text


def read_jsonl(path: Path, data: bytes, codebook: Codebook) -> list[ImportedCase]:
    text = decode_utf8(path, data, say(Code.SAVE_AS_UTF8))
    drafts: list[Draft] = []
    # Split on "\n" only: str.splitlines() would also split at U+2028 and other characters that
    # JSON allows inside a string.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip(JSON_WHITESPACE):
            continue
        if len(drafts) >= MAX_ROWS:
            raise ImportRefusal.single(path, say(Code.TOO_MANY_LINES, limit=Count(MAX_ROWS)))
        drafts.append(_draft(number, line))
    return validate_drafts(path, drafts, codebook, "json")


def _draft(number: int, line: str) -> Draft:
    try:
        value = _parse(line)
    except _Refused as exc:
        return Draft(number, None, [Problem(number, None, exc.text)])
    if not isinstance(value, dict):
        return Draft(number, None, [Problem(
            number, None, say(Code.JSON_NOT_AN_OBJECT, example=EXAMPLE))])
    draft = Draft(number, {})
    assert draft.data is not None
    for key, item in value.items():
        if key not in KEYS:
            draft.problems.append(Problem(
                number, None, say(Code.UNKNOWN_KEY, key=shown(key), keys=", ".join(KEYS))))
        elif item is not None:
            draft.data[key] = item
    return draft


def _parse(line: str) -> Any:
    try:
        value = json.loads(
            line,
            object_pairs_hook=_object,
            parse_constant=_constant,
            parse_float=_float,
            parse_int=_int,
        )
    except _Refused:
        raise
    except RecursionError:
        raise _Refused(say(Code.JSON_TOO_DEEP)) from None
    except json.JSONDecodeError as exc:
        # The parser's reason (Expecting ',' delimiter) names no data; it stays in its words.
        raise _Refused(say(Code.JSON_INVALID, reason=exc.msg, column=exc.colno,
                           example=EXAMPLE)) from None
    except ValueError:  # e.g. an integer longer than Python will convert
        raise _Refused(say(Code.JSON_UNREADABLE)) from None
    if _too_deep(value, MAX_JSON_DEPTH):
        raise _Refused(say(Code.JSON_DEEPER_THAN_A_CASE))
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(say(Code.JSON_KEY_TWICE, key=shown(key)))
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _Refused(say(Code.JSON_NOT_A_NUMBER, name=name))


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(say(Code.JSON_NUMBER_TOO_LARGE))
    return value


def _int(text: str) -> int:
    if len(text.lstrip("-")) > 18:  # far beyond any count a case holds
        raise _Refused(say(Code.JSON_NUMBER_TOO_LARGE))
    return int(text)


def _too_deep(value: Any, allowed: int) -> bool:
    """True if containers nest more than ``allowed`` levels (the value itself counting as one)."""
    if isinstance(value, dict | list):
        if allowed <= 0:
            return True
        children = value.values() if isinstance(value, dict) else value
        return any(_too_deep(child, allowed - 1) for child in children)
    return False
