"""Excel registers (.xlsx): the first sheet, a header row, one case per row.

The archive is checked first (``zipcheck``); only then does openpyxl read it, in read-only mode and
with its recorded sheet size discarded (a faked size hid 299,999 of 300,000 rows in a test).
Formula cells are refused: they are computed by Excel, not typed, and openpyxl cannot compute
them. Any failure inside openpyxl, whatever it raises, is one refusal: not a readable workbook.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from confidant_app.domain.codebook import Codebook
from confidant_app.importer.cells import Cell, Unreadable
from confidant_app.importer.limits import MAX_COLUMNS
from confidant_app.importer.problems import ImportRefusal
from confidant_app.importer.tabular import NumberedRow, cases_from_rows, collect_rows
from confidant_app.importer.texts import Code, say
from confidant_app.importer.validation import ImportedCase
from confidant_app.importer.zipcheck import zip_problem

UNREADABLE = say(Code.WORKBOOK_UNREADABLE)
FORMULA = Unreadable(say(Code.CELL_FORMULA))
ERROR_VALUE = Unreadable(say(Code.CELL_EXCEL_ERROR))


def read_xlsx(path: Path, data: bytes, codebook: Codebook) -> list[ImportedCase]:
    reason = zip_problem(data)
    if reason is not None:
        raise ImportRefusal.single(path, reason)
    return cases_from_rows(path, _rows(path, data), codebook)


def _rows(path: Path, data: bytes) -> list[NumberedRow]:
    # Imported here, not at the top: openpyxl costs ~100 ms at start-up and most runs never
    # read a workbook.
    import openpyxl

    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation, conditional formats);
            # none matter for reading values.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            try:
                sheets = book.worksheets
                if not sheets or not hasattr(sheets[0], "reset_dimensions"):
                    raise ImportRefusal.single(path, say(Code.WORKBOOK_NO_TABLE))
                sheet = sheets[0]
                sheet.reset_dimensions()
                return collect_rows(path, _values(sheet))
            finally:
                with contextlib.suppress(Exception):
                    book.close()
    except ImportRefusal:
        raise
    # openpyxl raises TypeError, ValueError, IndexError, KeyError, BadZipFile and more on damaged
    # files (security.md); none of them is a bug of ours, all mean the same to the person.
    except Exception:
        raise ImportRefusal.single(path, UNREADABLE) from None


def _values(sheet: Any) -> Iterator[Sequence[Cell]]:
    from openpyxl.cell.read_only import EMPTY_CELL

    previous = None
    for row in sheet.iter_rows(max_col=MAX_COLUMNS):
        # For each row missing from the file, openpyxl yields one shared tuple of empty cells:
        # seeing it again means another missing row. A file that claims row 1,048,576 would
        # otherwise cost 64 cell look-ups for each of a million rows.
        if row is previous:
            yield ()
            continue
        previous = row
        yield [None if cell is EMPTY_CELL else _value(cell) for cell in row]


def _value(cell: Any) -> Cell:
    kind = getattr(cell, "data_type", None)
    if kind == "f":  # the value is the formula text, or an ArrayFormula object
        return FORMULA
    if kind == "e":
        return ERROR_VALUE
    value: Cell = cell.value
    return value
