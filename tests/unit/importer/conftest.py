"""Helpers for the importer tests: write a file with given content, expect a refusal, build a
workbook or re-pack one (to add macros, links or a zip bomb)."""

from __future__ import annotations

import io
import string
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from confidant_app.domain.codebook import Codebook
from confidant_app.importer import ImportRefusal, location, read_cases
from confidant_app.importer.texts import ENGLISH, Code, Text

DATA = Path(__file__).parents[2] / "data" / "import"

Write = Callable[[str, "bytes | str"], Path]
Refuse = Callable[[Path], ImportRefusal]


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def write(tmp_path: Path) -> Write:
    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def refuse(codebook: Codebook) -> Refuse:
    """Read ``path`` and return the refusal, checking what every refusal must be."""

    def _refuse(path: Path) -> ImportRefusal:
        with pytest.raises(ImportRefusal) as caught:
            read_cases(path, codebook)
        refusal = caught.value
        assert refusal.problems
        assert "\n" not in str(refusal)
        assert str(refusal).startswith(location(path, None))
        for problem in refusal.problems:
            assert problem.code is not Code.OTHER, problem.message  # the dialog can translate it
            assert_fits(problem.text)
        return refusal

    return _refuse


def assert_fits(text: Text) -> None:
    """A sentence's parameters are exactly its placeholders: nothing travels with a problem that
    its English sentence does not show (and so nothing the command line would not print)."""
    names = {name for _t, name, _s, _c in string.Formatter().parse(ENGLISH[text.code]) if name}
    assert set(text.params) == names, (text.code, set(text.params), names)
    for value in text.params.values():
        assert isinstance(value, str | int | Text)
        if isinstance(value, Text):
            assert_fits(value)


def make_xlsx(rows: list[list[Any]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def repack(xlsx: bytes, edit: Callable[[str, bytes], bytes] | None = None,
           extra: dict[str, bytes] | None = None,
           compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """The workbook's parts, each passed through ``edit(name, data)``, plus ``extra`` parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, \
            zipfile.ZipFile(out, "w", compression) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, edit(info.filename, data) if edit else data)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


@pytest.fixture
def xlsx() -> Callable[[list[list[Any]]], bytes]:
    return make_xlsx


@pytest.fixture
def repack_xlsx() -> Callable[..., bytes]:
    return repack
