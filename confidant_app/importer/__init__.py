"""Case registers (.jsonl, .csv, .xlsx) read into validated domain cases, or one typed refusal.

    read_cases(path, codebook) -> list[ImportedCase]     # .case: a validated Case, .line: where

The format follows the file's extension (case-insensitive); the keys and columns are those of
interfaces.md, section 2. The whole file is validated: either every case is returned, in file
order, or ``ImportRefusal`` (a ``UserError``) is raised with ``.problems``: a
``Problem(line, field, text)`` for every fault in every line, file-level faults (line None)
first. ``str()`` is one line, the first problem and ``(and K more problems)``; ``.lines()`` gives
one line per problem.

What is wrong is a ``Text``: a stable ``Code`` (``texts.Code``, the one list of them) and named
parameters; ``Problem.message`` is its English sentence, which the command line prints word for
word, and the import dialog translates the code (``ui/import_problems.py``).

Where: ``FILE line N`` for JSONL (the line an editor shows, counted from 1, blank lines included)
and ``FILE row N`` for CSV and XLSX (the row number a spreadsheet shows: the header is row 1, the
first case row 2; a quoted cell spanning two text lines is still one row). ``location(path, n)`` and
``Problem.describe(path)`` write it. Case numbers are checked against each other here, and against
the vault by the caller, who can word a clash the same way::

    clash = Problem(item.line, "case_number", say(Code.NUMBER_IN_VAULT, number="2025-0042"))
    raise ImportRefusal(path, [clash])

Spreadsheet cells: lists as ``AC.ARB;OG.PES``, conversations as ``2025-03-04/F/45;2025-03-11/T/20``,
dates as ``2025-03-04`` or Dutch ``04-03-2025`` (or real Excel dates), ``exclude_from_statistics``
as ja/nee, yes/no, 1/0, true/false (or WAAR/ONWAAR, Dutch Excel's TRUE/FALSE). An empty cell, like
a JSON ``null``, means "not given": the default applies. Blank rows and lines are skipped.

Refused besides what the domain refuses: an unknown key or column, a missing or repeated column, a
case number used twice in the file, an empty file, files over 50 MB or 100,000 cases, text that is
not UTF-8, duplicate JSON keys, NaN and Infinity, deep nesting, workbooks that are not plain zip
archives within bounds, macros, links to other workbooks, formula and error cells. No other
exception escapes for any file content. Messages never repeat a note or an alias: they name lines
and fields and say what was expected.
"""

from __future__ import annotations

from pathlib import Path

from confidant_app.domain.codebook import Codebook
from confidant_app.importer.csv_reader import read_csv
from confidant_app.importer.jsonl import read_jsonl
from confidant_app.importer.problems import ImportRefusal, Problem, location, shown
from confidant_app.importer.source import read_bounded
from confidant_app.importer.texts import Code, Text, say
from confidant_app.importer.validation import ImportedCase
from confidant_app.importer.xlsx_reader import read_xlsx

__all__ = [
    "SUFFIXES", "Code", "ImportRefusal", "ImportedCase", "Problem", "Text", "location",
    "read_cases", "say",
]

_READERS = {".jsonl": read_jsonl, ".csv": read_csv, ".xlsx": read_xlsx}
SUFFIXES: tuple[str, ...] = tuple(_READERS)


def read_cases(path: Path | str, codebook: Codebook) -> list[ImportedCase]:
    """Every case in the file, in file order, or ``ImportRefusal``."""
    path = Path(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        wrong = (say(Code.FILE_TYPE, suffix=shown(path.suffix, 12)) if path.suffix
                 else say(Code.FILE_NO_EXTENSION))
        raise ImportRefusal.single(path, wrong)
    return reader(path, read_bounded(path), codebook)
