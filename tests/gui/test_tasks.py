"""Work off the interface thread: the helper delivers results and errors by signal on the GUI
thread, drops a traceback before it crosses, and the unlock derives its key through it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from confidant_app.errors import UserError
from confidant_app.ui.session import Session
from confidant_app.ui.tasks import Task, run_in_thread, wait_for_tasks
from confidant_app.ui.unlock import UnlockDialog
from confidant_app.vault import kdf


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    where: list[threading.Thread] = []
    got: list[object] = []

    def work() -> int:
        where.append(threading.current_thread())
        return 42

    def done(result: object) -> None:
        where.append(threading.current_thread())
        got.append(result)

    owner = QObject()
    run_in_thread(work, done, lambda exc: None, owner)
    qtbot.waitUntil(lambda: got == [42])
    assert where[0] is not threading.main_thread() and where[1] is threading.main_thread()


def test_an_error_arrives_without_its_traceback(qtbot: QtBot) -> None:
    failures: list[BaseException] = []
    secret = "a note about a person"

    def work() -> None:
        local = secret  # noqa: F841 (a local the traceback would keep alive)
        raise UserError("refused")

    owner = QObject()
    task = run_in_thread(work, lambda r: None, failures.append, owner)
    assert task.running
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], UserError) and failures[0].__traceback__ is None
    assert not task.running


def test_a_task_runs_once() -> None:
    task = Task(lambda: None)
    task.start()
    with pytest.raises(RuntimeError):
        task.start()
    assert wait_for_tasks()


def test_a_result_for_a_deleted_owner_goes_nowhere(qtbot: QtBot) -> None:
    release = threading.Event()
    got: list[object] = []
    owner = QObject()
    run_in_thread(lambda: release.wait(5), got.append, got.append, owner)
    shiboken6.delete(owner)
    release.set()
    assert wait_for_tasks()
    qtbot.wait(50)
    assert got == []


def test_unlock_derives_the_key_off_the_interface_thread(
        case_vault: Path, passphrase: str, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real = kdf.derive

    def spy(secret: str, salt: bytes) -> bytearray:
        threads.append(threading.current_thread())
        return real(secret, salt)

    monkeypatch.setattr(kdf, "derive", spy)
    session = Session(case_vault)
    dialog = UnlockDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.passphraseEdit.setText(passphrase)
    dialog.try_unlock()
    assert dialog.busy and not dialog.ui.passphraseEdit.isEnabled()
    dialog.try_unlock()  # a second Enter while deriving is ignored
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        pass
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert session.is_open and session.count() == 6
    session.lock()
