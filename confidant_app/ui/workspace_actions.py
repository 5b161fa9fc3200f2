"""The menu and tool bar actions of the coordinator's workspace: the dialogs that ask for a file
or folder, and when each action makes sense. What an action then does is the window's
(``CoordinatorWorkspace``) or ``workspace_output``'s.

File dialogs are Qt's own, never the platform's: the platform's adds each file to the desktop's
recent-files list, and the application keeps no such lists (security.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from confidant_app.aggregate.collect import units_of
from confidant_app.ui import workspace_output as out

if TYPE_CHECKING:
    from confidant_app.ui.coordinator_workspace import CoordinatorWorkspace

NATIVE_OFF = QFileDialog.Option.DontUseNativeDialog


class WorkspaceActions(QObject):
    def __init__(self, window: CoordinatorWorkspace) -> None:
        super().__init__(window)
        self.w = window
        ui = window.ui
        ui.actionNew.triggered.connect(self.new)
        ui.actionOpen.triggered.connect(self.open)
        ui.actionSave.triggered.connect(lambda: self.save(as_new=False))
        ui.actionSaveAs.triggered.connect(lambda: self.save(as_new=True))
        ui.actionClose.triggered.connect(window.close)
        ui.actionAddFiles.triggered.connect(self.add_files)
        ui.actionAddFolder.triggered.connect(self.add_folder)
        ui.actionRemove.triggered.connect(
            lambda: window.state.remove(window.files.selected_paths()))
        ui.actionReadAgain.triggered.connect(window.state.read_again)
        ui.actionAddCompare.triggered.connect(self.add_compare)
        ui.actionSaveMerged.triggered.connect(self.save_merged)
        ui.actionSaveWorkbook.triggered.connect(self.save_workbook)
        ui.actionSavePdf.triggered.connect(self.save_pdf)
        ui.actionPrint.triggered.connect(self.print_report)
        ui.actionPrintRoster.triggered.connect(self.print_roster)
        window.roster.print_requested.connect(self.print_roster)
        window.files.ui.addFilesButton.clicked.connect(self.add_files)
        window.files.ui.addFolderButton.clicked.connect(self.add_folder)

    def folder(self) -> Path:
        """Where a dialog opens: beside the workspace file, else beside the first export."""
        if self.w.state.path is not None:
            return self.w.state.path.parent
        files = self.w.state.workspace.files
        return files[0].parent if files else Path.home()

    def update(self) -> None:
        ui, busy = self.w.ui, self.w.state.busy
        merged = self.w.state.collection.merged if self.w.state.collection else None
        for action in (ui.actionNew, ui.actionOpen, ui.actionAddFiles, ui.actionAddFolder,
                       ui.actionAddCompare, ui.actionRemove, ui.actionReadAgain):
            action.setEnabled(not busy)
        for action in (ui.actionSaveMerged, ui.actionSaveWorkbook, ui.actionSavePdf,
                       ui.actionPrint):
            action.setEnabled(not busy and merged is not None)
        ui.actionPrintRoster.setEnabled(bool(self.w.state.workspace.roster))

    # -- in ------------------------------------------------------------------------------------

    def add_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self.w, self.tr("Add export files"), str(self.folder()),
            self.tr("Export files (*.json);;All files (*)"), options=NATIVE_OFF)
        if chosen:
            self.w.add_paths([Path(p) for p in chosen])

    def add_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self.w, self.tr("Add every export file in a folder"), str(self.folder()),
            QFileDialog.Option.ShowDirsOnly | NATIVE_OFF)
        if chosen:
            self.w.add_paths([Path(chosen)])

    def add_compare(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self.w, self.tr("Add an earlier year's merged file"), str(self.folder()),
            self.tr("Merged files (*.json);;All files (*)"), options=NATIVE_OFF)
        if chosen:
            self.w.state.add_compare([Path(p) for p in chosen])

    # -- the workspace file -------------------------------------------------------------------

    def new(self) -> None:
        if not self.w.state.dirty or self._discard_ok():
            self.w.state.reset()

    def open(self) -> None:
        if self.w.state.dirty and not self._discard_ok():
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.w, self.tr("Open workspace"), str(self.folder()),
            self.tr("Workspaces (*.json);;All files (*)"), options=NATIVE_OFF)
        if chosen:
            self.w.open_workspace(Path(chosen))

    def save(self, *, as_new: bool) -> bool:
        path = self.w.state.path
        if path is None or as_new:
            path = out.ask_save_path(self.w, self.tr("Save workspace"),
                                     self.folder() / self.tr("workspace.json"),
                                     self.tr("Workspaces (*.json)"))
        return path is not None and self.w.save_workspace(path)

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(
            self.w, self.tr("Coordinator's workspace"),
            self.tr("The workspace has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def confirm_close(self) -> bool:
        """True: close now. Otherwise a question is opened, and its answer closes or not."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Coordinator's workspace"), self.tr(
            "Save the workspace (its list of files and the roster) before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, self.w)

        def answered(_result: int) -> None:
            button = box.standardButton(box.clickedButton())
            if button == QMessageBox.StandardButton.Save and not self.save(as_new=False):
                return
            if button in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
                self.w.state.dirty = False
                self.w.close()

        box.finished.connect(answered)
        box.open()
        return False

    # -- out -----------------------------------------------------------------------------------

    def _scope(self) -> tuple[str, str]:
        """The unit's name for titles and its code for file names ("" and "merged": several)."""
        units = units_of(self.w.state.collection.merged if self.w.state.collection else None)
        if len(units) == 1:
            return self.w.state.codebook.label("unit", units[0], self.w.language), units[0]
        return "", self.tr("merged")

    def save_merged(self) -> None:
        merged = self.w.state.collection.merged if self.w.state.collection else None
        if merged is None:
            return
        _name, code = self._scope()
        target = out.ask_save_path(self.w, self.tr("Save merged file"),
                                   self.folder() / f"{code}-{merged.year}.json",
                                   self.tr("Merged files (*.json)"))
        if target and out.save_merged(self.w, merged, target, self.w.state.workspace.files):
            self.w.say(self.tr("Saved {file}: {cases} cases from {sources} sources").format(
                file=target, cases=merged.totals.cases, sources=len(merged.sources)))

    def save_workbook(self) -> None:
        self.w.roster.flush()  # what was typed a moment ago goes onto the sources sheet
        report = self.w.state.report()
        if report is None:
            return
        _name, code = self._scope()
        target = out.ask_save_path(self.w, self.tr("Save workbook"),
                                   self.folder() / f"{code}-{report.year}.xlsx",
                                   self.tr("Workbooks (*.xlsx)"))
        roster = self.w.state.roster_status() if self.w.state.workspace.roster else None
        if target and out.save_workbook(self.w, report, roster, target):
            self.w.say(self.tr("Saved {file} (published view: small counts hidden)")
                       .format(file=target))

    def _document(self) -> tuple[str, str] | None:
        self.w.roster.flush()
        report = self.w.state.report()
        if report is None:
            return None
        name, _code = self._scope()
        roster = self.w.state.roster_status() if self.w.state.workspace.roster else None
        return out.report_document(report, self.w.language, name, roster)

    def save_pdf(self) -> None:
        document = self._document()
        if document is None:
            return
        html, title = document
        _name, code = self._scope()
        year = self.w.state.collection.year if self.w.state.collection else ""
        target = out.ask_save_path(self.w, self.tr("Save report as PDF"),
                                   self.folder() / f"{code}-{year}.pdf", self.tr("PDF (*.pdf)"))
        if target and out.save_pdf(self.w, html, title, target):
            self.w.say(self.tr("Saved {file} (published view: small counts hidden)")
                       .format(file=target))

    def print_report(self) -> None:
        document = self._document()
        if document is not None:
            out.print_paper(self.w, *document)

    def print_roster(self) -> None:
        self.w.roster.flush()
        name, _code = self._scope()
        collection = self.w.state.collection
        html, title = out.roster_paper(self.w.state.roster_status(), self.w.language, name,
                                       collection.year if collection else None)
        out.print_paper(self.w, html, title)
