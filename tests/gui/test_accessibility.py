"""A screen reader can name every control, the keyboard reaches every input, and the client is
usable at 150%.

- Every control of the start windows (first run, unlock), the main window and its dialogs (case
  editor, import, export, settings) has an accessible name, a text of its own, or a buddy label
  with a text: what a screen reader says when the control gets the focus.
- Tab walks the case editor's inputs in the order drawn in Designer (``<tabstops>`` of
  ``forms/case_editor.ui``) and reaches every one that is enabled; Shift+Tab walks back.
- Every dialog can be left with Esc.
- At 150% (``QT_SCALE_FACTOR=1.5``, a 1920x1080 screen then offers 1280x720) every window fits
  with nothing squeezed: ``test_screenshots`` again, in a child process, since the scale is read
  when the application starts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from confidant_app.domain.codebook import Codebook
from confidant_app.ui.case_editor import CaseEditor
from confidant_app.ui.first_run import FirstRunDialog
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.session import Session
from confidant_app.ui.settings_dialog import SettingsDialog
from confidant_app.ui.shell import Shell
from confidant_app.ui.unlock import UnlockDialog

ROOT = Path(__file__).resolve().parents[2]
CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTabWidget)


def buddies(window: QWidget) -> dict[QWidget, str]:
    """Controls named by a label (``setBuddy``), with the label's text."""
    return {label.buddy(): label.text().replace("&", "").strip()
            for label in window.findChildren(QLabel) if label.buddy() is not None}


def part_of_a_control(widget: QWidget, window: QWidget) -> bool:
    """Inside a combo box (its pop-up list), a spin box or a line edit (its clear button)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(window: QWidget) -> list[str]:
    """Controls with neither an accessible name, nor a text, nor a buddy label a screen reader
    could read out. Qt's own inner parts (``qt_spinbox_lineedit``, a combo box's pop-up list, a
    line edit's clear button) speak through their parent; headers read their column titles."""
    named_by = buddies(window)
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QHeaderView) or part_of_a_control(widget, window):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()
                or named_by.get(widget)):
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
    assert unnamed(window) == []
    for dialog in open_each(window):
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_every_control_of_the_start_windows_is_named(case_vault: Path, codebook: Codebook,
                                                     tmp_path: Path, qtbot: QtBot) -> None:
    target = tmp_path / "new" / "vault.db"
    for dialog in (UnlockDialog(Session(case_vault)),
                   UnlockDialog(Session(case_vault, demo=True), demo_passphrase="demo-1a2b3c"),
                   FirstRunDialog(Session(target), target, codebook, "nl")):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()


def designed_tab_order() -> list[str]:
    tree = ET.parse(ROOT / "forms" / "case_editor.ui")
    return [stop.text or "" for stop in tree.getroot().iter("tabstop")]


def reachable(editor: CaseEditor, name: str) -> bool:
    widget = getattr(editor.ui, name)
    return (widget.isEnabled() and widget.isVisibleTo(editor)
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def walk(editor: CaseEditor, qtbot: QtBot, key: Qt.Key, steps: int) -> list[str]:
    """Object names of the next ``steps`` widgets that get the focus, pressing ``key``. In a date
    field Tab first steps through its sections (year, month, day) and then moves on, as date
    fields do; those presses stay with the one field."""
    modifier = (Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab
                else Qt.KeyboardModifier.NoModifier)
    names: list[str] = []
    for _ in range(steps):
        start = control(QApplication.focusWidget())
        for _press in range(4):
            current = QApplication.focusWidget()
            assert current is not None
            qtbot.keyClick(current, key, modifier)
            if control(QApplication.focusWidget()) is not start:
                break
        names.append(control(QApplication.focusWidget()).objectName())
    return names


def control(focused: QWidget | None) -> QWidget:
    """The control that holds the focus: an inner part (a spin box's field) stands for it."""
    assert focused is not None
    parent = focused.parentWidget()
    while focused.objectName().startswith("qt_") and parent is not None:
        focused, parent = parent, parent.parentWidget()
    return focused


@pytest.mark.parametrize("existing", [False, True], ids=["new case", "stored case"])
def test_tab_visits_every_input_of_the_case_editor(window: MainWindow, existing: bool,
                                                    qtbot: QtBot) -> None:
    if existing:
        case_id = window.case_list.model.summary(0).id
        editor = window.cases.open_case(case_id)
    else:
        editor = window.cases.new_case()
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.activateWindow()
    order = [name for name in designed_tab_order() if reachable(editor, name)]
    assert {"caseNumberEdit", "aliasEdit", "categoryTree", "notesEdit", "saveButton"} <= set(order)
    # Every input the form holds is in the designed order (a new input needs its tab stop).
    inputs = {w.objectName() for w in editor.findChildren(QWidget)
              if isinstance(w, CONTROLS) and not isinstance(w, QHeaderView)
              and not w.objectName().startswith("qt_") and isinstance(
                  getattr(editor.ui, w.objectName(), None), QWidget)
              and reachable(editor, w.objectName())}
    assert inputs <= set(order), sorted(inputs - set(order))

    getattr(editor.ui, order[0]).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(editor.ui, order[0]))
    forward = walk(editor, qtbot, Qt.Key.Key_Tab, len(order) - 1)
    assert forward == order[1:]
    backward = walk(editor, qtbot, Qt.Key.Key_Backtab, len(order) - 1)
    assert backward == list(reversed(order[:-1]))
    editor.discard()


def test_escape_leaves_every_dialog(window: MainWindow, qtbot: QtBot) -> None:
    for dialog in open_each(window):
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__


@pytest.mark.slow
def test_every_window_fits_at_150_percent() -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5"}
    env.pop("CONFIDANT_SHOTS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(ROOT / "tests" / "gui" / "test_screenshots.py"),
         "-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
