"""The main window: it only assembles. Menus, tool bar and status bar come from
``forms/main_window.ui``; the case list is a page of its own (``case_list.CaseList``), the case
actions (new, open, delete, and what a lock discarded) live in ``case_actions.CaseActions``, the
care of the vault (backups, the last backup's age, the retention reminder, purge and audit trail)
in ``care_actions.CareActions``, and import and export are dialogs of their own, opened here.
Settings and restoring a backup belong to the shell, which is asked through
``settings_requested`` and ``restore_requested``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from confidant_app import __version__
from confidant_app.domain.labels import Language
from confidant_app.ui.app import demo_title
from confidant_app.ui.care_actions import CareActions
from confidant_app.ui.case_actions import CaseActions
from confidant_app.ui.case_list import CaseList
from confidant_app.ui.first_frame import AfterFirstFrame
from confidant_app.ui.forms.ui_main_window import Ui_MainWindow
from confidant_app.ui.session import Session


class MainWindow(QMainWindow):
    """``lock_requested`` asks the shell to lock (the shell owns the order of a lock);
    ``settings_requested``: the confidant chose Settings; ``coordinator_requested``: open the
    coordinator's workspace (the shell owns it); ``restore_requested``: restore a backup (the
    shell locks for it); ``closed``: the confidant closed the window, which ends the
    application."""

    lock_requested = Signal()
    settings_requested = Signal()
    coordinator_requested = Signal()
    restore_requested = Signal()
    closed = Signal()

    def __init__(self, session: Session, language: Language,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._session = session
        self._language: Language = language
        self._counts = (0, 0, 0)
        self._vault_name = ("", "")  # label or file name, unit; empty while locked
        self.case_list = CaseList(session, language, self)
        self.ui.centralLayout.addWidget(self.case_list)
        self.cases = CaseActions(self, session, self.case_list, language)
        self.care = CareActions(self, self.ui, session, language)
        self._care_pending: AfterFirstFrame | None = None  # the notices, until the first frame
        session.changed.connect(self.case_list.reload)
        self._counts_label = QLabel(self)
        self._vault_label = QLabel(self)
        self._demo_label = QLabel(self)
        self.ui.statusBar.addWidget(self._counts_label, 1)
        self.ui.statusBar.addPermanentWidget(self._demo_label)
        self.ui.statusBar.addPermanentWidget(self._vault_label)
        self._demo_label.setVisible(session.demo)
        self._demo_label.setStyleSheet("font-weight: bold")

        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSearch.triggered.connect(self.case_list.focus_search)
        self.ui.actionClearFilters.triggered.connect(self.case_list.clear_filters)
        self.ui.actionRefresh.triggered.connect(self.case_list.reload)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionNewCase.triggered.connect(self.cases.new_case)
        self.ui.actionOpenCase.triggered.connect(self.cases.open_selected)
        self.ui.actionDeleteCase.triggered.connect(self.cases.delete_selected)
        self.case_list.ui.caseTable.addAction(self.ui.actionDeleteCase)
        self.ui.actionImport.triggered.connect(self.open_import)
        self.ui.actionExport.triggered.connect(self.open_export)
        self.ui.actionSettings.triggered.connect(self.settings_requested)
        self.ui.actionRestore.triggered.connect(self.restore_requested)
        self.ui.actionCoordinator.triggered.connect(self.coordinator_requested)
        self.ui.actionReferralSheet.triggered.connect(self.open_referral_sheet)
        self.ui.actionReferralDirectory.triggered.connect(self.open_referral_directory)
        self.case_list.counts_changed.connect(self._show_counts)
        self._fit_to_screen()
        self._retranslate()

    def show_vault(self) -> None:
        """Fill the window from the unlocked vault: the list first. The care notices (the last
        backup's age, the retention reminder) read the vault too, ~10 ms at 100,000 cases, so
        a window about to be shown gets them just after its first frame."""
        session = self._session
        self._vault_name = (session.label or session.path.name, session.unit)
        self.case_list.reload()
        self._retranslate()
        if self.isVisible():
            self.care.show_vault()
        elif self._care_pending is None:
            self._care_pending = AfterFirstFrame(self, self._show_care)
        self.cases.tell_discarded()

    def _show_care(self) -> None:
        self._care_pending = None
        if self._session.is_open:
            self.care.show_vault()

    def open_import(self) -> QDialog:
        from confidant_app.ui.import_dialog import ImportDialog

        return self._open_dialog(ImportDialog(self._session, parent=self))

    def open_export(self) -> QDialog:
        from confidant_app.ui.export_dialog import ExportDialog

        return self._open_dialog(ExportDialog(self._session, self._language, parent=self))

    def open_referral_sheet(self) -> QDialog:
        from confidant_app.ui.referral_sheet import ReferralSheetDialog

        return self._open_dialog(
            ReferralSheetDialog(self._session.codebook, self._language, parent=self))

    def open_referral_directory(self) -> QDialog:
        from confidant_app.ui.referral_directory import DirectoryEditor

        return self._open_dialog(
            DirectoryEditor(self._session.codebook, self._language, parent=self))

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        # Deleted when closed: whatever it read from the vault goes with it.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def clear(self) -> None:
        """Drop everything the window shows about the vault (the lock calls this), including any
        dialog it opened: an open case editor is discarded without asking (``case_editor`` says
        why); every other dialog's ``reject`` empties what it showed."""
        self.cases.discard()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.case_list.clear()
        if self._care_pending is not None:  # locked before the first frame
            self._care_pending.cancel()
            self._care_pending = None
        self.care.clear()
        self._vault_name = ("", "")
        self._retranslate()

    def set_language(self, language: Language) -> None:
        self._language = language
        self.cases.language = language
        self.care.language = language
        self.case_list.set_language(language)

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        self.resize(min(self.width(), available.width()), min(self.height(), available.height()))

    def _show_counts(self, shown: int, total: int, open_: int) -> None:
        self._counts = (shown, total, open_)
        self._counts_label.setText(
            self.tr("Cases: {shown} of {total} shown · {open} open")
            .format(shown=shown, total=total, open=open_) if total else "")

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Confidant"), self.tr(
            "<p><b>Confidant {version}</b></p><p>An offline, encrypted case log for Defence "
            "confidants. It opens no network connection, and only anonymised counts leave this "
            "computer, when you export them.</p>").format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        name, unit = self._vault_name
        self._vault_label.setText(self.tr("Vault: {name} ({unit})").format(name=name, unit=unit)
                                  if name else "")
        self.setWindowTitle(demo_title(f"Confidant — {name}" if name else "Confidant",
                                       self._session.demo))
        self._demo_label.setText(self.tr("Demo: made-up cases, deleted when you quit"))
        self._show_counts(*self._counts)
        self.care.retranslate()
