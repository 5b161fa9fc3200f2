"""The keys of the case import contract (interfaces.md, section 2) and, for each, a sentence saying
what a value should look like, in JSON and in a spreadsheet cell. Error messages end in these
sentences so a confidant can fix the register without reading the contract.
"""

from __future__ import annotations

import re
from typing import Literal

from confidant_app.domain.case import MAX_MINUTES
from confidant_app.domain.codebook import Codebook, FieldName

Style = Literal["json", "cell"]

KEYS: tuple[str, ...] = (
    "opened", "unit", "categories", "role", "gender", "position", "exclude_from_statistics",
    "closed", "referrals", "outcomes", "conversations", "case_number", "alias", "notes",
)
REQUIRED: frozenset[str] = frozenset({"opened", "unit", "categories", "role"})
CONVERSATION_KEYS: tuple[str, ...] = ("date", "channel", "minutes")

# Fields whose values are codes of the codebook; ``categories`` is checked against the taxonomy.
CODE_FIELDS: dict[str, FieldName] = {
    "unit": "unit", "role": "role", "gender": "gender", "position": "position",
    "referrals": "referral", "outcomes": "outcome", "channel": "channel",
}

# What a code looks like: capitals and digits, one dot at most (CLAS, OG.PES, F). A value of
# another shape is not quoted back in a message: a word like "Jansen" in the unit column is more
# likely an alias in the wrong column than a mistyped code.
CODE_SHAPE = re.compile(r"[A-Z0-9]{1,8}(?:\.[A-Z0-9]{1,8})?")

DATE_CELL = "a date like 2025-03-04 or 04-03-2025"
DATE_JSON = 'a date string like "2025-03-04"'
MINUTES = f"a whole number of minutes from 0 to {MAX_MINUTES}"
CASE_NUMBER = (
    "a case number like 2025-0042 (at most 32 letters, digits and . _ / -, "
    "starting with a letter or digit)"
)
FLAG_CELL = "ja or nee (also yes/no, 1/0, true/false), or an empty cell"
CONVERSATION_CELL = (
    "conversations separated by ';', each as date/channel/minutes, "
    "like 2025-03-04/F/45;2025-03-11/T/20"
)
CONVERSATION_JSON = 'a list like [{"date": "2025-03-04", "channel": "F", "minutes": 45}]'


def is_code_shaped(value: object) -> bool:
    return isinstance(value, str) and CODE_SHAPE.fullmatch(value.strip()) is not None


def expected(field: str, codebook: Codebook, style: Style) -> str:
    """What a value of ``field`` should look like. ``field`` is a contract key, or one of
    ``conversation``, ``date``, ``channel``, ``minutes`` for the parts of a conversation."""
    json = style == "json"
    if field in ("opened", "closed", "date"):
        return DATE_JSON if json else DATE_CELL
    if field == "categories":
        if json:
            return 'a list of category codes like ["AC.ARB", "OG.PES"], the first is the main one'
        return "category codes separated by ';', like AC.ARB;OG.PES (the first is the main one)"
    if field in ("referrals", "outcomes"):
        codes = ", ".join(codebook.codes(CODE_FIELDS[field]))
        example = codebook.codes(CODE_FIELDS[field])[0]
        if json:
            return f'a list of codes like ["{example}"], from: {codes}'
        return f"codes separated by ';', from: {codes}"
    if field in CODE_FIELDS:
        codes = ", ".join(codebook.codes(CODE_FIELDS[field]))
        return f"one of the codes {codes}"
    if field == "exclude_from_statistics":
        return "true or false" if json else FLAG_CELL
    if field == "conversations":
        return CONVERSATION_JSON if json else CONVERSATION_CELL
    if field == "conversation":
        if json:
            return 'an object like {"date": "2025-03-04", "channel": "F", "minutes": 45}'
        return "date/channel/minutes, like 2025-03-04/F/45"
    if field == "minutes":
        return MINUTES
    if field == "case_number":
        return CASE_NUMBER
    if field == "alias":
        return "a short text of at most 80 characters (never a real name)"
    if field == "notes":
        return "text of at most 20,000 characters"
    return "a value of the import format"
