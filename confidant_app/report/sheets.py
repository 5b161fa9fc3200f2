"""The sheet-writing toolkit the workbooks share: inert text, named styles, a cell writer, and
the code tables both the export and the report lay out.

``safe_text`` prefixes an apostrophe to a string that begins with = + - @ (or a tab or carriage
return) so no spreadsheet reads it as a formula, and drops characters XML cannot carry: labels
chosen by confidants reach the sources sheet (shared/design/security.md). openpyxl is imported
inside the functions (it costs ~100 ms and most runs write no workbook).
"""

from __future__ import annotations

import itertools
import math
import re
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from confidant_app.aggregate.model import Source
from confidant_app.atomic import atomic_writer
from confidant_app.domain.codebook import Codebook
from confidant_app.report.labels import code_label

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# Characters XML 1.0 cannot carry (openpyxl would raise IllegalCharacterError on them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# Dutch sheet titles (at most 31 characters, as Excel allows); the full title is in cell A1.
SHEET_NAMES: dict[str, str] = {
    "primary_category": "Hoofdcategorie",
    "rijk": "Rijkscategorie",
    "group": "Groepen",
    "category": "Categorieën",
    "gender_by_group": "Gender per groep",
    "unit": "Defensieonderdeel",
    "role": "Rol",
    "gender": "Gender",
    "position": "Positie",
    "quarter": "Kwartaal",
    "channel": "Kanaal",
    "referral": "Doorverwijzingen",
    "outcome": "Uitkomsten",
}


SUMMARY, CHARTS, SOURCES, NOTE, OVERVIEW = (
    "Samenvatting",
    "Grafieken",
    "Bronnen",
    "Toelichting",
    "Overzicht",
)


NOT_FOR_PUBLICATION = "NIET VOOR PUBLICATIE"


COUNT_FORMAT = "#,##0"


CHARS_PER_WIDTH = 1.2  # characters of text to a unit of column width (a digit's width)


def safe_text(value: str) -> str:
    """``value`` as inert text: XML-illegal characters dropped, a leading = + - @ (tab, CR)
    prefixed with an apostrophe. A lone "-" (the code of "no Rijk category") calls nothing."""
    text = _ILLEGAL.sub("", value)
    if text.startswith(FORMULA_START) and text != "-":
        return "'" + text
    return text


# Named cell styles, each registered in a workbook on its first use. A cell takes a named style
# as a copy of a prepared style array; assigning Font/Fill objects cell by cell made openpyxl hash
# each of them (8 us a cell against 3).
TITLE, SUBTITLE, BOLD, HEADER, HEADER_RIGHT, BANNER, HIDDEN, WRAP = (
    "VP titel",
    "VP ondertitel",
    "VP vet",
    "VP kop",
    "VP kop rechts",
    "VP banner",
    "VP verborgen",
    "VP omloop",
)


def named_style(name: str) -> Any:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    def font(**more: Any) -> Any:
        # The workbook's own font, named: a style's Font() without a name makes LibreOffice fall
        # back to a serif face.
        return Font(**{"name": "Calibri", "size": 11, "family": 2, "scheme": "minor", **more})

    def header(**more: Any) -> dict[str, Any]:
        return {
            "font": font(bold=True),
            "fill": PatternFill("solid", fgColor="D9D9D9"),
            "border": Border(bottom=Side(style="thin", color="000000")),
            **more,
        }

    specs: dict[str, Callable[[], dict[str, Any]]] = {
        TITLE: lambda: {"font": font(bold=True, size=14)},
        SUBTITLE: lambda: {"font": font(italic=True, color="595959")},
        BOLD: lambda: {"font": font(bold=True)},
        HEADER: header,
        HEADER_RIGHT: lambda: header(alignment=Alignment(horizontal="right")),
        BANNER: lambda: {
            "font": font(bold=True, size=16, color="9C0006"),
            "fill": PatternFill("solid", fgColor="F2F2F2"),
        },
        HIDDEN: lambda: {"font": font(), "alignment": Alignment(horizontal="right")},
        WRAP: lambda: {"font": font(), "alignment": Alignment(wrap_text=True, vertical="top")},
    }
    return NamedStyle(name, **specs[name]())


