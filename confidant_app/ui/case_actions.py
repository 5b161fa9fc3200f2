"""New, open and delete from the case list, and what an idle lock did to an open editor.

The main window only assembles; this object carries the case actions of its menu: it opens a
``CaseEditor`` (one at a time, window-modal, deleted when closed), selects the saved case in the
list, asks before deleting, and after a lock that discarded unsaved changes (see the decision in
``case_editor``) tells the confidant at the next unlock. Between the lock and that message it
holds only row ids, never case content.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.ui.case_editor import CaseEditor
from confidant_app.ui.case_list import CaseList
from confidant_app.ui.errors import describe
from confidant_app.ui.session import Session

Choice = QMessageBox.StandardButton


class CaseActions(QObject):
    def __init__(self, window: QWidget, session: Session, case_list: CaseList,
                 language: Language) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._list = case_list
        self.language: Language = language
        self.default_unit: str | None = None
        self.editor: CaseEditor | None = None
        self.confirm_box: QMessageBox | None = None
        self.notice_box: QMessageBox | None = None
        self._discarded: list[int | None] = []
        case_list.open_requested.connect(self.open_case)

    # -- editing ----------------------------------------------------------------------------

    def new_case(self) -> CaseEditor | None:
        return self._edit(None)

    def open_selected(self) -> CaseEditor | None:
        case_id = self._list.selected_case_id()
        return None if case_id is None else self._edit(case_id)

    def open_case(self, case_id: int) -> CaseEditor | None:
        return self._edit(case_id)

    def _edit(self, case_id: int | None) -> CaseEditor | None:
        if self.editor is not None or not self._session.is_open:
            return self.editor
        try:
            editor = CaseEditor(self._session, self.language, case_id,
                                default_unit=self.default_unit, parent=self._window)
        except UserError as exc:  # the case was deleted meanwhile, the vault was locked
            QMessageBox.warning(self._window, self.tr("Case"), describe(exc))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.saved.connect(self._saved)
        editor.finished.connect(self._closed)
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, case_id: int) -> None:
        # The list was read again already (the session's ``changed``); show the saved case.
        self._list.select_case(case_id)

    def _closed(self) -> None:
        self.editor = None
        self._list.ui.caseTable.setFocus()

    # -- deleting ---------------------------------------------------------------------------

    def delete_selected(self) -> None:
        case_id = self._list.selected_case_id()
        if case_id is None or self.confirm_box is not None:
            return
        number = self._session.get(case_id).case_number or "?"
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete case"),
                          self.tr("Delete case {number}?").format(number=number),
                          Choice.Yes | Choice.No, self._window)
        box.setInformativeText(self.tr("Its conversations and notes are deleted with it. "
                                       "This cannot be undone."))
        box.button(Choice.Yes).setText(self.tr("&Delete"))
        box.button(Choice.No).setText(self.tr("&Keep"))
        box.setDefaultButton(Choice.No)
        box.finished.connect(lambda _code: self._delete_answered(box, case_id))
        self.confirm_box = box
        box.open()

    def _delete_answered(self, box: QMessageBox, case_id: int) -> None:
        self.confirm_box = None
        confirmed = box.standardButton(box.clickedButton()) == Choice.Yes
        box.deleteLater()
        if not confirmed or not self._session.is_open:
            return
        try:
            self._session.delete(case_id)
        except UserError as exc:
            QMessageBox.warning(self._window, self.tr("Delete case"), describe(exc))

    # -- locking ----------------------------------------------------------------------------

    def discard(self) -> None:
        """At a lock: close the editor without saving, and remember (by id) what was lost."""
        if self.confirm_box is not None:
            self.confirm_box.done(Choice.No)
        if self.editor is not None:
            lost, case_id = self.editor.discard()
            if lost:
                self._discarded.append(case_id)

    def tell_discarded(self) -> None:
        """After an unlock: say which unsaved changes the lock threw away (if any)."""
        if not self._discarded or not self._session.is_open:
            return
        lines = []
        for case_id in self._discarded:
            if case_id is None:
                lines.append(self.tr("A new case that was not saved yet was discarded."))
                continue
            try:
                number = self._session.get(case_id).case_number or "?"
            except UserError:
                continue
            lines.append(self.tr("Unsaved changes to case {number} were discarded.")
                         .format(number=number))
        self._discarded = []
        if not lines:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Vault was locked"),
                          "\n".join(lines), Choice.Ok, self._window)
        box.setInformativeText(self.tr("The vault locked itself while a case was open. "
                                       "Everything saved before is unchanged."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: setattr(self, "notice_box", None))
        self.notice_box = box
        box.open()
