"""Clipboard hygiene: what the application copies is marked secret, and does not stay.

Privacy rule 2 names clipboard history among the places case data must not reach. Every copy the
application makes goes through ``SecretClipboard.copy``, which puts the text on the clipboard
together with the marks clipboard managers honour:

- ``x-kde-passwordManagerHint: secret``: Klipper (KDE) and other X11/Wayland managers skip it;
- ``application/x-nspasteboard-concealed-type``: macOS clipboard managers skip it;
- ``ExcludeClipboardContentFromMonitorProcessing``, and ``CanIncludeInClipboardHistory`` and
  ``CanUploadToCloudClipboard`` as a DWORD 0: Windows keeps it out of the clipboard history
  (Win+V) and off the cloud clipboard, and well-behaved monitors skip it. Qt registers a MIME
  type it does not know as a Windows clipboard format of the same name, so these names arrive as
  the formats Windows looks for.

It then clears the clipboard after ``CLEAR_AFTER_MS`` (30 s: long enough to paste into a letter or
a form, short enough not to outlast a walk to the coffee machine), at a lock and at the end,
each time only if the clipboard still holds what we put there (something copied since in another
program is left alone).

Qt's widgets copy by themselves (Ctrl+C, Ctrl+X, Ctrl+Insert, Shift+Delete, and the Copy and Cut
of their context menus), straight to the clipboard without the marks. ``install`` puts one event
filter on the application that takes those over for every line edit (spin and date boxes, and
editable combo boxes, included), text edit, item view (Qt copies the current cell), selectable
label and message box, so no widget needs a subclass and a dialog added later is covered too.
Password fields copy nothing, as in Qt. A backstop re-marks anything else this process puts on
the clipboard unmarked (where the platform says who owns it: not on the offscreen platform);
it cannot take back what a manager saw in the instant before.

Not covered: X11's primary selection (text selected with the mouse, pasted with the middle
button), which Qt sets by itself; it is cleared at a lock and at the end like the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent
from PySide6.QtGui import QKeySequence as Keys
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CLEAR_AFTER_MS = 30_000
HINT = "x-kde-passwordManagerHint"
DWORD_0 = b"\x00\x00\x00\x00"
MARKS: dict[str, bytes] = {
    HINT: b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": DWORD_0,
    "CanIncludeInClipboardHistory": DWORD_0,
    "CanUploadToCloudClipboard": DWORD_0,
}
Mode = QClipboard.Mode


def secret_mime_data(text: str) -> QMimeData:
    """``text`` with every mark of ``MARKS``."""
    data = QMimeData()
    data.setText(text)
    for name, value in MARKS.items():
        data.setData(name, value)
    return data


def _line_edit(widget: QObject) -> QLineEdit | None:
    """The line edit that holds the text of ``widget``: itself, or a spin box's or editable
    combo box's own."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


def _text_edit(widget: QObject) -> QPlainTextEdit | QTextEdit | None:
    """A text edit, also when ``widget`` is its viewport (which gets its mouse events)."""
    for candidate in (widget, widget.parent()):
        if isinstance(candidate, QPlainTextEdit | QTextEdit) and (
                candidate is widget or candidate.viewport() is widget):
            return candidate
    return None


