"""The restore dialog (``forms/restore_dialog.ui``): a backup chosen, checked, shown, confirmed,
then put in the vault's place, as ``confidant restore`` does.

1. **Check** (no file changes): ``Session.check_backup`` opens the backup with the passphrase
   typed and runs every check (``vault.restore.check_backup``). It derives a key (about a second,
   on purpose), so it runs on a worker (``ui.tasks``) with plain values; what the backup holds
   (schema, cases, purged outlines, size, when it was last written) is shown.
2. **Restore…** asks once more, then ``restore_confirmed``: the shell locks the vault (the restore
   needs it closed; the lock also closes every window that showed it) and calls ``run_restore``.
3. ``Session.restore_backup`` runs on a worker: it opens connections of its own, never the
   session's, and the shell shows nothing that could unlock the vault meanwhile. The core copies
   and checks the backup beside the vault, swaps it in, checks it again and undoes the swap if
   that fails: the vault is at every moment the old one or the checked new one.
4. ``restored`` (the shell shows the unlock dialog: the vault now opens with the backup's
   passphrase) or ``restore_failed`` (a one-line message, then the unlock dialog over the old
   vault, untouched).

The passphrase is removed from its field (undo history too) once it has been used or the dialog
closes. The dialog is not a child of the main window: it must outlive the lock it asks for.

The dialog names the vault it replaces (the session's ``path``). Opened from the start screen
(``from_start``: the unlock dialog or the first-run assistant), that vault did not open or is not
there, so nobody has seen what the file there holds: the restore keeps it beside the vault
(``keep_replaced``, ``vault.restore``) and the dialog and its question say so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from confidant_app.errors import UserError
from confidant_app.ui.app import demo_title
from confidant_app.ui.errors import describe
from confidant_app.ui.forms.ui_restore_dialog import Ui_RestoreDialog
from confidant_app.ui.session import Session
from confidant_app.ui.tasks import Task, run_in_thread
from confidant_app.vault.restore import Restored, kept_path
from confidant_app.vault.verify import FileReport

Choice = QMessageBox.StandardButton
GOOD_STYLE, BAD_STYLE = "font-weight: bold", "color: #b3261e; font-weight: bold"
FOLDER_WIDTH = 440  # pixels; a deep folder is elided in the middle, the tooltip has it whole


def _inspect(path: Path, passphrase: str) -> tuple[FileReport, int, dt.datetime]:
    """On a worker: the check, the file's size and when it was last written."""
    report = Session.check_backup(path, passphrase)
    stat = path.stat()
    return report, stat.st_size, dt.datetime.fromtimestamp(stat.st_mtime)


