"""The first-run assistant (``forms/first_run.ui``): creates the confidant's vault.

It says what the application keeps and that a forgotten passphrase cannot be recovered, then asks
for the unit, an optional label, the passphrase twice (with a strength meter) and where to keep
the vault. The meter reads the vault's own passphrase advice (``kdf.passphrase_warnings``); like
the vault, it warns and never refuses: the choice is the confidant's.

**Restore a backup…** (``restore_requested``; the shell opens the restore dialog for the location
given) is always offered, as the second way in: the assistant shows whenever there is no vault at
the expected place, and a confidant on a new or reinstalled computer, whose vault went with the
old one, has nothing here that says a vault was expected; restoring there replaces nothing. When
something does say so (automatic backups in the backup folder of that place: the vault was
lost), ``offer_backups`` says it in words, so the confidant does not start an empty vault by
mistake.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QWidget,
)

from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.paths import VAULT_FILENAME
from confidant_app.ui.errors import describe
from confidant_app.ui.forms.ui_first_run import Ui_FirstRunDialog
from confidant_app.ui.session import Session
from confidant_app.vault.kdf import passphrase_warnings

log = logging.getLogger(__name__)
STRONG_LENGTH = 20


def strength(passphrase: str) -> int:
    """0 (empty) to 4 (strong), from the number of the vault's warnings and the length."""
    if not passphrase:
        return 0
    warnings = len(passphrase_warnings(passphrase))
    if warnings:
        return max(1, 3 - warnings)
    return 4 if len(passphrase) >= STRONG_LENGTH else 3


class FirstRunDialog(QDialog):
    """Accepted once ``session`` holds the new, unlocked vault. ``coordinator_requested``: open
    the coordinator's workspace instead; a coordinator needs no vault."""

    coordinator_requested = Signal()
    restore_requested = Signal()

    def __init__(self, session: Session, location: Path, codebook: Codebook,
                 language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._session = session
        self._codebook = codebook
        self._language: Language = language
        self._found: tuple[int, dt.datetime] | None = None  # backups of a lost vault
        heading = QFont(self.ui.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        self.ui.headingLabel.setFont(heading)
        self.ui.messageLabel.setStyleSheet("color: #b3261e; font-weight: bold")
        self.ui.messageLabel.hide()
        self.ui.locationEdit.setText(str(location))
        self.ui.unitCombo.setCurrentIndex(-1)
        for widget in (self.ui.passphraseEdit, self.ui.repeatEdit, self.ui.locationEdit):
            widget.textChanged.connect(self._update)
        self.ui.unitCombo.currentIndexChanged.connect(self._update)
        self.ui.browseButton.clicked.connect(self._choose_location)
        self.ui.buttonBox.accepted.connect(self.try_create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.mergeButton.clicked.connect(self.coordinator_requested)
        self.ui.restoreButton.clicked.connect(self.restore_requested)
        self._retranslate()

    @property
    def message(self) -> str:
        return self.ui.messageLabel.text() if self.ui.messageLabel.isVisibleTo(self) else ""

    def location(self) -> Path:
        path = Path(self.ui.locationEdit.text().strip()).expanduser()
        return path / VAULT_FILENAME if path.is_dir() else path

    def _create_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _update(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        repeat = self.ui.repeatEdit.text()
        level = strength(passphrase)
        self.ui.strengthBar.setValue(level)
        names = ["", self.tr("weak"), self.tr("fair"), self.tr("good"), self.tr("strong")]
        self.ui.strengthLabel.setText(names[level])
        self.ui.strengthBar.setAccessibleDescription(names[level])
        differ = bool(repeat) and repeat != passphrase
        self.ui.messageLabel.setText(self.tr("The two passphrases differ.") if differ else "")
        self.ui.messageLabel.setVisible(differ)
        ready = (bool(passphrase) and repeat == passphrase and self.ui.unitCombo.currentIndex() >= 0
                 and bool(self.ui.locationEdit.text().strip()))
        self._create_button().setEnabled(ready)

    def offer_backups(self, count: int, newest: dt.datetime) -> None:
        """Say that the backup folder of this place holds ``count`` automatic backups (the vault
        they were made of is gone), the newest made at ``newest``."""
        self._found = (count, newest)
        self._show_restore_text()

    def _show_restore_text(self) -> None:
        if self._found is None:
            text = self.tr("Had a vault already, on this computer or another? Restore it from a "
                           "backup instead of creating a new one.")
        else:
            count, newest = self._found
            text = self.tr(
                "There is no vault at this place, but its backup folder holds {count} automatic "
                "backups, the newest from {when}. If your vault was lost, restore it from a "
                "backup instead of starting an empty one."
            ).format(count=count, when=newest.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.ui.restoreLabel.setText(text)

    def try_create(self) -> None:
        if not self._create_button().isEnabled():
            return
        unit = self.ui.unitCombo.currentData()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._session.create(self.location(), self.ui.passphraseEdit.text(), unit=unit,
                                 label=self.ui.labelEdit.text().strip() or None)
        except UserError as exc:
            log.info("vault not created: %s", type(exc).__name__)
            self.ui.messageLabel.setText(describe(exc))
            self.ui.messageLabel.show()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.forget_passphrases()
        self.accept()

    def reject(self) -> None:
        self.forget_passphrases()
        super().reject()

    def forget_passphrases(self) -> None:
        for edit in (self.ui.passphraseEdit, self.ui.repeatEdit):
            edit.setText("")  # not clear(): that is undoable and would keep the text

    def _choose_location(self) -> None:
        # Qt's own dialog: the platform's would list the vault among the desktop's recent files.
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Where to keep the vault"), str(self.location()),
            self.tr("Confidant vaults (*.db)"),
            # An existing file is refused anyway; asking "replace it?" would mislead.
            options=QFileDialog.Option.DontUseNativeDialog
            | QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.ui.locationEdit.setText(chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def set_language(self, language: Language) -> None:
        self._language = language
        self._retranslate()

    def _retranslate(self) -> None:
        combo = self.ui.unitCombo
        chosen = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for code in self._codebook.codes("unit"):
            combo.addItem(f"{code} · {self._codebook.label('unit', code, self._language)}", code)
        combo.setCurrentIndex(chosen)
        combo.blockSignals(False)
        combo.setPlaceholderText(self.tr("Choose your unit"))
        self._create_button().setText(self.tr("&Create vault"))
        self._show_restore_text()
        self._update()
