"""The coordinator's workspace on real export files made by the command line: a unit's files are
collected and decided, refused files leave the totals alone, the delivery list is right, and what
leaves (the merged file, the workbook, the PDF) matches ``confidant merge`` and the published view.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from support import pdf
from support.cases import PASSPHRASE, case, filled_vault
from support.cli import make_runner

from confidant_app.aggregate.collect import Problem
from confidant_app.aggregate.io import read_aggregate
from confidant_app.aggregate.merge import State
from confidant_app.domain.codebook import default_codebook
from confidant_app.report.html import fmt
from confidant_app.report.workbook import SHEET_NAMES
from confidant_app.ui import workspace_output as out
from confidant_app.ui.app import Translations
from confidant_app.ui.coordinator_workspace import CoordinatorWorkspace
from confidant_app.ui.session import Session
from confidant_app.ui.shell import Shell
from confidant_app.vault import CaseStore, Vault

CONFIDANTS = {"anna": 4, "bram": 7, "cor": 5, "dirk": 3}
ROSTER = ["VP anna", "VP bram", "VP cor", "VP dirk", "VP eva"]
CATEGORIES = [["OG.PES", "AC.ARB"], ["ZI.REG"], ["OG.INT"], ["WB.DRK", "OG.KWA"], ["OG.PES"]]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The exports of CLAS's four confidants (anna twice: revision 1, then 2 with one case more),
    bram's export with a figure changed by hand, and a merge of cor and dirk, all made by the
    ``confidant`` command."""
    base = tmp_path_factory.mktemp("coordinator")
    confidant = make_runner(base)
    codebook = default_codebook()
    out_: dict[str, Path] = {}

    def export(name: str, target: Path) -> None:
        result = confidant("export", "--vault", str(base / f"{name}.db"), "--year", "2025",
                           "--out", str(target), passphrase=PASSPHRASE)
        assert result.code == 0, result.err

    for name, n in CONFIDANTS.items():
        filled_vault(base / f"{name}.db", [
            case(codebook, opened=f"2025-0{1 + i % 9}-1{i % 9}", categories=CATEGORIES[i % 5],
                 gender="VMX"[i % 3], role=("MIL", "BUR")[i % 2],
                 conversations=[{"date": "2025-10-01", "channel": "T", "minutes": 25}])
            for i in range(n)], unit="CLAS", label=f"VP {name}")
        out_[name] = base / "CLAS" / name / "export-2025.json"
        export(name, out_[name])
    with Vault.open(base / "anna.db", PASSPHRASE) as vault:
        CaseStore(vault, codebook).add(case(codebook, opened="2025-11-02", categories=["OG.SEX"]))
    out_["anna2"] = base / "CLAS" / "anna" / "export-2025-revision-2.json"
    export("anna", out_["anna2"])
    data = json.loads(out_["bram"].read_text(encoding="utf-8"))
    data["totals"]["conversations"] += 1  # a figure changed after export: the digest tells
    out_["tampered"] = base / "mail" / "bram-corrected.json"
    out_["tampered"].parent.mkdir()
    out_["tampered"].write_text(json.dumps(data, indent=2), encoding="utf-8")
    out_["cor+dirk"] = base / "mail" / "cor-dirk-merged.json"
    merged = confidant("merge", str(out_["cor"]), str(out_["dirk"]), "--out", str(out_["cor+dirk"]))
    assert merged.code == 0, merged.err
    return out_


@pytest.fixture
def make_workspace(qtbot: QtBot) -> Iterator[Callable[[], CoordinatorWorkspace]]:
    def make() -> CoordinatorWorkspace:
        window = CoordinatorWorkspace("nl")
        # Closed at teardown without the "save first?" question.
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w.state, "dirty", False))
        window.show()
        return window

    yield make


def added(qtbot: QtBot, window: CoordinatorWorkspace, *paths: Path) -> None:
    window.add_paths(list(paths))
    qtbot.waitUntil(lambda: not window.state.busy, timeout=20_000)


def cli_merge(tmp_path: Path, *files: Path) -> Path:
    target = tmp_path / "cli-merged.json"
    result = make_runner(tmp_path)("merge", *map(str, files), "--out", str(target))
    assert result.code == 0, result.err
    return target


