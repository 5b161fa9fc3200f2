"""From drafts (one per line or row: the values read, and the problems found while reading) to
validated cases, or one ``ImportRefusal`` listing every problem in the file.

Validation itself is the domain's (``make_case``); this module turns pydantic's errors into
messages a confidant can act on, each with its code (a domain rule keeps the code the domain gave
it, ``RuleError``), and checks what only the whole file can show: a case number used twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from confidant_app.domain.case import CASE_NUMBER_PATTERN, Case, RuleError, make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.importer.fields import (
    CODE_FIELDS,
    CONVERSATION_KEYS,
    KEYS,
    Style,
    expected,
    is_code_shaped,
)
from confidant_app.importer.problems import ImportRefusal, Problem, line_word, shown
from confidant_app.importer.texts import Code, Text, other, say


@dataclass(frozen=True)
class ImportedCase:
    """A validated case and the line (JSONL) or row (CSV/XLSX) it came from."""

    case: Case
    line: int


@dataclass
class Draft:
    """One line or row as read; ``data`` is None when nothing usable was read (not an object)."""

    line: int
    data: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)


# pydantic error types that mean "this is not the kind of value expected here".
_SHAPE_ERRORS = frozenset({
    "string_pattern_mismatch", "too_short", "model_type", "model_attributes_type",
    "int_from_float", "is_instance_of",
})
_MODEL_MESSAGE = re.compile(r"([a-z_]+): (.+)", re.DOTALL)
_CASE_NUMBER = re.compile(CASE_NUMBER_PATTERN)
_CODES = frozenset(code.value for code in Code)  # a domain rule's code is one of these


def validate_drafts(
    path: Path, drafts: Sequence[Draft], codebook: Codebook, style: Style
) -> list[ImportedCase]:
    """All cases, or ``ImportRefusal`` with every problem of every draft."""
    if not drafts:
        raise ImportRefusal.single(
            path, say(Code.NO_CASES_JSON if style == "json" else Code.NO_CASES_TABLE))
    problems: list[Problem] = []
    cases: list[ImportedCase] = []
    for draft in drafts:
        found = list(draft.problems)
        if draft.data is not None:
            case, more = _validate(draft, codebook, style)
            found += more
            if case is not None and not found:
                cases.append(ImportedCase(case, draft.line))
        problems += found
    problems += _repeated_numbers(path, drafts)
    if problems:
        raise ImportRefusal(path, problems)
    return cases


def _validate(draft: Draft, codebook: Codebook, style: Style) -> tuple[Case | None, list[Problem]]:
    assert draft.data is not None
    # Fields already found faulty while reading were left out of ``data``; the domain would only
    # add "missing" for them.
    skip = {_root(p.field) for p in draft.problems if p.field}
    try:
        return make_case(draft.data, codebook), []
    except ValidationError as exc:
        found: list[Problem] = []
        for err in exc.errors(include_url=False, include_context=True, include_input=False):
            loc = tuple(err["loc"])
            message = str(err["msg"]).removeprefix("Value error, ")
            name: str | None
            if loc:
                name = _name(loc)
            else:
                # Model-level rules put their field in front: "closed: the closing date ...".
                m = _MODEL_MESSAGE.fullmatch(message)
                name, message = (m[1], m[2]) if m and m[1] in KEYS else (None, message)
            if name is not None and _root(name) in skip:
                continue
            text = _text(err["type"], message, loc, err.get("ctx") or {}, draft.data, codebook,
                         style)
            found.append(Problem(draft.line, name, text))
        return None, found


def _root(name: str) -> str:
    return re.split(r"[\[.]", name, maxsplit=1)[0]


def _name(loc: tuple[int | str, ...]) -> str:
    """``("conversations", 1, "channel")`` -> ``conversations[2].channel``: counted from 1."""
    name = str(loc[0])
    for part in loc[1:]:
        name += f"[{part + 1}]" if isinstance(part, int) else f".{shown(part)[1:-1]}"
    return name


def _subject(loc: tuple[int | str, ...]) -> str:
    """The key whose expectation applies to an error at ``loc``."""
    if not loc:
        return ""
    if loc[0] == "conversations" and len(loc) >= 2:
        return str(loc[2]) if len(loc) >= 3 else "conversation"
    return str(loc[0])


def _text(
    kind: str, message: str, loc: tuple[int | str, ...], ctx: Mapping[str, Any],
    data: dict[str, Any], codebook: Codebook, style: Style,
) -> Text:
    if not loc:  # a rule over the whole case
        return _relayed(kind, message, ctx)
    subject = _subject(loc)
    expect = expected(subject, codebook, style)
    if kind == "missing":
        gone = Code.MISSING if style == "json" or len(loc) > 1 else Code.EMPTY
        return say(gone, expected=expect)
    if kind == "extra_forbidden":
        if len(loc) >= 3 and loc[0] == "conversations":
            return say(Code.UNKNOWN_KEY_IN_CONVERSATION, keys=", ".join(CONVERSATION_KEYS))
        return say(Code.UNKNOWN_KEY_HERE, keys=", ".join(KEYS))
    if kind in _SHAPE_ERRORS or kind.endswith(("_type", "_parsing")):
        return say(Code.EXPECTED, expected=expect)
    if kind == "value_error" and subject in (*CODE_FIELDS, "categories"):
        # The domain quotes an unknown code back; that is only safe if it looks like a code.
        value = _value_at(data, loc)
        values = value if isinstance(value, list) else [value]
        if not all(is_code_shaped(v) for v in values):
            return say(Code.NOT_A_KNOWN_CODE, expected=expect)
    return _relayed(kind, message, ctx)


def _relayed(kind: str, message: str, ctx: Mapping[str, Any]) -> Text:
    """The domain's sentence (or one of pydantic's own) with its code and parameters."""
    error = ctx.get("error")
    text: Text
    if kind == "value_error" and isinstance(error, RuleError) and error.rule.value in _CODES:
        text = Text(Code(error.rule.value), dict(error.params))
    elif kind == "too_long" and ctx.get("field_type") == "List":
        text = say(Code.LIST_TOO_LONG, max_length=ctx.get("max_length", ""),
                   actual_length=ctx.get("actual_length", ""))
    elif kind == "string_unicode":  # a lone surrogate (\ud800) in a JSON string
        text = say(Code.TEXT_NOT_UNICODE)
    elif kind == "string_too_long":
        text = say(Code.TEXT_TOO_LONG, max_length=ctx.get("max_length", ""))
    elif kind == "less_than_equal":
        text = say(Code.AT_MOST, le=ctx.get("le", ""))
    elif kind == "greater_than_equal":
        text = say(Code.AT_LEAST, ge=ctx.get("ge", ""))
    else:
        return other(message)
    # The command line prints the sentence it always printed: should a library's wording ever
    # drift from the template, its own sentence wins (and is shown untranslated).
    return text if text.english() == message else other(message)



def _value_at(data: Any, loc: tuple[int | str, ...]) -> Any:
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def _repeated_numbers(path: Path, drafts: Iterable[Draft]) -> list[Problem]:
    """A case number on a second line, naming the first. Only well-formed numbers are quoted;
    a malformed one already has its own problem."""
    first: dict[str, int] = {}
    problems: list[Problem] = []
    word = line_word(path)
    for draft in drafts:
        number = (draft.data or {}).get("case_number")
        if not isinstance(number, str) or not _CASE_NUMBER.fullmatch(number.strip()):
            continue
        number = number.strip()
        if number in first:
            code = Code.NUMBER_USED_ON_LINE if word == "line" else Code.NUMBER_USED_ON_ROW
            problems.append(Problem(draft.line, "case_number",
                                    say(code, number=number, line=first[number])))
        else:
            first[number] = draft.line
    return problems
