"""The referral-sheet dialog (``forms/referral_sheet.ui``): choose, preview, print or save.

The confidant picks the audience, the desks (preselected from the codes the caller passes, e.g.
a case's referrals), the sheet's language and large print; the preview is the page itself, drawn
by the same code that writes the PDF and feeds the printer (``referral.render``), so what is seen
is what comes out. The dialog receives referral codes only, never a case: nothing else of a case
can reach the paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.referral import directory as referrals
from confidant_app.referral.directory import Audience
from confidant_app.referral.render import (
    SHRINK_NOTICE,
    Page,
    layout,
    page_image,
    print_with_preview,
    write_pdf,
)
from confidant_app.referral.sheet import Sheet, build_html, document_title
from confidant_app.ui.errors import describe
from confidant_app.ui.forms.ui_referral_sheet import Ui_ReferralSheetDialog

A4_RATIO = 297 / 210


class ReferralSheetDialog(QDialog):
    """``codes`` preselects the desks for the person helped (the case editor passes the case's
    referral codes); the manager's sheet starts from the directory's choice for managers."""

    def __init__(self, codebook: Codebook, language: Language, codes: Sequence[str] = (),
                 parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReferralSheetDialog()
        self.ui.setupUi(self)
        self._codebook = codebook
        self._language: Language = language
        self._data_dir = data_dir
        self._given = [c for c in codes]
        self._page: Page | None = None
        self._problem: str | None = None
        self._chosen: dict[Audience, list[str]] = {}
        self._refresh = QTimer(self, singleShot=True, interval=120)  # one redraw per burst
        self._refresh.timeout.connect(self._redraw)
        for code, name in (("nl", "Nederlands"), ("en", "English")):  # each in its own tongue
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(0 if language == "nl" else 1)
        self.ui.employeeRadio.toggled.connect(self._audience_changed)
        self.ui.deskList.itemChanged.connect(self._desk_toggled)
        self.ui.languageCombo.currentIndexChanged.connect(self._refresh.start)
        self.ui.largeCheck.toggled.connect(self._refresh.start)
        self.ui.printButton.clicked.connect(self.print_sheet)
        self.ui.savePdfButton.clicked.connect(lambda: self.save_pdf())
        self.ui.editDirectoryButton.clicked.connect(self._edit_directory)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._load_directory()

    # -- state -------------------------------------------------------------------------------

    def _load_directory(self) -> None:
        loaded = referrals.load(self._data_dir, self._codebook)
        self._directory = loaded.directory
        self._problem = loaded.problem
        valid = self._directory.codes()
        given = [c for c in self._given if c in valid]
        self._chosen = {"employee": given or list(self._directory.defaults.employee),
                        "manager": list(self._directory.defaults.manager)}
        self._fill_desks()

    def audience(self) -> Audience:
        return "employee" if self.ui.employeeRadio.isChecked() else "manager"

    def sheet(self) -> Sheet:
        lang: Language = "en" if self.ui.languageCombo.currentData() == "en" else "nl"
        return Sheet(audience=self.audience(), codes=tuple(self._chosen[self.audience()]),
                     lang=lang, large=self.ui.largeCheck.isChecked())

    def html(self) -> str:
        return build_html(self._directory, self.sheet(), self._codebook)

    @property
    def notice(self) -> str:
        return self.ui.noticeLabel.text()

    def _fill_desks(self) -> None:
        chosen = self._chosen[self.audience()]
        deck = self.ui.deskList
        deck.blockSignals(True)
        deck.clear()
        for desk in self._directory.desks:
            item = QListWidgetItem(f"{desk.code} · {desk.name.get(self._language)}", deck)
            item.setData(Qt.ItemDataRole.UserRole, desk.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = desk.code in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        deck.blockSignals(False)
        self._refresh.start()

    def _audience_changed(self) -> None:
        self._fill_desks()

    def _desk_toggled(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        chosen = self._chosen[self.audience()]
        if item.checkState() == Qt.CheckState.Checked and code not in chosen:
            chosen.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in chosen:
            chosen.remove(code)
        self._refresh.start()

    # -- preview -----------------------------------------------------------------------------

    def _redraw(self) -> None:
        notes: list[str] = []
        if self._problem:
            notes.append(self.tr("The local referral directory could not be used, so the "
                                 "shipped one is shown. {problem}").format(problem=self._problem))
        ready = bool(self._chosen[self.audience()])
        self._page = None
        if not ready:
            notes.append(self.tr("Choose at least one desk."))
        else:
            try:
                self._page = layout(self.html())
            except UserError:
                ready = False
                notes.append(self.tr("This does not fit on one page. Choose fewer desks, or "
                                     "turn off large print."))
        if self._page is not None and self._page.zoom > SHRINK_NOTICE:
            notes.append(self.tr("Shrunk to {percent}% to fit on one page; fewer desks give "
                                 "larger print.").format(percent=round(100 / self._page.zoom)))
        self.ui.noticeLabel.setText("\n\n".join(notes))
        self.ui.printButton.setEnabled(ready)
        self.ui.savePdfButton.setEnabled(ready)
        self._show_page()

    def _show_page(self) -> None:
        label = self.ui.previewLabel
        if self._page is None:
            label.setPixmap(QPixmap())
            return
        # The whole page in view: what matters first is how the sheet sits on its paper.
        view = self.ui.previewArea.viewport().size()
        width = max(200, min(view.width() - 24, round((view.height() - 24) / A4_RATIO)))
        ratio = self.devicePixelRatioF()
        label.setPixmap(QPixmap.fromImage(page_image(self._page, width, ratio)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh.start()

    # -- output ------------------------------------------------------------------------------

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the sheet as PDF; without ``path``, ask where (Qt's own dialog: the platform's
        would add the file to the desktop's recent list)."""
        if path is None:
            name = "verwijsblad.pdf" if self.sheet().lang == "nl" else "referral-sheet.pdf"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the referral sheet"), str(Path.home() / name),
                self.tr("PDF files (*.pdf)"), options=QFileDialog.Option.DontUseNativeDialog)
            if not chosen:
                return None
            path = Path(chosen)
        try:
            write_pdf(self.html(), path, document_title(self.sheet()))
        except (UserError, OSError) as exc:
            text = describe(exc) if isinstance(exc, UserError) else str(exc)
            QMessageBox.warning(self, self.tr("Not saved"), text)
            return None
        return path

    def print_sheet(self) -> None:
        try:
            print_with_preview(self.html(), document_title(self.sheet()), self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), describe(exc))

    def _edit_directory(self) -> None:
        from confidant_app.ui.referral_directory import DirectoryEditor

        editor = DirectoryEditor(self._codebook, self._language, self, data_dir=self._data_dir)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._load_directory()

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._refresh.start()
        super().changeEvent(event)
