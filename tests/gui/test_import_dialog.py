"""The import dialog over the same core as ``confidant import``: every bad row listed before
anything is written, in the interface language (Dutch first), a good file imported on
confirmation, case numbers already in the vault refused as the command line refuses them, the file
read off the interface thread."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
import string
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from confidant_app import importer
from confidant_app.domain.codebook import Codebook
from confidant_app.importer.fields import KEYS
from confidant_app.importer.texts import CONTEXT, ENGLISH, Code, Count, Text, other, say
from confidant_app.ui import import_problems
from confidant_app.ui.app import Translations
from confidant_app.ui.import_dialog import ImportDialog
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell

DATA = Path(__file__).parents[1] / "data" / "import"
BAD_CSV = (
    "opened,unit,categories,role,gender,conversations\n"
    "2025-01-01,CLAS,OG.INT,MIL,V,\n"
    "2025-13-01,CLAS,OG.XXX,MIL,Q,\n"
    "2030-01-01,XX,OG.INT,,V,2025-01-01/Z/10\n"
)


@pytest.fixture
def window(open_shell: Shell) -> MainWindow:
    assert open_shell.main_window is not None
    return open_shell.main_window


def open_dialog(window: MainWindow, qtbot: QtBot) -> ImportDialog:
    dialog = window.open_import()
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def check(dialog: ImportDialog, qtbot: QtBot, path: Path) -> None:
    dialog.set_path(path)
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.busy  # the file is read on a worker thread
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def import_button(dialog: ImportDialog) -> object:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def shown_problems(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    tree = dialog.ui.problemTree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
            for i in range(tree.topLevelItemCount())]


def shown_fields(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    """Row, the field as the command line names it (the tooltip), and the sentence shown."""
    tree = dialog.ui.problemTree
    return [(item.text(0), item.toolTip(1), item.text(2))
            for item in map(tree.topLevelItem, range(tree.topLevelItemCount()))]


def test_every_problem_of_a_bad_file_is_listed_and_nothing_is_written(
        window: MainWindow, open_shell: Shell, qtbot: QtBot, tmp_path: Path,
        codebook: Codebook) -> None:
    bad = tmp_path / "register.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    with pytest.raises(importer.ImportRefusal) as refused:
        importer.read_cases(bad, codebook)
    expected = [(str(p.line), p.field or "", p.message) for p in refused.value.problems]
    assert len(expected) >= 6

    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, bad)
    # Every one, in file order, with its row and field; in English the sentences are the command
    # line's, and the field as the command line names it is the tooltip.
    assert shown_fields(dialog) == expected
    assert [field for _row, field, _text in shown_problems(dialog)][:3] == [
        "First contact (opened)", "Categories", "Gender"]
    assert dialog.ui.problemTree.headerItem().text(0) == "Row"
    assert "nothing was imported" in dialog.ui.statusLabel.text().lower()
    assert not import_button(dialog).isEnabled()  # type: ignore[attr-defined]
    dialog.import_cases()
    assert open_shell.session.count() == 6


@pytest.mark.parametrize("name", ["good.csv", "good.jsonl", "good.xlsx"])
def test_a_good_file_is_imported_on_confirmation(name: str, window: MainWindow,
                                                 open_shell: Shell, qtbot: QtBot,
                                                 codebook: Codebook) -> None:
    expected = importer.read_cases(DATA / name, codebook)
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, DATA / name)
    assert shown_problems(dialog) == []
    assert str(len(expected)) in dialog.ui.statusLabel.text()
    assert open_shell.session.count() == 6  # checked, not yet written
    button = import_button(dialog)
    assert button.isEnabled()  # type: ignore[attr-defined]
    button.click()  # type: ignore[attr-defined]
    assert dialog.imported_count == len(expected)
    assert open_shell.session.count() == 6 + len(expected)
    assert window.case_list.model.rowCount() == 6 + len(expected)  # the list was read again
    assert not button.isEnabled()  # type: ignore[attr-defined]  # no second import


def test_case_numbers_already_in_the_vault_are_refused_like_the_cli(
        window: MainWindow, open_shell: Shell, qtbot: QtBot, tmp_path: Path) -> None:
    clash = tmp_path / "clash.jsonl"
    clash.write_text(
        '{"opened": "2025-02-01", "unit": "CLAS", "categories": ["AC.ARB"], "role": "MIL"}\n'
        '{"case_number": "2024-0001", "opened": "2024-02-01", "unit": "CLAS", '
        '"categories": ["AC.ARB"], "role": "MIL"}\n'
        '{"case_number": "2025-0003", "opened": "2025-02-01", "unit": "CLAS", '
        '"categories": ["AC.ARB"], "role": "MIL"}\n', encoding="utf-8")
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, clash)
    assert sorted(shown_fields(dialog)) == [
        ("2", "case_number", "2024-0001 is already in the vault"),
        ("3", "case_number", "2025-0003 is already in the vault")]
    assert dialog.ui.problemTree.headerItem().text(0) == "Line"
    assert not import_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert open_shell.session.count() == 6


def test_the_file_is_read_off_the_interface_thread(window: MainWindow, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real = importer.read_cases

    def spy(path: Path, codebook: Codebook) -> list[importer.ImportedCase]:
        threads.append(threading.current_thread())
        return real(path, codebook)

    monkeypatch.setattr("confidant_app.ui.import_dialog.read_cases", spy)
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, DATA / "good.csv")
    assert threads and threads[0] is not threading.main_thread()


def test_changing_the_path_forgets_the_last_check(window: MainWindow, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, DATA / "good.jsonl")
    assert import_button(dialog).isEnabled()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.ui.fileEdit, "x")
    assert not import_button(dialog).isEnabled()  # type: ignore[attr-defined]


def test_a_lock_closes_the_dialog_and_drops_what_it_read(
        window: MainWindow, open_shell: Shell, qtbot: QtBot, tmp_path: Path) -> None:
    copy = tmp_path / "copy.csv"
    shutil.copy(DATA / "good.csv", copy)
    dialog = open_dialog(window, qtbot)
    check(dialog, qtbot, copy)
    assert dialog._cases
    open_shell.lock()
    assert not dialog.isVisible() and dialog._cases == []
    assert dialog.ui.problemTree.topLevelItemCount() == 0


# -- Dutch first ------------------------------------------------------------------------------

# Dutch sentences the dialog shows for BAD_CSV, by row and field (the command line's English in
# the comments).
DUTCH_BAD_CSV = [
    # no such day in the calendar; expected a date like 2025-03-04 or 04-03-2025
    ("3", "Eerste contact (opened)",
     "die dag bestaat niet; verwacht een datum zoals 2025-03-04 of 04-03-2025"),
    # unknown category code 'OG.XXX' in taxonomy defensie-2025
    ("3", "Categorieën (categories)",
     "onbekende categoriecode 'OG.XXX' in de categorielijst defensie-2025"),
    # unknown code 'Q'; valid: V, M, X, O
    ("3", "Gender", "onbekende code 'Q'; geldig: V, M, X, O"),
    # date lies in the future
    ("4", "Eerste contact (opened)", "de datum ligt in de toekomst"),
    # unknown code 'XX'; valid: BS, CZSK, CLAS, CLSK, KMAR, DOSCO, COMMIT
    ("4", "Onderdeel (unit)", "onbekende code 'XX'; geldig: BS, CZSK, CLAS, CLSK, KMAR, DOSCO, "
                              "COMMIT"),
    # empty; expected one of the codes MIL, BUR, RES, THU, EXT
    ("4", "Rol (role)", "leeg; verwacht een van de codes MIL, BUR, RES, THU, EXT"),
    # unknown code 'Z'; valid: F, T, V, E
    ("4", "Gesprek 1, kanaal (conversations)", "onbekende code 'Z'; geldig: F, T, V, E"),
]


def test_a_dutch_confidant_reads_every_problem_in_dutch(
        make_shell: Callable[..., Shell], session: Session, translations: Translations,
        qtbot: QtBot, tmp_path: Path) -> None:
    translations.set_language("nl")
    shell = make_shell(session)
    shell.start()
    assert shell.main_window is not None
    qtbot.waitExposed(shell.main_window)
    bad = tmp_path / "register.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    dialog = open_dialog(shell.main_window, qtbot)
    dialog.resize(900, 420)
    check(dialog, qtbot, bad)
    assert sorted(shown_problems(dialog)) == sorted(DUTCH_BAD_CSV)
    assert dialog.ui.problemTree.headerItem().text(0) == "Rij"
    assert "Er is niets geïmporteerd" in dialog.ui.statusLabel.text()
    # The first problem, whole, beneath the list (a long sentence is cut short in its column).
    assert dialog.ui.problemDetail.text() == (
        "Rij 3 · Eerste contact (opened): die dag bestaat niet; verwacht een datum zoals "
        "2025-03-04 of 04-03-2025")
    folder = os.environ.get("CONFIDANT_SHOTS")
    if folder:  # to look at, as tests/gui/test_screenshots.py keeps its shots
        dialog.grab().save(str(Path(folder) / "import_dialog_problems_nl.png"))

    shell.set_language("en")  # a switch while the problems are shown says them again
    role = ("4", "Role", "empty; expected one of the codes MIL, BUR, RES, THU, EXT")
    qtbot.waitUntil(lambda: role in shown_problems(dialog))
    assert dialog.ui.problemTree.headerItem().text(0) == "Row"
    assert import_button(dialog).text() == "&Import"  # type: ignore[attr-defined]  # not "OK"
    assert dialog.ui.statusLabel.text().startswith("Problems found: 7.")


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


# Codes whose Dutch sentence may read as the English one: none yet. A code added here must say
# why (a sentence of names and codes only, say).
SAME_IN_DUTCH: frozenset[Code] = frozenset()
# Field names Dutch shares with English (test_build allows these words for the whole catalogue).
SAME_FIELD_NAMES = frozenset({"gender", "alias"})


def test_every_problem_code_has_a_dutch_sentence(translations: Translations) -> None:
    """The codes come from one place (``importer.texts.Code``): a new code without a Dutch
    sentence, or with one that drops or invents a placeholder, fails here."""
    translations.set_language("nl")
    assert set(ENGLISH) == set(Code)
    for code in Code:
        if code is Code.OTHER:
            continue  # a sentence from elsewhere, shown as it came
        english = ENGLISH[code]
        dutch = QCoreApplication.translate(CONTEXT, english)
        assert dutch != english or code in SAME_IN_DUTCH, f"{code}: no Dutch sentence"
        assert placeholders(dutch) == placeholders(english), f"{code}: {dutch!r}"
    labels = import_problems.field_labels()
    assert set(labels) == set(KEYS)
    for key, label in labels.items():
        assert import_problems._same(label, key) == (key in SAME_FIELD_NAMES), (key, label)


def test_nested_sentences_and_numbers_follow_the_language(translations: Translations) -> None:
    problem = say(Code.EXPECTED, expected=say(Code.EXPECT_MINUTES, max=1440))
    limit = say(Code.TOO_MANY_ROWS, limit=Count(100_000))
    assert import_problems.describe(problem) == problem.english() == (
        "expected a whole number of minutes from 0 to 1440")
    assert import_problems.describe(limit) == limit.english()
    assert "100,000 cases" in limit.english()
    translations.set_language("nl")
    assert import_problems.describe(problem) == (
        "verwacht een heel aantal minuten van 0 tot en met 1440")
    assert import_problems.describe(limit).startswith("meer dan 100.000 casussen; ")


def test_a_sentence_the_dialog_cannot_translate_is_shown_in_english(
        translations: Translations, monkeypatch: pytest.MonkeyPatch) -> None:
    translations.set_language("nl")
    # A sentence from elsewhere (a library, a caller's own words) has no code of its own.
    assert import_problems.describe(other("the disk said no")) == "the disk said no"
    problem = importer.Problem(2, "unit", "a caller's sentence")
    assert problem.code is Code.OTHER
    assert import_problems.describe(problem.text) == "a caller's sentence"
    # A translation that does not fit its code's parameters: the English is still true.
    fits = say(Code.COLUMN_TWICE, first="B", second="C")
    assert import_problems.describe(fits) == "de kolom staat er twee keer in (kolommen B en C)"
    monkeypatch.setattr(import_problems, "translated", lambda _english: "kolom {eerste}")
    assert import_problems.describe(fits) == "the column appears twice (columns B and C)"
    # A code the dialog has no template for (a newer importer, say).
    monkeypatch.setattr(import_problems, "ENGLISH", {})
    assert import_problems.describe(Text(Code.COLUMN_MISSING)) == (
        "this required column is missing from the header row")


def test_fields_are_named_by_the_column_in_the_file(translations: Translations) -> None:
    name = import_problems.field_name
    assert [name(f) for f in ("opened", "unit", "case_number", "conversations[2].channel",
                              "conversations[3]", "categories[2]", "conversations[1].x",
                              "made_up", None)] == [
        "First contact (opened)", "Unit", "Case number (case_number)",
        "Conversation 2, channel (conversations)",
        "Conversation 3 (conversations)", "Categories, item 2 (categories)",
        "Conversation 1, x (conversations)", "made_up", ""]
    translations.set_language("nl")
    assert [name(f) for f in ("opened", "gender", "notes", "conversations[2].minutes",
                              "referrals[1]")] == [
        "Eerste contact (opened)", "Gender", "Notities (notes)",
        "Gesprek 2, minuten (conversations)", "Verwezen naar, nr. 1 (referrals)"]


def _python_says() -> list[str]:
    """The reasons Python and the system give here, made to happen."""
    said = [os.strerror(number) for number in (errno.ENOENT, errno.EACCES, errno.EISDIR,
                                                errno.EIO, errno.ENAMETOOLONG, errno.EPERM)]
    for text in ("", "{", '{"a" 1}', '{"a":1 "b":2}', '"abc', '"a\x01"', '"\\q"', '"\\u12"',
                 "{} x"):
        with pytest.raises(json.JSONDecodeError) as refused:
            json.loads(text)
        said.append(refused.value.msg)
    limit = csv.field_size_limit()
    with pytest.raises(csv.Error) as too_long:
        list(csv.reader(io.StringIO("x" * (limit + 1), newline="")))  # as csv_reader reads
    return [*said, str(too_long.value)]


def test_the_reasons_translated_are_the_ones_python_gives(translations: Translations) -> None:
    said = _python_says()
    patterned = [english for english in said
                 if any(p.fullmatch(english) for p, _ in import_problems.REASON_PATTERNS)]
    assert sorted(set(said) - set(patterned)) == sorted(import_problems.REASONS)
    assert len(patterned) == 1  # the field limit
    translations.set_language("nl")
    for english in said:
        dutch = import_problems.reason(english)
        assert dutch != english and "{" not in dutch, english


def test_a_dutch_confidant_reads_the_systems_reasons_in_dutch(translations: Translations) -> None:
    missing = say(Code.FILE_UNREADABLE, reason="No such file or directory")
    json_line = say(Code.JSON_INVALID, reason="Expecting value", column=1, example="{}")
    csv_row = say(Code.CSV_UNREADABLE_ROW, reason="field larger than field limit (131072)",
                  fix=say(Code.SAVE_AS_CSV_UTF8))
    unknown = say(Code.FILE_UNREADABLE, reason="Stale file handle")
    for text in (missing, json_line, csv_row, unknown):  # English: as the command line says it
        assert import_problems.describe(text) == text.english()
    translations.set_language("nl")
    assert import_problems.describe(missing) == (
        "het bestand kan niet worden gelezen (bestand of map bestaat niet)")
    assert import_problems.describe(json_line).startswith(
        "geen geldige JSON (waarde verwacht op positie 1)")
    assert "(veld groter dan de grens van 131072 tekens)" in import_problems.describe(csv_row)
    assert import_problems.describe(unknown) == (
        "het bestand kan niet worden gelezen (Stale file handle)")  # its own words
