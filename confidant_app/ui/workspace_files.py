"""The files page of the coordinator's workspace (``forms/workspace_files.ui``): every collected
export file with what it counts for, and the year being merged.

The page shows what the core decided (``aggregate.collect``) and asks the window for
changes through signals; it reads no file and decides nothing. Refused files are listed with the
reason in the coordinator's words, so nothing is merged, or left out, silently.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from confidant_app.aggregate.collect import Collection
from confidant_app.aggregate.merge import State
from confidant_app.domain.labels import Language
from confidant_app.report.html import fmt
from confidant_app.ui.forms.ui_workspace_files import Ui_FilesPage
from confidant_app.ui.models.workspace_tables import FileColumn, FileTableModel


class FilesPage(QWidget):
    """``year_chosen(year or None)``: the coordinator picked the year to merge (None: the most
    common); ``remove_requested(paths)``: take these files out."""

    year_chosen = Signal(object)
    remove_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FilesPage()
        self.ui.setupUi(self)
        self.model = FileTableModel()
        self.ui.fileTable.setModel(self.model)
        self.ui.fileTable.setSortingEnabled(True)
        self.ui.fileTable.sortByColumn(FileColumn.STATE, Qt.SortOrder.AscendingOrder)
        rows = self.ui.fileTable.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # more files in view
        header = self.ui.fileTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FileColumn.REASON, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        # Fit columns to the first rows only: measuring a thousand rows stalls the interface
        # for a third of a second after every change.
        header.setResizeContentsPrecision(200)
        self._collection: Collection | None = None
        self._year: int | None = None
        self.ui.fileTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.removeButton.clicked.connect(
            lambda: self.remove_requested.emit(self.selected_paths()))
        self.ui.yearCombo.activated.connect(
            lambda n: self.year_chosen.emit(self.ui.yearCombo.itemData(n)))
        self.show_collection(None, None)

    def selected_paths(self) -> list[Path]:
        rows = sorted({i.row() for i in self.ui.fileTable.selectionModel().selectedRows()})
        return [self.model.row(n).path for n in rows]

    def set_busy(self, busy: bool) -> None:
        for widget in (self.ui.addFilesButton, self.ui.addFolderButton, self.ui.yearCombo):
            widget.setEnabled(not busy)
        self.ui.removeButton.setEnabled(not busy and bool(self.selected_paths()))

    def show_collection(self, collection: Collection | None, year: int | None,
                        language: Language = "nl") -> None:
        """``year``: the year chosen in the workspace (None: the most common one)."""
        self._collection, self._year = collection, year
        self.model.language = language
        self.model.set_rows(collection.rows if collection else [],
                            collection.year if collection else None)
        self._fill_years()
        self._retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        table = self.ui.fileTable
        for column in FileColumn:
            if column != FileColumn.REASON:
                table.resizeColumnToContents(column)
        # A deep folder name must not push the reason out of sight.
        table.setColumnWidth(FileColumn.FILE, min(table.columnWidth(FileColumn.FILE), 320))
        table.setColumnWidth(FileColumn.LABEL, min(table.columnWidth(FileColumn.LABEL), 200))

    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        combo.blockSignals(True)
        combo.clear()
        years = self._collection.years if self._collection else []
        common = years[0] if years else None
        combo.addItem(self.tr("most common ({year})").format(year=common) if common
                      else self.tr("most common"), None)
        for year in sorted({*years, *([self._year] if self._year else [])}, reverse=True):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(self._year)) if self._year else 0)
        combo.blockSignals(False)

    def _selection_changed(self) -> None:
        self.ui.removeButton.setEnabled(bool(self.selected_paths())
                                        and self.ui.addFilesButton.isEnabled())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            # A reset: headers and states.
            self.show_collection(self._collection, self._year, self.model.language)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        collection = self._collection
        if collection is None or not collection.rows:
            self.ui.summaryLabel.setText(self.tr(
                "No files yet. Add the export files the confidants sent you with Add files… or "
                "Add a folder…, or drag them onto this window."))
            return
        counts = {state: sum(1 for r in collection.rows if r.state is state) for state in State}
        merged = collection.merged
        parts = {  # the states no file has are left out
            State.ACCEPTED: self.tr("{n} counted"),
            State.REPLACED: self.tr("{n} replaced by a newer revision"),
            State.DUPLICATE: self.tr("{n} identical duplicates"),
            State.REFUSED: self.tr("{n} refused"),
        }
        text = self.tr("{files} files: {states}.").format(
            files=len(collection.rows), states=", ".join(
                part.format(n=counts[state]) for state, part in parts.items() if counts[state]))
        if merged is not None:
            text += " " + self.tr("Year {year}: {cases} cases from {sources} sources.").format(
                year=merged.year, cases=fmt(merged.totals.cases, self.model.language),
                sources=len(merged.sources))
        if counts[State.REFUSED]:
            text += " " + self.tr("Refused files do not count; the list says why.")
        self.ui.summaryLabel.setText(text)
