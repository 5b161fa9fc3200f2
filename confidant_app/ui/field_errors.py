"""What the domain refused in a case, as one translated sentence per field of the editor.

``make_case`` raises pydantic's ``ValidationError``; each error names its field in ``loc`` (a rule
over the whole case names it at the start of its message: ``closed: the closing date lies before
the opening date``). ``explain`` turns them into ``{field: sentence}`` in the interface language.
The rules stay in the domain: this module only rewords what the domain said, and keeps the
domain's own English sentence for anything it does not know. Messages never repeat the input
(the domain hides it; an alias or a note could name a person). ``FieldMarks`` shows the sentences
in the red labels beneath the fields of a form and moves the focus to the first field at fault.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from confidant_app.domain.case import EARLIEST

GENERAL = ""  # the key for a fault that belongs to no single field
ERROR_STYLE = "color: #b3261e"
_CONVERSATION = re.compile(r"conversation (\d+) lies before the opening date")


# lupdate finds ``<anything>.translate("Context", "text")`` calls, not a wrapper around them.
_T = QCoreApplication


def explain(exc: ValidationError) -> dict[str, str]:
    """``{field: reasons}``, one line per reason, in the order the domain found them."""
    found: dict[str, list[str]] = {}
    for error in exc.errors():
        field, reason = _explain(error)
        if reason not in found.setdefault(field, []):
            found[field].append(reason)
    return {field: "\n".join(reasons) for field, reasons in found.items()}


def _explain(error: ErrorDetails) -> tuple[str, str]:
    loc = error["loc"]
    message = str(error["msg"]).removeprefix("Value error, ")
    if not loc:
        # A rule over the whole case: its message starts with the field it concerns.
        field, sep, rest = message.partition(": ")
        if not sep:
            return GENERAL, message
        return field, _reason(error["type"], field, rest, error.get("ctx") or {})
    field = str(loc[0])
    reason = _reason(error["type"], field, message, error.get("ctx") or {})
    if field == "conversations" and len(loc) > 1 and isinstance(loc[1], int):
        reason = _T.translate("FieldErrors", "Conversation {number}: {reason}").format(
            number=loc[1] + 1, reason=reason)
    return field, reason


def _reason(kind: str, field: str, message: str, ctx: dict[str, Any]) -> str:
    match kind:
        case "missing" | "string_type" | "none_required":
            return _T.translate("FieldErrors", "Choose one.")
        case "too_short" if field == "categories":
            return _T.translate("FieldErrors", "Tick at least one category.")
        case "too_long" if field == "categories":
            return _T.translate("FieldErrors", "Tick at most {count} categories.").format(
                count=ctx.get("max_length"))
        case "string_too_long":
            return _T.translate("FieldErrors", "At most {count} characters.").format(
                count=ctx.get("max_length"))
        case "less_than_equal":
            return _T.translate("FieldErrors", "At most {count} minutes.").format(
                count=ctx.get("le"))
        case "string_pattern_mismatch":
            return _case_number_rule()
    if field == "case_number":
        return _case_number_rule()
    if message == "date lies in the future":
        return _T.translate("FieldErrors", "This date lies in the future.")
    if message.startswith("date lies before"):
        return _T.translate("FieldErrors", "This date lies before {date}.").format(
            date=EARLIEST.isoformat())
    if message == "the closing date lies before the opening date":
        return _T.translate("FieldErrors", "The closing date lies before the first contact.")
    number = _CONVERSATION.fullmatch(message)
    if number:
        return _T.translate("FieldErrors", "Conversation {number} lies before the first "
                            "contact.").format(number=number.group(1))
    return message


def _case_number_rule() -> str:
    return _T.translate("FieldErrors", "Use up to 32 letters, digits and . _ / - , starting "
                        "with a letter or digit (like 2025-0042).")


def taken_number() -> str:
    """The store refused the case number: another case already has it."""
    return _T.translate("FieldErrors", "Another case in this vault already has this number.")


class FieldMarks:
    """The red labels under a form's fields: ``show({field: reason})``, ``show({})`` to clear."""

    def __init__(self, general: QLabel, fields: dict[str, tuple[QLabel, QWidget]]) -> None:
        self._general = general
        self._fields = fields
        for label in (general, *(label for label, _widget in fields.values())):
            label.setStyleSheet(ERROR_STYLE)

    def show(self, errors: dict[str, str]) -> None:
        # A reason for a field without a place of its own (the exclusion mark) goes on top.
        general = [text for field, text in errors.items()
                   if field == GENERAL or field not in self._fields]
        first: QWidget | None = None
        for field, (label, widget) in self._fields.items():
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)
            if field in errors and first is None:
                first = widget
        self._general.setText("\n".join(general))
        self._general.setVisible(bool(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
