"""Rows of a spreadsheet (CSV or XLSX, already read into cell values) -> drafts -> cases.

Row 1 holds the column names: the contract's keys, in any order, any letter case, with spaces
around them tolerated. Every later row that is not blank is one case; an empty cell means "not
given", so the default applies. Rows are numbered as a spreadsheet shows them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from confidant_app.domain.codebook import Codebook
from confidant_app.importer.cells import Cell, CellError, Unreadable, convert, is_blank, to_text
from confidant_app.importer.fields import KEYS, REQUIRED, expected
from confidant_app.importer.limits import EXCEL_MAX_ROWS, MAX_ROWS
from confidant_app.importer.problems import ImportRefusal, Problem, shown
from confidant_app.importer.texts import Code, Count, Text, say
from confidant_app.importer.validation import Draft, ImportedCase, validate_drafts

NumberedRow = tuple[int, Sequence[Cell]]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: as the spreadsheet labels its columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def collect_rows(path: Path, rows: Iterable[Sequence[Cell]]) -> list[NumberedRow]:
    """Number the rows from 1, drop blank rows and blank trailing cells, and refuse a file with
    more than ``MAX_ROWS`` cases before it is all in memory."""
    kept: list[NumberedRow] = []
    for number, row in enumerate(rows, start=1):
        if number > EXCEL_MAX_ROWS:
            raise ImportRefusal.single(path, say(Code.SHEET_TOO_LONG,
                                                 limit=Count(EXCEL_MAX_ROWS)))
        end = len(row)
        while end and is_blank(row[end - 1]):
            end -= 1
        if not end:
            continue
        if len(kept) > MAX_ROWS:  # the header plus MAX_ROWS cases are already kept
            raise ImportRefusal.single(path, say(Code.TOO_MANY_ROWS, limit=Count(MAX_ROWS)))
        kept.append((number, tuple(row[:end])))
    return kept


def cases_from_rows(path: Path, rows: list[NumberedRow], codebook: Codebook) -> list[ImportedCase]:
    if not rows:
        raise ImportRefusal.single(path, say(Code.EMPTY_FILE, keys=", ".join(KEYS)))
    number, header = rows[0]
    if number != 1:
        raise ImportRefusal.single(path, say(Code.FIRST_ROW_EMPTY, keys=", ".join(KEYS)), line=1)
    columns = _columns(path, header)
    expect = {key: expected(key, codebook, "cell") for key in KEYS}  # once, not once a cell
    drafts = [_draft(number, row, columns, expect) for number, row in rows[1:]]
    return validate_drafts(path, drafts, codebook, "cell")


def _columns(path: Path, header: Sequence[Cell]) -> list[str | None]:
    """The contract key of each column (None for a column without a name), or a refusal naming
    every unknown, repeated or missing column."""
    problems: list[Problem] = []
    columns: list[str | None] = []
    seen: dict[str, int] = {}
    for index, cell in enumerate(header):
        letter = column_letter(index)
        if is_blank(cell):
            columns.append(None)
            continue
        if isinstance(cell, Unreadable):
            problems.append(Problem(1, None, say(Code.HEADER_CELL, column=letter,
                                                 reason=cell.reason)))
            columns.append(None)
            continue
        try:
            name = to_text(cell, say(Code.EXPECT_COLUMN_NAME))
        except CellError:
            name = str(cell)
        key = name.strip().lower()
        if key not in KEYS:
            problems.append(Problem(1, None, say(Code.UNKNOWN_COLUMN, name=shown(name.strip()),
                                                 column=letter, keys=", ".join(KEYS))))
            columns.append(None)
        elif key in seen:
            problems.append(Problem(1, key, say(Code.COLUMN_TWICE,
                                                first=column_letter(seen[key]), second=letter)))
            columns.append(None)
        else:
            seen[key] = index
            columns.append(key)
    for key in KEYS:
        if key in REQUIRED and key not in seen:
            problems.append(Problem(1, key, say(Code.COLUMN_MISSING)))
    if problems:
        raise ImportRefusal(path, problems)
    return columns


def _draft(
    number: int, row: Sequence[Cell], columns: list[str | None], expect: dict[str, Text]
) -> Draft:
    draft = Draft(number, {})
    assert draft.data is not None
    for index, value in enumerate(row):
        key = columns[index] if index < len(columns) else None
        if is_blank(value):
            continue
        if key is None:
            draft.problems.append(Problem(number, None, say(Code.VALUE_WITHOUT_COLUMN,
                                                            column=column_letter(index))))
            continue
        try:
            draft.data[key] = convert(key, value, expect[key])
        except CellError as exc:
            draft.problems.append(Problem(number, key + exc.part, exc.text))
    return draft
