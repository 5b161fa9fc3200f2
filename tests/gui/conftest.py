"""Fixtures for the client: a real vault with known cases, a session on it, a shell around it.

Every test gets its own vault (``tests/conftest.py``) and data folder; windows are closed and the
vault locked at teardown. The offscreen platform prints a few warnings about features it lacks
(raising windows, size hints): those are ignored here, every other Qt warning fails the test.

The offscreen platform's one screen of 800x800 is replaced by the two of ``screens.json``: the
laptop most confidants have (1366x768, the primary screen, where windows open) and a desktop
monitor (1920x1080) beside it. ``test_screenshots`` draws on both. (The offscreen platform makes
the screen listed last the primary one.)
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from confidant_app.domain.case import Case, make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.ui.app import Translations
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.ui.tasks import wait_for_tasks
from confidant_app.vault import CaseStore, Vault

# The passphrase of the ``vault`` fixture in tests/conftest.py (not importable as a module there).
PASSPHRASE = "kiwi-tractor-lantern-42"
HERE = Path(__file__).parent
OFFSCREEN_NOISE = ("This plugin does not support",)

# Read when the QApplication is made, which is after this module is imported.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'screens.json'}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


def _case(codebook: Codebook, **fields: object) -> Case:
    data: dict[str, object] = {"unit": "CLAS", "role": "MIL", "gender": "V", "position": "BET"}
    data.update(fields)
    return make_case(data, codebook)


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test() -> Iterator[None]:
    yield
    assert wait_for_tasks(30_000), "a background task was still running"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def known_cases(codebook: Codebook) -> list[Case]:
    """Six cases over two years: 2024 (2 cases), 2025 (4); 3 open; groups AC, OG, ZI, WB."""
    d = dt.date
    conv = [{"date": "2025-03-04", "channel": "F", "minutes": 45},
            {"date": "2025-03-18", "channel": "T", "minutes": 20}]
    return [
        _case(codebook, opened=d(2024, 2, 1), closed=d(2024, 5, 1), categories=["AC.ARB"],
              alias="blauwe map", outcomes=["INF"]),
        _case(codebook, opened=d(2024, 9, 9), categories=["OG.INT", "AC.ARB"], alias="groene mok"),
        _case(codebook, opened=d(2025, 3, 4), closed=d(2025, 4, 1), categories=["OG.PES"],
              alias="rode jas", conversations=conv, unit="KMAR"),
        _case(codebook, opened=d(2025, 6, 1), categories=["ZI.REG"], unit="CZSK"),
        _case(codebook, opened=d(2025, 7, 1), categories=["WB.DRK"], alias="gele lamp"),
        _case(codebook, opened=d(2025, 8, 1), closed=d(2025, 9, 1), categories=["OG.KWA"],
              alias="Blauwe Fiets", exclude_from_statistics=True),
    ]


@pytest.fixture
def case_vault(vault: Vault, store: CaseStore, known_cases: list[Case], vault_path: Path) -> Path:
    """A closed vault file holding ``known_cases`` (opened again by whoever needs it)."""
    store.add_many(known_cases)
    vault.close()
    return vault_path


@pytest.fixture
def session(case_vault: Path) -> Iterator[Session]:
    s = Session(case_vault)
    s.open(case_vault, PASSPHRASE)
    yield s
    s.lock()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """Installed translators, removed afterwards (tests start in the source language, English)."""
    t = Translations(qapp)
    yield t
    t.uninstall()


@pytest.fixture
def make_shell(qapp: QApplication, translations: Translations) -> Iterator[Callable[..., Shell]]:
    """Builds shells whose windows are closed and whose vault is locked at teardown."""
    made: list[Shell] = []

    def build(session: Session, **kwargs: object) -> Shell:
        shell = Shell(qapp, translations, session, **kwargs)  # type: ignore[arg-type]
        made.append(shell)
        return shell

    yield build
    for shell in made:
        shell.shutdown()
        for window in shell.windows():
            window.close()
            window.deleteLater()
        shell.deleteLater()


@pytest.fixture
def open_shell(make_shell: Callable[..., Shell], session: Session, qtbot: object) -> Shell:
    """A shell showing the main window over the ``known_cases`` vault."""
    shell = make_shell(session)
    shell.start()
    assert shell.main_window is not None
    qtbot.waitExposed(shell.main_window)  # type: ignore[attr-defined]
    # The idle lock and the clipboard watch input from the window's first frame on.
    qtbot.waitUntil(lambda: shell.idle.watching and shell.clipboard is not None  # type: ignore[attr-defined]
                    and shell.clipboard.installed)
    return shell
