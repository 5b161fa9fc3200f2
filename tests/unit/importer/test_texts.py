"""Every problem has a stable code and parameters (``importer.texts``), and its English sentence
is the one the command line always printed: the domain's rules and pydantic's own checks keep
their code when the importer relays them, and the codes come from one list."""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import string
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from confidant_app.domain.case import Rule, make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.importer import ImportRefusal, Problem, texts
from confidant_app.importer.texts import CONTEXT, ENGLISH, Code, Count, Text, other, say
from confidant_app.importer.validation import Draft, validate_drafts

GOOD: dict[str, Any] = {"opened": "2025-03-04", "unit": "CLAS", "categories": ["AC.ARB"],
                        "role": "MIL"}


def test_every_code_has_one_english_sentence_marked_for_translation() -> None:
    assert set(ENGLISH) == set(Code)
    assert len(set(ENGLISH.values())) == len(ENGLISH)  # one sentence, one code (lupdate keys)
    marked: dict[str, str] = {}
    for node in ast.walk(ast.parse(inspect.getsource(texts))):
        if isinstance(node, ast.Dict) and any(
                isinstance(k, ast.Attribute) and k.attr == "FILE_TYPE" for k in node.keys):
            for key, value in zip(node.keys, node.values, strict=True):
                assert isinstance(key, ast.Attribute)
                if isinstance(value, ast.Call):
                    assert isinstance(value.func, ast.Name)
                    assert value.func.id == "QT_TRANSLATE_NOOP"
                    assert ast.literal_eval(value.args[0]) == CONTEXT
                    marked[key.attr] = ast.literal_eval(value.args[1])
    # Spelled out for lupdate: every sentence but OTHER's, literally.
    assert marked == {code.name: ENGLISH[code] for code in Code if code is not Code.OTHER}
    for template in ENGLISH.values():
        for _text, name, spec, conversion in string.Formatter().parse(template):
            assert name is None or (name.isidentifier() and not spec and not conversion)


def test_the_domains_rules_are_codes_of_the_importer() -> None:
    assert {rule.value for rule in Rule} <= {code.value for code in Code}


def refused(data: dict[str, Any], codebook: Codebook, style: str = "json") -> list[Problem]:
    with pytest.raises(ImportRefusal) as caught:
        validate_drafts(Path("a.jsonl"), [Draft(1, data)], codebook, style)  # type: ignore[arg-type]
    return caught.value.problems


def domain_sentence(data: dict[str, Any], codebook: Codebook) -> str:
    with pytest.raises(ValidationError) as caught:
        make_case(data, codebook)
    (error,) = caught.value.errors()
    message = str(error["msg"]).removeprefix("Value error, ")
    return message if error["loc"] else message.partition(": ")[2]


@pytest.mark.parametrize(("rule", "change"), [
    (Rule.DATE_WITH_TIME, {"opened": dt.datetime(2025, 3, 4, 10, 30)}),
    (Rule.DATE_SHAPE, {"opened": "4 maart 2025"}),
    (Rule.DATE_NO_SUCH_DAY, {"opened": "2025-02-30"}),
    (Rule.DATE_TOO_EARLY, {"opened": "1999-12-31"}),
    (Rule.DATE_IN_FUTURE, {"opened": "2999-01-01"}),
    (Rule.UNKNOWN_CODE, {"unit": "KLAS"}),
    (Rule.CODE_TWICE, {"referrals": ["HR", "HR"]}),
    (Rule.CASE_NUMBER_SHAPE, {"case_number": "2025 0042"}),
    (Rule.CATEGORY_TWICE, {"categories": ["OG.PES", "OG.PES"]}),
    (Rule.UNKNOWN_CATEGORY, {"categories": ["XX.YYY"]}),
    (Rule.CLOSED_BEFORE_OPENED, {"closed": "2025-03-03"}),
    (Rule.CONVERSATION_BEFORE_OPENED,
     {"conversations": [{"date": "2025-03-01", "channel": "F", "minutes": 5}]}),
])
def test_a_domain_rule_keeps_its_code_and_its_sentence(
        rule: Rule, change: dict[str, Any], codebook: Codebook) -> None:
    data = {**GOOD, **change}
    (problem,) = refused(data, codebook)
    assert problem.code.value == rule.value
    assert problem.message == domain_sentence(data, codebook)


@pytest.mark.parametrize(("code", "change"), [
    (Code.LIST_TOO_LONG,
     {"conversations": [{"date": "2025-03-05", "channel": "F", "minutes": 5}] * 501}),
    (Code.TEXT_TOO_LONG, {"alias": "x" * 81}),
    (Code.AT_MOST, {"conversations": [{"date": "2025-03-05", "channel": "F", "minutes": 2000}]}),
    (Code.AT_LEAST, {"conversations": [{"date": "2025-03-05", "channel": "F", "minutes": -5}]}),
    (Code.TEXT_NOT_UNICODE, {"unit": "\ud800"}),
])
def test_pydantics_own_checks_keep_pydantics_words(
        code: Code, change: dict[str, Any], codebook: Codebook) -> None:
    data = {**GOOD, **change}
    (problem,) = refused(data, codebook)
    assert problem.code is code
    assert problem.message == domain_sentence(data, codebook)


def test_a_sentence_without_a_code_is_kept_as_it_is() -> None:
    problem = Problem(3, "unit", "a caller's own {words}")
    assert problem.code is Code.OTHER and problem.params == {"text": "a caller's own {words}"}
    assert problem.message == "a caller's own {words}"
    assert problem == Problem(3, "unit", other("a caller's own {words}"))
    twice = say(Code.COLUMN_TWICE, first="B", second="C")
    assert len({problem, Problem(1, "unit", twice), Problem(1, "unit", twice)}) == 2
    assert problem.describe("a.csv") == "a.csv row 3: unit: a caller's own {words}"


def test_nested_sentences_and_counts_in_english() -> None:
    text = say(Code.WORKBOOK_TOO_MANY_PARTS, limit=Count(2000), fix=say(Code.RESAVE_WORKBOOK))
    assert text.english() == str(text) == (
        "the workbook has more than 2,000 parts; copy the register into a new, empty workbook "
        "(paste values only) and save that")
    assert say(Code.EXPECT_MINUTES, max=1440).english().endswith("from 0 to 1440")  # no 1,440
    assert Text(Code.COLUMN_MISSING).english() == (
        "this required column is missing from the header row")
