"""The audit trail in the application: read-only, newest first, in the confidant's language;
an import from the application and an unlock through the unlock dialog are recorded as the
command line records them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from confidant_app.ui.app import Translations
from confidant_app.ui.audit_dialog import AuditDialog
from confidant_app.ui.import_dialog import ImportDialog
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell

DATA = Path(__file__).parents[1] / "data" / "import"


def import_good_file(window: MainWindow, qtbot: QtBot) -> int:
    dialog = window.open_import()
    assert isinstance(dialog, ImportDialog)
    dialog.set_path(DATA / "good.csv")
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.import_cases()
    dialog.reject()
    return dialog.imported_count


def open_audit(window: MainWindow, qtbot: QtBot) -> AuditDialog:
    window.ui.actionAudit.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_an_import_from_the_window_is_in_the_audit_trail(open_shell: Shell, qtbot: QtBot) -> None:
    window = open_shell.main_window
    assert window is not None
    count = import_good_file(window, qtbot)
    assert count == 4  # the rows of good.csv
    dialog = open_audit(window, qtbot)
    rows = dialog.rows()
    assert rows[0][1:] == ("Register imported", "done", f"cases: {count}")
    assert rows[-1][1:] == ("Vault unlocked", "done", "")  # the fixture's unlock, oldest
    assert all(len(row[0]) == len("2026-01-01 12:00") for row in rows)
    assert dialog.ui.countLabel.text() == f"Entries: {len(rows)}"
    tree = dialog.ui.entryTree
    assert tree.editTriggers() == tree.EditTrigger.NoEditTriggers  # read-only
    dialog.reject()
    assert tree.topLevelItemCount() == 0


def test_the_trail_speaks_dutch(make_shell: Callable[..., Shell], session: Session,
                                translations: Translations, qtbot: QtBot,
                                tmp_path: Path) -> None:
    translations.set_language("nl")
    session.export(session.build_export(2025), tmp_path / "2025.json")
    shell = make_shell(session)
    shell.start()
    assert shell.main_window is not None
    dialog = open_audit(shell.main_window, qtbot)
    assert dialog.rows()[0][1:] == ("Jaar geëxporteerd", "gelukt", "jaar 2025, versie 1")
    assert dialog.windowTitle() == "Logboek van de kluis"
    assert dialog.details("size=2048 schema=5 cases=3 later=1") == (
        "2 kB, schemaversie 5, casussen: 3, later=1")


def test_an_unlock_through_the_unlock_dialog_is_recorded(
        open_shell: Shell, qtbot: QtBot, passphrase: str) -> None:
    open_shell.lock()
    unlock = open_shell.unlock_dialog
    assert unlock is not None
    unlock.ui.passphraseEdit.setText(passphrase)
    unlock.try_unlock()
    qtbot.waitUntil(lambda: open_shell.session.is_open, timeout=10_000)
    events = [entry.event for entry in open_shell.session.audit_entries()]
    assert events.count("unlock") == 2
