"""Restoring a backup in the order of a lock: the shell's part of ``restore_dialog``.

A restore replaces the vault that is open, so the vault must be closed first, and closing it is a
lock (windows emptied, the key forgotten). The shell owns the order of a lock, so it hands this
object its steps: ``close_vault`` (the lock up to, not including, the unlock dialog),
``show_start`` (the unlock dialog over the session's vault, or the first-run assistant when there
is still none) and ``notice`` (a one-line box over the window shown). This object keeps the one
restore dialog: application-modal and without a parent, so the lock that hides the main window
and rejects its dialogs leaves it open.

1. The main window's **Restore a backup…** opens the dialog (``open``); so do the unlock
   dialog's and the first-run assistant's (``from_start``: the vault is not open, and the file
   replaced is kept, see ``restore_dialog``).
2. Once the backup is checked and the confidant confirmed, the dialog asks for the lock
   (``restore_confirmed``): the vault is closed here, then the dialog restores on a worker.
3. Done: the unlock dialog over the restored vault, a box saying it now opens with the backup's
   passphrase, and ``restored(result, backup)`` (the shell names the backup in the unlock
   dialog). Failed: the start screen as it was, over the old vault, untouched, and the reason in
   one line.

A lock while the dialog is only asking (the idle time ran out) closes it, passphrase and all
(``close_at_lock``); a restore under way is left to end, since it cannot stop half-way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# ``QtCore.Qt``, not ``Qt`` by name: see ``ui.unlock`` (this module loads before the prompt).
from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from confidant_app.ui.session import Session

if TYPE_CHECKING:
    from confidant_app.ui.restore_dialog import RestoreDialog
    from confidant_app.vault.restore import Restored

log = logging.getLogger(__name__)
Notice = Callable[[QMessageBox.Icon, str, str], None]


class RestoreFlow(QObject):
    restored = Signal(object, object)  # the ``vault.restore.Restored`` and the backup's Path

    def __init__(self, session: Session, close_vault: Callable[[], object],
                 show_start: Callable[[], None], notice: Notice,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._close_vault = close_vault
        self._show_start = show_start
        self._notice = notice
        self.dialog: RestoreDialog | None = None
        self._restoring = False

    def open(self, over: QWidget | None = None, *, from_start: bool = False,
             start_folder: Path | None = None, backup: Path | None = None) -> RestoreDialog:
        """Open the dialog, centred over ``over`` (the main window, or the start screen) as a
        child dialog would be: without a parent, Qt would put it in the middle of the primary
        screen. ``start_folder``: where Choose… opens; ``backup``: a backup to offer."""
        from confidant_app.ui.restore_dialog import RestoreDialog

        if self.dialog is None:
            dialog = RestoreDialog(self._session, from_start=from_start)
            dialog.start_folder = start_folder
            if backup is not None:
                dialog.set_path(backup)
            dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
            dialog.restore_confirmed.connect(self._confirmed)
            dialog.restored.connect(self._restored)
            dialog.restore_failed.connect(self._failed)
            dialog.finished.connect(self._closed)
            self.dialog = dialog
            if over is not None and over.isVisible():
                place = dialog.frameGeometry()  # the size drawn in Designer
                place.moveCenter(over.frameGeometry().center())
                dialog.move(place.topLeft())
        self.dialog.open()
        self.dialog.raise_()
        return self.dialog

    def close_at_lock(self) -> None:
        if self.dialog is not None and not self._restoring:
            self.dialog.reject()

    def _confirmed(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        self._restoring = True  # the lock below is this restore's own: it keeps the dialog
        # A failed automatic backup is not said here: the restore replaces that vault anyway.
        self._close_vault()
        dialog.run_restore()

    def _restored(self, result: Restored) -> None:
        log.info("vault restored from a backup (%d cases)", result.cases)
        backup = self.dialog.backup if self.dialog is not None else None
        self._show_start()
        self.restored.emit(result, backup)
        self._notice(QMessageBox.Icon.Information, self.tr("Restore a backup"), self.tr(
            "The vault was restored from the backup and checked. Unlock it with the backup's "
            "passphrase. If the backup is older than your last purge, destroy the expired cases "
            "again (Vault menu)."))

    def _failed(self, reason: str) -> None:
        log.info("restore refused or failed; the vault is unchanged")
        self._show_start()
        self._notice(QMessageBox.Icon.Warning, self.tr("Restore a backup"),
                     self.tr("Nothing was restored: {reason}").format(reason=reason))

    def _closed(self) -> None:
        self.dialog = None
        self._restoring = False
