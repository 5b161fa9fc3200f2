"""Issue 7's windows on the screens confidants have, in Dutch and English: the retention reminder
on the main window, the purge dialog, the audit trail and the restore dialog each fit with nothing
squeezed (``test_screenshots``' rules and shots: ``CONFIDANT_SHOTS=/folder`` keeps the PNGs), a
screen reader can name every control, and Esc leaves every dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gui.test_accessibility import unnamed
from gui.test_screenshots import keeps_extras, lang, maximise, over, screen, shoot
from PySide6.QtCore import Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell

__all__ = ["lang", "screen"]  # fixtures of test_screenshots, used here by name


def test_the_trust_windows(lang: str, screen: QScreen, make_shell: Callable[..., Shell],
                           session: Session, passphrase: str, tmp_path: Path,
                           qtbot: QtBot) -> None:
    extra = keeps_extras(screen)
    session.export(session.build_export(2024), tmp_path / "2024.json")
    session.backup_to(tmp_path / "backup.db")
    shell = make_shell(session)
    shell.start()
    window = shell.main_window
    assert window is not None
    maximise(window, screen, qtbot)
    assert window.ui.retentionBar.isVisible()
    shoot(f"main_window_retention_{lang}", screen, window)
    assert unnamed(window) == []

    dialogs: list[QDialog] = [window.care.open_purge(), window.care.open_audit()]
    for dialog, name in zip(dialogs, ("purge", "audit_trail"), strict=True):
        over(window, dialog, qtbot)
        shoot(f"{name}_{lang}", screen, window, dialog)
        assert unnamed(dialog) == [], name
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), name

    restore = shell.restore.open(window)
    over(window, restore, qtbot)
    shoot(f"restore_{lang}", screen, window, restore, keep=extra)
    assert unnamed(restore) == []
    restore.set_path(tmp_path / "backup.db")
    restore.ui.passphraseEdit.setText(passphrase)
    restore.check()
    qtbot.waitUntil(lambda: not restore.busy, timeout=20_000)
    assert restore.checked
    shoot(f"restore_checked_{lang}", screen, window, restore)
    qtbot.keyClick(restore, Qt.Key.Key_Escape)
    assert not restore.isVisible() and restore.ui.passphraseEdit.text() == ""