class Writer:
    """A worksheet with the few cell kinds a table needs; every string goes through
    ``safe_text`` and is stored as a string, every count as a number."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws

    def text(self, row: int, col: int, value: str, style: str | None = None) -> None:
        cell = self.ws.cell(row=row, column=col, value=safe_text(value))
        if cell.data_type != "s":  # "#REF!" and the like: text, not an error value
            cell.data_type = "s"
        if style is not None:
            book = self.ws.parent
            if style not in book.named_styles:
                book.add_named_style(named_style(style))
            cell.style = style

    def count(self, row: int, col: int, value: int | str) -> None:
        """A figure: a number, or the string a protected cell is published as, right-aligned
        like the numbers beside it."""
        if isinstance(value, str):
            self.text(row, col, value, HIDDEN)
        elif value < 1000:  # "General" shows it as "#,##0" would, and costs openpyxl nothing
            self.ws.cell(row=row, column=col, value=value)
        else:
            self.ws.cell(row=row, column=col, value=value).number_format = COUNT_FORMAT

    def header(
        self, row: int, labels: Sequence[str], first_col: int = 1, right_from: int = 3
    ) -> None:
        for col, label in enumerate(labels, start=first_col):
            self.text(row, col, label, HEADER_RIGHT if col >= right_from else HEADER)

    def heading(self, title: str, subtitle: str, banner: bool) -> int:
        """Title, subtitle and (for an exact view) the banner; returns the next free row."""
        self.text(1, 1, title, TITLE)
        self.text(2, 1, subtitle, SUBTITLE)
        if not banner:
            return 4
        self.text(3, 1, f"{NOT_FOR_PUBLICATION}: exacte aantallen", BANNER)
        self.ws.row_dimensions[3].height = 24
        return 5

    def paragraph(self, row: int, text: str, width: float) -> int:
        """``text`` broken into lines about ``width`` wide, a line a row in column A, each running
        on over the empty cells to its right. Merged, wrapped cells would need a guessed row
        height (no spreadsheet grows them) and cost openpyxl a millisecond each. Returns the
        row after the paragraph."""
        lines = textwrap.wrap(text, width=int(width * CHARS_PER_WIDTH))
        for n, line in enumerate(lines):
            self.text(row + n, 1, line)
        return row + len(lines)

    def widths(self, widths: Sequence[float | None]) -> None:
        """Column widths from column A on (None: the default, which fits a code or a count); a
        run of equal widths is one ``<col>`` element, as each costs openpyxl an object."""
        from openpyxl.utils import get_column_letter

        col = 1
        for width, run in itertools.groupby(widths):
            span = len(list(run))
            if width is not None:
                dim = self.ws.column_dimensions[get_column_letter(col)]
                dim.width, dim.min, dim.max = width, col, col + span - 1
            col += span


def lines_needed(text: str, width: float) -> int:
    """Lines ``text`` wraps to in a column ``width`` wide: rows with wrapped text get an explicit
    height, because LibreOffice does not grow the rows of a workbook openpyxl wrote."""
    return max(1, math.ceil(len(text) / max(10.0, width * CHARS_PER_WIDTH)))


def new_workbook() -> Workbook:
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "Confidant"  # not the user's name, not "openpyxl"
    return wb


def new_sheet(wb: Workbook, name: str, banner: bool) -> Writer:
    """A new sheet that prints landscape and one page wide: a table never splits across pages
    by its columns, and a footnote that runs on past the table is not cut off."""
    ws = wb.create_sheet(name[:31])
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if banner:  # the banner goes onto every printed page, so a loose sheet still says it
        ws.oddHeader.center.text = NOT_FOR_PUBLICATION
    return Writer(ws)


def save(wb: Workbook, path: Path) -> None:
    del wb[wb.sheetnames[0]]  # the empty sheet a new workbook starts with
    wb.active = 0
    with atomic_writer(Path(path)) as handle:
        wb.save(handle)


def label_width(labels: Sequence[str], least: int = 14, most: int = 60) -> int:
    return min(most, max([least, *(len(s) + 2 for s in labels)]))


def code_table(
    w: Writer,
    row: int,
    table: str,
    codes: Sequence[str],
    codebook: Codebook,
    columns: Sequence[str],
    value: Callable[[str, int], int | str],
) -> int:
    """Code | label | one column per entry of ``columns``; returns the row after the table."""
    labels = [code_label(codebook, table, c, "nl") for c in codes]
    w.header(row, ["Code", "Omschrijving", *columns])
    for i, (code, label) in enumerate(zip(codes, labels, strict=True), start=row + 1):
        w.text(i, 1, code)
        w.text(i, 2, label)
        for col in range(len(columns)):
            w.count(i, 3 + col, value(code, col))
    w.widths([None, label_width(labels)])
    w.ws.freeze_panes = w.ws.cell(row=row + 1, column=3)
    return row + 1 + len(codes)


def groups_sheet(
    w: Writer,
    row: int,
    codebook: Codebook,
    genders: Sequence[str],
    years: list[str],
    value: Callable[[str, str, int], int | str],
) -> int:
    """Gender by group as a grid: a row per group, a column per gender (and per year under it)."""
    groups = [g.code for g in codebook.taxonomy.groups]
    labels = [code_label(codebook, "group", g, "nl") for g in groups]
    span = len(years)
    gender_labels = [code_label(codebook, "gender", g, "nl") for g in genders]
    columns = gender_labels
    if span > 1:  # each gender over its years: two header rows (the label runs on, unmerged)
        for n, label in enumerate(gender_labels):
            w.text(row, 3 + n * span, label, BOLD)
        row += 1
        columns = years * len(genders)
    w.header(row, ["Code", "Groep", *columns])
    for i, group in enumerate(groups, start=row + 1):
        w.text(i, 1, group)
        w.text(i, 2, labels[groups.index(group)])
        for n, gender in enumerate(genders):
            for y in range(span):
                w.count(i, 3 + n * span + y, value(gender, group, y))
    # Under one header a column per gender needs its label's width; years fit the default.
    w.widths([None, label_width(labels), *([16] * len(genders) if span == 1 else [])])
    w.ws.freeze_panes = w.ws.cell(row=row + 1, column=3)
    return row + 1 + len(groups)


def lookup(counts: dict[str, int]) -> Callable[[str, int], int]:
    return lambda code, _column: counts.get(code, 0)


def sources_table(w: Writer, row: int, sources: Sequence[Source]) -> int:
    """Unit, label and revision of each source; never its id or time (they add nothing a reader
    of the report needs). Returns the row after the table."""
    w.header(row, ["Onderdeel", "Label", "Revisie"])
    for i, source in enumerate(sorted(sources, key=lambda s: (s.unit, s.label)), start=row + 1):
        w.text(i, 1, source.unit or "-")
        w.text(i, 2, source.label)
        w.ws.cell(row=i, column=3, value=source.revision)  # a small number, not a count
    return row + 1 + len(sources)