class SecretClipboard(QObject):
    """The application's one way onto the clipboard. ``clear_after_ms`` is for tests."""

    def __init__(self, app: QGuiApplication, clear_after_ms: int = CLEAR_AFTER_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._clipboard = QGuiApplication.clipboard()
        self._text: str | None = None
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._clipboard.dataChanged.connect(self._mark_strays)

    # -- copying and clearing ---------------------------------------------------------------

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked secret; cleared after the time set."""
        if not text:
            return
        self._text = text
        self._clipboard.setMimeData(secret_mime_data(text), Mode.Clipboard)
        self._timer.start()

    def holds_ours(self, mode: Mode = Mode.Clipboard) -> bool:
        data = self._clipboard.mimeData(mode)
        return (self._text is not None and data is not None and data.hasFormat(HINT)
                and data.text() == self._text)

    def clear(self) -> None:
        """Empty the clipboard if it still holds our copy, and the X11 selection if we own it."""
        self._timer.stop()
        if self.holds_ours():
            self._clipboard.clear(Mode.Clipboard)
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(Mode.Selection)
        self._text = None

    def _mark_strays(self) -> None:
        data = self._clipboard.mimeData(Mode.Clipboard)
        if (self._clipboard.ownsClipboard() and data is not None and data.hasText()
                and not data.hasFormat(HINT)):
            self.copy(data.text())

    # -- taking over the widgets' own copying ---------------------------------------------------

    @property
    def installed(self) -> bool:
        return self._installed

    def install(self) -> None:
        """Route every widget's copy and cut through ``copy`` (once; later calls do nothing)."""
        if not self._installed:
            self._app.installEventFilter(self)
            self._installed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            cut = event.matches(Keys.StandardKey.Cut)
            if cut or event.matches(Keys.StandardKey.Copy):
                return self.copy_from(watched, cut=cut)
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.context_menu(watched)
            if menu is not None:
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        return False

    def copy_from(self, widget: QObject, *, cut: bool = False) -> bool:
        """Copy (or cut) the selection of ``widget`` as Ctrl+C (Ctrl+X) would; False when the
        widget is none that copies (the key then goes its usual way)."""
        line = _line_edit(widget)
        if line is not None:
            if line.echoMode() == QLineEdit.EchoMode.Normal and line.hasSelectedText():
                self.copy(line.selectedText())
                if cut and not line.isReadOnly():
                    line.del_()
            return True
        edit = _text_edit(widget)
        if edit is not None:
            cursor = edit.textCursor()
            if cursor.hasSelection():
                self.copy(cursor.selection().toPlainText())
                if cut and not edit.isReadOnly():
                    cursor.removeSelectedText()
            return True
        if isinstance(widget, QAbstractItemView):
            index = widget.currentIndex()
            value = index.data() if index.isValid() else None
            if value is not None:
                self.copy(str(value))
            return True
        if isinstance(widget, QLabel):
            self.copy(widget.selectedText())
            return True
        if isinstance(widget, QMessageBox):
            self.copy("\n\n".join(t for t in (widget.text(), widget.informativeText()) if t))
            return True
        return False

    def context_menu(self, widget: QObject) -> QMenu | None:
        """The widget's own context menu with Copy and Cut going through ``copy``; None for a
        widget this does not handle (its own menu, if any, then opens as usual)."""
        if not isinstance(widget, QWidget) or widget.objectName() == "qt_spinbox_lineedit":
            return None
        target: QWidget | None = _line_edit(widget) or _text_edit(widget)
        if isinstance(target, QLineEdit | QPlainTextEdit | QTextEdit):
            owner = widget if isinstance(widget, QAbstractSpinBox | QComboBox) else target
            if owner.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
                return None
            menu = target.createStandardContextMenu()
            for action in menu.actions():
                if action.objectName() in ("edit-copy", "edit-cut"):
                    cut = action.objectName() == "edit-cut"
                    self._replace(menu, action, partial(self.copy_from, target, cut=cut))
            return menu
        if isinstance(widget, QLabel) and widget.hasSelectedText():
            menu = QMenu(widget)
            copy = menu.addAction(self.tr("&Copy"))
            copy.triggered.connect(lambda: self.copy_from(widget))
            return menu
        return None

    @staticmethod
    def _replace(menu: QMenu, action: QAction, run: Callable[[], object]) -> None:
        ours = QAction(action.text(), menu)
        ours.setObjectName(action.objectName())
        ours.setEnabled(action.isEnabled())
        ours.triggered.connect(run)
        menu.insertAction(action, ours)
        menu.removeAction(action)
