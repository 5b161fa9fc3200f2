"""Every control of the case editor, the import, export and settings dialogs has an accessible
name (what a screen reader says), and every dialog can be left with Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.settings_dialog import SettingsDialog
from confidant_app.ui.shell import Shell

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTabWidget)


def unnamed(dialog: QWidget) -> list[str]:
    """Controls with neither an accessible name nor a text a screen reader could read out.
    Our controls are named (forms and code give each an object name); Qt's own inner parts
    (``qt_spinbox_lineedit``, a combo box's pop-up list) speak through their parent."""
    found = []
    for widget in dialog.findChildren(QWidget):
        name = widget.objectName()
        if not isinstance(widget, CONTROLS) or not name or name.startswith("qt_"):
            continue
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(),
                                                          QAbstractSpinBox | QComboBox):
            continue  # headers read their column titles; inner parts speak through the whole
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName() and not text.replace("&", "").strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def open_each(window: MainWindow) -> list[QDialog]:
    window.ui.actionSettings.trigger()
    dialogs: list[QDialog] = [window.open_import(), window.open_export()]
    settings = window.findChild(SettingsDialog)
    assert settings is not None
    editor = window.cases.new_case()
    assert editor is not None
    return [*dialogs, settings, editor]


@pytest.fixture
def window(open_shell: Shell) -> MainWindow:
    assert open_shell.main_window is not None
    return open_shell.main_window


def test_every_control_is_named(window: MainWindow, qtbot: QtBot) -> None:
    for dialog in open_each(window):
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_escape_leaves_every_dialog(window: MainWindow, qtbot: QtBot) -> None:
    for dialog in open_each(window):
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__
