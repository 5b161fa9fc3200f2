"""The export dialog (``forms/export_dialog.ui``): a year's anonymised figures, seen, then written.

The same core as ``confidant export``: the session builds the plan (``aggregate.build``, SQL on the
GUI thread that owns the connection; milliseconds even for a large vault), the preview shows every
figure of it (``export_preview``), a year exported before is announced with its revision, and
Export writes what was shown: the workbook first, if asked for (openpyxl, on a worker thread:
``ui.tasks``), then the JSON file together with its entry in the release log
(``aggregate.export``, back on the GUI thread; the release commits only once the file is safely
on disk). The second tab lists the release log.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from confidant_app.aggregate.build import ExportPlan
from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.ui.app import demo_title
from confidant_app.ui.errors import describe
from confidant_app.ui.export_preview import fill_preview, notice
from confidant_app.ui.forms.ui_export_dialog import Ui_ExportDialog
from confidant_app.ui.screen_fit import fit_to_screen, shown_rows
from confidant_app.ui.session import Session
from confidant_app.ui.tasks import Task, run_in_thread

NOTICE_STYLE = "background: #fff4ce; color: #3d2e00; padding: 6px; border-radius: 3px"
GOOD_STYLE, BAD_STYLE = "font-weight: bold", "color: #b3261e; font-weight: bold"


class ExportDialog(QDialog):
    """``plan`` is what Export would write now (None when the vault has no year to export)."""

    def __init__(self, session: Session, language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._session = session
        self._language: Language = language
        self.plan: ExportPlan | None = None
        self._task: Task | None = None
        self._chosen_json = False  # a path the confidant chose is kept when the year changes
        self.ui.noticeLabel.setStyleSheet(NOTICE_STYLE)
        # The preview's labels take the room; the release log's columns are short values.
        preview = self.ui.previewTree.header()
        preview.setStretchLastSection(False)
        preview.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        preview.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.releaseTree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.releaseTree.header().setStretchLastSection(True)
        self.ui.statusLabel.hide()
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self._build())
        self.ui.xlsxCheck.toggled.connect(self._xlsx_toggled)
        self.ui.jsonEdit.textEdited.connect(lambda _t: setattr(self, "_chosen_json", True))
        self.ui.jsonBrowseButton.clicked.connect(self._choose_json)
        self.ui.xlsxBrowseButton.clicked.connect(self._choose_xlsx)
        self.ui.buttonBox.accepted.connect(self.export)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._xlsx_toggled(False)
        self._fill_years()
        self._fill_releases()
        self._retranslate()
        # Every figure that leaves the device, with as little scrolling as the screen allows.
        fit_to_screen(self, self.ui.previewTree, shown_rows(self.ui.previewTree))

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _export_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    # -- the plan ---------------------------------------------------------------------------

    def _fill_years(self) -> None:
        years = sorted(set(self._session.years()) | {r.year for r in self._session.releases()},
                       reverse=True)
        combo = self.ui.yearCombo
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        # Usually the export is of the year that just ended.
        last_year = dt.date.today().year - 1
        combo.setCurrentIndex(combo.findData(last_year) if last_year in years else 0)
        combo.blockSignals(False)
        self._build()

    def _build(self) -> None:
        year = self.ui.yearCombo.currentData()
        self.plan = self._session.build_export(year) if isinstance(year, int) else None
        plan = self.plan
        self._export_button().setEnabled(plan is not None)
        if plan is None:
            self.ui.previewTree.clear()
            self.ui.noticeLabel.hide()
            self._status(self.tr("There are no cases in this vault yet: nothing to export."))
            return
        fill_preview(self.ui.previewTree, plan.aggregate, self._session.codebook, self._language)
        text = notice(plan)
        self.ui.noticeLabel.setText(text or "")
        self.ui.noticeLabel.setVisible(text is not None)
        if not self._chosen_json:
            self.ui.jsonEdit.setText(str(self._default_path(plan, ".json")))
        if self.ui.xlsxCheck.isChecked():
            self.ui.xlsxEdit.setText(str(Path(self.ui.jsonEdit.text()).with_suffix(".xlsx")))

    def _default_path(self, plan: ExportPlan, suffix: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        source = plan.aggregate.sources[0]
        name = f"confidant-{source.unit or 'export'}-{plan.aggregate.year}-r{source.revision}"
        return Path(folder) / (name + suffix)

    def _fill_releases(self) -> None:
        tree = self.ui.releaseTree
        tree.clear()
        for release in sorted(self._session.releases(), key=lambda r: (-r.year, -r.revision)):
            QTreeWidgetItem(tree, [str(release.year), str(release.revision), release.exported_at,
                                   str(release.cases)])

    # -- writing ----------------------------------------------------------------------------

    def export(self) -> None:
        plan = self.plan
        if plan is None or self.busy:
            return
        out = Path(self.ui.jsonEdit.text().strip()).expanduser()
        xlsx = (Path(self.ui.xlsxEdit.text().strip()).expanduser()
                if self.ui.xlsxCheck.isChecked() and self.ui.xlsxEdit.text().strip() else None)
        if not self.ui.jsonEdit.text().strip():
            self._status(self.tr("Choose where to write the JSON file."), good=False)
            return
        if xlsx is not None and xlsx.resolve() == out.resolve():
            self._status(self.tr("The JSON file and the workbook must be two files."), good=False)
            return
        if xlsx is None:
            self._write_json(plan, out, None)
            return
        from confidant_app.report.workbook import write_export_workbook

        aggregate, codebook = plan.aggregate, self._session.codebook
        self._set_busy(True)
        self._status(self.tr("Writing the workbook…"))
        self._task = run_in_thread(lambda: write_export_workbook(xlsx, aggregate, codebook),
                                   lambda _none: self._write_json(plan, out, xlsx),
                                   self._failed, self)

    def _write_json(self, plan: ExportPlan, out: Path, xlsx: Path | None) -> None:
        self._set_busy(False)
        if not self._session.is_open:
            return
        try:
            self._session.export(plan, out)
        except (UserError, OSError) as exc:
            self._failed(exc)
            return
        aggregate = plan.aggregate
        # File names only, so the line fits; the folders are in the fields above and the tooltip.
        written = self.tr("Written: {file} (year {year}, revision {revision}, cases: {cases})."
                          ).format(file=out.name, year=aggregate.year,
                                   revision=aggregate.sources[0].revision,
                                   cases=aggregate.totals.cases)
        if xlsx is not None:
            written += "\n" + self.tr("Written: {file}.").format(file=xlsx.name)
        self.ui.statusLabel.setToolTip("\n".join(str(p) for p in (out, xlsx) if p is not None))
        self._chosen_json = False
        self._fill_releases()
        self._build()  # the next export of this year would be the next revision
        self._status(written)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, UserError):
            self._status(describe(exc), good=False)
        elif isinstance(exc, OSError):
            self._status(self.tr("Could not write the file ({reason}). Nothing was exported.")
                         .format(reason=exc.strerror or type(exc).__name__), good=False)
        else:
            raise exc  # a bug: the global handler logs it and says so

    # -- small parts ------------------------------------------------------------------------

    def _status(self, text: str, *, good: bool = True) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))
        self.ui.statusLabel.setStyleSheet(GOOD_STYLE if good else BAD_STYLE)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._task = None
        for widget in (self.ui.yearCombo, self.ui.buttonBox, self.ui.jsonEdit,
                       self.ui.jsonBrowseButton, self.ui.xlsxCheck):
            widget.setEnabled(not busy)
        self._xlsx_toggled(self.ui.xlsxCheck.isChecked())

    def _xlsx_toggled(self, on: bool) -> None:
        enabled = on and not self.busy
        self.ui.xlsxEdit.setEnabled(enabled)
        self.ui.xlsxBrowseButton.setEnabled(enabled)
        if on and not self.ui.xlsxEdit.text().strip() and self.ui.jsonEdit.text().strip():
            self.ui.xlsxEdit.setText(str(Path(self.ui.jsonEdit.text()).with_suffix(".xlsx")))

    def _choose_json(self) -> None:
        chosen = self._choose(self.ui.jsonEdit.text(), self.tr("Aggregate files (*.json)"))
        if chosen:
            self._chosen_json = True
            self.ui.jsonEdit.setText(chosen)

    def _choose_xlsx(self) -> None:
        chosen = self._choose(self.ui.xlsxEdit.text(), self.tr("Workbooks (*.xlsx)"))
        if chosen:
            self.ui.xlsxEdit.setText(chosen)

    def _choose(self, start: str, kinds: str) -> str:
        # Qt's own dialog: the platform's would list the file among the desktop's recent files.
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Where to write"), start, kinds,
            options=QFileDialog.Option.DontUseNativeDialog)
        return chosen

    def reject(self) -> None:
        # Also while the workbook is being written (a lock closes the dialog): the worker's file
        # appears whole or not at all, and with the dialog gone no JSON file and no release follow.
        self.plan = None
        self.ui.previewTree.clear()
        self.ui.releaseTree.clear()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(demo_title(self.tr("Export a year"), self._session.demo))
        self._export_button().setText(self.tr("&Export"))
