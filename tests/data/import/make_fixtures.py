"""Writes the good import fixtures in this folder from one list of cases, so the formats agree.

    /tmp/venv/bin/python tests/data/import/make_fixtures.py

good.jsonl        the contract's JSON Lines
good.csv          comma-separated, ISO dates, as a script would write it
good_nl.csv       what Dutch Excel writes: semicolons, a byte order mark, day-first dates, "ja"
good.xlsx         first sheet, date cells as real Excel dates, "exclude" as TRUE/FALSE

The third case has a two-line note (one cell, one spreadsheet row), so in the CSV files the case
after it is row 5 although its text starts on line 6: rows are counted as a spreadsheet shows them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

HEADER = [
    "case_number", "opened", "closed", "unit", "categories", "role", "gender", "position",
    "exclude_from_statistics", "referrals", "outcomes", "conversations", "alias", "notes",
]

CASES: list[dict[str, Any]] = [
    {
        "case_number": "2025-0042", "opened": "2025-03-04", "closed": "2025-06-30",
        "unit": "CLAS", "categories": ["AC.ARB", "OG.PES"], "role": "MIL", "gender": "V",
        "position": "BET", "exclude_from_statistics": False, "referrals": ["HR", "AGO"],
        "outcomes": ["INF"],
        "conversations": [
            {"date": "2025-03-04", "channel": "F", "minutes": 45},
            {"date": "2025-03-11", "channel": "T", "minutes": 20},
        ],
        "alias": "blue folder", "notes": 'met on the quay; follow up, "soon"',
    },
    {"opened": "2025-01-15", "unit": "KMAR", "categories": ["OG.SEX"], "role": "BUR"},
    {
        "case_number": "2024-0007", "opened": "2024-11-02", "unit": "DOSCO",
        "categories": ["WB.DRK"], "role": "RES", "exclude_from_statistics": True,
        "notes": "line one\nline two",
    },
    {"opened": "2025-02-01", "unit": "BS", "categories": ["ZI.REG"], "role": "EXT",
     "position": "LGA", "outcomes": ["DOO", "MEL"]},
]


def _dutch(day: str) -> str:
    return dt.date.fromisoformat(day).strftime("%d-%m-%Y")


def _cells(case: dict[str, Any], dutch: bool) -> list[str]:
    date = _dutch if dutch else (lambda d: d)
    out: list[str] = []
    for key in HEADER:
        value = case.get(key)
        if value is None:
            out.append("")
        elif key in ("opened", "closed"):
            out.append(date(value))
        elif key == "conversations":
            out.append(";".join(f"{date(c['date'])}/{c['channel']}/{c['minutes']}" for c in value))
        elif isinstance(value, list):
            out.append(";".join(value))
        elif isinstance(value, bool):
            out.append(("ja" if value else "nee") if dutch else ("true" if value else ""))
        else:
            out.append(str(value))
    return out


def jsonl() -> bytes:
    return "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in CASES).encode()


def csv_bytes(dutch: bool) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if dutch else ",", lineterminator="\r\n")
    writer.writerow(HEADER)
    for case in CASES:
        writer.writerow(_cells(case, dutch))
    return ("\ufeff" if dutch else "").encode() + buffer.getvalue().encode()


def xlsx_bytes() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for case in CASES:
        row: list[Any] = _cells(case, dutch=False)
        for i, key in enumerate(HEADER):
            if key in ("opened", "closed") and case.get(key):
                row[i] = dt.datetime.fromisoformat(case[key])  # a real date cell
            elif key == "exclude_from_statistics" and key in case:
                row[i] = case[key]  # TRUE/FALSE cell
            elif row[i] == "":
                row[i] = None
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> None:
    (HERE / "good.jsonl").write_bytes(jsonl())
    (HERE / "good.csv").write_bytes(csv_bytes(dutch=False))
    (HERE / "good_nl.csv").write_bytes(csv_bytes(dutch=True))
    (HERE / "good.xlsx").write_bytes(xlsx_bytes())


if __name__ == "__main__":
    main()
