"""Bounds on what an import will read, so a hostile or mistaken file is refused early and cheaply.

A confidant's register holds tens of cases a year; these bounds sit orders of magnitude above that
and well below what would exhaust memory or time.
"""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Checked before any parsing: larger files are refused unread."""

MAX_ROWS = 100_000
"""Non-blank data rows (CSV/XLSX) or non-blank lines (JSONL)."""

MAX_JSON_DEPTH = 4
"""Nested JSON containers allowed on a line; a case needs 3 (case, conversations, conversation)."""

MAX_COLUMNS = 64
"""XLSX columns read; the contract has 14 keys. Cells to the right of this are not read at all,
because openpyxl would otherwise pad every row up to the widest one (up to 16,384 cells)."""

EXCEL_MAX_ROWS = 1_048_576
"""Excel's own limit: a sheet claiming rows past it is not a real register."""

ZIP_MAX_ENTRIES = 2_000
ZIP_MAX_TOTAL_BYTES = 100 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_RATIO_FLOOR_BYTES = 256 * 1024
"""The ratio test applies to parts larger than this: small XML parts (styles, a near-empty sheet)
can be packed tightly without harm, and the total bound above still caps them."""
