"""The unlock dialog (``forms/unlock.ui``): names the vault and asks for its passphrase.

A wrong passphrase leaves the dialog open with a message, the text selected and the field focused,
so the next attempt is typed straight away. The passphrase is removed from the field (undo history
included) as soon as it has been used. This module imports nothing heavy: it is on screen before
the vault package, and with it pydantic, is loaded.

The key derivation (about a second, on purpose) runs on a worker thread (``ui.tasks``) so the
window keeps painting; the dialog is busy meanwhile and ignores a second Enter. The connection is
then opened here, on the GUI thread, with the derived key (``Session.open_with_key``), so it has
one owner; the key is wiped as soon as the vault has its own copy.

**Restore a backup…** (``restore_requested``; the shell opens the restore dialog) is for the vault
that will not open: a damaged file or a lost one. The refusals that mean that point at it: a file
that is no vault (``NotAVault``: its first bytes, which name the key derivation, are not a
vault's), a vault that is missing, and the third wrong passphrase in a row, since SQLCipher cannot
tell a wrong passphrase from a damaged file. A first or second wrong passphrase does not: a
backup is no cure for a typing error. After a restore the shell names the backup here
(``show_restored``): the vault now opens with the passphrase the backup was made with.
"""

from __future__ import annotations

import logging
from pathlib import Path

# ``QtCore.Qt`` is looked up where it is used, never imported by name: PySide6 builds the whole
# ``Qt`` namespace (some 90 Python enums, 15 ms) at its first lookup, and nothing the prompt's
# first frame needs may look it up (see ``ui.button_box``, and ``_after_first_frame`` below).
from PySide6 import QtCore
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from confidant_app.errors import UserError
from confidant_app.ui.app import demo_title
from confidant_app.ui.errors import describe
from confidant_app.ui.first_frame import AfterFirstFrame
from confidant_app.ui.forms.ui_unlock import Ui_UnlockDialog
from confidant_app.ui.session import Session
from confidant_app.ui.tasks import Task, run_in_thread

log = logging.getLogger(__name__)
FOLDER_WIDTH = 440  # pixels; a deep folder is elided in the middle, the tooltip has it whole
WRONG_BEFORE_RESTORE_HINT = 3  # wrong passphrases in a row before the message mentions damage


