"""The importer's problems in the interface language, for the import dialog.

A problem says what is wrong as a code and named parameters (``importer.texts``). Its English
template is the source string of a translation in the context ``ImportProblem`` (marked in the
importer, which stays free of Qt), so ``describe`` looks the template up, translates it, and fills
in the same placeholders, nested sentences (``{expected}``, ``{fix}``) translated the same way.
Where there is nothing to translate (``Code.OTHER``: a sentence from a library or a caller) or a
translation does not fit its parameters, the English sentence is shown, as the command line prints
it: something true beats nothing.

A ``{reason}`` from outside our code, in the words of the system or of Python's JSON and CSV
readers (``No such file or directory``, ``Expecting value``), is translated too where it is one
of theirs we know (``REASONS``, ``REASON_PATTERNS``, context ``ImportReason``); any other stays in
its own words. The command line keeps them all in English.

Fields are named as the confidant will look for them: the column header (or JSON key) exactly as
it stands in the file, since that is where the fix is made, after the name the case editor gives
the field in the interface language, since the headers are fixed English words of the import
format: ``Eerste contact (opened)``, ``Gesprek 2, kanaal (conversations)``, and ``Gender`` alone
where the name is the header (the importer reads headers in any letter case). The field as the
command line writes it (``conversations[2].channel``) is the cell's tooltip.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from confidant_app.importer.fields import KEYS
from confidant_app.importer.texts import (
    CONTEXT,
    ENGLISH,
    QT_TRANSLATE_NOOP,
    Code,
    Count,
    Text,
)

# lupdate finds ``<anything>.translate("Context", "text")`` calls, not a wrapper around them.
_T = QCoreApplication
_PART = re.compile(r"\[(\d+)\]|\.([^.\[]+)")
REASON_CONTEXT = "ImportReason"
# Reasons as the system (``strerror``) and Python's json module word them; a test holds them to
# what Python says.
REASONS = (
    QT_TRANSLATE_NOOP("ImportReason", "No such file or directory"),
    QT_TRANSLATE_NOOP("ImportReason", "Permission denied"),
    QT_TRANSLATE_NOOP("ImportReason", "Is a directory"),
    QT_TRANSLATE_NOOP("ImportReason", "Input/output error"),
    QT_TRANSLATE_NOOP("ImportReason", "File name too long"),
    QT_TRANSLATE_NOOP("ImportReason", "Operation not permitted"),
    QT_TRANSLATE_NOOP("ImportReason", "Expecting value"),
    QT_TRANSLATE_NOOP("ImportReason", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("ImportReason", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("ImportReason", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("ImportReason", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("ImportReason", "Invalid control character at"),
    QT_TRANSLATE_NOOP("ImportReason", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("ImportReason", "Invalid \\uXXXX escape"),
    QT_TRANSLATE_NOOP("ImportReason", "Extra data"),
)
# Reasons with a part that varies, taken into the translation by name: the csv module's one
# refusal of a file our reader accepts as text (it reads leniently: no strict quoting).
REASON_PATTERNS = (
    (re.compile(r"field larger than field limit \((?P<limit>\d+)\)"),
     QT_TRANSLATE_NOOP("ImportReason", "field larger than field limit ({limit})")),
)


def describe(text: Text) -> str:
    """``text`` in the interface language; the English sentence where no translation fits."""
    if text.code is Code.OTHER or text.code not in ENGLISH:
        return text.english()
    values = {name: reason(value) if name == "reason" and isinstance(value, str)
              else _value(value) for name, value in text.params.items()}
    try:
        return translated(ENGLISH[text.code]).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a placeholder of its own
        return text.english()


def translated(template: str) -> str:
    """The template of a problem's sentence in the interface language (itself, in English)."""
    return _T.translate(CONTEXT, template)


def reason(english: str) -> str:
    """A reason from the system or Python's readers in the interface language, if we know it."""
    for pattern, template in REASON_PATTERNS:
        found = pattern.fullmatch(english)
        if found:
            return _T.translate(REASON_CONTEXT, template).format(**found.groupdict())
    return _T.translate(REASON_CONTEXT, english)  # itself where there is no translation


def _value(value: str | int | Text) -> str | int:
    if isinstance(value, Text):
        return describe(value)
    if isinstance(value, Count):
        return grouped(value)
    return value


def grouped(number: int) -> str:
    """``100,000`` in English, ``100.000`` in Dutch."""
    separator = _T.translate("ImportProblem", ",", "the thousands separator, as in 100,000")
    return f"{number:,}".replace(",", separator)


def field_labels() -> dict[str, str]:
    """The name of each key of the import format, as the case editor calls the field."""
    return {
        "opened": _T.translate("ImportProblem", "First contact"),
        "unit": _T.translate("ImportProblem", "Unit"),
        "categories": _T.translate("ImportProblem", "Categories"),
        "role": _T.translate("ImportProblem", "Role"),
        "gender": _T.translate("ImportProblem", "Gender"),
        "position": _T.translate("ImportProblem", "Position"),
        "exclude_from_statistics": _T.translate("ImportProblem", "Exclude from statistics"),
        "closed": _T.translate("ImportProblem", "Closed on"),
        "referrals": _T.translate("ImportProblem", "Referred to"),
        "outcomes": _T.translate("ImportProblem", "Outcome"),
        "conversations": _T.translate("ImportProblem", "Conversations"),
        "case_number": _T.translate("ImportProblem", "Case number"),
        "alias": _T.translate("ImportProblem", "Alias"),
        "notes": _T.translate("ImportProblem", "Notes"),
    }


def _part_labels() -> dict[str, str]:
    return {
        "date": _T.translate("ImportProblem", "date"),
        "channel": _T.translate("ImportProblem", "channel"),
        "minutes": _T.translate("ImportProblem", "minutes"),
    }


def field_name(field: str | None) -> str:
    """``conversations[2].channel`` -> ``Gesprek 2, kanaal (conversations)``; a field of another
    shape (a key the file made up) as it is."""
    if not field:
        return ""
    root = re.split(r"[\[.]", field, maxsplit=1)[0]
    rest = field[len(root):]
    parts = _PART.findall(rest)
    if root not in KEYS or "".join(f"[{n}]" if n else f".{k}" for n, k in parts) != rest:
        return field
    label = field_labels()[root]
    if not parts:
        return label if _same(label, root) else f"{label} ({root})"
    pieces: list[str] = []
    for number, key in parts:
        if number and root == "conversations" and not pieces:
            pieces.append(_T.translate("ImportProblem", "Conversation {number}").format(
                number=number))
        elif number:
            pieces.append(_T.translate("ImportProblem", "{label}, item {number}").format(
                label=label, number=number))
        else:
            pieces.append(_part_labels().get(key, key))
    return f"{', '.join(pieces)} ({root})"


def _same(label: str, key: str) -> bool:
    """The label is the header itself (headers are matched in any letter case)."""
    return label.casefold() == key.casefold()
