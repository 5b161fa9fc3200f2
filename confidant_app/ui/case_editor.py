"""The case editor (``forms/case_editor.ui``): log a new case or change one, keyboard first.

Saving builds a ``Case`` with ``make_case`` and hands it to the session (one transaction). When the
domain refuses, each reason is shown in red under its field, focus moves to the first such field,
and nothing is saved. Ctrl+S saves, Esc cancels; leaving with unsaved changes asks whether to save,
discard or stay.

**At an idle lock with unsaved changes, the changes are discarded.** The lock calls ``discard()``:
every widget is emptied (text fields with ``setText``/``setPlainText``, which also drop their undo
history), the editor closes and is deleted, and it reports only the case's row id (or ``None`` for
a new case) so the main window can say after the next unlock that unsaved changes were thrown
away. Why not save them: the confidant never confirmed them; they may be half typed or invalid (a
case without a category cannot be stored); and a silent write would change a released year's
figures behind the confidant's back. Why not keep them for after the unlock: the lock exists so
that nothing of the vault stays readable in memory while the screen is unattended. What was saved
before is untouched in the vault.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from confidant_app.domain.case import Case, make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.ui.app import demo_title
from confidant_app.ui.case_fields import (
    CategoryPicker,
    Checklist,
    combo_code,
    fill_combo,
    set_combo_code,
    to_date,
)
from confidant_app.ui.conversations import ConversationPanel
from confidant_app.ui.errors import describe
from confidant_app.ui.field_errors import GENERAL, FieldMarks, explain, taken_number
from confidant_app.ui.forms.ui_case_editor import Ui_CaseEditor
from confidant_app.ui.models.conversation_table import ConversationRow
from confidant_app.ui.screen_fit import fit_to_screen, shown_rows
from confidant_app.ui.session import Session
from confidant_app.vault.store import DuplicateCaseNumber

Choice = QMessageBox.StandardButton


class CaseEditor(QDialog):
    """Edits one case (``case_id``) or a new one (``None``); ``saved(case_id)`` after a save."""

    saved = Signal(int)

    def __init__(self, session: Session, language: Language, case_id: int | None = None, *,
                 default_unit: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CaseEditor()
        ui.setupUi(self)
        self._session = session
        codebook: Codebook = session.codebook
        self._case_id = case_id
        self._number: str | None = None
        self.unsaved_box: QMessageBox | None = None
        fill_combo(ui.unitCombo, codebook, "unit", language, with_code=True)
        fill_combo(ui.roleCombo, codebook, "role", language)
        fill_combo(ui.positionCombo, codebook, "position", language)
        fill_combo(ui.genderCombo, codebook, "gender", language)
        self.categories = CategoryPicker(ui.categoryTree, ui.primaryCombo, codebook, language)
        self.referrals = Checklist(ui.referralList, codebook, "referral", language)
        self._language = language
        ui.referralSheetButton.clicked.connect(self._referral_sheet)
        self.outcomes = Checklist(ui.outcomeList, codebook, "outcome", language)
        self.conversations = ConversationPanel(ui, codebook, language, self)
        self.marks = FieldMarks(ui.messageLabel, {
            "case_number": (ui.caseNumberError, ui.caseNumberEdit),
            "alias": (ui.aliasError, ui.aliasEdit), "unit": (ui.unitError, ui.unitCombo),
            "role": (ui.roleError, ui.roleCombo), "position": (ui.positionError, ui.positionCombo),
            "gender": (ui.genderError, ui.genderCombo), "opened": (ui.openedError, ui.openedEdit),
            "closed": (ui.closedError, ui.closedEdit),
            "categories": (ui.categoriesError, ui.categoryTree),
            "referrals": (ui.referralsError, ui.referralList),
            "outcomes": (ui.outcomesError, ui.outcomeList),
            "conversations": (ui.conversationsError, ui.conversationDateEdit),
            "notes": (ui.notesError, ui.notesEdit),
        })
        heading = QFont(ui.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        heading.setBold(True)
        ui.headingLabel.setFont(heading)
        ui.closedCheck.toggled.connect(self._closed_toggled)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._load(session.get(case_id) if case_id is not None else None, default_unit)
        self._retranslate()
        # As large as the content needs (every category in view), as far as the screen allows.
        fit_to_screen(self, ui.categoryTree, shown_rows(ui.categoryTree), ui.bodyScroll)

    # -- filling and reading ----------------------------------------------------------------


    def _referral_sheet(self) -> None:
        """The referral sheet with the ticked desks preselected. Only the codes cross over: the
        sheet never receives the case, so nothing of it can be printed."""
        from confidant_app.ui.referral_sheet import ReferralSheetDialog

        dialog = ReferralSheetDialog(self._session.codebook, self._language,
                                     self.referrals.codes(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
    def _load(self, case: Case | None, default_unit: str | None) -> None:
        ui = self.ui
        today = dt.date.today()
        opened = case.opened if case else today
        self._number = case.case_number if case else None
        ui.caseNumberEdit.setText(self._number or "")
        ui.aliasEdit.setText(case.alias or "" if case else "")
        set_combo_code(ui.unitCombo, case.unit if case else default_unit or self._session.unit)
        set_combo_code(ui.roleCombo, case.role if case else None)
        # A new case shows the domain's own defaults (position "other", gender "not recorded").
        defaults = Case.model_fields
        set_combo_code(ui.positionCombo, case.position if case else defaults["position"].default)
        set_combo_code(ui.genderCombo, case.gender if case else defaults["gender"].default)
        ui.openedEdit.setDate(QDate(opened.year, opened.month, opened.day))
        ui.closedCheck.setChecked(bool(case and case.closed))
        closed = case.closed if case and case.closed else today
        ui.closedEdit.setDate(QDate(closed.year, closed.month, closed.day))
        self._closed_toggled(ui.closedCheck.isChecked())
        ui.excludeCheck.setChecked(bool(case and case.exclude_from_statistics))
        self.categories.set_categories(case.categories if case else [])
        self.referrals.set_codes(case.referrals if case else [])
        self.outcomes.set_codes(case.outcomes if case else [])
        rows = [ConversationRow(c.date, c.channel, c.minutes) for c in (case.conversations
                                                                         if case else [])]
        self.conversations.set_rows(rows, rows[-1].date if rows else opened)
        ui.notesEdit.setPlainText(case.notes or "" if case else "")
        self.marks.show({})
        self._initial = self.values()
        # A new case starts at its alias; an existing one is mostly opened to log a conversation.
        (ui.aliasEdit if case is None else ui.conversationDateEdit).setFocus()

    def values(self) -> dict[str, Any]:
        """What the form holds, in the shape ``make_case`` reads."""
        ui = self.ui
        return {
            "id": self._case_id,
            "case_number": ui.caseNumberEdit.text().strip() or None,
            "alias": ui.aliasEdit.text(),
            "unit": combo_code(ui.unitCombo), "role": combo_code(ui.roleCombo),
            "position": combo_code(ui.positionCombo), "gender": combo_code(ui.genderCombo),
            "opened": to_date(ui.openedEdit.date()),
            "closed": to_date(ui.closedEdit.date()) if ui.closedCheck.isChecked() else None,
            "exclude_from_statistics": ui.excludeCheck.isChecked(),
            "categories": self.categories.categories(),
            "referrals": self.referrals.codes(), "outcomes": self.outcomes.codes(),
            "conversations": [r.as_data() for r in self.conversations.rows()],
            "notes": ui.notesEdit.toPlainText(),
        }

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def _closed_toggled(self, closed: bool) -> None:
        self.ui.closedEdit.setEnabled(closed)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store; on a refusal show the reasons at their fields and keep editing."""
        try:
            case = make_case(self.values(), self._session.codebook)
        except ValidationError as exc:
            self.marks.show(explain(exc))
            return False
        try:
            stored = self._session.save(case)
        except UserError as exc:
            taken = isinstance(exc, DuplicateCaseNumber)
            self.marks.show({"case_number": taken_number()} if taken
                              else {GENERAL: describe(exc)})
            return False
        assert stored.id is not None
        self._finish(accepted=True)
        self.saved.emit(stored.id)
        return True

    # -- leaving ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first if something would be lost."""
        if not self.is_dirty():
            self._finish(accepted=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This case has changes that are not saved yet."),
                          Choice.Save | Choice.Discard | Choice.Cancel, self)
        box.setInformativeText(self.tr("Save them before closing?"))
        box.setDefaultButton(Choice.Save)
        box.setEscapeButton(Choice.Cancel)
        box.finished.connect(lambda _code: self._answered(box))
        self.unsaved_box = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        self.unsaved_box = None
        choice = box.standardButton(box.clickedButton())
        box.deleteLater()
        if choice == Choice.Save:
            self.save()
        elif choice == Choice.Discard:
            self._finish(accepted=False)

    def discard(self) -> tuple[bool, int | None]:
        """Close at once, keeping nothing (the lock calls this). Returns whether unsaved changes
        were thrown away, and the case's row id (None for a new case)."""
        lost = self.is_dirty()
        if self.unsaved_box is not None:
            self.unsaved_box.done(Choice.Cancel)
        self._finish(accepted=False)
        return lost, self._case_id

    def _finish(self, *, accepted: bool) -> None:
        """Empty every widget that held case data, then close."""
        ui = self.ui
        for edit in (ui.caseNumberEdit, ui.aliasEdit):
            edit.setText("")  # not clear(): that is undoable and would keep the text
        ui.notesEdit.setPlainText("")  # also clears the undo history
        for combo in (ui.unitCombo, ui.roleCombo, ui.positionCombo, ui.genderCombo):
            combo.setCurrentIndex(-1)
        self.categories.set_categories([])
        self.referrals.set_codes([])
        self.outcomes.set_codes([])
        self.conversations.set_rows([], dt.date.today())
        for check in (ui.closedCheck, ui.excludeCheck):
            check.setChecked(False)
        self.marks.show({})
        self._initial = self.values()
        self._number = None
        super().accept() if accepted else super().reject()

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        # The role has no default: an empty box asks for a choice (the domain requires one).
        self.ui.roleCombo.setPlaceholderText(self.tr("Choose…"))
        heading = (self.tr("Case {number}").format(number=self._number) if self._number
                   else self.tr("New case") if self._case_id is None else self.tr("Case"))
        self.ui.headingLabel.setText(heading)
        self.setWindowTitle(demo_title(heading, self._session.demo))
