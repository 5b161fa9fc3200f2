"""Clipboard hygiene: every copy the application makes carries the marks clipboard managers and
Windows' clipboard history honour, and is cleared after a short time, at a lock and at the end,
if the clipboard still holds it. Widgets' own copy and cut (keys and context menus) go the same
way: the case editor's fields, the case list, message boxes; password fields copy nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from confidant_app.ui.case_editor import CaseEditor
from confidant_app.ui.clipboard import MARKS, SecretClipboard
from confidant_app.ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier
WINDOWS_MARKS = ("ExcludeClipboardContentFromMonitorProcessing", "CanIncludeInClipboardHistory",
                 "CanUploadToCloudClipboard")


@pytest.fixture(autouse=True)
def empty_clipboard(qapp: QApplication) -> Iterator[None]:
    QApplication.clipboard().clear()
    yield
    QApplication.clipboard().clear()


def marked(text: str) -> bool:
    """The clipboard holds ``text`` with every mark."""
    data = QApplication.clipboard().mimeData()
    return data is not None and data.text() == text and all(
        bytes(data.data(name).data()) == value for name, value in MARKS.items())


@pytest.fixture
def editor(open_shell: Shell, qtbot: QtBot) -> CaseEditor:
    window = open_shell.main_window
    assert window is not None
    found = window.cases.new_case()
    assert found is not None
    qtbot.waitExposed(found)
    return found


def test_a_copy_is_marked_secret_and_cleared_after_the_time(qapp: QApplication,
                                                            qtbot: QtBot) -> None:
    clipboard = SecretClipboard(qapp, clear_after_ms=150)
    clipboard.copy("blauwe map")
    data = QApplication.clipboard().mimeData()
    assert data is not None
    assert {"text/plain", "x-kde-passwordManagerHint", *WINDOWS_MARKS} <= set(data.formats())
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    for name in WINDOWS_MARKS[1:]:
        assert bytes(data.data(name).data()) == b"\x00\x00\x00\x00"  # a DWORD 0
    assert marked("blauwe map") and clipboard.holds_ours()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)
    assert not clipboard.holds_ours()
    clipboard.deleteLater()


def test_something_copied_since_is_left_alone(qapp: QApplication, qtbot: QtBot) -> None:
    clipboard = SecretClipboard(qapp, clear_after_ms=100)
    clipboard.copy("blauwe map")
    QApplication.clipboard().setText("a recipe from another program")
    qtbot.wait(250)
    clipboard.clear()
    assert QApplication.clipboard().text() == "a recipe from another program"
    clipboard.deleteLater()


def test_ctrl_c_and_ctrl_x_in_the_case_editor_carry_the_marks(
        editor: CaseEditor, qtbot: QtBot) -> None:
    alias = editor.ui.aliasEdit
    alias.setText("rode jas")
    alias.selectAll()
    qtbot.keyClick(alias, Qt.Key.Key_C, CTRL)
    assert marked("rode jas") and alias.text() == "rode jas"
    notes = editor.ui.notesEdit
    notes.setPlainText("first line\nsecond line")
    notes.selectAll()
    qtbot.keyClick(notes, Qt.Key.Key_X, CTRL)
    assert marked("first line\nsecond line") and notes.toPlainText() == ""
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL)  # a cut is undone as Qt's own would be
    assert notes.toPlainText() == "first line\nsecond line"
    editor.discard()


def test_the_context_menus_copy_and_cut_through_the_helper(
        open_shell: Shell, editor: CaseEditor) -> None:
    clipboard = open_shell.clipboard
    notes = editor.ui.notesEdit
    notes.setPlainText("what was said")
    notes.selectAll()
    menu = clipboard.context_menu(notes.viewport())  # a text edit's menu opens on its viewport
    assert menu is not None
    names = [action.objectName() for action in menu.actions()]
    assert {"edit-copy", "edit-cut", "edit-paste", "select-all"} <= set(names)
    next(a for a in menu.actions() if a.objectName() == "edit-copy").trigger()
    assert marked("what was said")
    QApplication.clipboard().clear()
    alias = editor.ui.aliasEdit
    alias.setText("gele lamp")
    alias.selectAll()
    menu = clipboard.context_menu(alias)
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == "edit-cut").trigger()
    assert marked("gele lamp") and alias.text() == ""
    # A spin box's field leaves its menu to the spin box, which gets the field's menu.
    spin_field = editor.ui.minutesSpin.findChild(QLineEdit)
    assert clipboard.context_menu(spin_field) is None
    assert clipboard.context_menu(editor.ui.minutesSpin) is not None
    editor.discard()


def test_the_case_list_copies_a_cell_marked(open_shell: Shell, qtbot: QtBot) -> None:
    window = open_shell.main_window
    assert window is not None
    table = window.case_list.ui.caseTable
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_C, CTRL)
    expected = table.model().index(0, 0).data()
    assert expected and marked(str(expected))


def test_a_message_box_copies_marked(open_shell: Shell, qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Case", "Delete case 2024-0001?",
                      QMessageBox.StandardButton.Ok, open_shell.main_window)
    box.setInformativeText("Its notes go with it.")
    box.open()
    qtbot.waitExposed(box)
    qtbot.keyClick(box, Qt.Key.Key_C, CTRL)
    assert marked("Delete case 2024-0001?\n\nIts notes go with it.")
    box.done(0)


def test_a_password_field_copies_nothing(open_shell: Shell, qtbot: QtBot) -> None:
    open_shell.lock()
    unlock = open_shell.unlock_dialog
    assert unlock is not None
    field = unlock.ui.passphraseEdit
    field.setText("kiwi")
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_X, CTRL)
    assert QApplication.clipboard().text() == "" and field.text() == "kiwi"
    field.setText("")


def test_a_lock_and_the_end_clear_what_was_copied(open_shell: Shell, editor: CaseEditor,
                                                  qtbot: QtBot) -> None:
    alias = editor.ui.aliasEdit
    alias.setText("groene mok")
    alias.selectAll()
    qtbot.keyClick(alias, Qt.Key.Key_C, CTRL)
    assert marked("groene mok")
    open_shell.lock()
    assert QApplication.clipboard().text() == ""
    open_shell.clipboard.copy("copied while locked")
    open_shell.shutdown()
    assert QApplication.clipboard().text() == ""
