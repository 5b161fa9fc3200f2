"""A look at an .xlsx file as a zip archive before openpyxl is allowed to parse it.

openpyxl unpacks whatever the archive declares: a 1 MB "zip bomb" cost 27 s and 1.1 GB in a test
(security.md, "Hostile input"). The archive's own directory is cheap to read and tells us enough to
refuse such files, and workbooks with macros or links to other workbooks, up front. Python's
zipfile stops at each part's declared size and checks its CRC, so a part cannot lie its way past
these totals when openpyxl later reads it.
"""

from __future__ import annotations

import io
import zipfile

from confidant_app.importer.limits import (
    ZIP_MAX_ENTRIES,
    ZIP_MAX_RATIO,
    ZIP_MAX_TOTAL_BYTES,
    ZIP_RATIO_FLOOR_BYTES,
)
from confidant_app.importer.texts import Code, Count, Text, say

NOT_A_WORKBOOK = say(Code.NOT_A_WORKBOOK)
RESAVE = say(Code.RESAVE_WORKBOOK)


def zip_problem(data: bytes) -> Text | None:
    """Why the archive must not be opened, or None if it looks like an ordinary workbook."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    # Damaged archives raise more than BadZipFile (OSError, EOFError, ValueError, ...); whatever
    # the cause, the answer to the person is the same.
    except Exception:
        return NOT_A_WORKBOOK
    if len(entries) > ZIP_MAX_ENTRIES:
        return say(Code.WORKBOOK_TOO_MANY_PARTS, limit=Count(ZIP_MAX_ENTRIES), fix=RESAVE)
    total = 0
    for entry in entries:
        name = entry.filename.replace("\\", "/").lower()
        if name.endswith("vbaproject.bin"):
            return say(Code.WORKBOOK_MACROS)
        if name.startswith("xl/externallinks/"):
            return say(Code.WORKBOOK_LINKS, fix=RESAVE)
        total += entry.file_size
        if (entry.file_size > ZIP_RATIO_FLOOR_BYTES
                and entry.file_size > ZIP_MAX_RATIO * max(entry.compress_size, 1)):
            return say(Code.WORKBOOK_ZIP_BOMB, fix=RESAVE)
    if total > ZIP_MAX_TOTAL_BYTES:
        return say(Code.WORKBOOK_TOO_LARGE, megabytes=ZIP_MAX_TOTAL_BYTES // (1024 * 1024),
                   fix=RESAVE)
    return None
