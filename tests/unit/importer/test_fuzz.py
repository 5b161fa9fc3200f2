"""No input bytes make a reader fail other than with ``ImportRefusal``: random bytes, mutated good
files, and structured nonsense (JSON objects, CSV rows, workbook XML) that reaches validation.

Every refusal must also be one line of valid UTF-8, so the command line can print it.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confidant_app.domain.codebook import default_codebook
from confidant_app.importer import ImportedCase, ImportRefusal, read_cases
from confidant_app.importer.fields import KEYS
from confidant_app.importer.texts import Code

DATA = Path(__file__).parents[2] / "data" / "import"
CODEBOOK = default_codebook()  # not the function-scoped fixture: hypothesis reruns the test body
SEEDS = {suffix: (DATA / f"good.{suffix}").read_bytes() for suffix in ("jsonl", "csv", "xlsx")}
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def check(folder: Path, suffix: str, content: bytes) -> None:
    path = folder / f"fuzz.{suffix}"
    path.write_bytes(content)
    try:
        imported = read_cases(path, CODEBOOK)
    except ImportRefusal as refusal:
        assert refusal.problems
        # Every problem has a code of its own, so the dialog can say it in Dutch.
        assert all(p.code is not Code.OTHER for p in refusal.problems), refusal.lines()
        for text in [str(refusal), *refusal.lines()]:
            assert "\n" not in text and "\r" not in text
            text.encode("utf-8")  # no lone surrogates: printable on any UTF-8 terminal
    else:
        assert imported and all(isinstance(item, ImportedCase) for item in imported)


# -- random and mutated bytes -----------------------------------------------------------------

edits = st.lists(
    st.tuples(st.sampled_from(["replace", "insert", "delete", "truncate"]),
              st.integers(min_value=0, max_value=1 << 20), st.binary(min_size=1, max_size=8)),
    min_size=1, max_size=6,
)


def mutate(data: bytes, changes: list[tuple[str, int, bytes]]) -> bytes:
    for kind, at, chunk in changes:
        at = at % (len(data) + 1)
        if kind == "replace":
            data = data[:at] + chunk + data[at + len(chunk):]
        elif kind == "insert":
            data = data[:at] + chunk + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + len(chunk):]
        else:
            data = data[:at]
    return data


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "xlsx"])
@SETTINGS
@given(content=st.binary(max_size=4096))
def test_random_bytes(folder: Path, suffix: str, content: bytes) -> None:
    check(folder, suffix, content)


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "xlsx"])
@SETTINGS
@given(changes=edits)
def test_mutated_good_file(
    folder: Path, suffix: str, changes: list[tuple[str, int, bytes]]
) -> None:
    check(folder, suffix, mutate(SEEDS[suffix], changes))


# -- structured nonsense that gets past the parsers ---------------------------------------------

tokens = st.sampled_from([
    "2025-03-04", "04-03-2025", "2025-02-30", "2999-01-01", "CLAS", "AC.ARB", "OG.PES;AC.ARB",
    "MIL", "V", "BET", "F", "HR;AGO", "INF", "ja", "nee", "2025-03-04/F/45", "2025-03-04/F/45;x",
    "2025-0042", "=SUM(A1)", "", " ", ";", "/", "\u2028", "\ud800", "\x00", "null",
])
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20), tokens,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8) | tokens, inner, max_size=4)),
    max_leaves=12,
)
cases = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), json_values, max_size=16)


@SETTINGS
@given(lines=st.lists(cases | json_values, min_size=1, max_size=5))
def test_structured_jsonl(folder: Path, lines: list[Any]) -> None:
    text = "\n".join(json.dumps(line) for line in lines)
    check(folder, "jsonl", text.encode("utf-8", "surrogatepass"))


cells = st.one_of(tokens, st.text(max_size=12))
headers = st.lists(st.sampled_from(KEYS) | st.sampled_from(["Opened ", "UNIT", "x"]) | cells,
                   min_size=1, max_size=16)


@SETTINGS
@given(header=headers, rows=st.lists(st.lists(cells, max_size=16), max_size=6),
       delimiter=st.sampled_from([",", ";"]))
def test_structured_csv(folder: Path, header: list[str], rows: list[list[str]],
                        delimiter: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    check(folder, "csv", buffer.getvalue().encode("utf-8", "surrogatepass"))


def _parts(xlsx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


PARTS = _parts(SEEDS["xlsx"])
XML_PARTS = sorted(name for name in PARTS if name.endswith(".xml") or name.endswith(".rels"))


@SETTINGS
@given(part=st.sampled_from(XML_PARTS), changes=edits)
def test_mutated_workbook_parts(
    folder: Path, part: str, changes: list[tuple[str, int, bytes]]
) -> None:
    # Mutating inside the archive keeps it a valid zip, so openpyxl's XML readers see the damage.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in PARTS.items():
            archive.writestr(name, mutate(data, changes) if name == part else data)
    check(folder, "xlsx", out.getvalue())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=headers, rows=st.lists(st.lists(
    st.one_of(cells, st.integers(-10**6, 10**6), st.floats(), st.booleans(), st.dates(),
              st.datetimes(), st.times(), st.none()), max_size=16), max_size=5))
def test_workbook_cell_values(folder: Path, header: list[str], rows: list[list[Any]]) -> None:
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = openpyxl.Workbook()
    sheet = book.active
    try:
        for row in [header, *rows]:
            sheet.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
    except (IllegalCharacterError, UnicodeEncodeError, ValueError):
        return  # openpyxl will not write this cell; nothing to read back
    check(folder, "xlsx", buffer.getvalue())
