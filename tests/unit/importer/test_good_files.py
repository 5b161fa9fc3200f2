"""Good registers in all three formats give the same validated cases, with their line numbers."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from confidant_app.domain.codebook import Codebook
from confidant_app.importer import ImportedCase, location, read_cases

FIXTURES = ["good.jsonl", "good.csv", "good_nl.csv", "good.xlsx"]


def _read(path: Path, codebook: Codebook) -> list[ImportedCase]:
    return read_cases(path, codebook)


@pytest.mark.parametrize("name", FIXTURES)
def test_good_file_gives_the_expected_cases(name: str, data_dir: Path, codebook: Codebook) -> None:
    imported = _read(data_dir / name, codebook)
    assert len(imported) == 4
    first = imported[0].case
    assert first.case_number == "2025-0042"
    assert first.opened == dt.date(2025, 3, 4) and first.closed == dt.date(2025, 6, 30)
    assert first.categories == ["AC.ARB", "OG.PES"] and first.primary_category == "AC.ARB"
    assert first.referrals == ["HR", "AGO"] and first.outcomes == ["INF"]
    assert [(c.date, c.channel, c.minutes) for c in first.conversations] == [
        (dt.date(2025, 3, 4), "F", 45), (dt.date(2025, 3, 11), "T", 20)]
    assert first.alias == "blue folder"
    assert first.notes == 'met on the quay; follow up, "soon"'
    assert first.exclude_from_statistics is False
    second = imported[1].case
    assert (second.gender, second.position, second.case_number) == ("O", "OVR", None)
    assert imported[2].case.exclude_from_statistics is True
    assert imported[2].case.notes == "line one\nline two"


def test_all_formats_agree(data_dir: Path, codebook: Codebook) -> None:
    results = [[i.case for i in _read(data_dir / name, codebook)] for name in FIXTURES]
    assert all(result == results[0] for result in results[1:])


def test_lines_are_json_lines_and_spreadsheet_rows(data_dir: Path, codebook: Codebook) -> None:
    assert [i.line for i in _read(data_dir / "good.jsonl", codebook)] == [1, 2, 3, 4]
    # The third case's note spans two text lines but one spreadsheet row.
    for name in ("good.csv", "good_nl.csv", "good.xlsx"):
        assert [i.line for i in _read(data_dir / name, codebook)] == [2, 3, 4, 5]


def test_location_names_lines_or_rows() -> None:
    assert location(Path("a.jsonl"), 3) == "a.jsonl line 3"
    assert location(Path("a.CSV"), 3) == "a.CSV row 3"
    assert location(Path("a.xlsx"), 3) == "a.xlsx row 3"
    assert location(Path("a.xlsx"), None) == "a.xlsx"


def test_extension_is_case_insensitive(data_dir: Path, tmp_path: Path, codebook: Codebook) -> None:
    copy = tmp_path / "REGISTER.CSV"
    shutil.copy(data_dir / "good.csv", copy)
    assert len(read_cases(copy, codebook)) == 4


def test_blank_lines_and_rows_are_skipped(write: Callable[..., Path], codebook: Codebook) -> None:
    line = '{"opened": "2025-03-04", "unit": "CLAS", "categories": ["AC.ARB"], "role": "MIL"}'
    imported = read_cases(write("a.jsonl", f"\n{line}\n  \t\n{line}\n\n"), codebook)
    assert [i.line for i in imported] == [2, 4]
    csv_text = ("opened,unit,categories,role\n\n2025-03-04,CLAS,AC.ARB,MIL\n,,,\n"
                " 2025-03-04,CLAS,AC.ARB,MIL\n")
    assert [i.line for i in read_cases(write("a.csv", csv_text), codebook)] == [3, 5]


def test_headers_tolerate_case_and_spaces(write: Callable[..., Path], codebook: Codebook) -> None:
    text = " Opened ,UNIT,Categories , role\r\n2025-03-04,CLAS,AC.ARB,MIL\r\n"
    assert read_cases(write("a.csv", text), codebook)[0].case.unit == "CLAS"


def test_cells_are_trimmed_and_empty_pieces_dropped(
    write: Callable[..., Path], codebook: Codebook
) -> None:
    text = ('opened,unit,categories,role,referrals,conversations\n'
            ' 2025-03-04 , CLAS ," AC.ARB ; OG.PES ;",MIL, ;HR;;,"2025-03-04 / F / 45 ;"\n')
    case = read_cases(write("a.csv", text), codebook)[0].case
    assert case.categories == ["AC.ARB", "OG.PES"]
    assert case.referrals == ["HR"]
    assert [(c.channel, c.minutes) for c in case.conversations] == [("F", 45)]


@pytest.mark.parametrize(("cell", "expected"), [
    ("ja", True), ("JA", True), ("yes", True), ("1", True), ("true", True), ("WAAR", True),
    ("nee", False), ("no", False), ("0", False), ("FALSE", False), ("", False),
])
def test_exclude_words(cell: str, expected: bool, write: Callable[..., Path],
                       codebook: Codebook) -> None:
    text = ("opened,unit,categories,role,exclude_from_statistics\n"
            f"2025-03-04,CLAS,AC.ARB,MIL,{cell}\n")
    assert read_cases(write("a.csv", text), codebook)[0].case.exclude_from_statistics is expected


@pytest.mark.parametrize("cell", ["2025-03-04", "04-03-2025", "4-3-2025", "2025-3-4",
                                  "2025-03-04 00:00:00"])
def test_date_spellings(cell: str, write: Callable[..., Path], codebook: Codebook) -> None:
    text = f"opened,unit,categories,role\n{cell},CLAS,AC.ARB,MIL\n"
    assert read_cases(write("a.csv", text), codebook)[0].case.opened == dt.date(2025, 3, 4)


def test_json_null_means_not_given(write: Callable[..., Path], codebook: Codebook) -> None:
    line = ('{"opened": "2025-03-04", "unit": "CLAS", "categories": ["AC.ARB"], "role": "MIL", '
            '"gender": null, "closed": null, "alias": null}')
    case = read_cases(write("a.jsonl", line), codebook)[0].case
    assert (case.gender, case.closed, case.alias) == ("O", None, None)


def test_json_allows_line_separator_inside_strings(
    write: Callable[..., Path], codebook: Codebook
) -> None:
    # U+2028 is legal inside a JSON string; splitting lines on it would break the object.
    line = ('{"opened": "2025-03-04", "unit": "CLAS", "categories": ["AC.ARB"], "role": "MIL", '
            '"notes": "a\u2028b"}')
    assert read_cases(write("a.jsonl", line), codebook)[0].case.notes == "a\u2028b"


def test_xlsx_cell_types(xlsx: Callable[[list[list[Any]]], bytes],
                         write: Callable[..., Path], codebook: Codebook) -> None:
    rows: list[list[Any]] = [
        ["opened", "closed", "unit", "categories", "role", "exclude_from_statistics",
         "case_number", "alias"],
        [dt.datetime(2025, 3, 4), dt.date(2025, 4, 1), "CLAS", "AC.ARB", "MIL", True, 20250042, 7],
        ["04-03-2025", None, "CLAS", "AC.ARB", "MIL", 0, 2025.0, 1.5],
        ["2025-03-04", None, "CLAS", "AC.ARB", "MIL", "ja", "2025-0001", None],
    ]
    imported = read_cases(write("a.xlsx", xlsx(rows)), codebook)
    first, second, third = (i.case for i in imported)
    assert (first.opened, first.closed) == (dt.date(2025, 3, 4), dt.date(2025, 4, 1))
    assert first.exclude_from_statistics is True and first.case_number == "20250042"
    assert first.alias == "7"
    assert second.exclude_from_statistics is False and second.case_number == "2025"
    assert second.alias == "1.5"
    assert third.exclude_from_statistics is True


def test_xlsx_faked_sheet_size_does_not_hide_rows(
    xlsx: Callable[[list[list[Any]]], bytes], repack_xlsx: Callable[..., bytes],
    write: Callable[..., Path], codebook: Codebook,
) -> None:
    rows: list[list[Any]] = [["opened", "unit", "categories", "role"]]
    rows += [["2025-03-04", "CLAS", "AC.ARB", "MIL"]] * 300
    book = xlsx(rows)

    def fake(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/sheet"):
            assert b'<dimension ref="A1:D301" />' in data
            return data.replace(b'<dimension ref="A1:D301" />', b'<dimension ref="A1:B2" />')
        return data

    assert len(read_cases(write("a.xlsx", repack_xlsx(book, fake)), codebook)) == 300


def test_xlsx_cells_past_the_read_width_are_ignored(
    xlsx: Callable[[list[list[Any]]], bytes], write: Callable[..., Path], codebook: Codebook
) -> None:
    # openpyxl would pad each row to the widest cell; only the first 64 columns are read.
    row: list[Any] = ["2025-03-04", "CLAS", "AC.ARB", "MIL"] + [None] * 200 + ["far away"]
    path = write("a.xlsx", xlsx([["opened", "unit", "categories", "role"], row]))
    assert len(read_cases(path, codebook)) == 1
