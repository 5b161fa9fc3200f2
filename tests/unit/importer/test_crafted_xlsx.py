"""Crafted workbooks the other importer tests do not cover, each measured (time and peak memory,
``support.hostile``; memory asserted with a generous bound, time only reported): a worksheet whose
dimension claims a million rows, XML entity expansion (a "billion laughs" shared-strings part) and
an external entity, a 200 MB sparse file, and the zip bomb of ``test_refusals.py`` again, here for
its memory. Also: ``defusedxml`` is installed and openpyxl uses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support.hostile import MB, measure

from confidant_app.domain.codebook import Codebook
from confidant_app.importer import ImportRefusal, read_cases

HEADER = ["opened", "unit", "categories", "role"]
ROW = ["2025-03-04", "CLAS", "AC.ARB", "MIL"]
MEMORY_BOUND = 50 * MB

LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [\n<!ENTITY a "aaaaaaaaaa">\n'
    + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n'.encode()
        for i in range(9)
    )
    + b"]>\n"
)


def test_openpyxl_parses_with_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def _with_entities(name: str, data: bytes, doctype: bytes, entity: bytes) -> bytes:
    if name.startswith("xl/worksheets/sheet"):
        body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data)
        assert b"<t>CLAS</t>" in body
        return doctype + body.replace(b"<t>CLAS</t>", b"<t>" + entity + b"</t>", 1)
    return data


def test_a_sheet_claiming_a_million_rows_reads_its_real_rows(
    xlsx: Callable[[list[list[Any]]], bytes], repack_xlsx: Callable[..., bytes],
    write: Callable[..., Path], codebook: Codebook,
) -> None:
    def claim(name: str, data: bytes) -> bytes:
        if name.startswith("xl/worksheets/sheet"):
            faked, n = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:N1048576"', data)
            assert n == 1
            return faked
        return data

    path = write("a.xlsx", repack_xlsx(xlsx([HEADER, ROW, ROW, ROW]), claim))
    outcome, _seconds, peak = measure("xlsx", "dimension A1:N1048576", lambda: read_cases(
        path, codebook), refusal=False)
    assert not isinstance(outcome, Exception), outcome
    assert len(outcome) == 3
    assert peak < MEMORY_BOUND, f"{peak / MB:.1f} MB"


@pytest.mark.parametrize(("case", "doctype", "entity"), [
    ("billion laughs", LAUGHS, b"&j;"),
    ("external entity", b'<?xml version="1.0" encoding="UTF-8"?>\n'
     b'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n', b"&x;"),
])
def test_xml_entities_are_refused(
    case: str, doctype: bytes, entity: bytes,
    xlsx: Callable[[list[list[Any]]], bytes], repack_xlsx: Callable[..., bytes],
    write: Callable[..., Path], codebook: Codebook,
) -> None:
    book = repack_xlsx(xlsx([HEADER, ROW]),
                       lambda name, data: _with_entities(name, data, doctype, entity))
    path = write("a.xlsx", book)
    outcome, _seconds, peak = measure("xlsx", case, lambda: read_cases(path, codebook))
    assert isinstance(outcome, ImportRefusal), outcome
    assert "not a readable Excel workbook" in str(outcome)
    assert peak < MEMORY_BOUND, f"{peak / MB:.1f} MB"


def test_a_200_mb_sparse_workbook_is_refused_without_reading_it_whole(
    tmp_path: Path, codebook: Codebook
) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(200 * MB)
    outcome, _seconds, peak = measure("xlsx", "200 MB (sparse)", lambda: read_cases(
        path, codebook))
    assert isinstance(outcome, ImportRefusal) and "larger than" in str(outcome)
    # Its size says it is over the 50 MB cap: it is not read at all.
    assert peak < MEMORY_BOUND, f"{peak / MB:.1f} MB"


def test_the_zip_bomb_is_refused_before_openpyxl_unpacks_it(
    xlsx: Callable[[list[list[Any]]], bytes], repack_xlsx: Callable[..., bytes],
    write: Callable[..., Path], codebook: Codebook,
) -> None:
    book = repack_xlsx(xlsx([HEADER]), extra={"xl/media/padding.bin": b"\0" * 50_000_000})
    path = write("a.xlsx", book)
    outcome, _seconds, peak = measure("xlsx", "zip bomb (50 MB of zeros)", lambda: read_cases(
        path, codebook))
    assert isinstance(outcome, ImportRefusal), outcome
    assert peak < MEMORY_BOUND, f"{peak / MB:.1f} MB"
