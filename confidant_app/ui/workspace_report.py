"""The report page of the coordinator's workspace (``forms/workspace_report.ui``): the merged
figures as the annual report will print them, earlier years beside them.

Every figure comes from ``report.html``'s row builders over ``YearlyReport.shown``, the same
values the workbook and the printed report carry: in the published view a small count is ``<5``
and a cell that would give one away is ``x``. The exact working view is the coordinator's own
(``exact_changed``); the window marks it, this page tints its tables.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from confidant_app.aggregate.collect import FileRow
from confidant_app.aggregate.merge import State
from confidant_app.domain.labels import Language
from confidant_app.report.html import PRINT_TABLES, fmt, table_rows, top3_rows, totals_rows
from confidant_app.report.labels import TABLE_TITLES, pick
from confidant_app.report.render import _paragraph, _rule
from confidant_app.report.yearly import YearlyReport
from confidant_app.ui.forms.ui_workspace_report import Ui_ReportPage
from confidant_app.ui.models.workspace_tables import FileTableModel, GridModel

TOTALS, TOP3 = "totals", "top3"
PATH_ROLE = Qt.ItemDataRole.UserRole


class ReportPage(QWidget):
    """``exact_changed(bool)``, ``min_cell_changed(int)``: the view the coordinator chose;
    ``add_compare_requested`` / ``remove_compare_requested(paths)``: earlier years' files."""

    exact_changed = Signal(bool)
    min_cell_changed = Signal(int)
    add_compare_requested = Signal()
    remove_compare_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportPage()
        self.ui.setupUi(self)
        self.model = GridModel()
        self.ui.tableView.setModel(self.model)
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(64)  # a year's column, "<5" or "1.234" alike
        self.ui.tableView.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.model.modelReset.connect(self._stretch_labels)
        self._texts = FileTableModel()  # its sentences for the states of compare files
        self._report: YearlyReport | None = None
        self._language: Language = "nl"
        self._compare: list[FileRow] = []
        self._problem = ""
        title = QFont(self.ui.tableTitle.font())
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.15)
        self.ui.tableTitle.setFont(title)
        paragraph = QFont(self.ui.paragraphLabel.font())
        paragraph.setPointSizeF(paragraph.pointSizeF() * 1.15)
        self.ui.paragraphLabel.setFont(paragraph)
        self.ui.tableList.currentRowChanged.connect(lambda _row: self._show_table())
        self.ui.exactCheck.toggled.connect(self.exact_changed)
        self.ui.minCellSpin.valueChanged.connect(self.min_cell_changed)
        self.ui.addCompareButton.clicked.connect(self.add_compare_requested)
        self.ui.removeCompareButton.clicked.connect(self._remove_compare)
        self.ui.compareList.itemSelectionChanged.connect(
            lambda: self.ui.removeCompareButton.setEnabled(
                bool(self.ui.compareList.selectedItems())))
        self._fill_table_list()
        self.ui.tableList.setCurrentRow(0)

    @property
    def current_table(self) -> str:
        item = self.ui.tableList.currentItem()
        return str(item.data(PATH_ROLE)) if item else TOTALS

    def choose_table(self, name: str) -> None:
        for n in range(self.ui.tableList.count()):
            if self.ui.tableList.item(n).data(PATH_ROLE) == name:
                self.ui.tableList.setCurrentRow(n)

    def show_report(self, report: YearlyReport | None, language: Language,
                    compare: list[FileRow], problem: str = "") -> None:
        """``problem``: why there is no report (no file counted, figures not protectable)."""
        self._report, self._language, self._compare, self._problem = (
            report, language, compare, problem)
        self.ui.minCellSpin.setEnabled(report is None or report.published)
        self._fill_table_list()
        self._retranslate()

    def _fill_table_list(self) -> None:
        current = self.current_table if self.ui.tableList.count() else TOTALS
        self.ui.tableList.blockSignals(True)
        self.ui.tableList.clear()
        for name in (TOTALS, TOP3, *PRINT_TABLES):
            text = (self.tr("Totals") if name == TOTALS else self.tr("Top 3 per group")
                    if name == TOP3 else pick(TABLE_TITLES[name], self._language))
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, name)
            item.setToolTip(text)  # a long title is elided in the list
            self.ui.tableList.addItem(item)
        self.ui.tableList.blockSignals(False)
        self.choose_table(current)

    def _show_table(self) -> None:
        report, lang, name = self._report, self._language, self.current_table
        self.ui.tableTitle.setText(self.ui.tableList.currentItem().text()
                                   if self.ui.tableList.currentItem() else "")
        if report is None:
            self.model.set_grid([], [])
            return
        years = [str(y) for y in report.years]
        exact, k = not report.published, report.min_cell
        if name == TOTALS:
            self.model.set_grid(["", *years], totals_rows(report, lang), numeric_from=1,
                                exact=exact, min_cell=k)
        elif name == TOP3:
            self.model.set_grid([self.tr("Group"), "", *years], top3_rows(report, lang),
                                exact=exact)
        else:
            self.model.set_grid(["Code", self.tr("Description"), *years],
                                table_rows(report, name, lang, skip_zero=False),
                                numeric_from=2, exact=exact, min_cell=k)

    def _stretch_labels(self) -> None:
        """The description column takes the room the figures leave."""
        header = self.ui.tableView.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def _remove_compare(self) -> None:
        paths = [Path(i.data(PATH_ROLE)) for i in self.ui.compareList.selectedItems()]
        self.remove_compare_requested.emit(paths)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_table_list()
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        report, lang = self._report, self._language
        if report is None:
            self.ui.paragraphLabel.setText(self._problem or self.tr(
                "No figures yet: add export files on the Files page."))
            self.ui.ruleLabel.setText("")
        else:
            totals = report.aggregates[report.year].totals
            headline = self.tr("{cases} cases · {conversations} conversations · {hours} hours · "
                               "{sources} sources").format(
                cases=fmt(totals.cases, lang), conversations=fmt(totals.conversations, lang),
                hours=fmt(totals.minutes // 60, lang),
                sources=fmt(len(report.aggregates[report.year].sources), lang))
            self.ui.paragraphLabel.setText(f"{_paragraph(report, lang)}\n{headline}")
            self.ui.ruleLabel.setText(_rule(report, lang))
        self.ui.compareList.clear()
        for row in self._compare:
            sign = "✓" if row.state is State.ACCEPTED else "✗"
            text = f"{sign} {row.year or '?'} · {row.name}"
            if row.state is not State.ACCEPTED:
                text += f": {self._texts.reason_text(row, report.year if report else None)}"
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(row.path))
            item.setToolTip(str(row.path))
            self.ui.compareList.addItem(item)
        self._show_table()
