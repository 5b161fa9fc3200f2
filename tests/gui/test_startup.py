"""Start-up as a user meets it, in child processes: what is imported before the unlock prompt, and
a whole demo run (start, search, lock, unlock, quit) that opens no socket and leaves no folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from confidant_app.vault import Vault

SPY_ON_UNLOCK = r"""
import os, sys
from confidant_app.ui import unlock

original = unlock.UnlockDialog.showEvent

def spy(self, event):
    original(self, event)
    heavy = [m for m in ("pydantic", "openpyxl", "sqlcipher3", "confidant_app.vault")
             if m in sys.modules]
    print("HEAVY=" + ",".join(heavy), "TITLE=" + self.windowTitle(), flush=True)
    os._exit(0)

unlock.UnlockDialog.showEvent = spy
from confidant_app.__main__ import main
main(["--vault", sys.argv[1]])
"""

PRELOAD_AT_PROMPT = r"""
import os, sys, time
from PySide6.QtCore import QTimer
from confidant_app.ui import preload, shell

HEAVY = ("pydantic", "confidant_app.vault.store", "confidant_app.ui.main_window")
started = preload.PreloadAfterFirstFrame.__init__

def spy(self, window):
    started(self, window)
    print("BEFORE=" + ",".join(m for m in HEAVY if m in sys.modules), flush=True)
    QTimer.singleShot(0, lambda: wait(self, time.monotonic()))

def wait(watcher, since):
    worker = watcher.worker
    if worker is None or worker.is_alive():
        if time.monotonic() - since > 60:
            os._exit(4)
        QTimer.singleShot(10, lambda: wait(watcher, since))
        return
    print("AFTER=" + ",".join(m for m in HEAVY if m in sys.modules), flush=True)
    os._exit(0)

preload.PreloadAfterFirstFrame.__init__ = spy
from confidant_app.__main__ import main
main(["--vault", sys.argv[1]])
"""

QT_NAMESPACE_AT_PROMPT = r"""
import sys
from PySide6 import QtCore
from confidant_app.ui import app as ui_app

report = ui_app.ExitAtFirstFrame._report

def spy(self):
    # Looked up in the module's own namespace: ``QtCore.Qt`` itself would build it.
    print("QT_NAMESPACE_BUILT=" + str("Qt" in vars(QtCore)), flush=True)
    report(self)

ui_app.ExitAtFirstFrame._report = spy
from confidant_app.__main__ import main
main(["--vault", sys.argv[1]])
"""

DEMO_RUN = r"""
import os, socket, sys, time

class Refused(socket.socket):
    def __init__(self, *args, **kwargs):
        print("SOCKET OPENED", flush=True)
        os._exit(3)

def refuse(*args, **kwargs):
    print("NETWORK LOOKUP", flush=True)
    os._exit(3)

socket.socket = Refused
socket.create_connection = refuse
socket.getaddrinfo = refuse

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from confidant_app.ui import app as ui_app

def visible(name):
    return next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == name and w.isVisible())

def unlock(dialog):
    # The key is derived on a worker thread; let the event loop deliver the answer.
    dialog.try_unlock()
    while dialog.busy:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)

def drive():
    window = visible("MainWindow")
    shown = window.case_list.model.rowCount()
    window.case_list.ui.searchEdit.setText("map")
    window.ui.actionLock.trigger()
    dialog = visible("UnlockDialog")
    dialog.ui.passphraseEdit.setText(dialog.ui.demoLabel.text().rsplit(" ", 1)[1])
    unlock(dialog)
    print("ROWS", shown, window.case_list.model.rowCount(), flush=True)
    print("TITLES", window.windowTitle(), "|", dialog.windowTitle(), flush=True)
    window.close()

original = ui_app.create_application

def create(argv):
    app = original(argv)
    QTimer.singleShot(0, drive)
    return app

ui_app.create_application = create
from confidant_app.__main__ import main
sys.exit(main(["--demo", "--lang", "en"]))
"""


LOGGED_RUN = r"""
import sys, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from confidant_app.ui import app as ui_app

def visible(name):
    return next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == name and w.isVisible())

def unlock(dialog):
    # The key is derived on a worker thread; let the event loop deliver the answer.
    dialog.try_unlock()
    while dialog.busy:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)

def drive():
    dialog = visible("UnlockDialog")
    dialog.ui.passphraseEdit.setText("a wrong one")
    unlock(dialog)
    dialog.ui.passphraseEdit.setText(sys.argv[1])
    unlock(dialog)
    window = visible("MainWindow")
    window.case_list.ui.searchEdit.setText("blauwe")
    QTimer.singleShot(0, crash)
    QTimer.singleShot(100, window.close)

