"""The export dialog over the same core as ``confidant export``: the preview shows every figure
that will leave, a released year is announced, the files written equal the command line's export
of the same vault and year, and the release log gains a revision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from support.cli import make_runner

from confidant_app.aggregate.model import TABLE_FIELDS, Aggregate
from confidant_app.ui.export_dialog import ExportDialog
from confidant_app.ui.export_preview import figures
from confidant_app.ui.main_window import MainWindow
from confidant_app.ui.shell import Shell


@pytest.fixture
def dialog(open_shell: Shell, qtbot: QtBot) -> ExportDialog:
    window = open_shell.main_window
    assert isinstance(window, MainWindow)
    d = window.open_export()
    assert isinstance(d, ExportDialog)
    qtbot.waitExposed(d)
    d.ui.yearCombo.setCurrentIndex(d.ui.yearCombo.findData(2025))
    return d


def every_figure(aggregate: Aggregate) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = [("totals", k, v) for k, v in
                                       aggregate.totals.model_dump().items()]
    for name in TABLE_FIELDS:
        found += [(name, code, n) for code, n in aggregate.counts.table(name).items()]
    found += [("gender_by_group", g, group, n)
              for g, groups in aggregate.counts.gender_by_group.items()
              for group, n in groups.items()]
    return found


def export(dialog: ExportDialog, qtbot: QtBot, out: Path, xlsx: Path | None = None) -> None:
    dialog.ui.jsonEdit.setText(str(out))
    dialog.ui.xlsxCheck.setChecked(xlsx is not None)
    if xlsx is not None:
        dialog.ui.xlsxEdit.setText(str(xlsx))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def test_the_preview_shows_every_figure_that_will_leave(dialog: ExportDialog) -> None:
    plan = dialog.plan
    assert plan is not None and plan.aggregate.year == 2025
    assert sorted(map(repr, figures(dialog.ui.previewTree))) == sorted(
        map(repr, every_figure(plan.aggregate)))
    assert plan.aggregate.totals.cases == 3  # four cases of 2025, one excluded from statistics
    assert not dialog.ui.noticeLabel.isVisible()  # a first release


def test_export_equals_the_command_line_and_is_logged(
        dialog: ExportDialog, open_shell: Shell, qtbot: QtBot, tmp_path: Path,
        case_vault: Path, passphrase: str) -> None:
    out, xlsx = tmp_path / "gui.json", tmp_path / "gui.xlsx"
    export(dialog, qtbot, out, xlsx)
    assert out.exists() and xlsx.exists()
    assert "revision 1" in dialog.ui.statusLabel.text()
    releases = dialog.ui.releaseTree
    assert releases.topLevelItemCount() == 1
    assert [releases.topLevelItem(0).text(c) for c in (0, 1, 3)] == ["2025", "1", "3"]
    # The plan now shown is the next revision, with a notice that nothing changed.
    assert dialog.plan is not None and dialog.plan.aggregate.sources[0].revision == 2
    assert dialog.ui.noticeLabel.isVisible() and "revision 1" in dialog.ui.noticeLabel.text()

    open_shell.session.lock()  # the command line needs the vault to itself
    confidant = make_runner(tmp_path)
    cli_out = tmp_path / "cli.json"
    result = confidant("export", "--year", "2025", "--out", str(cli_out), "--yes",
                       passphrase=passphrase, env={"CONFIDANT_VAULT": str(case_vault)})
    assert result.code == 0, result.err
    gui, cli = json.loads(out.read_text("utf-8")), json.loads(cli_out.read_text("utf-8"))
    assert gui["totals"] == cli["totals"] and gui["counts"] == cli["counts"]
    assert gui["year"] == cli["year"] == 2025
    assert gui["sources"][0]["source_id"] == cli["sources"][0]["source_id"]
    assert (gui["sources"][0]["revision"], cli["sources"][0]["revision"]) == (1, 2)


def test_a_changed_released_year_is_announced(dialog: ExportDialog, open_shell: Shell,
                                              qtbot: QtBot, tmp_path: Path) -> None:
    export(dialog, qtbot, tmp_path / "first.json")
    dialog.reject()
    session = open_shell.session
    case = next(c for c in (session.get(s.id) for s in session.summaries())
                if c.alias == "gele lamp")
    session.save(case.model_copy(update={"role": "BUR"}))
    window = open_shell.main_window
    assert window is not None
    again = window.open_export()
    assert isinstance(again, ExportDialog)
    again.ui.yearCombo.setCurrentIndex(again.ui.yearCombo.findData(2025))
    notice = again.ui.noticeLabel
    assert not notice.isHidden() and "Cases changed since then: 1" in notice.text()
    assert "revision 2" in notice.text()


def test_the_same_file_twice_is_refused(dialog: ExportDialog, qtbot: QtBot,
                                        tmp_path: Path) -> None:
    out = tmp_path / "same.json"
    export(dialog, qtbot, out, out)
    assert "two files" in dialog.ui.statusLabel.text()
    assert not out.exists() and dialog.ui.releaseTree.topLevelItemCount() == 0


def test_an_unwritable_folder_is_reported_and_nothing_is_logged(
        dialog: ExportDialog, qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    export(dialog, qtbot, blocker / "out.json")
    assert "Nothing was exported" in dialog.ui.statusLabel.text()
    assert dialog.ui.releaseTree.topLevelItemCount() == 0


def test_a_lock_closes_the_dialog(dialog: ExportDialog, open_shell: Shell) -> None:
    open_shell.lock()
    assert not dialog.isVisible() and dialog.plan is None
    assert dialog.ui.previewTree.topLevelItemCount() == 0


def test_an_empty_vault_has_nothing_to_export(vault_path: Path, vault: object, passphrase: str,
                                              qtbot: QtBot) -> None:
    from confidant_app.ui.session import Session

    vault.close()  # type: ignore[attr-defined]
    session = Session(vault_path)
    session.open(vault_path, passphrase)
    d = ExportDialog(session, "en")
    qtbot.addWidget(d)
    assert d.plan is None and d.ui.yearCombo.count() == 0
    assert not d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "nothing to export" in d.ui.statusLabel.text()
    session.lock()
