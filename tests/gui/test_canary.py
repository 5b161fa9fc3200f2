"""The log canary: a whole session of the real application leaves case text in no file but the
vault.

One session, as a confidant has it, on a temporary data folder with the log written there as the
application writes it: unlock through the unlock dialog, a case typed in the editor whose alias
and notes hold a unique canary (copied to the clipboard on the way), a register imported whose
rows hold it too, a year exported (JSON and workbook), a backup written, the settings saved, a
lock (which makes the automatic backup), an unlock, the audit trail opened, and the end. Then
every file is read, in UTF-8 and in UTF-16 (both byte orders), and the canary must be in none:

- the data folder: the log, the settings, the automatic backups (SQLCipher files: encrypted, so
  they must not hold it as text either), everything but the vault itself;
- the files written elsewhere: the export files (counts only) and the backup made by hand;
- every file in the system's temporary folder written during the session, but the register
  imported, which is the confidant's own file (and proves that the scan finds the canary).

Workbooks are zip archives whose parts are compressed; their parts are read unpacked.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from confidant_app.__main__ import setup_logging
from confidant_app.ui.audit_dialog import AuditDialog
from confidant_app.ui.export_dialog import ExportDialog
from confidant_app.ui.import_dialog import ImportDialog
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.vault import Vault

CANARY = f"CANARY-{secrets.token_hex(6)}-Sergeant-De-Vries"
NEEDLES = tuple(CANARY.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
TOO_LARGE = 256 * 1024 * 1024  # nothing this session writes comes near


def holds_canary(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False  # gone meanwhile (another program's temporary file)
    if any(needle in data for needle in NEEDLES):
        return True
    if path.suffix == ".xlsx" and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return any(any(needle in archive.read(name) for needle in NEEDLES)
                       for name in archive.namelist())
    return False


def files_under(folder: Path, since: float = 0.0) -> Iterator[Path]:
    for root, _dirs, names in os.walk(folder, onerror=lambda _error: None):
        for name in names:
            path = Path(root, name)
            try:
                info = path.lstat()
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode) and info.st_mtime >= since \
                    and info.st_size < TOO_LARGE:
                yield path


def unlock(shell: Shell, qtbot: QtBot, passphrase: str) -> MainWindow:
    dialog = shell.unlock_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.passphraseEdit, passphrase)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: shell.session.is_open, timeout=10_000)
    assert shell.main_window is not None
    return shell.main_window


def type_a_case(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.cases.new_case()
    assert editor is not None
    qtbot.waitExposed(editor)
    ui = editor.ui
    qtbot.keyClicks(ui.aliasEdit, f"{CANARY} alias")
    ui.aliasEdit.selectAll()
    qtbot.keyClick(ui.aliasEdit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    ui.notesEdit.setPlainText(f"{CANARY} what was said in confidence")
    ui.roleCombo.setCurrentIndex(1)
    ui.categoryTree.topLevelItem(0).child(0).setCheckState(0, Qt.CheckState.Checked)
    editor.save()
    assert not editor.isVisible(), "the case was not saved"


def import_register(window: MainWindow, qtbot: QtBot, register: Path) -> None:
    register.write_text(
        "opened,closed,unit,categories,role,alias,notes\n"
        f"2025-03-04,2025-04-01,CLAS,AC.ARB,MIL,{CANARY} imported,{CANARY} imported note\n"
        "2025-05-06,,KMAR,OG.PES,BUR,,\n", encoding="utf-8")
    dialog = window.open_import()
    assert isinstance(dialog, ImportDialog)
    dialog.set_path(register)
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    dialog.import_cases()
    assert dialog.imported_count == 2
    dialog.reject()


def export_2025(window: MainWindow, qtbot: QtBot, outside: Path) -> None:
    dialog = window.open_export()
    assert isinstance(dialog, ExportDialog)
    dialog.ui.yearCombo.setCurrentIndex(dialog.ui.yearCombo.findData(2025))
    dialog.ui.jsonEdit.setText(str(outside / "2025.json"))
    dialog.ui.xlsxCheck.setChecked(True)
    dialog.ui.xlsxEdit.setText(str(outside / "2025.xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert (outside / "2025.json").exists() and (outside / "2025.xlsx").exists()
    dialog.reject()


def test_case_text_reaches_no_file_but_the_vault(
        make_shell: Callable[..., Shell], qtbot: QtBot, tmp_path: Path,
        passphrase: str) -> None:
    started = time.time() - 1
    data = Path(os.environ["CONFIDANT_DATA_DIR"])
    outside = tmp_path / "outside"
    outside.mkdir()
    register = outside / "register.csv"
    handler, log_file = setup_logging(data)
    try:
        vault_path = data / "vault.db"
        Vault.create(vault_path, passphrase, unit="CLAS").close()
        shell = make_shell(Session(vault_path), settings_file=data / "settings.json")
        shell.start()
        window = unlock(shell, qtbot, passphrase)
        type_a_case(window, qtbot)
        import_register(window, qtbot, register)
        export_2025(window, qtbot, outside)
        assert window.care.backup_to(outside / "by-hand.db")
        assert shell.settings is not None
        shell._settings_chosen(shell.settings)  # written as OK in the settings dialog writes it
        window.case_list.reload()
        shell.lock()  # the automatic backup
        window = unlock(shell, qtbot, passphrase)
        assert shell.session.count() == 3  # the case typed and the two imported
        window.care.open_audit()
        qtbot.waitUntil(lambda: window.findChild(AuditDialog) is not None)
        shell.shutdown()
        QApplication.clipboard().clear()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()

    assert log_file == data / "confidant.log" and log_file.stat().st_size > 0
    assert (data / "settings.json").exists()
    backups = list((data / "backups").iterdir())
    assert len(backups) == 1  # the lock's; the end found it less than a day old
    assert holds_canary(register), "the scan cannot find the canary where it is"
    written = {path for path in files_under(data) if path != vault_path}
    written |= set(files_under(outside)) - {register}
    written |= {path for path in files_under(Path(tempfile.gettempdir()), started)
                if path not in (register, vault_path)}
    assert {data / "confidant.log", backups[0], outside / "2025.xlsx",
            outside / "by-hand.db"} <= written
    holding = sorted(str(path) for path in written if holds_canary(path))
    assert holding == [], f"case text found in {holding}"
