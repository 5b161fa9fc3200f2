"""The referral-sheet dialog and the directory editor, driven as a confidant would."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from support import pdf
from support.cases import case
from support.referrals import filled_raw, write_local

from confidant_app.domain.codebook import Codebook
from confidant_app.referral import directory as referrals
from confidant_app.ui.app import Translations
from confidant_app.ui.referral_directory import DirectoryEditor
from confidant_app.ui.referral_sheet import ReferralSheetDialog


@pytest.fixture
def data_dir() -> Path:
    return Path(os.environ["CONFIDANT_DATA_DIR"])  # a fresh folder per test (tests/conftest.py)


@pytest.fixture
def sheet_dialog(qtbot: QtBot, codebook: Codebook) -> Iterator[ReferralSheetDialog]:
    dialog = ReferralSheetDialog(codebook, "nl", ["BMW", "AGO"])
    qtbot.addWidget(dialog)
    dialog.resize(1000, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def checked(dialog: ReferralSheetDialog) -> list[str]:
    items = [dialog.ui.deskList.item(i) for i in range(dialog.ui.deskList.count())]
    return [i.data(Qt.ItemDataRole.UserRole) for i in items
            if i.checkState() == Qt.CheckState.Checked]


def item(dialog: ReferralSheetDialog, code: str) -> object:
    items = [dialog.ui.deskList.item(i) for i in range(dialog.ui.deskList.count())]
    return next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == code)


def test_the_cases_referrals_are_preselected_and_previewed(
        sheet_dialog: ReferralSheetDialog, qtbot: QtBot) -> None:
    assert checked(sheet_dialog) == ["AGO", "BMW"]
    assert sheet_dialog.sheet().codes == ("BMW", "AGO")
    qtbot.waitUntil(lambda: not sheet_dialog.ui.previewLabel.pixmap().isNull())
    assert sheet_dialog.ui.printButton.isEnabled()


def test_each_audience_keeps_its_own_choice(sheet_dialog: ReferralSheetDialog) -> None:
    sheet_dialog.ui.managerRadio.setChecked(True)
    assert checked(sheet_dialog) == ["HR", "INT", "AGO"]
    item(sheet_dialog, "INT").setCheckState(Qt.CheckState.Unchecked)  # type: ignore[attr-defined]
    assert sheet_dialog.sheet().codes == ("HR", "AGO")
    sheet_dialog.ui.employeeRadio.setChecked(True)
    assert checked(sheet_dialog) == ["AGO", "BMW"]
    sheet_dialog.ui.managerRadio.setChecked(True)
    assert sheet_dialog.sheet().codes == ("HR", "AGO")


def test_no_desk_means_nothing_to_print(sheet_dialog: ReferralSheetDialog, qtbot: QtBot) -> None:
    for code in ("AGO", "BMW"):
        item(sheet_dialog, code).setCheckState(Qt.CheckState.Unchecked)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not sheet_dialog.ui.savePdfButton.isEnabled())
    assert not sheet_dialog.ui.printButton.isEnabled()
    assert "Choose at least one desk" in sheet_dialog.notice


def test_a_shrunk_sheet_says_so(sheet_dialog: ReferralSheetDialog, qtbot: QtBot) -> None:
    for index in range(sheet_dialog.ui.deskList.count()):
        sheet_dialog.ui.deskList.item(index).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "Shrunk to" in sheet_dialog.notice)
    assert sheet_dialog.ui.savePdfButton.isEnabled()


def test_too_much_for_one_page_is_said_and_not_printed(qtbot: QtBot, codebook: Codebook,
                                                       data_dir: Path) -> None:
    raw = filled_raw()
    for desk in raw["desks"]:
        desk["does"] = [{"nl": "een lange uitleg " * 12, "en": "a long explanation " * 12}] * 5
    write_local(data_dir, raw)
    dialog = ReferralSheetDialog(codebook, "nl", referrals.load_shipped().codes())
    qtbot.addWidget(dialog)
    dialog.ui.largeCheck.setChecked(True)
    qtbot.waitUntil(lambda: "does not fit on one page" in dialog.notice)
    assert not dialog.ui.savePdfButton.isEnabled() and not dialog.ui.printButton.isEnabled()


def test_save_as_pdf_writes_the_sheet_in_the_chosen_language(
        sheet_dialog: ReferralSheetDialog, tmp_path: Path) -> None:
    sheet_dialog.ui.languageCombo.setCurrentIndex(1)
    sheet_dialog.ui.largeCheck.setChecked(True)
    assert sheet_dialog.sheet().lang == "en" and sheet_dialog.sheet().large
    out = sheet_dialog.save_pdf(tmp_path / "sheet.pdf")
    assert out == tmp_path / "sheet.pdf"
    assert pdf.pages(out) == 1
    text = pdf.text(out)
    assert "Company social work" in text and "Who can help you next?" in text


def test_a_sheet_from_a_case_shows_nothing_of_it(qtbot: QtBot, codebook: Codebook,
                                                 tmp_path: Path) -> None:
    c = case(codebook, alias="Canary Kestrel", case_number="CANARY-4711",
             notes="Canary note about Sergeant Voorbeeld", referrals=["HR", "MID"])
    dialog = ReferralSheetDialog(codebook, "nl", c.referrals)
    qtbot.addWidget(dialog)
    out = dialog.save_pdf(tmp_path / "case.pdf")
    assert out is not None
    text = pdf.text(out)
    assert "HR-adviseur" in text and "Meldpunt Integriteit Defensie" in text
    for secret in ("Canary", "CANARY", "4711", "Kestrel", "Voorbeeld", "AC.ARB",
                   codebook.category_label("AC.ARB"), "2025"):
        assert secret not in text, secret


def test_a_broken_local_directory_is_reported_and_the_shipped_one_used(
        qtbot: QtBot, codebook: Codebook, data_dir: Path) -> None:
    (data_dir / "referrals.json").write_text("[]", encoding="utf-8")
    dialog = ReferralSheetDialog(codebook, "nl", ["HR"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "could not be used" in dialog.notice)
    assert "referrals.json" in dialog.notice
    assert dialog.ui.printButton.isEnabled()  # the shipped directory still prints


def test_dutch_interface(qtbot: QtBot, codebook: Codebook, translations: Translations) -> None:
    translations.set_language("nl")
    dialog = ReferralSheetDialog(codebook, "nl", ["HR"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Verwijsblad"
    assert dialog.ui.printButton.text() == "&Afdrukken…"
    assert dialog.ui.deskList.item(0).text() == "HR · HR-adviseur"
    editor = DirectoryEditor(codebook, "nl")
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "Verwijsgids"
    assert editor.ui.phoneEdit.placeholderText() == "nog in te vullen"


# -- the directory editor --------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot, codebook: Codebook) -> DirectoryEditor:
    dialog = DirectoryEditor(codebook, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_wrong_email_is_shown_at_its_field_and_nothing_is_saved(
        editor: DirectoryEditor, data_dir: Path) -> None:
    editor.ui.deskList.setCurrentRow(5)  # BMW
    editor.ui.emailEdit.setText("bmw at mindef")
    editor.ui.deskList.setCurrentRow(0)  # the fault is on another desk than the one shown
    assert not editor.save()
    assert editor.ui.deskList.currentRow() == 5
    assert QApplication.focusWidget() is editor.ui.emailEdit
    assert "border" in editor.ui.emailEdit.styleSheet()
    assert "Bedrijfsmaatschappelijk werk" in editor.message
    assert "not an e-mail address" in editor.message
    assert not (data_dir / "referrals.json").exists()


@pytest.mark.parametrize(("field", "text", "fragment"), [
    ("nameEnEdit", "", "Dutch and in English"),
    ("phoneEdit", "call me", "not a phone number"),
    ("intranetEdit", "intranet/hr", "not a web address"),
    ("doesEnEdit", "only one point", "as many points"),
])
def test_every_fault_points_at_its_field(editor: DirectoryEditor, field: str, text: str,
                                         fragment: str) -> None:
    widget: QWidget = getattr(editor.ui, field)
    widget.setPlainText(text) if field.startswith("does") else widget.setText(text)  # type: ignore[attr-defined]
    assert not editor.save()
    assert fragment in editor.message
    assert QApplication.focusWidget() is widget


def test_no_unit_is_refused(editor: DirectoryEditor) -> None:
    for box in editor._units.values():
        box.setChecked(False)
    assert not editor.save()
    assert "at least one unit" in editor.message


def test_saving_fills_in_a_placeholder_and_keeps_the_others(editor: DirectoryEditor,
                                                            data_dir: Path) -> None:
    editor.ui.deskList.setCurrentRow(2)  # AGO
    editor.ui.phoneEdit.setText("+31 70 318 00 00")
    editor.ui.moreInfoEdit.setText("https://intranet.mindef.nl/integriteit")
    assert editor.save(), editor.message
    loaded = referrals.load(data_dir)
    assert loaded.source == "local"
    ago = loaded.directory.desk("AGO")
    assert ago.phone is not None and not ago.phone.placeholder
    assert ago.phone.value == "+31 70 318 00 00"
    assert ago.email is not None and ago.email.placeholder  # untouched: still to be filled in
    assert loaded.directory.desk("LG").phone is None  # never had one, still has none
    assert not loaded.directory.more_info.placeholder


def test_reset_returns_to_the_shipped_directory(qtbot: QtBot, codebook: Codebook,
                                                data_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    write_local(data_dir)
    dialog = DirectoryEditor(codebook, "en")
    qtbot.addWidget(dialog)
    assert dialog.ui.phoneEdit.text() == "+31 70 555 0000"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    dialog.reset()
    assert not (data_dir / "referrals.json").exists()
    assert dialog.ui.phoneEdit.text() == ""
    assert dialog.ui.phoneEdit.placeholderText() == "to be filled in"


def test_a_broken_local_copy_opens_the_shipped_one_with_the_reason(
        qtbot: QtBot, codebook: Codebook, data_dir: Path) -> None:
    (data_dir / "referrals.json").write_text("{", encoding="utf-8")
    dialog = DirectoryEditor(codebook, "en")
    qtbot.addWidget(dialog)
    assert "not valid JSON" in dialog.message and "shipped" in dialog.message
