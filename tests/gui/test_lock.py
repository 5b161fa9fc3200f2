"""Locking, on demand (Ctrl+L) and after the idle time: the vault closes, what showed case data is
emptied, and the unlock dialog returns; unlocking again shows the cases again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from confidant_app.ui.app import IdleLock
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell


@pytest.fixture
def shell(make_shell: Callable[..., Shell], session: Session, qtbot: QtBot) -> Shell:
    s = make_shell(session)
    s.start()
    assert s.main_window is not None
    qtbot.waitExposed(s.main_window)
    page = s.main_window.case_list
    page.ui.searchEdit.setText("blauw")
    page.ui.yearCombo.setCurrentIndex(1)
    return s


def assert_locked(shell: Shell) -> None:
    window = shell.main_window
    assert window is not None
    page = window.case_list
    assert not shell.session.is_open
    assert page.model.rowCount() == 0
    assert page.ui.searchEdit.text() == "" and not page.ui.searchEdit.isUndoAvailable()
    assert page.ui.yearCombo.count() == 1  # the years of the vault are gone too
    assert window._counts_label.text() == "" and window._vault_label.text() == ""
    assert not window.isVisible()
    assert shell.unlock_dialog is not None and shell.unlock_dialog.isVisible()
    assert not shell.idle.armed


def test_ctrl_l_locks(shell: Shell, qtbot: QtBot) -> None:
    window = shell.main_window
    assert isinstance(window, MainWindow)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(shell)


def test_lock_then_unlock_shows_the_cases_again(shell: Shell, qtbot: QtBot,
                                                passphrase: str) -> None:
    assert shell.main_window is not None
    shell.main_window.ui.actionLock.trigger()
    assert_locked(shell)
    dialog = shell.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.passphraseEdit, passphrase)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert shell.main_window.isVisible() and shell.session.is_open
    assert shell.main_window.case_list.model.rowCount() == 6
    assert shell.idle.armed
    # Input restarts the count once the window's first frame is painted (``IdleLock.arm``).
    qtbot.waitUntil(lambda: shell.idle.watching)


def test_idle_time_locks(shell: Shell, qtbot: QtBot) -> None:
    shell.idle.set_minutes(0.002)  # 120 ms
    shell.idle.arm()
    qtbot.waitUntil(lambda: not shell.session.is_open, timeout=3000)
    assert_locked(shell)


def test_input_postpones_the_idle_lock(shell: Shell, qtbot: QtBot) -> None:
    assert shell.main_window is not None
    shell.idle.set_minutes(0.005)  # 300 ms
    shell.idle.arm()
    search = shell.main_window.case_list.ui.searchEdit
    for _ in range(6):  # 6 x 100 ms of typing: longer than the idle time, never idle that long
        qtbot.wait(100)
        qtbot.keyClick(search, Qt.Key.Key_A)
        assert shell.session.is_open
    qtbot.waitUntil(lambda: not shell.session.is_open, timeout=3000)


def test_idle_lock_closes_an_open_dialog(shell: Shell, qtbot: QtBot) -> None:
    window = shell.main_window
    assert window is not None
    box = QMessageBox(QMessageBox.Icon.Information, "x", "y", parent=window)
    box.open()
    qtbot.waitExposed(box)
    shell.lock()
    assert not box.isVisible()
    assert_locked(shell)


def test_default_idle_time_is_five_minutes(make_shell: Callable[..., Shell],
                                           session: Session) -> None:
    assert make_shell(session).idle.interval_ms == 5 * 60 * 1000


def test_input_is_watched_from_the_first_frame_and_a_frame_never_painted_still_locks(
        qapp: QApplication, qtbot: QtBot) -> None:
    idle = IdleLock(qapp, 0.002)  # 120 ms
    never_shown = QWidget()
    qtbot.addWidget(never_shown)
    with qtbot.waitSignal(idle.timed_out, timeout=3000):  # fails towards locking
        idle.arm(watch_after=never_shown)
        assert idle.armed and not idle.watching
    assert not idle.watching

    idle.set_minutes(1)
    shown = QWidget()
    qtbot.addWidget(shown)
    idle.arm(watch_after=shown)
    assert not idle.watching
    shown.show()
    qtbot.waitUntil(lambda: idle.watching)
    idle.disarm()
    assert not idle.watching and not idle.armed


def test_disarming_before_the_first_frame_drops_the_watch(qapp: QApplication,
                                                          qtbot: QtBot) -> None:
    idle = IdleLock(qapp, 1)
    window = QWidget()
    qtbot.addWidget(window)
    idle.arm(watch_after=window)
    idle.disarm()  # a lock before the window was painted
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert not idle.watching and not idle.armed
