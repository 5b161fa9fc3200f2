"""An idle lock while a case is open in the editor: unsaved changes are discarded (the decision is
written down in confidant_app/ui/case_editor.py), every widget of the editor is emptied, what was
saved before is intact, and after the next unlock the confidant is told what was lost."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from confidant_app.domain.codebook import Codebook
from confidant_app.ui.case_editor import CaseEditor
from confidant_app.ui.shell import Shell
from confidant_app.vault import CaseStore, Vault


def open_case(shell: Shell, alias: str) -> CaseEditor:
    window = shell.main_window
    assert window is not None
    summary = next(s for s in shell.session.summaries() if s.alias == alias)
    editor = window.cases.open_case(summary.id)
    assert editor is not None
    return editor


def idle_lock(shell: Shell, qtbot: QtBot) -> None:
    shell.idle.set_minutes(0.002)  # 120 ms
    shell.idle.arm()
    qtbot.waitUntil(lambda: not shell.session.is_open, timeout=3000)


def watch(editor: CaseEditor) -> dict[str, object]:
    """What the editor's widgets hold at the moment it closes (it is deleted right after)."""
    seen: dict[str, object] = {}

    def closing() -> None:
        ui = editor.ui
        seen.update(
            texts=[ui.caseNumberEdit.text(), ui.aliasEdit.text(), ui.notesEdit.toPlainText()],
            undo=[ui.caseNumberEdit.isUndoAvailable(), ui.aliasEdit.isUndoAvailable(),
                  ui.notesEdit.document().isUndoAvailable()],
            codes=[editor.categories.ticked(), editor.referrals.codes(), editor.outcomes.codes()],
            primary=ui.primaryCombo.count(), conversations=editor.conversations.model.rowCount(),
            combos=[c.currentIndex() for c in (ui.unitCombo, ui.roleCombo, ui.positionCombo,
                                                 ui.genderCombo)])

    editor.finished.connect(closing)
    return seen


def assert_emptied(qtbot: QtBot, editor: CaseEditor, seen: dict[str, object]) -> None:
    assert seen == {"texts": ["", "", ""], "undo": [False, False, False],
                    "codes": [[], [], []], "primary": 0, "conversations": 0,
                    "combos": [-1, -1, -1, -1]}
    # ... and then deleted, with everything it held.
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))


def unlock(shell: Shell, qtbot: QtBot, passphrase: str) -> None:
    dialog = shell.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.passphraseEdit.setText(passphrase)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: shell.session.is_open, timeout=10_000)


def test_idle_lock_discards_unsaved_edits_and_keeps_the_saved_case(
        open_shell: Shell, qtbot: QtBot, passphrase: str, case_vault: Path,
        codebook: Codebook) -> None:
    editor = open_case(open_shell, "rode jas")
    seen = watch(editor)
    before = open_shell.session.get(editor._case_id or 0)
    qtbot.keyClicks(editor.ui.notesEdit, "wil niet dat de commandant het weet")
    editor.ui.aliasEdit.setText("rode jas (gewijzigd)")
    editor.ui.outcomeList.item(0).setCheckState(Qt.CheckState.Checked)
    assert editor.is_dirty()

    idle_lock(open_shell, qtbot)
    assert_emptied(qtbot, editor, seen)
    assert open_shell.main_window is not None
    assert open_shell.main_window.cases.editor is None
    assert open_shell.unlock_dialog is not None and open_shell.unlock_dialog.isVisible()

    # The vault holds the case as it was saved, untouched (read here with a second opening).
    with Vault.open(case_vault, passphrase) as vault:
        after = CaseStore(vault, codebook).get(before.id or 0)
    assert after == before

    unlock(open_shell, qtbot, passphrase)
    box = open_shell.main_window.cases.notice_box
    assert box is not None and box.isVisible()
    assert before.case_number is not None and before.case_number in box.text()
    assert "wil niet" not in box.text()


def test_idle_lock_with_an_unsaved_new_case(open_shell: Shell, qtbot: QtBot,
                                            passphrase: str) -> None:
    window = open_shell.main_window
    assert window is not None
    editor = window.cases.new_case()
    assert editor is not None
    seen = watch(editor)
    qtbot.keyClicks(editor.ui.aliasEdit, "nieuwe casus")
    idle_lock(open_shell, qtbot)
    assert_emptied(qtbot, editor, seen)
    unlock(open_shell, qtbot, passphrase)
    assert open_shell.session.count() == 6  # nothing was saved
    box = window.cases.notice_box
    assert box is not None and "new case" in box.text()


def test_an_editor_without_changes_closes_quietly(open_shell: Shell, qtbot: QtBot,
                                                  passphrase: str) -> None:
    editor = open_case(open_shell, "groene mok")
    seen = watch(editor)
    idle_lock(open_shell, qtbot)
    assert_emptied(qtbot, editor, seen)
    unlock(open_shell, qtbot, passphrase)
    assert open_shell.main_window is not None
    assert open_shell.main_window.cases.notice_box is None


def test_a_lock_while_the_unsaved_question_is_open(open_shell: Shell, qtbot: QtBot) -> None:
    editor = open_case(open_shell, "gele lamp")
    editor.ui.aliasEdit.setText("gele lamp 2")
    seen = watch(editor)
    editor.reject()
    box = editor.unsaved_box
    assert box is not None and box.isVisible()
    open_shell.lock()
    assert not box.isVisible()
    assert_emptied(qtbot, editor, seen)
    assert not open_shell.session.is_open
