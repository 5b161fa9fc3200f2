"""Uncaught exceptions (bugs) are logged with their traceback and shown in one dialog at a time."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from confidant_app.ui.errors import describe, install_excepthook
from confidant_app.vault import VaultInUse, WrongPassphrase


def _raise() -> BaseException:
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        return exc


def test_logs_and_shows_one_dialog(tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                   caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = install_excepthook(tmp_path / "confidant.log")
    assert sys.excepthook is handler
    exc = _raise()
    with caplog.at_level(logging.ERROR):
        handler(type(exc), exc, exc.__traceback__)
        handler(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: a bug" in caplog.text and "Traceback" in caplog.text
    box = handler._box
    assert box is not None and box.isVisible()
    assert str(tmp_path / "confidant.log") in box.text()
    box.close()


def test_expected_errors_are_described_for_people() -> None:
    assert "Caps Lock" in describe(WrongPassphrase("/x/vault.db: wrong passphrase"))
    assert "another window" in describe(VaultInUse("/x/vault.db: busy"))
