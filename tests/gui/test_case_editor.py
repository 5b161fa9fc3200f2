"""The case editor on a real vault: typed with the keyboard alone, refused at the field, asked
about on leaving, opened from the list, deleted after asking."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from confidant_app.ui.case_editor import CaseEditor
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.shell import Shell

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
Choice = QMessageBox.StandardButton


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, *keys: Key, times: int = 1) -> None:
    """Keys to whatever has the focus, as a person types them."""
    for _ in range(times):
        for key in keys:
            qtbot.keyClick(focused(), key)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 30) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


@pytest.fixture
def window(open_shell: Shell) -> MainWindow:
    assert open_shell.main_window is not None
    return open_shell.main_window


def new_editor(window: MainWindow, qtbot: QtBot) -> CaseEditor:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Key.Key_N, CTRL)
    editor = window.cases.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.ui.aliasEdit)
    return editor


def test_a_case_typed_with_the_keyboard_alone_is_in_the_vault_and_the_list(
        window: MainWindow, open_shell: Shell, qtbot: QtBot) -> None:
    editor = new_editor(window, qtbot)
    ui = editor.ui
    qtbot.keyClicks(focused(), "oranje tas")
    tab_to(qtbot, ui.roleCombo)
    qtbot.keyClicks(focused(), "Burger")  # Burgermedewerker: civilian
    tab_to(qtbot, ui.genderCombo)
    qtbot.keyClicks(focused(), "Vrouw")
    tab_to(qtbot, ui.categoryTree)
    press(qtbot, Key.Key_Down, Key.Key_Down)  # past the group header to Pesten/treiteren
    press(qtbot, Key.Key_Space)
    qtbot.keyClicks(focused(), "Arb")  # type-ahead: the header "Arbeidsconflict" ...
    press(qtbot, Key.Key_Down, Key.Key_Space)  # ... and the code beneath it
    tab_to(qtbot, ui.referralList)
    press(qtbot, Key.Key_Space)  # the first referral, current on arrival: HR
    tab_to(qtbot, ui.minutesSpin)
    qtbot.keyClick(focused(), Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "45")
    press(qtbot, Key.Key_Return)  # adds the conversation; does not close the editor
    assert editor.isVisible() and editor.conversations.model.rowCount() == 1
    qtbot.keyClick(focused(), Key.Key_S, CTRL)
    assert not editor.isVisible()

    session = open_shell.session
    stored = [s for s in session.summaries() if s.alias == "oranje tas"]
    assert len(stored) == 1
    case = session.get(stored[0].id)
    assert case.role == "BUR" and case.gender == "V" and case.unit == "CLAS"
    assert case.categories == ["OG.PES", "AC.ARB"]  # the first ticked is the primary
    assert case.referrals == ["HR"]
    assert [(c.date, c.channel, c.minutes) for c in case.conversations] == [
        (dt.date.today(), "F", 45)]
    assert case.case_number == f"{dt.date.today().year}-0001"
    page = window.case_list
    assert page.model.rowCount() == 7
    assert page.selected_case_id() == case.id  # the saved case is selected in the list


def test_invalid_input_is_marked_at_the_field_and_nothing_is_saved(
        window: MainWindow, open_shell: Shell, qtbot: QtBot) -> None:
    editor = new_editor(window, qtbot)
    ui = editor.ui
    qtbot.keyClicks(ui.aliasEdit, "half af")
    ui.openedEdit.setDate(QDate(2025, 5, 1))
    ui.closedCheck.setChecked(True)
    ui.closedEdit.setDate(QDate(2025, 4, 1))
    ui.conversationDateEdit.setDate(QDate(2025, 3, 1))
    ui.addConversationButton.click()
    qtbot.keyClick(editor, Key.Key_S, CTRL)

    assert editor.isVisible()
    assert open_shell.session.count() == 6  # nothing saved
    for label in (ui.roleError, ui.categoriesError):
        assert label.isVisible() and label.text()
    assert not ui.aliasError.isVisible()
    assert ui.roleCombo.hasFocus()  # the first field at fault

    # The domain checks the dates against each other once every field is right in itself.
    ui.roleCombo.setCurrentIndex(0)
    ui.categoryTree.topLevelItem(0).child(0).setCheckState(0, Qt.CheckState.Checked)
    assert not editor.save()
    assert not ui.roleError.isVisible() and not ui.categoriesError.isVisible()
    assert "first contact" in ui.closedError.text() and ui.closedError.isVisible()
    assert ui.closedEdit.hasFocus()
    assert open_shell.session.count() == 6

    ui.closedCheck.setChecked(False)
    assert not editor.save()
    assert "Conversation 1" in ui.conversationsError.text()
    assert open_shell.session.count() == 6

    # Putting it right and saving again clears the marks.
    ui.conversationTable.selectRow(0)
    ui.conversationDateEdit.setDate(QDate(2025, 5, 2))
    ui.changeConversationButton.click()
    assert editor.save()
    assert open_shell.session.count() == 7


def test_a_future_date_and_a_bad_case_number_are_named(window: MainWindow, qtbot: QtBot) -> None:
    editor = new_editor(window, qtbot)
    ui = editor.ui
    ui.caseNumberEdit.setText("no spaces allowed")
    ui.openedEdit.setDate(QDate.currentDate().addDays(3))
    assert not editor.save()
    assert "32 letters" in ui.caseNumberError.text()
    assert "future" in ui.openedError.text()
    assert ui.caseNumberEdit.hasFocus()


def test_a_case_number_already_in_use_is_refused_at_the_field(
        window: MainWindow, open_shell: Shell, qtbot: QtBot) -> None:
    editor = new_editor(window, qtbot)
    ui = editor.ui
    ui.caseNumberEdit.setText("2024-0001")
    ui.roleCombo.setCurrentIndex(0)
    ui.categoryTree.topLevelItem(0).child(0).setCheckState(0, Qt.CheckState.Checked)
    assert not editor.save()
    assert ui.caseNumberError.isVisible() and "already has this number" in ui.caseNumberError.text()
    assert open_shell.session.count() == 6


def test_leaving_with_unsaved_changes_asks(window: MainWindow, open_shell: Shell,
                                           qtbot: QtBot) -> None:
    editor = new_editor(window, qtbot)
    qtbot.keyClicks(editor.ui.aliasEdit, "nog niet klaar")
    qtbot.keyClick(editor.ui.aliasEdit, Key.Key_Escape)
    box = editor.unsaved_box
    assert box is not None and box.isVisible()
    box.button(Choice.Cancel).click()  # stay
    assert editor.isVisible() and editor.ui.aliasEdit.text() == "nog niet klaar"

    editor.reject()
    box = editor.unsaved_box
    assert box is not None
    box.button(Choice.Save).click()  # saving a case without a role is refused at the field
    assert editor.isVisible() and editor.ui.roleError.isVisible()

    editor.reject()
    box = editor.unsaved_box
    assert box is not None
    box.button(Choice.Discard).click()
    assert not editor.isVisible()
    assert open_shell.session.count() == 6
    assert window.cases.editor is None


def test_leaving_without_changes_does_not_ask(window: MainWindow, qtbot: QtBot) -> None:
    editor = new_editor(window, qtbot)
    qtbot.keyClick(editor.ui.aliasEdit, Key.Key_Escape)
    assert editor.unsaved_box is None and not editor.isVisible()


def test_saving_from_the_question_stores_the_case(window: MainWindow, open_shell: Shell,
                                                  qtbot: QtBot) -> None:
    editor = new_editor(window, qtbot)
    editor.ui.roleCombo.setCurrentIndex(1)
    editor.ui.categoryTree.topLevelItem(2).child(0).setCheckState(0, Qt.CheckState.Checked)
    editor.reject()
    assert editor.unsaved_box is not None
    editor.unsaved_box.button(Choice.Save).click()
    assert not editor.isVisible()
    assert open_shell.session.count() == 7


def test_enter_in_the_list_opens_the_case_and_closing_it_is_saved(
        window: MainWindow, open_shell: Shell, qtbot: QtBot) -> None:
    page = window.case_list
    table = page.ui.caseTable
    row = next(r for r in range(page.model.rowCount())
               if page.model.summary(r).alias == "groene mok")
    case_id = page.model.summary(row).id
    window.activateWindow()
    qtbot.waitActive(window)
    table.setFocus()
    table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(table, Key.Key_Return)
    editor = window.cases.editor
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)  # activation is asynchronous offscreen
    ui = editor.ui
    assert ui.aliasEdit.text() == "groene mok" and ui.caseNumberEdit.text() == "2024-0002"
    assert editor.categories.categories() == ["OG.INT", "AC.ARB"]
    assert ui.primaryCombo.currentData() == "OG.INT" and ui.primaryCombo.isEnabled()
    assert not editor.is_dirty()

    ui.closedCheck.setChecked(True)  # close the case
    ui.closedEdit.setDate(QDate(2024, 12, 1))
    ui.primaryCombo.setCurrentIndex(ui.primaryCombo.findData("AC.ARB"))
    qtbot.keyClick(editor, Key.Key_S, CTRL)
    case = open_shell.session.get(case_id)
    assert case.closed == dt.date(2024, 12, 1) and case.categories == ["AC.ARB", "OG.INT"]

    editor = window.cases.open_case(case_id)  # and reopen it
    assert editor is not None and editor.ui.closedCheck.isChecked()
    editor.ui.closedCheck.setChecked(False)
    assert editor.save()
    assert open_shell.session.get(case_id).closed is None


def test_conversations_are_added_changed_and_removed(window: MainWindow, qtbot: QtBot) -> None:
    editor = new_editor(window, qtbot)
    ui, model = editor.ui, editor.conversations.model
    ui.minutesSpin.setValue(20)
    qtbot.keyClick(ui.minutesSpin, Key.Key_Enter)
    ui.conversationDateEdit.setDate(QDate.currentDate().addDays(-1))
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("T"))
    ui.addConversationButton.click()
    assert [(r.channel, r.minutes) for r in model.rows()] == [("T", 20), ("F", 20)]  # by date
    ui.conversationTable.selectRow(1)
    assert ui.channelCombo.currentData() == "F"  # the selected row is loaded for changing
    ui.minutesSpin.setValue(25)
    qtbot.keyClick(ui.minutesSpin, Key.Key_Return)  # with a row selected, Enter changes it
    assert [(r.channel, r.minutes) for r in model.rows()] == [("T", 20), ("F", 25)]
    ui.conversationTable.setFocus()
    ui.conversationTable.selectRow(0)
    qtbot.keyClick(ui.conversationTable, Key.Key_Delete)
    assert [(r.channel, r.minutes) for r in model.rows()] == [("F", 25)]
    assert editor.is_dirty()


def test_delete_asks_first(window: MainWindow, open_shell: Shell, qtbot: QtBot) -> None:
    page = window.case_list
    table = page.ui.caseTable
    table.setFocus()
    table.selectRow(0)
    case_id = page.selected_case_id()
    assert case_id is not None
    qtbot.keyClick(table, Key.Key_Delete)
    box = window.cases.confirm_box
    assert box is not None and box.isVisible()
    assert page.model.summary(0).case_number in box.text()
    box.button(Choice.No).click()
    assert open_shell.session.count() == 6

    window.ui.actionDeleteCase.trigger()
    box = window.cases.confirm_box
    assert box is not None
    box.button(Choice.Yes).click()
    assert open_shell.session.count() == 5 and page.model.rowCount() == 5
    assert case_id not in [s.id for s in open_shell.session.summaries()]



def test_referral_sheet_from_the_editor_preselects_the_ticked_desks_and_nothing_else(
    window: MainWindow, qtbot: QtBot
) -> None:
    from confidant_app.ui.referral_sheet import ReferralSheetDialog

    editor = new_editor(window, qtbot)
    editor.ui.aliasEdit.setText("ALIAS-NEVER-ON-A-SHEET")
    editor.referrals.set_codes(["AGO", "BMW"])
    editor.ui.referralSheetButton.click()
    dialogs = [d for d in editor.findChildren(ReferralSheetDialog) if d.isVisible()]
    assert len(dialogs) == 1
    sheet = dialogs[0].sheet()
    assert list(sheet.codes) == ["AGO", "BMW"]
    assert "ALIAS-NEVER-ON-A-SHEET" not in dialogs[0].html()
    dialogs[0].reject()


def test_main_window_opens_the_referral_dialogs(window: MainWindow, qtbot: QtBot) -> None:
    sheet = window.open_referral_sheet()
    directory = window.open_referral_directory()
    assert sheet.isVisible() and directory.isVisible()
    window.clear()  # a lock closes them like every other dialog
    assert not sheet.isVisible() and not directory.isVisible()
