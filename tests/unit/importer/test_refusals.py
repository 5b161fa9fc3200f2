"""Each kind of bad input is refused, naming the line or row and the field, with every problem in
the file collected, and without repeating an alias or a note."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from confidant_app.domain.codebook import Codebook
from confidant_app.importer import ImportRefusal, Problem, read_cases

Write = Callable[[str, "bytes | str"], Path]
Refuse = Callable[[Path], ImportRefusal]

SECRET = "Jansen-canary-7731"  # stands for a real name: must never appear in a message
GOOD = {"opened": "2025-03-04", "unit": "CLAS", "categories": ["AC.ARB"], "role": "MIL"}
HEADER = "opened,unit,categories,role,closed,conversations,case_number,alias,notes"


def jsonl(*cases: dict[str, Any]) -> str:
    return "".join(json.dumps(case) + "\n" for case in cases)


def csv_row(opened: str = "2025-03-04", unit: str = "CLAS", categories: str = "AC.ARB",
            role: str = "MIL", closed: str = "", conversations: str = "", number: str = "",
            alias: str = "", notes: str = "") -> str:
    cells = [opened, unit, categories, role, closed, conversations, number, alias, notes]
    return ",".join(cells) + "\n"


def where(refusal: ImportRefusal) -> list[tuple[int | None, str | None]]:
    return [(p.line, p.field) for p in refusal.problems]


def only(refusal: ImportRefusal) -> Problem:
    assert len(refusal.problems) == 1, refusal.lines()
    return refusal.problems[0]


# -- JSON Lines -------------------------------------------------------------------------------

def test_unknown_key(write: Write, refuse: Refuse) -> None:
    refusal = refuse(write("a.jsonl", jsonl(GOOD, {**GOOD, "naam": "x"})))
    assert str(refusal).startswith(f"{refusal.path} line 2: unknown key 'naam'; the keys are: ")


def test_id_is_not_an_import_key(write: Write, refuse: Refuse) -> None:
    # The Case model has an ``id`` (the vault's row id), the import contract does not.
    assert "unknown key 'id'" in str(refuse(write("a.jsonl", jsonl({**GOOD, "id": 7}))))


@pytest.mark.parametrize(("line", "message"), [
    ('{"opened": NaN}', "NaN is not a number JSON allows"),
    ('{"opened": -Infinity}', "-Infinity is not a number JSON allows"),
    ('{"opened": 1e400}', "a number is too large"),
    ('{"opened": 1' + "0" * 5000 + "}", "a number is too large"),
    ('{"unit": "CLAS", "unit": "KMAR"}', "the key 'unit' appears twice in one object"),
    ('{"conversations": [{"date": 1, "date": 2}]}', "the key 'date' appears twice"),
    ('{"notes": ' + "[" * 10 + "]" * 10 + "}", "nested more deeply than a case can be"),
    ("[" * 100_000 + "]" * 100_000, "nested"),
    ('["opened"]', "expected a JSON object describing one case"),
    ('"text"', "expected a JSON object"),
    ('{"opened": "2025-03-04",}', "not valid JSON (Expecting property name"),
    ("{'opened': '2025-03-04'}", "not valid JSON"),
])
def test_bad_json_line(line: str, message: str, write: Write, refuse: Refuse) -> None:
    refusal = refuse(write("a.jsonl", jsonl(GOOD) + line + "\n"))
    problem = only(refusal)
    assert (problem.line, problem.field) == (2, None)
    assert message in problem.message


def test_json_value_types_follow_the_contract(write: Write, refuse: Refuse) -> None:
    bad = {**GOOD, "categories": "AC.ARB", "exclude_from_statistics": "ja", "opened": 20250304,
           "conversations": [{"date": "2025-03-04", "channel": "F", "minutes": 45.5, "x": 1}]}
    refusal = refuse(write("a.jsonl", jsonl(bad)))
    assert where(refusal) == [(1, "opened"), (1, "categories"), (1, "exclude_from_statistics"),
                              (1, "conversations[1].minutes"), (1, "conversations[1].x")]
    messages = [p.message for p in refusal.problems]
    assert messages[0] == 'expected a date like 2025-03-04'
    assert messages[1].startswith('expected a list of category codes like ["AC.ARB", "OG.PES"]')
    assert messages[2] == "expected true or false"
    assert messages[3] == "expected a whole number of minutes from 0 to 1440"
    assert messages[4].startswith("unknown key; a conversation has only the keys date, channel")


def test_missing_required_key(write: Write, refuse: Refuse) -> None:
    case = dict(GOOD)
    del case["role"]
    problem = only(refuse(write("a.jsonl", jsonl(case))))
    assert (problem.field, problem.message) == (
        "role", "missing; expected one of the codes MIL, BUR, RES, THU, EXT")


def test_non_utf8_jsonl(write: Write, refuse: Refuse) -> None:
    refusal = refuse(write("a.jsonl", jsonl(GOOD).encode() + b'{"alias": "\xff"}\n'))
    assert str(refusal).endswith("line 2: this line is not UTF-8 text; save the file with "
                                 "UTF-8 encoding")


# -- the same faults in every format ----------------------------------------------------------

def _write_format(fmt: str, cases: list[dict[str, Any]], write: Write,
                  xlsx: Callable[[list[list[Any]]], bytes]) -> Path:
    if fmt == "jsonl":
        return write("a.jsonl", jsonl(*cases))
    keys = ["opened", "unit", "categories", "role", "closed", "case_number", "alias", "notes"]
    rows: list[list[Any]] = [keys]
    for case in cases:
        rows.append([";".join(case[k]) if isinstance(case.get(k), list) else case.get(k)
                     for k in keys])
    if fmt == "xlsx":
        return write("a.xlsx", xlsx(rows))
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return write("a.csv", buffer.getvalue())


FORMATS = ["jsonl", "csv", "xlsx"]
FIRST = {"jsonl": 1, "csv": 2, "xlsx": 2}  # the first case's line or row


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("change", "field", "message"), [
    ({"unit": "KLAS"}, "unit", "unknown code 'KLAS'; valid: BS, CZSK, CLAS"),
    ({"categories": ["OG.PES", "XX.YYY"]}, "categories", "unknown category code 'XX.YYY'"),
    ({"categories": ["OG.PES", "OG.PES"]}, "categories", "listed twice"),
    ({"opened": "2025-13-01"}, "opened", "expected a date like 2025-03-04"),
    ({"opened": "1999-12-31"}, "opened", "date lies before 2000-01-01"),
    ({"opened": "2999-01-01"}, "opened", "date lies in the future"),
    ({"closed": "2025-03-03"}, "closed", "the closing date lies before the opening date"),
    ({"case_number": "2025 0042"}, "case_number", "expected a case number like 2025-0042"),
    ({"alias": SECRET * 10}, "alias", "String should have at most 80 characters"),
    ({"unit": f"{SECRET} x"}, "unit", "not a known code; expected one of the codes BS, CZSK"),
    ({"role": SECRET}, "role", "not a known code; expected one of the codes MIL, BUR"),
    ({"role": "Jansen"}, "role", "not a known code; expected one of the codes MIL, BUR"),
    ({"unit": "clas"}, "unit", "not a known code; expected one of the codes BS, CZSK, CLAS"),
    ({"categories": ["AC.ARB", SECRET]}, "categories", "not a known code; expected"),
])
def test_fault_named_in_every_format(
    fmt: str, change: dict[str, Any], field: str, message: str,
    write: Write, refuse: Refuse, xlsx: Callable[[list[list[Any]]], bytes],
) -> None:
    good = {**GOOD, "alias": SECRET, "notes": f"about {SECRET}"}
    path = _write_format(fmt, [good, {**good, **change}, good], write, xlsx)
    refusal = refuse(path)
    problem = only(refusal)
    assert (problem.line, problem.field) == (FIRST[fmt] + 1, field)
    assert message in problem.message
    assert SECRET not in str(refusal) and SECRET not in problem.message
    assert "Jansen" not in str(refusal)


@pytest.mark.parametrize("fmt", FORMATS)
def test_duplicate_case_number_names_both_lines(
    fmt: str, write: Write, refuse: Refuse, xlsx: Callable[[list[list[Any]]], bytes],
) -> None:
    cases = [{**GOOD, "case_number": "2025-0042"}, GOOD, {**GOOD, "case_number": "2025-0042"},
             {**GOOD, "case_number": "2025-0042"}]
    refusal = refuse(_write_format(fmt, cases, write, xlsx))
    first = FIRST[fmt]
    word = "line" if fmt == "jsonl" else "row"
    assert where(refusal) == [(first + 2, "case_number"), (first + 3, "case_number")]
    assert str(refusal) == (f"{refusal.path} {word} {first + 2}: case_number: 2025-0042 is already "
                            f"used on {word} {first}; each case needs its own number "
                            "(and 1 more problem)")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_bad_row_is_reported(
    fmt: str, write: Write, refuse: Refuse, xlsx: Callable[[list[list[Any]]], bytes],
) -> None:
    cases = [{**GOOD, "unit": "X"}, GOOD, {**GOOD, "role": "Y", "opened": "x"}, GOOD,
             {**GOOD, "closed": "2020-01-01"}]
    refusal = refuse(_write_format(fmt, cases, write, xlsx))
    first = FIRST[fmt]
    assert where(refusal) == [(first, "unit"), (first + 2, "opened"), (first + 2, "role"),
                              (first + 4, "closed")]
    assert str(refusal).endswith("(and 3 more problems)")
    assert len(refusal.lines()) == 4


# -- CSV --------------------------------------------------------------------------------------

def test_unknown_column(write: Write, refuse: Refuse) -> None:
    problem = only(refuse(write("a.csv", HEADER + ",Naam\n" + csv_row())))
    assert (problem.line, problem.field) == (1, None)
    assert problem.message.startswith("unknown column 'Naam' in column J; the column names are: "
                                      "opened, unit,")


def test_missing_and_repeated_columns(write: Write, refuse: Refuse) -> None:
    refusal = refuse(write("a.csv", "opened,unit,Unit,alias\n2025-03-04,CLAS,CLAS,x\n"))
    assert where(refusal) == [(1, "unit"), (1, "categories"), (1, "role")]
    assert refusal.problems[0].message == "the column appears twice (columns B and C)"
    assert refusal.problems[1].message == "this required column is missing from the header row"


def test_value_without_a_column_name(write: Write, refuse: Refuse) -> None:
    problem = only(refuse(write("a.csv", "opened,unit,,categories,role\n"
                                          "2025-03-04,CLAS,oops,AC.ARB,MIL\n")))
    assert (problem.line, problem.field) == (2, None)
    assert problem.message == "column C holds a value but has no known column name in row 1"


def test_empty_required_cell(write: Write, refuse: Refuse) -> None:
    problem = only(refuse(write("a.csv", HEADER + "\n" + csv_row(unit=""))))
    assert (problem.line, problem.field) == (2, "unit")
    assert problem.message.startswith("empty; expected one of the codes BS, CZSK")


@pytest.mark.parametrize(("cell", "field", "message"), [
    ("2025-03-04/F", "conversations[1]", "expected date/channel/minutes, like 2025-03-04/F/45"),
    ("2025-03-04/F/45;2025-03-32/T/20", "conversations[2].date", "no such day in the calendar"),
    ("2025-03-04/F/45;03/04/2025/T/20", "conversations[2]", "expected date/channel/minutes"),
    ("2025-03-04/F/45;2025-03-05//20", "conversations[2].channel", "the channel is missing"),
    ("2025-03-04/F/45;2025-03-05/T/20 min", "conversations[2].minutes",
     "expected a whole number of minutes"),
    ("2025-03-04/F/45;2025-03-05/T/2000", "conversations[2].minutes",
     "less than or equal to 1440"),
    ("2025-03-04/F/45;2025-03-05/Q/20", "conversations[2].channel",
     "unknown code 'Q'; valid: F, T, V, E"),
    ("2025-03-04/F/45;2025-03-01/T/20", "conversations",
     "conversation 2 lies before the opening date"),
])
def test_bad_conversation_cell(cell: str, field: str, message: str,
                               write: Write, refuse: Refuse) -> None:
    problem = only(refuse(write("a.csv", HEADER + "\n" + csv_row(conversations=cell))))
    assert (problem.line, problem.field) == (2, field)
    assert message in problem.message


@pytest.mark.parametrize(("cell", "message"), [
    ("31-02-2025", "no such day in the calendar; expected a date like 2025-03-04 or 04-03-2025"),
    ("03/04/2025", "expected a date like 2025-03-04 or 04-03-2025"),
    ("4 maart 2025", "expected a date like 2025-03-04 or 04-03-2025"),
    ("2025-03-04 10:30", "expected a date like"),
])
def test_bad_date_cell(cell: str, message: str, write: Write, refuse: Refuse) -> None:
    problem = only(refuse(write("a.csv", HEADER + "\n" + csv_row(opened=cell))))
    assert (problem.line, problem.field) == (2, "opened")
    assert problem.message.startswith(message)


def test_bad_exclude_word(write: Write, refuse: Refuse) -> None:
    text = ("opened,unit,categories,role,exclude_from_statistics\n"
            "2025-03-04,CLAS,AC.ARB,MIL,misschien\n")
    problem = only(refuse(write("a.csv", text)))
    assert (problem.line, problem.field) == (2, "exclude_from_statistics")
    assert problem.message == "expected ja or nee (also yes/no, 1/0, true/false), or an empty cell"


def test_semicolon_csv_with_a_fault(write: Write, refuse: Refuse) -> None:
    text = ("\ufeffopened;unit;categories;role\r\n04-03-2025;CLAS;\"AC.ARB;OG.PES\";MIL\r\n"
            "04-03-2025;CLAS;AC.ARB,OG.PES;MIL\r\n")
    problem = only(refuse(write("a.csv", text)))
    assert (problem.line, problem.field) == (3, "categories")
    assert problem.message.startswith("not a known code; expected category codes separated by ';'")


def test_non_utf8_csv_names_the_row(write: Write, refuse: Refuse) -> None:
    latin1 = (HEADER + "\n" + csv_row() + csv_row(notes="café")).encode("latin-1")
    refusal = refuse(write("a.csv", latin1))
    assert str(refusal) == (f"{refusal.path} row 3: this row is not UTF-8 text; in Excel, use Save "
                            "As and choose 'CSV UTF-8 (Comma delimited) (*.csv)'")


def test_non_utf8_csv_counts_rows_not_text_lines(write: Write, refuse: Refuse) -> None:
    text = HEADER + "\n" + csv_row(notes='"two\nlines"') + csv_row(notes="caf\xe9")
    assert refuse(write("a.csv", text.encode("latin-1"))).problems[0].line == 3
    text = HEADER + "\n" + csv_row(notes='"two\nlines"') + csv_row(notes='"caf\xe9\nau lait"')
    assert refuse(write("b.csv", text.encode("latin-1"))).problems[0].line == 3
    text = HEADER + "\n" + csv_row(notes='"two\nlines"') + "\xe9" + csv_row()
    assert refuse(write("c.csv", text.encode("latin-1"))).problems[0].line == 3


def test_csv_cell_too_large(write: Write, refuse: Refuse) -> None:
    problem = only(refuse(write("a.csv", HEADER + "\n" + csv_row() + csv_row(notes="x" * 200_000))))
    assert problem.line == 3 and "cannot be read as CSV" in problem.message


def test_header_only_and_empty_files(write: Write, refuse: Refuse) -> None:
    assert "no cases found" in str(refuse(write("a.csv", HEADER + "\n")))
    assert "the file is empty" in str(refuse(write("b.csv", "")))
    assert "no cases found" in str(refuse(write("c.jsonl", "\n\n")))
    assert "the first row is empty" in str(refuse(write("d.csv", "\n" + HEADER + "\n" + csv_row())))


# -- XLSX -------------------------------------------------------------------------------------

def test_formula_cell(write: Write, refuse: Refuse,
                      xlsx: Callable[[list[list[Any]]], bytes]) -> None:
    rows = [["opened", "unit", "categories", "role"], ["2025-03-04", "CLAS", "AC.ARB", "MIL"],
            ["=TODAY()", "CLAS", "AC.ARB", '=IF(1,"MIL","BUR")']]
    refusal = refuse(write("a.xlsx", xlsx(rows)))
    assert where(refusal) == [(3, "opened"), (3, "role")]
    assert refusal.problems[0].message.startswith("the cell holds a formula; type the value itself")


def test_formula_in_header(write: Write, refuse: Refuse,
                           xlsx: Callable[[list[list[Any]]], bytes]) -> None:
    rows = [["opened", "unit", "categories", "role", '="alias"'],
            ["2025-03-04", "CLAS", "AC.ARB", "MIL"]]
    problem = only(refuse(write("a.xlsx", xlsx(rows))))
    assert (problem.line, problem.field) == (1, None)
    assert problem.message.startswith("column E: the cell holds a formula")


def test_xlsx_cell_kinds_refused(write: Write, refuse: Refuse,
                                 xlsx: Callable[[list[list[Any]]], bytes]) -> None:
    import datetime as dt

    rows: list[list[Any]] = [
        ["opened", "unit", "categories", "role", "case_number"],
        [dt.datetime(2025, 3, 4, 10, 30), "CLAS", "AC.ARB", "MIL", dt.datetime(2025, 3, 1)],
        [45720, True, "AC.ARB", "MIL", None],
        [dt.time(10, 30), "CLAS", 5, "MIL", None],
    ]
    refusal = refuse(write("a.xlsx", xlsx(rows)))
    assert where(refusal) == [(2, "opened"), (2, "case_number"), (3, "opened"), (3, "unit"),
                              (4, "opened"), (4, "categories")]
    messages = [p.message for p in refusal.problems]
    assert messages[0].startswith("the cell holds a time of day as well")
    assert messages[1].startswith("Excel stored this cell as a date or time; format the column "
                                  "as Text")
    assert messages[2].startswith("the cell holds a number, not a date")
    assert messages[3].startswith("the cell holds TRUE/FALSE")
    assert messages[4].startswith("the cell holds a time, not a date")
    assert messages[5].startswith("unknown category code '5'")


def test_xlsx_error_cell(write: Write, refuse: Refuse, xlsx: Callable[[list[list[Any]]], bytes],
                         repack_xlsx: Callable[..., bytes]) -> None:
    book = xlsx([["opened", "unit", "categories", "role"], ["2025-03-04", "CLAS", "AC.ARB", "MIL"]])

    def error_cell(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b'<c r="B2" t="inlineStr"><is><t>CLAS</t></is></c>',
                                b'<c r="B2" t="e"><v>#N/A</v></c>')
        return data

    repacked = repack_xlsx(book, error_cell)
    assert repacked != book
    problem = only(refuse(write("a.xlsx", repacked)))
    assert (problem.line, problem.field) == (2, "unit")
    assert problem.message.startswith("the cell shows an Excel error")


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken",
                                     b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600])
def test_not_a_zip(content: bytes, write: Write, refuse: Refuse) -> None:
    problem = only(refuse(write("a.xlsx", content)))
    assert problem.line is None
    assert problem.message.startswith("not an Excel workbook (.xlsx); an old .xls file or a "
                                      "password-protected workbook cannot be read")


def test_zip_that_is_no_workbook(write: Write, refuse: Refuse) -> None:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    problem = only(refuse(write("a.xlsx", buffer.getvalue())))
    assert problem.message.startswith("not a readable Excel workbook")


def test_zip_bomb(write: Write, refuse: Refuse, xlsx: Callable[[list[list[Any]]], bytes],
                  repack_xlsx: Callable[..., bytes]) -> None:
    book = repack_xlsx(xlsx([["opened"]]), extra={"xl/media/padding.bin": b"\0" * 5_000_000})
    assert len(book) < 100_000
    assert "packed suspiciously tightly" in str(refuse(write("a.xlsx", book)))


def test_too_much_unpacked(write: Write, refuse: Refuse, xlsx: Callable[[list[list[Any]]], bytes],
                           repack_xlsx: Callable[..., bytes],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("confidant_app.importer.zipcheck.ZIP_MAX_TOTAL_BYTES", 50_000)
    book = repack_xlsx(xlsx([["opened"]]), extra={"xl/media/a.bin": bytes(range(256)) * 200})
    assert "unpacks to more than" in str(refuse(write("a.xlsx", book)))


def test_too_many_entries(write: Write, refuse: Refuse, xlsx: Callable[[list[list[Any]]], bytes],
                          repack_xlsx: Callable[..., bytes]) -> None:
    extra = {f"xl/media/{i}.txt": b"" for i in range(2_001)}
    book = repack_xlsx(xlsx([["opened"]]), extra=extra)
    assert "more than 2,000 parts" in str(refuse(write("a.xlsx", book)))


@pytest.mark.parametrize(("part", "message"), [
    ("xl/vbaProject.bin", "the workbook contains macros"),
    ("xl/externalLinks/externalLink1.xml", "the workbook links to other workbooks"),
])
def test_macros_and_external_links(part: str, message: str, write: Write, refuse: Refuse,
                                   xlsx: Callable[[list[list[Any]]], bytes],
                                   repack_xlsx: Callable[..., bytes]) -> None:
    rows = [["opened", "unit", "categories", "role"], ["2025-03-04", "CLAS", "AC.ARB", "MIL"]]
    book = repack_xlsx(xlsx(rows), extra={part: b"x"})
    assert message in only(refuse(write("a.xlsx", book))).message


def test_damaged_part_inside_a_good_zip(write: Write, refuse: Refuse,
                                        xlsx: Callable[[list[list[Any]]], bytes],
                                        repack_xlsx: Callable[..., bytes]) -> None:
    book = xlsx([["opened", "unit", "categories", "role"], ["2025-03-04", "CLAS", "AC.ARB", "MIL"]])
    damaged = repack_xlsx(book, lambda name, data: data[: len(data) // 2]
                          if name == "xl/worksheets/sheet1.xml" else data)
    assert str(refuse(write("a.xlsx", damaged))).endswith(
        ": not a readable Excel workbook; open it in Excel and save it again as "
        "'Excel Workbook (*.xlsx)'")


# -- files as a whole -------------------------------------------------------------------------

def test_unknown_extension(write: Write, refuse: Refuse) -> None:
    assert str(refuse(write("a.xls", b""))).endswith(
        "cannot import a '.xls' file; expected a .jsonl, .csv or .xlsx file")
    assert "a file without an extension" in str(refuse(write("register", b"")))


def test_unreadable_file(tmp_path: Path, refuse: Refuse) -> None:
    assert "cannot read the file (No such file or directory)" in str(refuse(tmp_path / "no.csv"))
    (tmp_path / "dir.jsonl").mkdir()
    assert "cannot read the file" in str(refuse(tmp_path / "dir.jsonl"))


def test_file_size_cap(write: Write, refuse: Refuse, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("confidant_app.importer.source.MAX_FILE_BYTES", 1000)
    path = write("a.jsonl", jsonl(*[GOOD] * 20))
    assert "the file is larger than 0 MB" in str(refuse(path))


@pytest.mark.parametrize("name", ["a.jsonl", "a.csv"])
def test_row_cap(name: str, write: Write, refuse: Refuse, codebook: Codebook,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("confidant_app.importer.jsonl.MAX_ROWS", 5)
    monkeypatch.setattr("confidant_app.importer.tabular.MAX_ROWS", 5)
    if name.endswith(".jsonl"):
        five, six = jsonl(*[GOOD] * 5), jsonl(*[GOOD] * 6)
    else:
        five, six = HEADER + "\n" + csv_row() * 5, HEADER + "\n" + csv_row() * 6 + "\n" * 10
    assert len(read_cases(write(name, five), codebook)) == 5
    assert "more than 5 cases; split" in str(refuse(write(name, six)))


def test_refusal_message_is_one_line_even_for_odd_names(tmp_path: Path, refuse: Refuse) -> None:
    path = tmp_path / "odd\nname.jsonl"
    path.write_text('{"x\\n": 1}\n')
    refusal = refuse(path)
    assert "odd\\nname.jsonl line 1: unknown key 'x\\n'" in str(refusal)