def crash():
    raise RuntimeError("a bug in a slot")

original = ui_app.create_application

def create(argv):
    app = original(argv)
    QTimer.singleShot(0, drive)
    return app

ui_app.create_application = create
from confidant_app.__main__ import main
sys.exit(main([]))
"""


def run(script: str, *args: str,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


@pytest.mark.slow
def test_unlock_prompt_appears_before_heavy_imports(vault_path: Path) -> None:
    Vault.create(vault_path, "first run passphrase", unit="CLAS").close()
    result = run(SPY_ON_UNLOCK, str(vault_path))
    assert result.returncode == 0, result.stderr
    assert "HEAVY= " in result.stdout, result.stdout  # nothing heavy loaded yet
    assert "TITLE=Kluis ontgrendelen" in result.stdout  # Dutch by default


@pytest.mark.slow
def test_the_prompt_is_painted_before_the_qt_namespace_is_built(vault_path: Path) -> None:
    """PySide6 builds the ``Qt`` namespace's ~90 enums (15 ms) at its first lookup; nothing the
    prompt's first frame needs may look it up (``ui.button_box``, ``ui.unlock``)."""
    Vault.create(vault_path, "first run passphrase", unit="CLAS").close()
    result = run(QT_NAMESPACE_AT_PROMPT, str(vault_path),
                 env={"CONFIDANT_BENCH_MARKER": "UnlockDialog"})
    assert result.returncode == 0, result.stderr
    assert "QT_NAMESPACE_BUILT=False" in result.stdout, result.stdout


@pytest.mark.slow
def test_the_unlocked_window_is_imported_while_the_prompt_waits(vault_path: Path,
                                                                tmp_path: Path) -> None:
    Vault.create(vault_path, "first run passphrase", unit="CLAS").close()
    data = tmp_path / "data"
    result = run(PRELOAD_AT_PROMPT, str(vault_path), env={"CONFIDANT_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BEFORE=\n" in result.stdout  # the prompt did not wait for them
    assert "AFTER=pydantic,confidant_app.vault.store,confidant_app.ui.main_window" in result.stdout
    assert "preloading failed" not in (data / "confidant.log").read_text(encoding="utf-8")


@pytest.mark.slow
def test_demo_run_opens_no_socket_and_leaves_nothing(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = run(DEMO_RUN, env={"TMPDIR": str(scratch)})
    assert "SOCKET OPENED" not in result.stdout and "NETWORK LOOKUP" not in result.stdout
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ROWS 300 300" in result.stdout  # the filters were cleared by the lock
    titles = next(line for line in result.stdout.splitlines() if line.startswith("TITLES"))
    assert titles.count("DEMO") == 2
    assert list(scratch.iterdir()) == []  # the demo vault, its folder and its log are gone


@pytest.mark.slow
def test_the_log_records_events_and_bugs_but_no_case_data(case_vault: Path, passphrase: str,
                                                           tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run(LOGGED_RUN, passphrase,
                 env={"CONFIDANT_DATA_DIR": str(data), "CONFIDANT_VAULT": str(case_vault)})
    assert result.returncode == 0, result.stderr
    log = (data / "confidant.log").read_text(encoding="utf-8")
    assert "unlock refused: WrongPassphrase" in log and "vault opened" in log
    assert "RuntimeError: a bug in a slot" in log  # the excepthook logged the bug
    for secret in (passphrase, "a wrong one", "blauwe", "groene mok", "2024-0001"):
        assert secret not in log


def test_help_lists_the_options() -> None:
    result = subprocess.run([sys.executable, "-m", "confidant_app", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for option in ("--vault", "--data-dir", "--demo", "--lang"):
        assert option in result.stdout


@pytest.mark.slow
def test_the_benchmark_marker_reports_the_unlock_prompt_and_ends(vault_path: Path) -> None:
    """``CONFIDANT_BENCH_MARKER`` (for ``benchmarks/gui.py``): one line at the prompt's first
    frame, then the process ends by itself."""
    Vault.create(vault_path, "first run passphrase", unit="CLAS").close()
    result = subprocess.run(
        [sys.executable, "-m", "confidant_app", "--vault", str(vault_path)], capture_output=True,
        text=True, timeout=60, env={**os.environ, "CONFIDANT_BENCH_MARKER": "UnlockDialog"})
    assert result.returncode == 0, result.stderr
    marker, window, rss = result.stdout.split()
    assert (marker, window) == ("CONFIDANT_BENCH_MARKER", "UnlockDialog") and int(rss) > 0
