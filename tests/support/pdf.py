"""Read back what the application printed: pages, text and QR codes of a PDF.

Uses Debian's poppler-utils (``pdfinfo``, ``pdftotext``, ``pdftoppm``) and zbar-tools
(``zbarimg``), which ``.ci/run`` installs; a test that needs them and finds them missing is
skipped with the reason, never silently passed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

TOOLS = {"pdfinfo": "poppler-utils", "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils",
         "zbarimg": "zbar-tools"}


def require(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        packages = sorted({TOOLS[t] for t in missing})
        pytest.skip(f"{', '.join(missing)} not installed (Debian: {', '.join(packages)})")


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def info(pdf: Path) -> dict[str, str]:
    require("pdfinfo")
    fields = {}
    for line in _run("pdfinfo", str(pdf)).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def pages(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def text(pdf: Path) -> str:
    """The PDF's text with all whitespace runs as one space (names may wrap across lines) and
    ligatures undone (the font draws "ff" in "difference" as one glyph)."""
    require("pdftotext")
    raw = _run("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def qr_codes(pdf: Path, tmp: Path, dpi: int = 150) -> list[str]:
    """Every QR code zbar finds on the first page rendered at ``dpi``."""
    require("pdftoppm", "zbarimg")
    stem = tmp / pdf.stem
    _run("pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(stem))
    proc = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable",
                           f"{stem}.png"], capture_output=True, text=True, timeout=60)
    return [line for line in proc.stdout.splitlines() if line.strip()]


def has_date(content: str, iso: str) -> bool:
    """Whether ``content`` shows the date ``iso`` (YYYY-MM-DD) in ISO or Dutch d-m-yyyy form."""
    year, month, day = iso.split("-")
    dutch = rf"\b0?{int(day)}[-/.]0?{int(month)}[-/.]{year}\b"
    return iso in content or re.search(dutch, content) is not None
