"""The refusal's shape: one line, first problem first, every problem listed; and the package's
import cost (no openpyxl, no Qt until a workbook is read)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from confidant_app.errors import UserError
from confidant_app.importer import ImportRefusal, Problem, location


def test_message_is_the_first_problem_and_a_count() -> None:
    refusal = ImportRefusal(Path("reg.csv"), [
        Problem(7, "unit", "unknown code 'X'"),
        Problem(3, None, "column C holds a value but has no known column name in row 1"),
        Problem(None, None, "whole file"),
        Problem(3, "role", "empty"),
    ])
    assert isinstance(refusal, UserError)
    assert str(refusal) == refusal.message == "reg.csv: whole file (and 3 more problems)"
    assert refusal.lines() == [
        "reg.csv: whole file",
        "reg.csv row 3: column C holds a value but has no known column name in row 1",
        "reg.csv row 3: role: empty",
        "reg.csv row 7: unit: unknown code 'X'",
    ]


def test_one_more_problem_is_singular() -> None:
    refusal = ImportRefusal("a.jsonl", [Problem(1, "a", "x"), Problem(2, "b", "y")])
    assert str(refusal) == "a.jsonl line 1: a: x (and 1 more problem)"


def test_the_caller_words_a_vault_clash_the_same_way() -> None:
    clash = Problem(4, "case_number", "2025-0042 is already in the vault")
    assert clash.describe(Path("reg.xlsx")) == (
        "reg.xlsx row 4: case_number: 2025-0042 is already in the vault")
    assert str(ImportRefusal(Path("reg.jsonl"), [clash])) == (
        "reg.jsonl line 4: case_number: 2025-0042 is already in the vault")
    assert location("reg.jsonl", 4) == "reg.jsonl line 4"


def test_control_characters_are_escaped() -> None:
    problem = Problem(1, "conversations[1].a\nb", "bad\rthing")
    assert problem.describe("a\tb.csv") == "a\\tb.csv row 1: conversations[1].a\\nb: bad\\rthing"


def test_importing_the_package_loads_neither_openpyxl_nor_qt() -> None:
    code = ("import sys, confidant_app.importer; "
            "print(sorted(m for m in ('openpyxl', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
