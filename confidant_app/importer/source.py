"""Reading an import file's bytes, bounded, and decoding them as UTF-8 with a useful refusal."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

from confidant_app.bounded import read_at_most
from confidant_app.importer.limits import MAX_FILE_BYTES
from confidant_app.importer.problems import ImportRefusal, line_word
from confidant_app.importer.texts import Code, Text, say


def read_bounded(path: Path) -> bytes:
    """The file's bytes; refused if unreadable or larger than ``MAX_FILE_BYTES``. Reading at most
    one byte more than the bound (rather than trusting a size checked earlier) means a file that
    grows meanwhile cannot slip past it; ``bounded.read_at_most`` reads in chunks, so memory
    follows the file's size, not the bound."""
    try:
        with path.open("rb") as handle:
            data = read_at_most(handle, MAX_FILE_BYTES)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        # The system's reason (No such file or directory) is passed on in its own words; the
        # import dialog translates the ones it knows (``ui.import_problems.REASONS``).
        raise ImportRefusal.single(path, say(Code.FILE_UNREADABLE, reason=reason)) from None
    if data is None:
        raise ImportRefusal.single(
            path, say(Code.FILE_TOO_LARGE, megabytes=MAX_FILE_BYTES // (1024 * 1024)))
    return data


def text_line(good: str) -> int:
    """The text line on which the text after ``good`` starts."""
    return good.count("\n") + 1


def decode_utf8(
    path: Path, data: bytes, how_to_fix: Text, locate: Callable[[str], int] = text_line
) -> str:
    """The text (a leading byte order mark dropped), or a refusal naming the line where it stops
    being UTF-8. ``locate`` turns the good text before that point into the line (or row) number."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = locate(data[: exc.start].decode("utf-8"))
        code = Code.LINE_NOT_UTF8 if line_word(path) == "line" else Code.ROW_NOT_UTF8
        raise ImportRefusal.single(path, say(code, fix=how_to_fix), line=line) from None