def test_a_units_folder_is_collected_and_the_newer_revision_counts(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_workspace()
    added(qtbot, window, exports["anna"].parents[1])  # the folder CLAS
    rows = {r.name: r for r in window.state.collection.rows}  # type: ignore[union-attr]
    assert set(rows) == {"anna/export-2025.json", "export-2025-revision-2.json",
                         "bram/export-2025.json", "cor/export-2025.json", "dirk/export-2025.json"}
    assert rows["anna/export-2025.json"].state is State.REPLACED
    assert rows["anna/export-2025.json"].others == ("export-2025-revision-2.json",)
    assert sorted(r.revision for r in rows.values() if r.label == "VP anna") == [1, 2]
    model = window.files.model
    states = [model.data(model.index(n, 1)) for n in range(model.rowCount())]
    assert states.count("✓ counted") == 4 and states.count("↻ replaced") == 1
    merged = window.state.collection.merged  # type: ignore[union-attr]
    assert merged is not None and merged.totals.cases == 5 + 7 + 5 + 3  # anna 4 + 1, replaced
    expected = read_aggregate(cli_merge(tmp_path, *(r.path for r in rows.values())))
    assert merged == expected

    window.roster.ui.rosterEdit.setPlainText("\n".join(ROSTER))
    window.roster.flush()
    assert window.roster.ui.summaryLabel.text() == "4 of 5 delivered"
    assert [window.roster.ui.missingList.item(n).text()
            for n in range(window.roster.ui.missingList.count())] == ["VP eva"]
    assert window.state.workspace.roster == ROSTER


def test_a_tampered_and_a_double_counting_file_are_refused_with_their_reasons(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_workspace()
    singles = [exports[n] for n in ("anna2", "bram", "cor", "dirk")]
    added(qtbot, window, *singles)
    before = window.state.collection.merged  # type: ignore[union-attr]
    added(qtbot, window, exports["tampered"])
    rows = {r.path: r for r in window.state.collection.rows}  # type: ignore[union-attr]
    assert rows[exports["tampered"]].problem is Problem.DIGEST
    assert "digest does not match" in rows[exports["tampered"]].reason
    assert window.state.collection.merged == before  # type: ignore[union-attr]

    added(qtbot, window, exports["cor+dirk"])
    rows = {r.path: r for r in window.state.collection.rows}  # type: ignore[union-attr]
    double = rows[exports["cor+dirk"]]
    assert double.state is State.REFUSED and double.problem is Problem.DOUBLE
    assert set(double.others) == {"cor/export-2025.json", "dirk/export-2025.json"}
    # Double counting takes every file holding the source out, never a guess which to keep.
    assert rows[exports["cor"]].problem is rows[exports["dirk"]].problem is Problem.DOUBLE
    model = window.files.model
    reasons = [model.data(model.index(n, 2)) for n in range(model.rowCount())]
    assert any(r.startswith("changed or damaged after export") for r in reasons)
    assert any(r.startswith("double counting: its sources are also in") for r in reasons)
    counted = [r.path for r in rows.values() if r.counted]
    assert counted == [exports["anna2"], exports["bram"]]
    merged = window.state.collection.merged  # type: ignore[union-attr]
    assert merged == read_aggregate(cli_merge(tmp_path, *counted))
    assert "2 refused" not in window.ui.tabs.tabText(0) and "4 refused" in window.ui.tabs.tabText(0)


def test_the_saved_merged_file_is_what_confidant_merge_writes(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_workspace()
    files = [exports[n] for n in ("anna", "anna2", "bram", "cor", "dirk")]
    added(qtbot, window, *files)
    merged = window.state.collection.merged  # type: ignore[union-attr]
    assert merged is not None
    target = tmp_path / "CLAS-2025.json"
    assert out.save_merged(window, merged, target, window.state.workspace.files)
    assert target.read_bytes() == cli_merge(tmp_path, *files).read_bytes()


def test_on_screen_the_published_tables_hide_what_the_workbook_hides(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    window = make_workspace()
    added(qtbot, window, *(exports[n] for n in ("anna2", "bram", "cor", "dirk")))
    report = window.state.report()
    assert report is not None
    target = tmp_path / "report.xlsx"
    assert out.save_workbook(window, report, window.state.roster_status(), target)
    book = load_workbook(target)
    page, model = window.report_page, window.report_page.model
    hidden = 0
    for table, sheet in SHEET_NAMES.items():
        if table == "gender_by_group":
            continue  # a grid in the workbook; the same cells as rows on screen, checked below
        page.choose_table(table)
        ws = book[sheet]
        header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Code")
        for n in range(model.rowCount()):
            assert model.text(n, 0) == ws.cell(header + 1 + n, 1).value
            cell = ws.cell(header + 1 + n, 3).value
            assert model.text(n, 2) == (cell if isinstance(cell, str) else fmt(cell)), (table, n)
            hidden += model.text(n, 2).startswith("<") or model.text(n, 2) == "x"
    assert hidden > 0, "the fixture has small counts to hide"
    page.choose_table("gender_by_group")
    grid = book[SHEET_NAMES["gender_by_group"]]
    on_screen = {model.text(n, 0): model.text(n, 2) for n in range(model.rowCount())}
    genders = report.codebook.codes("gender")
    groups = [g.code for g in report.codebook.taxonomy.groups]
    header = next(r for r in range(1, 10) if grid.cell(r, 1).value == "Code")
    for g, gender in enumerate(genders):
        for r, group in enumerate(groups):
            assert grid.cell(header + 1 + r, 1).value == group
            cell = grid.cell(header + 1 + r, 3 + g).value
            assert on_screen[f"{gender}/{group}"] == (cell if isinstance(cell, str)
                                                      else fmt(cell))


def test_the_exact_view_is_marked_not_for_publication(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot, translations: Translations) -> None:
    translations.set_language("nl")
    window = make_workspace()
    added(qtbot, window, *(exports[n] for n in ("anna2", "bram", "cor", "dirk")))
    window.report_page.choose_table("primary_category")
    published = [window.report_page.model.text(n, 2)
                 for n in range(window.report_page.model.rowCount())]
    assert any(v.startswith("<") for v in published)
    assert not window.ui.exactBanner.isVisible()
    window.report_page.ui.exactCheck.click()
    assert window.exact
    assert window.ui.exactBanner.isVisible()
    assert "niet voor publicatie" in window.ui.exactBanner.text().lower()
    assert window.windowTitle().lower().startswith("niet voor publicatie")
    exact = [window.report_page.model.text(n, 2)
             for n in range(window.report_page.model.rowCount())]
    assert all(v.isdigit() for v in exact)
    # What leaves stays published: the workbook's and the print's report is not the screen's.
    report = window.state.report()
    assert report is not None and report.published
    window.report_page.ui.exactCheck.click()
    assert not window.ui.exactBanner.isVisible()
    assert "publicatie" not in window.windowTitle().lower()


def test_the_printed_report_opens_like_the_annual_report(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_workspace()
    added(qtbot, window, *(exports[n] for n in ("anna2", "bram", "cor", "dirk")))
    window.state.set_roster(ROSTER)
    report = window.state.report()
    assert report is not None
    html, title = out.report_document(report, "nl", "Commando Landstrijdkrachten",
                                      window.state.roster_status())
    target = tmp_path / "report.pdf"
    assert out.save_pdf(window, html, title, target)
    text = pdf.text(target)
    first = text.split("\f")[0]
    assert "In 2025 zijn er 20 casussen geregistreerd door de vertrouwenspersonen." in \
        " ".join(first.split())
    assert "Top 3 ongewenst gedrag" in first
    assert pdf.pages(target) >= 3
    assert "<5" in text and "4 van 5 aangeleverd" in text and "VP eva" in text
    assert "NIET VOOR PUBLICATIE" not in text


def test_the_workspace_is_saved_and_opened_again(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_workspace()
    added(qtbot, window, *(exports[n] for n in ("anna", "anna2", "bram")))
    window.state.set_roster(ROSTER)
    window.state.set_min_cell(10)
    target = tmp_path / "clas.json"
    assert window.save_workspace(target)
    assert not window.state.dirty and "clas.json" in window.windowTitle()
    assert b"cases" not in target.read_bytes()  # no counts of its own

    again = make_workspace()
    assert again.open_workspace(target)
    qtbot.waitUntil(lambda: not again.state.busy, timeout=20_000)
    assert again.state.workspace == window.state.workspace
    assert again.state.collection.merged == window.state.collection.merged  # type: ignore[union-attr]
    assert again.roster.entries == ROSTER and again.report_page.ui.minCellSpin.value() == 10
    assert again.state.path == target and not again.state.dirty


def test_a_broken_workspace_file_gives_a_clear_message(
        make_workspace: Callable[[], CoordinatorWorkspace], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    window = make_workspace()
    broken = tmp_path / "ws.json"
    broken.write_text('{"format": "confidant-workspace", "version": 7}', encoding="utf-8")
    assert not window.open_workspace(broken)
    assert shown and "newer version" in shown[0] and str(broken) in shown[0]
    assert window.state.workspace.files == [] and window.state.path is None


def test_cancelling_a_long_load_leaves_the_workspace_as_it_was(
        make_workspace: Callable[[], CoordinatorWorkspace], tmp_path: Path,
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import random
    import threading

    from support.aggregates import random_aggregate

    from confidant_app.aggregate import collect
    from confidant_app.aggregate.io import aggregate_bytes

    # The real reader, held after the first ten files (enough for the bar to move: progress is
    # reported every half percent) until the cancel has been clicked: reading 1,000 files takes
    # ~0.1 s, so without the gate the load could end before the click lands.
    gate = threading.Event()
    read_file = collect.read_file

    def read_after_the_click(path: Path, codebook: Any) -> collect.Reading:
        if int(path.stem) >= 10:
            gate.wait(timeout=20)
        return read_file(path, codebook)

    monkeypatch.setattr(collect, "read_file", read_after_the_click)
    rng = random.Random(1000)
    data = aggregate_bytes(random_aggregate(rng, n_cases=3))
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1000):  # the same export a thousand times: reading, not making, is timed
        (folder / f"{n:04}.json").write_bytes(data)
    window = make_workspace()
    window.add_paths([folder])
    assert window.jobs.bar.isVisibleTo(window) and window.jobs.cancel_button.isVisibleTo(window)
    assert not window.ui.actionAddFiles.isEnabled()
    qtbot.waitUntil(lambda: window.jobs.bar.value() > 0, timeout=20_000)
    window.jobs.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not window.state.busy, timeout=20_000)
    assert window.state.workspace.files == [] and window.state.collection is None
    assert "Cancelled" in window.ui.statusBar.currentMessage()
    assert not window.jobs.bar.isVisibleTo(window) and window.ui.actionAddFiles.isEnabled()


def test_files_and_folders_can_be_dropped(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot) -> None:
    window = make_workspace()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(exports["bram"])),
                  QUrl.fromLocalFile(str(exports["cor"].parent))])
    point = QPoint(100, 100)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: not window.state.busy, timeout=20_000)
    assert window.state.workspace.files == [exports["bram"], exports["cor"]]


def test_a_file_moved_away_is_refused_and_read_again_on_request(
        make_workspace: Callable[[], CoordinatorWorkspace], exports: dict[str, Path],
        qtbot: QtBot, tmp_path: Path) -> None:
    copy = tmp_path / "dirk.json"
    shutil.copy(exports["dirk"], copy)
    window = make_workspace()
    added(qtbot, window, copy, exports["bram"])
    copy.unlink()
    window.state.read_again()
    qtbot.waitUntil(lambda: not window.state.busy, timeout=20_000)
    row = window.state.collection.rows[0]  # type: ignore[union-attr]
    assert row.state is State.REFUSED and "cannot read" in row.reason
    assert window.state.collection.merged.totals.cases == 7  # type: ignore[union-attr]


# -- entry points: the start screen and the confidant's main window ------------------------------


def test_the_start_screen_opens_the_workspace_without_a_vault(
        make_shell: Callable[..., Shell], case_vault: Path, qtbot: QtBot) -> None:
    session = Session(case_vault)
    shell = make_shell(session)
    shell.start()
    unlock = shell.unlock_dialog
    assert unlock is not None
    qtbot.waitExposed(unlock)
    assert unlock.ui.mergeButton.isVisible() and unlock.ui.mergeButton.isEnabled()
    unlock.ui.mergeButton.click()
    workspace = shell.workspace
    assert workspace is not None and workspace.isVisible()
    assert not unlock.isVisible() and not session.is_open and shell.main_window is None
    workspace.close()
    assert unlock.isVisible() and not session.is_open  # back to the start screen


def test_the_first_run_screen_opens_it_too(make_shell: Callable[..., Shell], tmp_path: Path,
                                           qtbot: QtBot) -> None:
    session = Session(tmp_path / "no" / "vault.db")
    shell = make_shell(session)
    shell.start()
    first = shell.first_run
    assert first is not None
    first.ui.mergeButton.click()
    assert shell.workspace is not None and shell.workspace.isVisible() and not first.isVisible()
    shell.workspace.close()
    assert first.isVisible() and not (tmp_path / "no").exists()  # no vault was made


def test_the_main_window_opens_it_and_a_lock_leaves_it_open(open_shell: Shell,
                                                             qtbot: QtBot) -> None:
    window = open_shell.main_window
    assert window is not None
    window.ui.actionCoordinator.trigger()
    workspace = open_shell.workspace
    assert workspace is not None and workspace.isVisible() and window.isVisible()
    assert open_shell.session.is_open  # the workspace opened no vault and closed none
    open_shell.lock()
    assert workspace.isVisible()  # anonymised counts only: nothing of the vault to hide
    workspace.close()
    assert open_shell.unlock_dialog is not None and open_shell.unlock_dialog.isVisible()
