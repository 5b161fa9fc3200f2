"""The roster page of the coordinator's workspace (``forms/workspace_roster.ui``): the list of
sources the coordinator expects, and who has delivered ("118 of 130 delivered").

The list is edited as text, one source a line, under the roster file's rules
(``aggregate.roster.parse_roster``); it is checked as the coordinator types and a problem is shown
under it, never lost. The delivery side shows ``RosterStatus`` as the core computed it. Loading
and saving a roster file happen here; printing the list is the window's (``print_requested``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QWidget

from confidant_app import atomic
from confidant_app.aggregate.model import Source
from confidant_app.aggregate.roster import RosterError, RosterStatus, parse_roster, read_roster
from confidant_app.ui.forms.ui_workspace_roster import Ui_RosterPage

TYPING_PAUSE_MS = 300  # check the list once the coordinator pauses, not at every key


def source_name(source: Source) -> str:
    """How a source is named on the roster: its label, else its id."""
    return source.label.strip() or source.source_id


class RosterPage(QWidget):
    """``roster_changed``: the list was changed and is valid (``entries``)."""

    roster_changed = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        self.entries: list[str] = []
        self._status: RosterStatus | None = None
        self.folder = Path.home()
        big = QFont(self.ui.summaryLabel.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.ui.summaryLabel.setFont(big)
        self.ui.problemLabel.setStyleSheet("color: #b3261e; font-weight: bold")
        self.ui.problemLabel.hide()
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._parse)
        self.ui.rosterEdit.textChanged.connect(self._pause.start)
        # Files dropped anywhere on the window are export files for the Files page, not text.
        self.ui.rosterEdit.setAcceptDrops(False)
        self.ui.loadButton.clicked.connect(self._load)
        self.ui.saveListButton.clicked.connect(self._save)
        self.ui.addDeliveredButton.clicked.connect(self._add_unexpected)
        self.ui.printButton.clicked.connect(self.print_requested)
        self.show_status(None)

    def set_entries(self, entries: list[str]) -> None:
        """Show a list (from a saved workspace) without reporting it as a change."""
        self.entries = list(entries)
        self.ui.rosterEdit.blockSignals(True)
        self.ui.rosterEdit.setPlainText("\n".join(entries))
        self.ui.rosterEdit.blockSignals(False)
        self.ui.problemLabel.hide()

    def flush(self) -> None:
        """Take what is typed now (before saving the workspace), without waiting for a pause."""
        if self._pause.isActive():
            self._pause.stop()
            self._parse()

    def _parse(self) -> None:
        try:
            entries = parse_roster(self.ui.rosterEdit.toPlainText(), self.tr("list"))
        except RosterError as exc:
            self.ui.problemLabel.setText(exc.message)
            self.ui.problemLabel.show()
            return
        self.ui.problemLabel.hide()
        if entries != self.entries:
            self.entries = entries
            self.roster_changed.emit()

    def show_status(self, status: RosterStatus | None) -> None:
        self._status = status
        self.ui.missingList.clear()
        self.ui.unexpectedList.clear()
        if status is not None:
            self.ui.missingList.addItems(status.missing)
            self.ui.unexpectedList.addItems(
                [f"{source_name(s)} ({s.unit or '-'})" for s in status.unexpected])
        self.ui.addDeliveredButton.setEnabled(bool(status and status.unexpected))
        self.ui.printButton.setEnabled(bool(status and status.expected))
        self._retranslate()

    def _add_unexpected(self) -> None:
        if self._status is None:
            return
        names = [source_name(s) for s in self._status.unexpected]
        text = self.ui.rosterEdit.toPlainText().rstrip("\n")
        self.ui.rosterEdit.setPlainText("\n".join([text, *names] if text else names))
        self.flush()

    def _load(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a list of expected sources"), str(self.folder),
            self.tr("Text files (*.txt);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if not chosen:
            return
        try:
            entries = read_roster(Path(chosen))
        except RosterError as exc:
            self.ui.problemLabel.setText(exc.message)
            self.ui.problemLabel.show()
            return
        self.ui.rosterEdit.setPlainText("\n".join(entries))
        self.flush()

    def _save(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the list of expected sources"), str(self.folder / "roster.txt"),
            self.tr("Text files (*.txt);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if not chosen:
            return
        self.flush()
        try:
            atomic.write_bytes(Path(chosen), ("\n".join(self.entries) + "\n").encode())
        except OSError as exc:
            self.ui.problemLabel.setText(self.tr("The list could not be saved ({reason}).")
                                         .format(reason=exc.strerror or type(exc).__name__))
            self.ui.problemLabel.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        status = self._status
        missing, unexpected = (len(status.missing), len(status.unexpected)) if status else (0, 0)
        self.ui.missingLabel.setText(self.tr("Missing ({n}):").format(n=missing))
        self.ui.unexpectedLabel.setText(self.tr("Delivered, not on the list ({n}):").format(
            n=unexpected))
        if status is None or not status.expected:
            self.ui.summaryLabel.setText(self.tr("No list yet"))
            self.ui.summaryLabel.setToolTip(self.tr(
                "Type or load the sources you expect to see who is missing."))
            return
        self.ui.summaryLabel.setText(self.tr("{delivered} of {expected} delivered").format(
            delivered=len(status.delivered), expected=len(status.expected)))
        self.ui.summaryLabel.setToolTip("")
