"""Backups, retention and the audit trail in the main window: its Vault menu's care actions.

The main window only assembles; this object carries what issue 7 ("Trust") adds to it:

- **Back up now…**: a file dialog (Qt's own: the platform's would put the backup among the
  desktop's recent files) opening in the backup folder of the settings, then ``Session.backup_to``
  on this thread. A backup of 10,000 cases takes about 60 ms (``vault.backup_policy``), so the
  window is not handed to a worker for it; the cursor says it is busy meanwhile.
- **the last backup's age** on the status bar ("Last backup: 3 days ago"), from the audit trail,
  so a backup to any file counts; read again after every backup and every unlock.
- **the retention reminder**: after an unlock, if closed cases are past the retention period, a
  calm bar above the case list says how many, with **Review…** (the purge dialog) and **Not now**
  (hidden until the next unlock). Never a dialog in the way of the work the confidant came for.
- **Destroy expired cases…** (``purge_dialog``) and **Audit trail…** (``audit_dialog``).

Restoring a backup replaces the open vault, so it belongs to the shell, which owns the order of a
lock; the main window asks for it with ``restore_requested``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.ui.errors import describe
from confidant_app.ui.session import Session

if TYPE_CHECKING:
    from confidant_app.settings import Settings
    from confidant_app.ui.forms.ui_main_window import Ui_MainWindow
    from confidant_app.vault.backup_policy import BackupStatus


def backup_problem(exc: UserError) -> str:
    """Why a backup was not written, in a sentence: the vault itself is fine, so the general
    wording of a failed write (``errors.describe``: 'nothing was saved') would mislead."""
    tr = QCoreApplication  # lupdate recognises any ``.translate("Context", "text")`` call
    names = {cls.__name__ for cls in type(exc).__mro__}
    if "VaultWriteFailed" in names:
        return tr.translate("Backups", "The backup could not be written there: is the disk "
                            "full, or the folder out of reach (a stick that is not plugged in)?")
    if "BackupFailed" in names:
        return tr.translate("Backups", "The copy did not pass its checks, so it was deleted.")
    if "VaultExists" in names:
        return tr.translate("Backups", "A file of that name exists already; it was not "
                            "replaced.")
    return describe(exc)


def _settings_or_default(settings: Settings | None) -> Settings:
    from confidant_app.settings import Settings

    return settings or Settings()


class CareActions(QObject):
    """``settings`` is set by the shell (retention months, backup folder and count)."""

    def __init__(self, window: QWidget, ui: Ui_MainWindow, session: Session,
                 language: Language) -> None:
        super().__init__(window)
        self._window = window
        self._ui = ui
        self._session = session
        self.language: Language = language
        self.settings: Settings | None = None
        self.notice_box: QMessageBox | None = None
        self.due_count = 0
        self._backup_status: BackupStatus | None = None
        self.status_label = QLabel(window)
        self.status_label.setContentsMargins(0, 0, 12, 0)  # apart from the vault's name
        ui.retentionBar.setStyleSheet("QFrame#retentionBar { background: #eef3f7; }")
        self.status_label.setAccessibleName(self.tr("Last backup"))
        ui.statusBar.addPermanentWidget(self.status_label)
        ui.actionBackup.triggered.connect(self.backup_now)
        ui.actionPurge.triggered.connect(self.open_purge)
        ui.actionAudit.triggered.connect(self.open_audit)
        ui.reviewButton.clicked.connect(self.open_purge)
        ui.dismissButton.clicked.connect(self.dismiss_reminder)
        session.backed_up.connect(self._backed_up)
        session.changed.connect(self._recount_due)

    # -- after an unlock, at a lock -----------------------------------------------------------

    def show_vault(self) -> None:
        """After an unlock: the last backup's age, and the reminder if cases are due."""
        self.show_backup_status()
        self._recount_due()
        self._ui.retentionBar.setVisible(self.due_count > 0)

    def retranslate(self) -> None:
        # Only the words change: what was read from the vault is shown again, not read again.
        self.status_label.setAccessibleName(self.tr("Last backup"))
        if self._session.is_open and self._backup_status is not None:
            self._show_backup_text()
            self._show_due_text()

    def clear(self) -> None:
        self.due_count = 0
        self._backup_status = None
        self._ui.retentionBar.hide()
        self._ui.retentionLabel.setText("")
        self.status_label.setText("")

    # -- the last backup ------------------------------------------------------------------------

    def _backed_up(self) -> None:
        # Not on a hidden window: a lock clears the window first and then makes the automatic
        # backup, and the cleared window must stay empty; the next unlock reads the age anew.
        if self._window.isVisible():
            self.show_backup_status()

    def show_backup_status(self) -> None:
        if not self._session.is_open:
            self.status_label.setText("")
            return
        self._backup_status = self._session.backup_status()
        self._show_backup_text()

    def _show_backup_text(self) -> None:
        status = self._backup_status
        if status is None:
            return
        text = self.age_text(status.last, dt.datetime.now(dt.UTC))
        if status.failed_since:
            text += " · " + self.tr("the last attempt failed")
        self.status_label.setText(text)

    def age_text(self, last: dt.datetime | None, now: dt.datetime) -> str:
        """'Last backup: today at 14:02', '… yesterday', '… 3 days ago', or 'No backup yet'."""
        if last is None:
            return self.tr("No backup yet")
        local, today = last.astimezone(), now.astimezone().date()
        days = (today - local.date()).days
        if days <= 0:
            return self.tr("Last backup: today at {time}").format(time=local.strftime("%H:%M"))
        if days == 1:
            return self.tr("Last backup: yesterday")
        return self.tr("Last backup: {days} days ago").format(days=days)

    def backup_now(self) -> None:
        settings = _settings_or_default(self.settings)
        folder = settings.backup_dir(self._session.path)
        start = folder if folder.is_dir() else self._session.path.parent
        name = f"confidant-backup-{dt.date.today().isoformat()}.db"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Back up the vault"), str(start / name),
            self.tr("Confidant backups (*.db);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            # Qt's dialog asked before choosing an existing file: that answer was yes.
            self.backup_to(Path(chosen), replace=Path(chosen).exists())

    def backup_to(self, out: Path, *, replace: bool = False) -> bool:
        """Write the backup; a box says what was written, or in one line why not."""
        title = self.tr("Back up the vault")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._session.backup_to(out, replace=replace)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            self._notice(QMessageBox.Icon.Warning, title,
                         self.tr("No backup was written. {reason}").format(
                             reason=backup_problem(exc)))
            return False
        QApplication.restoreOverrideCursor()
        held = result.cases - result.purged
        self._notice(QMessageBox.Icon.Information, title, self.tr(
            "Backup written and verified: {file} ({size} KB, cases: {cases}). It opens with the "
            "passphrase the vault has now. Keep it somewhere safe: a purge does not delete "
            "backups you saved yourself."
        ).format(file=result.path.name, cases=held, size=max(1, result.size // 1024)))
        return True

    def _notice(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: setattr(self, "notice_box", None))
        self.notice_box = box
        box.open()

    # -- retention ------------------------------------------------------------------------------

    def _recount_due(self) -> None:
        if not self._session.is_open:
            return
        months = _settings_or_default(self.settings).retention_months
        self.due_count = self._session.due_count(months, dt.date.today())
        self._show_due_text()

    def _show_due_text(self) -> None:
        months = _settings_or_default(self.settings).retention_months
        self._ui.retentionLabel.setText(self.tr(
            "Closed cases past the retention period: {count}. Their year has been exported and "
            "they were closed more than {months} months ago."
        ).format(count=self.due_count, months=months))
        if self.due_count == 0:
            self._ui.retentionBar.hide()

    def dismiss_reminder(self) -> None:
        self._ui.retentionBar.hide()

    def open_purge(self) -> QDialog:
        from confidant_app.ui.purge_dialog import PurgeDialog

        settings = _settings_or_default(self.settings)
        dialog = PurgeDialog(self._session, settings.retention_months,
                             settings.backup_dir(self._session.path), parent=self._window)
        return self._open(dialog)

    def open_audit(self) -> QDialog:
        from confidant_app.ui.audit_dialog import AuditDialog

        return self._open(AuditDialog(self._session, parent=self._window))

    @staticmethod
    def _open(dialog: QDialog) -> QDialog:
        # Deleted when closed: whatever it read from the vault goes with it.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog
