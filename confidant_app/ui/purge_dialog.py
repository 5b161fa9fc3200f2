"""The purge dialog (``forms/purge_dialog.ui``): closed cases past the retention period, listed,
then destroyed on confirmation, as ``confidant purge`` destroys them.

The list is the core's (``retention.due_for_purge`` with the months of the settings and today),
read through the session; each row shows the case number, its year, when it was closed, when its
year was first exported (the release that made it due) and since when it is due. **Destroy** asks
once more, then ``Session.purge`` runs the same core call as the command line
(``backup_policy.purge_and_prune``: the purge, the copies kept beside the vault, the automatic
backups made before it); the audit trail records it in the purge's own transaction. The list is
read again afterwards, and the main window's list follows the session's ``changed``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from confidant_app.errors import UserError
from confidant_app.settings import BACKUP_FOLDER_NAME
from confidant_app.ui.app import demo_title
from confidant_app.ui.errors import describe
from confidant_app.ui.forms.ui_purge_dialog import Ui_PurgeDialog
from confidant_app.ui.session import Session
from confidant_app.vault.retention import DueCase

Choice = QMessageBox.StandardButton
COLUMN_ROOM = 24  # pixels between one column's widest text and the next column
GOOD_STYLE, BAD_STYLE = "font-weight: bold", "color: #b3261e; font-weight: bold"


class PurgeDialog(QDialog):
    """``purged`` is how many cases the last purge destroyed (0: none yet)."""

    def __init__(self, session: Session, months: int, backup_folder: Path, *,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PurgeDialog()
        self.ui.setupUi(self)
        self._session = session
        self._months = months
        self._folder = backup_folder
        self._today = today or dt.date.today()
        self._due: list[DueCase] = []
        self.purged = 0
        self.confirm_box: QMessageBox | None = None
        self.ui.caseTree.header().setStretchLastSection(True)
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        # Enter closes; destroying takes a click or Alt and the letter, then a second answer.
        self._destroy_button().setAutoDefault(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.load()

    def _destroy_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def due(self) -> list[DueCase]:
        return list(self._due)

    def load(self) -> None:
        """Read the due cases (again) and show them."""
        self._due = self._session.due_for_purge(self._months, self._today)
        exported: dict[int, str] = {}
        for release in self._session.releases():  # oldest revision first
            exported.setdefault(release.year, release.exported_at)
        tree = self.ui.caseTree
        tree.clear()
        for case in self._due:
            when = exported.get(case.opened_year, "")
            QTreeWidgetItem(tree, [
                case.case_number or self.tr("(none)"), str(case.opened_year),
                case.closed.isoformat(), _local_day(when), case.due_since.isoformat()])
        _fit_columns(tree)
        self._retranslate()

    # -- destroying -----------------------------------------------------------------------------

    def confirm(self) -> None:
        if not self._due or self.confirm_box is not None:
            return
        count = len(self._due)
        question = (self.tr("Destroy this case for good?") if count == 1 else
                    self.tr("Destroy these {count} cases for good?").format(count=count))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Destroy cases"), question,
                          Choice.Yes | Choice.No, self)
        box.setInformativeText(self.tr(
            "This cannot be undone. Backups you saved yourself before now still hold these "
            "cases: delete them too."))
        box.button(Choice.Yes).setText(self.tr("&Destroy"))
        box.button(Choice.No).setText(self.tr("&Keep"))
        box.setDefaultButton(Choice.No)
        box.finished.connect(lambda _code: self._answered(box))
        self.confirm_box = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        self.confirm_box = None
        confirmed = box.standardButton(box.clickedButton()) == Choice.Yes
        box.deleteLater()
        if confirmed and self._session.is_open:
            self.destroy_due()

    def destroy_due(self) -> bool:
        """Destroy every case listed (after ``confirm``, or from a test)."""
        ids = [case.id for case in self._due]
        try:
            done = self._session.purge(ids, self._folder)
        except UserError as exc:
            self._status(self.tr("Nothing was destroyed: {reason}")
                         .format(reason=describe(exc)), good=False)
            return False
        self.purged = done.record.count
        lines = [self.tr("Cases destroyed: {count}. Their coded outline stays for the yearly "
                         "figures.").format(count=done.record.count)]
        if done.removed:
            lines.append(self.tr("Backups deleted because they still held these cases: {count}.")
                         .format(count=done.removed))
        # The default folder missing only means no backup was ever made there.
        default = self._session.path.parent / BACKUP_FOLDER_NAME
        if not done.folder_reachable and self._folder != default:
            lines.append(self.tr("The backup folder {folder} cannot be reached; its backups made "
                                 "before this purge are deleted at the next automatic backup.")
                         .format(folder=self._folder))
        lines.append(self.tr("Backups you saved yourself before now still hold these cases: "
                             "delete them."))
        self.load()
        self._status(" ".join(lines), good=True)
        return True

    # -- state ----------------------------------------------------------------------------------

    def _status(self, text: str, *, good: bool) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(GOOD_STYLE if good else BAD_STYLE)

    def reject(self) -> None:
        if self.confirm_box is not None:
            self.confirm_box.done(Choice.No)
        self._due = []
        self.ui.caseTree.clear()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(demo_title(self.tr("Destroy cases past the retention period"),
                                       self._session.demo))
        count = len(self._due)
        self.ui.countLabel.setText(self.tr(
            "Closed cases past the retention period ({months} months after closing, their year "
            "exported): {count}.").format(months=self._months, count=count) if count else
            self.tr("No closed cases are past the retention period ({months} months after "
                    "closing, their year exported).").format(months=self._months))
        button = self._destroy_button()
        button.setText(self.tr("&Destroy ({count})…").format(count=count))
        button.setEnabled(count > 0)


def _fit_columns(tree: QTreeWidget) -> None:
    """Each column as wide as its widest text and some room, the last one taking the rest."""
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, tree.columnWidth(column) + COLUMN_ROOM)


def _local_day(at: str) -> str:
    """A UTC time stamp of the vault as the local date ('' for none)."""
    if not at:
        return ""
    return dt.datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone().date().isoformat()
