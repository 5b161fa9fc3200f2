"""CSV registers: UTF-8 text (a byte order mark is fine), a header row, one case per row.

The delimiter is a comma, or a semicolon as Excel writes in Dutch settings; which one is decided
from the header row. Quoting follows the csv module (Excel's own convention).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from confidant_app.domain.codebook import Codebook
from confidant_app.importer.problems import ImportRefusal
from confidant_app.importer.source import decode_utf8, text_line
from confidant_app.importer.tabular import cases_from_rows, collect_rows
from confidant_app.importer.texts import Code, say
from confidant_app.importer.validation import ImportedCase

SAVE_AS_UTF8 = say(Code.SAVE_AS_CSV_UTF8)


def read_csv(path: Path, data: bytes, codebook: Codebook) -> list[ImportedCase]:
    text = decode_utf8(path, data, SAVE_AS_UTF8, locate=_row_after)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows = collect_rows(path, _records(path, reader))
    return cases_from_rows(path, rows, codebook)


def _delimiter(text: str) -> str:
    """';' if the header row holds more semicolons than commas, else ','. Column names contain
    neither, so the header row alone tells which one separates them."""
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _row_after(good: str) -> int:
    """The row in which the text after ``good`` lies. A quoted cell may span text lines, so rows
    are counted by reading ``good`` as CSV, with one character added: it starts a new row if
    ``good`` ends between rows, and joins the last row if ``good`` ends inside it."""
    try:
        reader = csv.reader(io.StringIO(good + "x", newline=""), delimiter=_delimiter(good))
        return sum(1 for _ in reader)
    except csv.Error:
        return text_line(good)


def _records(path: Path, reader: Iterator[list[str]]) -> Iterator[list[str]]:
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # The csv module's reasons ("field larger than field limit", "line contains NUL")
            # name no data, so they can be passed on (in its own words; the import dialog
            # translates the field limit's).
            raise ImportRefusal.single(
                path, say(Code.CSV_UNREADABLE_ROW, reason=str(exc), fix=SAVE_AS_UTF8), line=number,
            ) from None
        yield record