class RestoreDialog(QDialog):
    restore_confirmed = Signal()  # the shell locks the vault, then calls ``run_restore``
    restored = Signal(object)  # a ``vault.restore.Restored``
    restore_failed = Signal(str)  # the one line shown

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 from_start: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self._session = session
        self.from_start = from_start
        self.start_folder: Path | None = None  # where Choose… opens (the backup folder)
        self._task: Task | None = None
        self._checked: Path | None = None
        self._restoring = False
        self._close_when_checked = False  # a lock came while the backup was being checked
        self.confirm_box: QMessageBox | None = None
        self.ui.browseButton.clicked.connect(self._choose)
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.passphraseEdit.returnPressed.connect(self.check)
        self.ui.fileEdit.returnPressed.connect(self.check)
        self.ui.fileEdit.textEdited.connect(lambda _text: self._forget())
        self.ui.passphraseEdit.textEdited.connect(lambda _text: self._forget())
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._forget()
        self._retranslate()

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def checked(self) -> bool:
        return self._checked is not None

    @property
    def backup(self) -> Path | None:
        """The backup checked (and, once ``restored``, restored)."""
        return self._checked

    @property
    def target(self) -> Path:
        """The vault the backup replaces, or becomes."""
        return self._session.path

    def _restore_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    # -- checking -------------------------------------------------------------------------------

    def set_path(self, path: Path) -> None:
        self.ui.fileEdit.setText(str(path))
        self._forget()

    def check(self) -> None:
        text, passphrase = self.ui.fileEdit.text().strip(), self.ui.passphraseEdit.text()
        if self.busy or not text:
            return
        if not passphrase:
            self._status(self.tr("Type the passphrase of this backup."), good=False)
            self.ui.passphraseEdit.setFocus()
            return
        path = Path(text).expanduser()
        self._forget()
        self._status(self.tr("Checking the backup…"), good=True)
        self._set_busy(True)
        self._task = run_in_thread(lambda: _inspect(path, passphrase),
                                   lambda found: self._shown(path, *found), self._refused, self)

    def _shown(self, path: Path, report: FileReport, size: int, written: dt.datetime) -> None:
        self._set_busy(False)
        if self._close_when_checked:
            self.reject()
            return
        self._checked = path
        held = self.tr("Cases in the backup: {cases}.").format(cases=report.cases - report.purged)
        if report.purged:
            held = self.tr("Cases in the backup: {cases}, and the coded outlines of destroyed "
                           "cases: {purged}.").format(cases=report.cases - report.purged,
                                                      purged=report.purged)
        facts = self.tr("Schema {schema}, {size} KB, last written {when}.").format(
            schema=report.schema_version, size=max(1, size // 1024),
            when=written.strftime("%Y-%m-%d %H:%M"))
        self._status(" ".join((self.tr("Every check passed."), held, facts)), good=True)
        self._restore_button().setEnabled(True)
        self._restore_button().setFocus()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            raise exc  # a bug: the global handler logs it and says so
        if self._close_when_checked:
            self.reject()
            return
        self._status(self.reason(exc), good=False)

    def reason(self, exc: UserError) -> str:
        """One line for a refused check or restore, worded for a backup."""
        names = {cls.__name__ for cls in type(exc).__mro__}
        if "WrongPassphrase" in names:
            return self.tr("This passphrase does not open the backup, or the file is damaged. A "
                           "backup keeps the passphrase the vault had when it was made.")
        if "BackupFailed" in names:
            return self.tr("The backup did not pass the checks: it is damaged. Nothing was "
                           "changed.")
        if "VaultMissing" in names:
            return self.tr("There is no file at this location.")
        return describe(exc)

    # -- restoring ------------------------------------------------------------------------------

    def confirm(self) -> None:
        if not self.checked or self.busy or self.confirm_box is not None:
            return
        question, more, yes = self._question()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), question,
                          Choice.Yes | Choice.No, self)
        box.setInformativeText(more)
        box.button(Choice.Yes).setText(yes)
        box.button(Choice.No).setText(self.tr("&Cancel"))
        box.setDefaultButton(Choice.No)
        box.finished.connect(lambda _code: self._answered(box))
        self.confirm_box = box
        box.open()

    def _question(self) -> tuple[str, str, str]:
        """The confirmation's question, its explanation and its Yes."""
        target = self.target
        if not self.from_start:
            return (self.tr("Replace the vault with this backup?"),
                    self.tr("The vault is locked first. Cases added or changed since the backup "
                            "are lost."),
                    self.tr("&Replace the vault"))
        if target.exists():
            return (self.tr("Replace {file} with this backup?").format(file=target.name),
                    self.tr("The file there now is not deleted: it is kept beside the vault as "
                            "{kept} until the next purge.").format(kept=kept_path(target).name),
                    self.tr("&Replace the vault"))
        return (self.tr("Put this backup in place as {file}?").format(file=target.name),
                self.tr("Afterwards, unlock the vault with the backup's passphrase."),
                self.tr("&Restore"))

    def _answered(self, box: QMessageBox) -> None:
        self.confirm_box = None
        confirmed = box.standardButton(box.clickedButton()) == Choice.Yes
        box.deleteLater()
        if confirmed:
            self.restore_confirmed.emit()

    def run_restore(self) -> None:
        """Called by the shell once the vault is locked."""
        path, passphrase = self._checked, self.ui.passphraseEdit.text()
        if path is None or self.busy:
            return
        self._status(self.tr("Restoring the backup…"), good=True)
        self._restoring = True
        self._set_busy(True)
        keep = self.from_start
        self._task = run_in_thread(
            lambda: self._session.restore_backup(path, passphrase, keep_replaced=keep),
            self._done, self._failed, self)

    def _done(self, result: Restored) -> None:
        self._set_busy(False)
        self._forget_passphrase()
        self.restored.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            raise exc
        self._forget_passphrase()
        self.restore_failed.emit(self.reason(exc))
        self.reject()

    # -- state ----------------------------------------------------------------------------------

    def _forget(self) -> None:
        self._checked = None
        self.ui.resultLabel.setText("")
        self._restore_button().setEnabled(False)

    def _forget_passphrase(self) -> None:
        # setText, not clear(): clear() is undoable, and the undo stack would keep the text.
        self.ui.passphraseEdit.setText("")

    def _status(self, text: str, *, good: bool) -> None:
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.setStyleSheet(GOOD_STYLE if good else BAD_STYLE)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self._task = None
            QApplication.restoreOverrideCursor()
        for widget in (self.ui.fileEdit, self.ui.browseButton, self.ui.passphraseEdit,
                       self.ui.checkButton, self.ui.buttonBox):
            widget.setEnabled(not busy)
        if not busy:
            self._restore_button().setEnabled(self.checked)

    def _choose(self) -> None:
        # Qt's own dialog: the platform's would list the backup among the desktop's recent files.
        folder = self.start_folder
        start = self.ui.fileEdit.text().strip() or str(
            folder if folder is not None and folder.is_dir() else self._session.path.parent)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), start,
            self.tr("Confidant backups (*.db);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.set_path(Path(chosen))
            self.ui.passphraseEdit.setFocus()

    def reject(self) -> None:
        if self.busy:
            # Neither a check nor a restore can stop half-way: a check closes the dialog when it
            # ends; a restore ends it by itself.
            self._close_when_checked = not self._restoring
            return
        if self.confirm_box is not None:
            self.confirm_box.done(Choice.No)
        self._forget_passphrase()
        self._forget()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(demo_title(self.tr("Restore a backup"), self._session.demo))
        self._restore_button().setText(self.tr("&Restore…"))
        target = self.target
        folder = self.fontMetrics().elidedText(str(target.parent), Qt.TextElideMode.ElideMiddle,
                                               FOLDER_WIDTH)
        if target.exists():
            where = self.tr("Vault to replace: {file} in the folder {folder}")
        else:
            where = self.tr("There is no vault here yet: the backup becomes {file} in the "
                            "folder {folder}")
        self.ui.targetLabel.setText(where.format(file=target.name, folder=folder))
        self.ui.targetLabel.setToolTip(str(target))
        if not self.from_start:
            return
        self.ui.introLabel.setText(self.tr(
            "Put a backup in the place of a vault that is damaged or lost. The backup is checked "
            "first; nothing is replaced unless it opens with its passphrase and passes every "
            "check."))
        after = self.tr("The restored vault holds what the backup holds and opens with the "
                        "passphrase the backup was made with.")
        if target.exists():
            after = self.tr(
                "The file there now is not deleted, since no one has seen what it holds: it is "
                "kept beside the vault as {kept} until the next purge."
            ).format(kept=kept_path(target).name) + " " + after
        self.ui.warningLabel.setText(after)
