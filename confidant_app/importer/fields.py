"""The keys of the case import contract (interfaces.md, section 2) and, for each, a sentence saying
what a value should look like, in JSON and in a spreadsheet cell (a ``Text``: the code of the
sentence and its parameters). Error messages end in these sentences so a confidant can fix the
register without reading the contract.
"""

from __future__ import annotations

import re
from typing import Literal

from confidant_app.domain.case import MAX_ALIAS, MAX_MINUTES, MAX_NOTES
from confidant_app.domain.codebook import Codebook, FieldName
from confidant_app.importer.texts import Code, Count, Text, say

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

DATE_CELL = say(Code.EXPECT_DATE_CELL)
DATE_JSON = say(Code.EXPECT_DATE_JSON)
MINUTES = say(Code.EXPECT_MINUTES, max=MAX_MINUTES)
CASE_NUMBER = say(Code.EXPECT_CASE_NUMBER)
FLAG_CELL = say(Code.EXPECT_FLAG_CELL)
CONVERSATION_CELL = say(Code.EXPECT_CONVERSATIONS_CELL)
CONVERSATION_JSON = say(Code.EXPECT_CONVERSATIONS_JSON,
                        example='[{"date": "2025-03-04", "channel": "F", "minutes": 45}]')


def is_code_shaped(value: object) -> bool:
    return isinstance(value, str) and CODE_SHAPE.fullmatch(value.strip()) is not None


def expected(field: str, codebook: Codebook, style: Style) -> Text:
    """What a value of ``field`` should look like. ``field`` is a contract key, or one of
    ``conversation``, ``date``, ``channel``, ``minutes`` for the parts of a conversation."""
    json = style == "json"
    if field in ("opened", "closed", "date"):
        return DATE_JSON if json else DATE_CELL
    if field == "categories":
        return say(Code.EXPECT_CATEGORIES_JSON if json else Code.EXPECT_CATEGORIES_CELL)
    if field in ("referrals", "outcomes"):
        codes = ", ".join(codebook.codes(CODE_FIELDS[field]))
        example = codebook.codes(CODE_FIELDS[field])[0]
        if json:
            return say(Code.EXPECT_CODE_LIST_JSON, example=example, codes=codes)
        return say(Code.EXPECT_CODE_LIST_CELL, codes=codes)
    if field in CODE_FIELDS:
        return say(Code.EXPECT_ONE_CODE, codes=", ".join(codebook.codes(CODE_FIELDS[field])))
    if field == "exclude_from_statistics":
        return say(Code.EXPECT_FLAG_JSON) if json else FLAG_CELL
    if field == "conversations":
        return CONVERSATION_JSON if json else CONVERSATION_CELL
    if field == "conversation":
        if json:
            return say(Code.EXPECT_CONVERSATION_JSON,
                       example='{"date": "2025-03-04", "channel": "F", "minutes": 45}')
        return say(Code.EXPECT_CONVERSATION_CELL)
    if field == "minutes":
        return MINUTES
    if field == "case_number":
        return CASE_NUMBER
    if field == "alias":
        return say(Code.EXPECT_ALIAS, max=MAX_ALIAS)
    if field == "notes":
        return say(Code.EXPECT_NOTES, max=Count(MAX_NOTES))
    return say(Code.EXPECT_ANY)
