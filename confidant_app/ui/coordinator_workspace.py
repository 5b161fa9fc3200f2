"""The coordinator's workspace (``forms/coordinator_workspace.ui``): collect the confidants' export
files, see who delivered, read the merged figures, and hand them on. It needs no vault and opens
none: a coordinator's files are anonymised counts.

The window only assembles. ``workspace_state`` holds the workspace and changes it (reading and
merging off the interface thread through ``workspace_jobs``); the pages show it (files, delivery,
report, charts); ``workspace_actions`` asks for files and ``workspace_output`` writes what leaves.
The rules live in the core (``aggregate.collect``, ``aggregate.workspace``, ``report.yearly``).
What the window adds is the coordinator's choice of the exact working view, marked wherever it
shows: a red banner over every page, a tint on the tables and "NOT FOR PUBLICATION" in the title.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from confidant_app.aggregate.collect import Cancelled
from confidant_app.aggregate.disclosure import DisclosureError
from confidant_app.aggregate.workspace import WorkspaceError
from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.report.yearly import YearlyReport
from confidant_app.ui.forms.ui_coordinator_workspace import Ui_CoordinatorWorkspace
from confidant_app.ui.workspace_actions import WorkspaceActions
from confidant_app.ui.workspace_charts import ChartsPage
from confidant_app.ui.workspace_files import FilesPage
from confidant_app.ui.workspace_jobs import Jobs
from confidant_app.ui.workspace_report import ReportPage
from confidant_app.ui.workspace_roster import RosterPage
from confidant_app.ui.workspace_state import WorkspaceState

BANNER_STYLE = ("background: #9c0006; color: white; font-weight: bold; padding: 8px; "
                "font-size: 13pt;")


class CoordinatorWorkspace(QMainWindow):
    """``closed``: the coordinator closed the workspace."""

    closed = Signal()

    def __init__(self, language: Language = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CoordinatorWorkspace()
        self.ui.setupUi(self)
        self.language: Language = language
        self.exact = False
        self.report: YearlyReport | None = None  # as the screen shows it
        self.jobs = Jobs(self.ui.statusBar, self)
        self.state = WorkspaceState(self.jobs, self)
        self.files = FilesPage(self)
        self.roster = RosterPage(self)
        self.report_page = ReportPage(self)
        self.charts = ChartsPage(self)
        for page in (self.files, self.roster, self.report_page, self.charts):
            self.ui.tabs.addTab(page, "")
        self.ui.exactBanner.setStyleSheet(BANNER_STYLE)
        self.ui.exactBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.exactBanner.hide()
        self.commands = WorkspaceActions(self)
        self.state.changed.connect(self.show_state)
        self.state.busy_changed.connect(self._busy)
        self.state.failed.connect(self._failed)
        self.files.year_chosen.connect(self.state.set_year)
        self.files.remove_requested.connect(self.state.remove)
        self.roster.roster_changed.connect(lambda: self.state.set_roster(self.roster.entries))
        self.report_page.exact_changed.connect(self.set_exact)
        self.report_page.min_cell_changed.connect(self.state.set_min_cell)
        self.report_page.add_compare_requested.connect(self.commands.add_compare)
        self.report_page.remove_compare_requested.connect(self.state.remove_compare)
        self._fit_to_screen()
        self.show_state()

    def add_paths(self, paths: list[Path]) -> None:
        """Export files or folders of them, as chosen, dropped or given on a command line."""
        if not self.state.add_paths(paths):
            self.say(self.tr("Files are being read; wait for them, or cancel."))

    def open_workspace(self, path: Path) -> bool:
        try:
            started = self.state.load(path)
        except WorkspaceError as exc:
            QMessageBox.warning(self, self.tr("Open workspace"), self.tr(
                "This workspace cannot be opened: {reason}").format(reason=exc.message))
            return False
        if not started:
            self.say(self.tr("Files are being read; wait for them, or cancel."))
        return started

    def save_workspace(self, path: Path) -> bool:
        self.roster.flush()
        try:
            self.state.save(path)
        except WorkspaceError as exc:
            QMessageBox.warning(self, self.tr("Save workspace"), exc.message)
            return False
        self.say(self.tr("Workspace saved: {file}").format(file=path))
        return True

    def set_exact(self, exact: bool) -> None:
        """The coordinator's exact working view (True) or the published view (False)."""
        self.exact = exact
        if self.report_page.ui.exactCheck.isChecked() != exact:
            self.report_page.ui.exactCheck.setChecked(exact)  # its signal comes back here
            return
        self.show_state()

    def show_state(self) -> None:
        state, collection, problem = self.state, self.state.collection, ""
        try:
            self.report = state.report(exact=self.exact)
        except (UserError, DisclosureError) as exc:
            self.report = None
            problem = self.tr("These figures cannot be shown protected ({reason}).").format(
                reason=str(exc))
        if self.roster.entries != state.workspace.roster:
            self.roster.set_entries(state.workspace.roster)  # opened, or a new workspace
        self.files.show_collection(collection, state.workspace.year, self.language)
        self.roster.show_status(state.roster_status())
        spin = self.report_page.ui.minCellSpin
        spin.blockSignals(True)
        spin.setValue(state.workspace.min_cell)
        spin.blockSignals(False)
        self.report_page.show_report(self.report, self.language,
                                     collection.compare_rows if collection else [], problem)
        self.charts.show_report(self.report, self.language)
        self.commands.update()
        self._retranslate()

    def say(self, message: str) -> None:
        self.ui.statusBar.showMessage(message, 10_000)

    def set_language(self, language: Language) -> None:
        """Category labels and the report's sentences follow the interface's language."""
        self.language = language
        self.show_state()

    def _busy(self, busy: bool) -> None:
        self.files.set_busy(busy)
        self.commands.update()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.say(self.tr("Cancelled; the workspace is as it was."))
        elif isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Coordinator's workspace"), exc.message)
        else:
            raise exc  # a bug: the global handler logs it and says so

    # -- window -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls) and not self.state.busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.dirty and self.state.workspace.files and not self.commands.confirm_close():
            event.ignore()
            return
        self.jobs.cancel()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(min(self.width(), available.width()),
                        min(self.height(), available.height()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.jobs.retranslate()
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        state, tabs = self.state, self.ui.tabs
        files = len(state.workspace.files)
        refused = sum(1 for r in state.collection.rows if r.problem) if state.collection else 0
        tabs.setTabText(0, self.tr("Fi&les ({n}, {refused} refused)").format(
            n=files, refused=refused) if refused else self.tr("Fi&les ({n})").format(n=files))
        status = state.roster_status()
        tabs.setTabText(1, self.tr("&Delivery ({delivered} of {expected})").format(
            delivered=len(status.delivered), expected=len(status.expected))
            if status.expected else self.tr("&Delivery"))
        tabs.setTabText(2, self.tr("&Report"))
        tabs.setTabText(3, self.tr("C&harts"))
        name = state.path.name if state.path else self.tr("new workspace")
        title = self.tr("Coordinator's workspace — {name}").format(name=name)
        title += " *" if state.dirty else ""
        if self.exact:
            title = self.tr("NOT FOR PUBLICATION — {title}").format(title=title)
        self.setWindowTitle(title)
        self.ui.exactBanner.setVisible(self.exact)
        self.ui.exactBanner.setText(self.tr(
            "NOT FOR PUBLICATION — exact working view: every count is exact, small ones included. "
            "Do not share or publish what you see here. The workbook and the printed report "
            "stay protected."))