class UnlockDialog(QDialog):
    """Accepted once ``session`` holds the unlocked vault; rejected means quit.
    ``coordinator_requested``: open the coordinator's workspace, which needs no vault;
    ``restore_requested``: restore a backup in the place of the vault named (``path``)."""

    coordinator_requested = Signal()
    restore_requested = Signal()

    def __init__(self, session: Session, *, demo_passphrase: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._session = session
        self._demo_passphrase = demo_passphrase
        self.path = session.path
        self._task: Task | None = None
        self._wrong_in_a_row = 0
        heading = QFont(self.ui.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        heading.setBold(True)
        self.ui.headingLabel.setFont(heading)
        self.ui.messageLabel.setStyleSheet("color: #b3261e; font-weight: bold")
        self.ui.messageLabel.hide()
        self.ui.noteLabel.setStyleSheet("font-weight: bold")
        self.ui.noteLabel.hide()
        self.ui.demoLabel.setVisible(demo_passphrase is not None)
        self.ui.buttonBox.accepted.connect(self.try_unlock)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.otherVaultButton.clicked.connect(self._choose_vault)
        self.ui.mergeButton.clicked.connect(self.coordinator_requested)
        self.ui.restoreButton.clicked.connect(self._ask_restore)
        self.ui.passphraseEdit.textEdited.connect(lambda _text: self.ui.messageLabel.hide())
        self._retranslate()
        AfterFirstFrame(self, self._after_first_frame)

    def _after_first_frame(self) -> None:
        # The vault's path and the demo passphrase can be selected and copied.
        selectable = QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        self.ui.vaultLabel.setTextInteractionFlags(selectable)
        self.ui.demoLabel.setTextInteractionFlags(selectable)

    @property
    def message(self) -> str:
        """The message shown after a failed attempt ('' when none)."""
        return self.ui.messageLabel.text() if self.ui.messageLabel.isVisibleTo(self) else ""

    @property
    def note(self) -> str:
        """What the dialog says about the vault besides a refusal ('' when nothing)."""
        return self.ui.noteLabel.text() if self.ui.noteLabel.isVisibleTo(self) else ""

    def set_vault(self, path: Path) -> None:
        self.path = Path(path)
        self._wrong_in_a_row = 0
        self.ui.messageLabel.hide()
        self.ui.noteLabel.hide()
        self._retranslate()

    def show_restored(self, backup: Path, kept: Path | None) -> None:
        """After a restore: the vault named here is now that backup, with the backup's
        passphrase; ``kept``: where the file it replaced was put aside."""
        text = self.tr("Restored from the backup {file}. Unlock it with the passphrase the "
                       "backup was made with.").format(file=Path(backup).name)
        if kept is not None:
            text += " " + self.tr("The file it replaced is kept beside it as {kept} until the "
                                  "next purge.").format(kept=kept.name)
        self.ui.noteLabel.setText(text)
        self.ui.noteLabel.show()
        self._fit_height()
        self.ui.passphraseEdit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _fit_height(self) -> None:
        """Grow to the height a message needs at this width: a wrapped label asks for lines the
        window's minimum size does not count, and the rows below would be squeezed."""
        layout = self.ui.mainLayout
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def _ask_restore(self) -> None:
        if self.busy:
            return
        self._forget_passphrase()  # typed for this vault; the backup's is asked for there
        self.restore_requested.emit()

    @property
    def busy(self) -> bool:
        """True while the key is being derived."""
        return self._task is not None

    def try_unlock(self) -> None:
        if self.busy:
            return
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._refuse(self.tr("Type the passphrase of this vault."))
            return
        from confidant_app.vault.kdf import derive

        path = self.path
        try:
            salt = self._session.read_salt(path)
        except UserError as exc:
            self._refused(exc)
            return
        # The derivation first: making the dialog busy may build the ``Qt`` namespace (its wait
        # cursor), 15 ms the derivation need not wait for. Its answer comes by a queued signal,
        # so never before this method has returned.
        self._task = run_in_thread(lambda: derive(passphrase, salt),
                                   lambda key: self._derived(path, key), self._failed, self)
        self._set_busy(True)

    def _derived(self, path: Path, key: bytearray) -> None:
        from confidant_app.vault.kdf import wipe

        self._set_busy(False)
        try:
            self._session.open_with_key(path, key)
        except UserError as exc:
            self._refused(exc)
            return
        finally:
            wipe(key)
        self._forget_passphrase()
        self.ui.noteLabel.hide()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            raise exc  # a bug: the global handler logs it and says so
        self._refused(exc)

    def _refused(self, exc: UserError) -> None:
        log.info("unlock refused: %s", type(exc).__name__)
        names = {cls.__name__ for cls in type(exc).__mro__}
        self._wrong_in_a_row = self._wrong_in_a_row + 1 if "WrongPassphrase" in names else 0
        button = self.ui.restoreButton.text().replace("&", "")
        hint = ""
        if "NotAVault" in names:
            hint = self.tr("If this is your vault, it is damaged: “{button}” puts a backup in its "
                           "place.").format(button=button)
        elif "VaultMissing" in names:
            hint = self.tr("If your vault was lost, “{button}” puts a backup here."
                           ).format(button=button)
        elif self._wrong_in_a_row >= WRONG_BEFORE_RESTORE_HINT:
            hint = self.tr("Sure of the passphrase? Then the file may be damaged: “{button}” puts "
                           "a backup in its place.").format(button=button)
        self._refuse(f"{describe(exc)} {hint}" if hint else describe(exc))

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._task = None
            QApplication.restoreOverrideCursor()
        else:
            # The key derivation takes about a second on purpose; say so with the cursor.
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        for widget in (self.ui.passphraseEdit, self.ui.buttonBox, self.ui.otherVaultButton,
                       self.ui.restoreButton, self.ui.mergeButton):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self.busy:
            return  # the derivation cannot be stopped; quitting waits for it to end
        self._forget_passphrase()
        super().reject()

    def _forget_passphrase(self) -> None:
        # setText, not clear(): clear() is undoable, and the undo stack would keep the text.
        self.ui.passphraseEdit.setText("")
        self.ui.messageLabel.hide()

    def _refuse(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.show()
        self._fit_height()
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _choose_vault(self) -> None:
        # Qt's own file dialog: the platform's dialog would add the vault to the desktop's
        # recent-files list, and the design keeps no such lists.
        from PySide6.QtWidgets import QFileDialog  # only here: see ``ui.errors`` on QMessageBox

        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open another vault"), str(self.path.parent),
            self.tr("Confidant vaults (*.db);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.set_vault(Path(chosen))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()
        self.ui.passphraseEdit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(demo_title(self.tr("Unlock vault"), self._session.demo))
        folder = str(self.path.parent)
        if self.fontMetrics().horizontalAdvance(folder) > FOLDER_WIDTH:
            # Only a deep folder is elided: the usual one fits, and needs no ``Qt`` namespace.
            folder = self.fontMetrics().elidedText(folder, QtCore.Qt.TextElideMode.ElideMiddle,
                                                   FOLDER_WIDTH)
        self.ui.vaultLabel.setText(self.tr("Vault {file} in the folder {folder}")
                                   .format(file=self.path.name, folder=folder))
        self.ui.vaultLabel.setToolTip(str(self.path))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        if self._demo_passphrase is not None:
            self.ui.demoLabel.setText(self.tr("Demo: the passphrase of this throwaway vault is "
                                              "{passphrase}").format(passphrase=self._demo_passphrase))
