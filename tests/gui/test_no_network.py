"""No socket is opened during a run of the client: every way Python opens one fails the test.

The child-process demo run in test_startup.py guards the whole program; this in-process run covers
the paths a demo skips: first run, unlock, filter, lock and unlock again.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell

opened: list[str] = []


class Refused(socket.socket):
    def __init__(self, *args: object, **kwargs: object) -> None:
        opened.append("socket")
        raise AssertionError("the client opened a socket")


def refuse(*args: object, **kwargs: object) -> None:
    opened.append("lookup or connection")
    raise AssertionError("the client tried to reach the network")


@pytest.fixture(autouse=True)
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    opened.clear()
    monkeypatch.setattr(socket, "socket", Refused)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)


def test_a_full_session_opens_no_socket(make_shell: Callable[..., Shell], tmp_path: Path,
                                        qtbot: QtBot) -> None:
    vault = tmp_path / "vault.db"
    shell = make_shell(Session(vault))
    shell.start()
    assert shell.first_run is not None
    first = shell.first_run
    first.ui.unitCombo.setCurrentIndex(0)
    first.ui.passphraseEdit.setText("offline and fine 2025")
    first.ui.repeatEdit.setText("offline and fine 2025")
    first.try_create()
    window = shell.main_window
    assert window is not None and window.isVisible()
    window.case_list.ui.searchEdit.setText("x")
    window.case_list.ui.statusCombo.setCurrentIndex(1)
    window.ui.actionLock.trigger()
    assert shell.unlock_dialog is not None
    shell.unlock_dialog.ui.passphraseEdit.setText("offline and fine 2025")
    shell.unlock_dialog.try_unlock()
    qtbot.waitUntil(lambda: shell.unlock_dialog is not None and not shell.unlock_dialog.busy)
    assert shell.session.is_open and window.isVisible()
    assert opened == []
