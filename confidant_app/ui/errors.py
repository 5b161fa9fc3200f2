"""Errors as a confidant sees them: expected ones in their own words, bugs through one handler.

``describe`` turns an expected failure (``UserError``) into a translated sentence. The core's own
messages are English and name paths; known vault errors get a Dutch or English sentence here, and
anything else keeps the core's message. ``install_excepthook`` routes every uncaught exception (a
bug) to the log and to one dialog that says so; the log gets the traceback, never case data, as
the core's messages never echo notes or aliases.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from confidant_app.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

def _messages() -> dict[str, str]:
    """Keyed by class name, not class: comparing names keeps the vault package (and pydantic)
    unloaded until a vault is really opened. Spelled out in full so that lupdate finds them."""
    tr = QCoreApplication  # lupdate recognises any ``.translate("Context", "text")`` call
    return {
        "WrongPassphrase": tr.translate("Errors", "The passphrase is wrong, or the vault file is "
                                        "damaged. Check Caps Lock and try again."),
        "VaultInUse": tr.translate("Errors", "This vault is open in another window or program. "
                                   "Close it there first."),
        "VaultMissing": tr.translate("Errors", "There is no vault at this location."),
        "NotAVault": tr.translate("Errors", "This file is not a Confidant vault."),
        "VaultExists": tr.translate("Errors", "A file already exists at this location; it was "
                                    "not touched. Choose another location, or open that vault."),
        "VaultReadOnly": tr.translate("Errors", "The vault or its folder cannot be written to. "
                                      "Copy the vault to a folder you can write to."),
        "VaultTooNew": tr.translate("Errors", "This vault was made by a newer version of "
                                    "Confidant. Update the application."),
        "VaultWriteFailed": tr.translate("Errors", "The vault could not be written (is the disk "
                                         "full?). Nothing was saved."),
        "WeakPassphrase": tr.translate("Errors", "The passphrase is empty."),
    }


def describe(exc: UserError) -> str:
    """A sentence for the person in front of the screen."""
    for cls in type(exc).__mro__:
        text = _messages().get(cls.__name__)
        if text:
            return text
    return exc.message


class _CrashHandler:
    """Logs an uncaught exception and shows one dialog at a time (a bug in a paint handler would
    otherwise stack dialogs on every repaint)."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self._box: QMessageBox | None = None

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is None or (self._box is not None and self._box.isVisible()):
            return
        tr = QCoreApplication
        where = str(self.log_file) if self.log_file else tr.translate("Errors", "the log")
        text = tr.translate("Errors", "Something went wrong inside Confidant. Your saved cases "
                            "are safe in the vault. Details were written to {log}.")
        title = tr.translate("Errors", "Unexpected error")
        # Imported here: PySide6 builds a class at its first import, and this one (1.9 ms, with
        # its enums) is needed only after a bug, not before the unlock prompt.
        from PySide6.QtWidgets import QMessageBox

        self._box = QMessageBox(QMessageBox.Icon.Critical, title, text.format(log=where))
        self._box.open()


def install_excepthook(log_file: Path | None) -> _CrashHandler:
    handler = _CrashHandler(log_file)
    sys.excepthook = handler
    return handler
