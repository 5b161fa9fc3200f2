"""The import dialog (``forms/import_dialog.ui``): a case register checked whole, then added.

The same core as ``confidant import``: ``importer.read_cases`` validates the whole file, on a
worker thread (``ui.tasks``: a large spreadsheet takes seconds, and the window must keep
painting); the case numbers it carries are then checked against the vault through the session,
on the GUI thread that owns the connection. Every problem is listed, with its line or row and its
field, before anything is written, in the interface language (``import_problems``: the importer
gives each problem a code and its parameters; the command line prints the English); with none,
the dialog says how many cases it found and adds them only when the confidant confirms, in one
transaction, recorded in the audit trail as the command line records it (how many, never which).
The cases read are held only until they are imported or the dialog closes (a lock closes it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from confidant_app.domain.case import Case
from confidant_app.errors import UserError
from confidant_app.importer import (
    Code,
    ImportedCase,
    ImportRefusal,
    Problem,
    read_cases,
    say,
)
from confidant_app.importer.problems import line_word
from confidant_app.ui import import_problems
from confidant_app.ui.app import demo_title
from confidant_app.ui.errors import describe
from confidant_app.ui.forms.ui_import_dialog import Ui_ImportDialog
from confidant_app.ui.session import Session
from confidant_app.ui.tasks import Task, run_in_thread

GOOD_STYLE, BAD_STYLE = "font-weight: bold", "color: #b3261e; font-weight: bold"


class ImportDialog(QDialog):
    """Choose, check, confirm. ``imported_count`` is how many cases the last import added."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._session = session
        self._cases: list[Case] = []
        self._refusal: ImportRefusal | None = None  # shown, and shown again after a language switch
        self._task: Task | None = None
        self.imported_count = 0
        header = self.ui.problemTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.browseButton.clicked.connect(self._choose)
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.fileEdit.returnPressed.connect(self.check)
        # Another path makes the last check meaningless: nothing may be imported unchecked.
        self.ui.fileEdit.textEdited.connect(lambda _text: self._forget())
        self.ui.problemTree.currentItemChanged.connect(self._show_detail)
        self.ui.buttonBox.accepted.connect(self.import_cases)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._forget()
        self._retranslate()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _import_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    # -- checking ---------------------------------------------------------------------------

    def set_path(self, path: Path) -> None:
        self.ui.fileEdit.setText(str(path))
        self._forget()

    def check(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if self.busy or not text:
            return
        path = Path(text).expanduser()
        self._forget()
        self._status(self.tr("Checking {file}…").format(file=path.name), good=True)
        self._set_busy(True)
        codebook = self._session.codebook
        self._task = run_in_thread(lambda: read_cases(path, codebook),
                                   lambda imported: self._read(path, imported), self._refused, self)

    def _read(self, path: Path, imported: list[ImportedCase]) -> None:
        self._set_busy(False)
        if not self._session.is_open:
            return
        lines = {item.case.case_number: item.line for item in imported if item.case.case_number}
        taken = self._session.taken_numbers(list(lines))
        if taken:
            # Worded as the command line words them, one problem per number already in use.
            self._refused(ImportRefusal(path, [
                Problem(lines[n], "case_number", say(Code.NUMBER_IN_VAULT, number=n))
                for n in taken]))
            return
        self._cases = [item.case for item in imported]
        self._status(self.tr("Cases found: {count}, without problems. Nothing has been added yet: "
                             "choose Import to add them.").format(count=len(self._cases)),
                     good=True)
        self._import_button().setText(self.tr("&Import ({count})").format(count=len(self._cases)))
        self._import_button().setEnabled(bool(self._cases))

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            raise exc  # a bug: the global handler logs it and says so
        if not isinstance(exc, ImportRefusal):
            self._status(describe(exc), good=False)
            return
        self._refusal = exc
        self._show_problems()

    def _show_problems(self) -> None:
        refusal = self._refusal
        if refusal is None:
            return
        tree = self.ui.problemTree
        tree.clear()
        where = self.tr("Line") if line_word(refusal.path) == "line" else self.tr("Row")
        tree.headerItem().setText(0, where)
        for problem in refusal.problems:
            line = str(problem.line) if problem.line is not None else self.tr("file")
            text = import_problems.describe(problem.text)
            item = QTreeWidgetItem(tree, [line, import_problems.field_name(problem.field), text])
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, problem.line)
            item.setToolTip(1, problem.field or "")  # as the command line names it
            item.setToolTip(2, text)
        tree.setVisible(True)
        # A sentence longer than its column is cut short there; the chosen one is shown whole.
        first = tree.topLevelItem(0)
        if first is not None:
            tree.setCurrentItem(first)
        self._status(self.tr("Problems found: {count}. Nothing was imported. Correct the file "
                             "and check it again.").format(count=len(refusal.problems)), good=False)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        detail = self.ui.problemDetail
        if item is None or self._refusal is None:
            detail.clear()
            detail.setVisible(False)
            return
        if item.data(0, Qt.ItemDataRole.UserRole) is None:
            place = self.tr("The file as a whole")
        elif line_word(self._refusal.path) == "line":
            place = self.tr("Line {number}").format(number=item.text(0))
        else:
            place = self.tr("Row {number}").format(number=item.text(0))
        where = " · ".join(part for part in (place, item.text(1)) if part)
        detail.setText(f"{where}: {item.text(2)}")
        detail.setVisible(True)

    # -- importing --------------------------------------------------------------------------

    def import_cases(self) -> None:
        if not self._cases or self.busy:
            return
        try:
            stored = self._session.import_cases(self._cases)
        except UserError as exc:
            self._status(describe(exc), good=False)
            return
        self.imported_count = len(stored)
        self._forget()
        self._status(self.tr("Imported cases: {count}. They are in the case list now.")
                     .format(count=self.imported_count), good=True)

    # -- state ------------------------------------------------------------------------------

    def _forget(self) -> None:
        """Drop the cases read and the problems shown; nothing can be imported until checked."""
        self._cases = []
        self._refusal = None
        self.ui.problemTree.clear()
        self.ui.problemTree.setVisible(False)
        self.ui.problemDetail.clear()
        self.ui.problemDetail.setVisible(False)
        self.ui.statusLabel.setText("")
        self._import_button().setEnabled(False)
        self._import_button().setText(self.tr("&Import"))

    def _status(self, text: str, *, good: bool) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(GOOD_STYLE if good else BAD_STYLE)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._task = None
        for widget in (self.ui.fileEdit, self.ui.browseButton, self.ui.checkButton):
            widget.setEnabled(not busy)

    def _choose(self) -> None:
        # Qt's own dialog: the platform's would list the file among the desktop's recent files.
        start = self.ui.fileEdit.text().strip() or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a register file"), start,
            self.tr("Case registers (*.jsonl *.csv *.xlsx);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.set_path(Path(chosen))
            self.check()

    def reject(self) -> None:
        self._forget()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            # After the children have had the event too: the button box gives its standard
            # buttons their standard names (OK) when it gets it.
            QTimer.singleShot(0, self, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(demo_title(self.tr("Import a case register"), self._session.demo))
        if self._cases:
            self._import_button().setText(self.tr("&Import ({count})").format(
                count=len(self._cases)))
        else:
            self._import_button().setText(self.tr("&Import"))
        self._show_problems()
