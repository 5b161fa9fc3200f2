"""The case list page: a filter bar over the case table (``forms/case_list.ui``).

Every change of a filter lists the matching cases at once (the vault filters and sorts; the model
reads the rows on screen a page at a time), so the list answers as the confidant types. The page
shows nothing when the vault is locked: ``clear`` empties the model and every filter, including the
search text and the list of years, since both say something about the cases.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from confidant_app.domain.labels import Language
from confidant_app.ui.forms.ui_case_list import Ui_CaseList
from confidant_app.ui.models.case_table import CaseTableModel, Column
from confidant_app.ui.session import Session
from confidant_app.vault import CaseFilter
from confidant_app.vault.store import Status

STATUS_BY_INDEX: tuple[Status | None, ...] = (None, "open", "closed")
# The widest value each column usually holds; the category column takes the rest of the width.
SAMPLES = {Column.NUMBER: "2026-0000", Column.ALIAS: "zilveren paraplu 00",
           Column.OPENED: "2026-12-31", Column.UNIT: "COMMIT", Column.CONVERSATIONS: "000",
           Column.LAST_CONTACT: "2026-12-31"}
PADDING = 32  # cell margins and the header's sort arrow


class CaseList(QWidget):
    """Filter bar and case table. ``counts_changed(shown, total, open)`` feeds the status bar;
    ``open_requested(case_id)``: a row was activated (double click, Enter)."""

    counts_changed = Signal(int, int, int)
    open_requested = Signal(int)

    def __init__(self, session: Session, language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseList()
        self.ui.setupUi(self)
        self._session = session
        self._language: Language = language
        self._total = 0
        self.model = CaseTableModel(session, session.codebook, language)
        table = self.ui.caseTable
        table.setModel(self.model)
        rows = table.verticalHeader()
        # A fixed row height: ResizeToContents on 100,000 rows took 35 s, fixed 22 ms.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.sortByColumn(Column.OPENED, Qt.SortOrder.DescendingOrder)
        self._size_columns()
        self.ui.yearCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.statusCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.categoryCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.searchEdit.textChanged.connect(self._filter_changed)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        table.activated.connect(lambda index: self.open_requested.emit(
            self.model.case_id(index.row())))
        self._retranslate()

    # -- filling ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the codebook, the years and the list after an unlock or a change in the vault
        (another vault may carry another taxonomy)."""
        self.model.set_codebook(self._session.codebook)
        self._fill_categories()
        self._total = -1  # counted by refresh
        self._fill_years()
        self.refresh()

    def refresh(self, *, from_top: bool = False) -> None:
        """List the cases the filters match; ``from_top``: start at the first of them (a new
        filter), else keep the place in the list (a reload after a change in the vault)."""
        if not self._session.is_open:
            return
        where = self.current_filter()
        self.model.show(where)
        table = self.ui.caseTable
        if from_top:
            table.scrollToTop()
        on_screen = table.viewport().height() // table.verticalHeader().defaultSectionSize()
        first = table.rowAt(0)
        if first < 0:  # the list got shorter than the place it was at: the view shows its end
            first = max(0, self.model.rowCount() - on_screen)
        self.model.read_rows(first, first + on_screen)
        shown = self.model.rowCount()
        if self._total < 0:
            self._total = shown if where == CaseFilter() else self._session.count()
        if not shown:
            # A new vault is empty for another reason than a filter that matches nothing.
            self.ui.emptyLabel.setText(self.tr("No cases in this vault yet.") if not self._total
                                       else self.tr("No cases match these filters."))
        self.ui.emptyLabel.setVisible(not shown)
        self.counts_changed.emit(shown, self._total, self.model.open_count)

    def _filter_changed(self) -> None:
        self.refresh(from_top=True)

    def selected_case_id(self) -> int | None:
        rows = self.ui.caseTable.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def select_case(self, case_id: int) -> None:
        """Select and show the row of ``case_id``, if the filters let it be listed."""
        row = self.model.row_of(case_id)
        if row is not None:
            self.ui.caseTable.selectRow(row)
            self.ui.caseTable.scrollTo(self.model.index(row, 0))

    def current_filter(self) -> CaseFilter:
        text = self.ui.searchEdit.text().strip()
        return CaseFilter(
            year=self.ui.yearCombo.currentData(),
            status=STATUS_BY_INDEX[max(0, self.ui.statusCombo.currentIndex())],
            category=self.ui.categoryCombo.currentData(),
            text=text or None,
        )

    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All years"), None)
        for year in sorted(self._session.years(), reverse=True):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def _fill_categories(self) -> None:
        combo = self.ui.categoryCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All categories"), None)
        taxonomy = self._session.codebook.taxonomy
        for group in taxonomy.groups:
            combo.addItem(f"{group.code} · {group.label.get(self._language)}", group.code)
            for category in group.codes:
                # Indented under their group: one list, read as a tree.
                combo.addItem(f"      {category.code} {category.label.get(self._language)}",
                              category.code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def _size_columns(self) -> None:
        header = self.ui.caseTable.horizontalHeader()
        metrics = self.ui.caseTable.fontMetrics()
        samples = {**SAMPLES, Column.STATUS: max(self.model.status_texts(), key=len)}
        for column, sample in samples.items():
            title = cast(str, self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, PADDING + max(metrics.horizontalAdvance(sample),
                                                       metrics.horizontalAdvance(title)))
        header.setSectionResizeMode(Column.CATEGORY, QHeaderView.ResizeMode.Stretch)

    # -- clearing ---------------------------------------------------------------------------

    def clear_filters(self) -> None:
        self._reset_filters()
        self.refresh(from_top=True)

    def _reset_filters(self) -> None:
        for widget in (self.ui.yearCombo, self.ui.statusCombo, self.ui.categoryCombo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        # setText, not clear(): clear() is undoable, and Ctrl+Z would bring the text back.
        self.ui.searchEdit.setText("")
        self.ui.searchEdit.blockSignals(False)

    def clear(self) -> None:
        """Forget everything shown: the rows, the search text, the years (at a lock)."""
        self.model.clear()
        self._total = 0
        self._reset_filters()
        self.ui.yearCombo.blockSignals(True)
        self.ui.yearCombo.clear()
        self.ui.yearCombo.addItem(self.tr("All years"), None)
        self.ui.yearCombo.blockSignals(False)
        self.ui.emptyLabel.setVisible(False)
        self.counts_changed.emit(0, 0, 0)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # -- language ---------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        self._language = language
        self.model.set_language(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self._session.is_open:
            self._fill_categories()
            self.ui.yearCombo.setItemText(0, self.tr("All years"))
        self._size_columns()
