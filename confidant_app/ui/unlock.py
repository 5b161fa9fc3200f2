"""The unlock dialog (``forms/unlock.ui``): names the vault and asks for its passphrase.

A wrong passphrase leaves the dialog open with a message, the text selected and the field focused,
so the next attempt is typed straight away. The passphrase is removed from the field (undo history
included) as soon as it has been used. This module imports nothing heavy: it is on screen before
the vault package, and with it pydantic, is loaded.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QWidget

from confidant_app.errors import UserError
from confidant_app.ui.app import demo_title
from confidant_app.ui.errors import describe
from confidant_app.ui.forms.ui_unlock import Ui_UnlockDialog
from confidant_app.ui.session import Session

log = logging.getLogger(__name__)
FOLDER_WIDTH = 440  # pixels; a deep folder is elided in the middle, the tooltip has it whole


class UnlockDialog(QDialog):
    """Accepted once ``session`` holds the unlocked vault; rejected means quit."""

    def __init__(self, session: Session, *, demo_passphrase: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._session = session
        self._demo_passphrase = demo_passphrase
        self.path = session.path
        heading = QFont(self.ui.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        heading.setBold(True)
        self.ui.headingLabel.setFont(heading)
        self.ui.messageLabel.setStyleSheet("color: #b3261e; font-weight: bold")
        self.ui.messageLabel.hide()
        self.ui.demoLabel.setVisible(demo_passphrase is not None)
        self.ui.buttonBox.accepted.connect(self.try_unlock)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.otherVaultButton.clicked.connect(self._choose_vault)
        self.ui.passphraseEdit.textEdited.connect(lambda _text: self.ui.messageLabel.hide())
        self._retranslate()

    @property
    def message(self) -> str:
        """The message shown after a failed attempt ('' when none)."""
        return self.ui.messageLabel.text() if self.ui.messageLabel.isVisibleTo(self) else ""

    def set_vault(self, path: Path) -> None:
        self.path = Path(path)
        self.ui.messageLabel.hide()
        self._retranslate()

    def try_unlock(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._refuse(self.tr("Type the passphrase of this vault."))
            return
        # The key derivation takes about a second on purpose; say so with the cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._session.open(self.path, passphrase)
        except UserError as exc:
            log.info("unlock refused: %s", type(exc).__name__)
            self._refuse(describe(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._forget_passphrase()
        self.accept()

    def reject(self) -> None:
        self._forget_passphrase()
        super().reject()

    def _forget_passphrase(self) -> None:
        # setText, not clear(): clear() is undoable, and the undo stack would keep the text.
        self.ui.passphraseEdit.setText("")
        self.ui.messageLabel.hide()

    def _refuse(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.show()
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose_vault(self) -> None:
        # Qt's own file dialog: the platform's dialog would add the vault to the desktop's
        # recent-files list, and the design keeps no such lists.
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open another vault"), str(self.path.parent),
            self.tr("Confidant vaults (*.db);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.set_vault(Path(chosen))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.passphraseEdit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(demo_title(self.tr("Unlock vault"), self._session.demo))
        folder = str(self.path.parent)
        elided = self.fontMetrics().elidedText(folder, Qt.TextElideMode.ElideMiddle, FOLDER_WIDTH)
        self.ui.vaultLabel.setText(self.tr("Vault {file} in the folder {folder}")
                                   .format(file=self.path.name, folder=elided))
        self.ui.vaultLabel.setToolTip(str(self.path))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        if self._demo_passphrase is not None:
            self.ui.demoLabel.setText(self.tr("Demo: the passphrase of this throwaway vault is "
                                              "{passphrase}").format(passphrase=self._demo_passphrase))
