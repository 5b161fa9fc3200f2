"""The coordinator's workspace renders in Dutch and English at the sizes coordinators' screens have,
with 21 sources from the 7 units and three years; the printed report renders to PDF.

Set ``CONFIDANT_SHOTS=/some/folder`` to keep the PNGs (and the PDFs, with a PNG a page when
``pdftoppm`` is there), then look at them. Without it the test only checks that each grab has the
expected size and that no Qt warning was raised while drawing.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.aggregates import random_aggregate

from confidant_app.aggregate.io import write_aggregate
from confidant_app.aggregate.merge import combine
from confidant_app.aggregate.model import Aggregate
from confidant_app.domain.codebook import Codebook
from confidant_app.ui import workspace_output as out
from confidant_app.ui.app import Translations
from confidant_app.ui.coordinator_workspace import CoordinatorWorkspace

SIZES = [(1366, 768), (1920, 1080)]
PER_UNIT = 3
MISSING = ["VP kmar 4", "VP clas 4", "VP dosco 4"]


def shots() -> Path | None:
    folder = os.environ.get("CONFIDANT_SHOTS")
    return Path(folder) if folder else None


def save(widget: QWidget, name: str) -> None:
    image = widget.grab()
    assert not image.isNull()
    folder = shots()
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{name}.png"))


def _year(rng: random.Random, codebook: Codebook, year: int, low: int,
          high: int) -> list[Aggregate]:
    return [random_aggregate(rng, year=year, unit=unit, label=f"VP {unit.lower()} {n}",
                             n_cases=rng.randint(low, high), codebook=codebook)
            for unit in codebook.codes("unit") for n in range(1, PER_UNIT + 1)]


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[Path]]:
    """2025: 21 exports (3 per unit) in a folder a unit, one older revision beside one of them
    and one export changed by hand; 2024 and 2023 as merged files of 21 sources each."""
    from confidant_app.domain.codebook import default_codebook

    codebook = default_codebook()
    base = tmp_path_factory.mktemp("central")
    rng = random.Random(2025)
    exports = _year(rng, codebook, 2025, 30, 62)
    first = exports[3].sources[0]  # this confidant exported twice: revision 2 counts
    exports[3] = random_aggregate(rng, unit=first.unit, label=first.label, revision=2,
                                  source_id=first.source_id, n_cases=44, codebook=codebook)
    older = random_aggregate(rng, unit=first.unit, label=first.label, revision=1,
                             source_id=first.source_id, n_cases=40, codebook=codebook)
    files = []
    for agg in exports:
        source = agg.sources[0]
        path = base / "2025" / source.unit / f"{source.label.replace(' ', '-')}.json"
        write_aggregate(path, agg)
        files.append(path)
    write_aggregate(files[3].with_name("old-export.json"), older)
    damaged = json.loads(files[10].read_text(encoding="utf-8"))
    damaged["totals"]["cases"] += 3
    (base / "2025" / "mail").mkdir()
    (base / "2025" / "mail" / "export-corrected.json").write_text(json.dumps(damaged),
                                                                   encoding="utf-8")
    compare = []
    for year, (low, high) in ((2024, (28, 58)), (2023, (26, 56))):
        target = base / f"defensie-{year}.json"
        write_aggregate(target, combine(_year(rng, codebook, year, low, high), codebook))
        compare.append(target)
    return [base / "2025"], compare


def _pdf_pages(pdf: Path, name: str) -> None:
    folder = shots()
    if folder is None:
        return
    shutil.copy(pdf, folder / f"{name}.pdf")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(folder / name)],
                       check=True, timeout=120)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_workspace(lang: str, central: tuple[list[Path], list[Path]], translations: Translations,
                   qtbot: QtBot, tmp_path: Path) -> None:
    translations.set_language(lang)
    folders, compare = central
    window = CoordinatorWorkspace(lang)  # type: ignore[arg-type]
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.state, "dirty", False))
    window.show()
    qtbot.waitExposed(window)
    window.add_paths(folders)
    qtbot.waitUntil(lambda: not window.state.busy, timeout=30_000)
    window.state.add_compare(compare)
    qtbot.waitUntil(lambda: not window.state.busy, timeout=30_000)
    merged = window.state.collection.merged  # type: ignore[union-attr]
    assert merged is not None and len(merged.sources) == 21
    labels = sorted({s.label for s in merged.sources})
    window.roster.ui.rosterEdit.setPlainText("\n".join([*labels, *MISSING]))
    window.roster.flush()
    window.report_page.choose_table("primary_category")
    pages = {"files": 0, "delivery": 1, "report": 2, "charts": 3}
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.wait(20)
        assert (window.width(), window.height()) == (width, height)
        for name, tab in pages.items():
            window.ui.tabs.setCurrentIndex(tab)
            qtbot.wait(10)
            save(window, f"workspace_{name}_{lang}_{width}x{height}")
        window.ui.tabs.setCurrentIndex(2)
        window.set_exact(True)
        qtbot.wait(10)
        save(window, f"workspace_report_exact_{lang}_{width}x{height}")
        window.set_exact(False)
    window.resize(1366, 768)
    window.ui.tabs.setCurrentIndex(0)
    window.jobs._show(True)  # the status bar while a thousand files are read
    window.jobs._step(340, 1000)
    qtbot.wait(20)
    save(window, f"workspace_reading_{lang}_1366x768")
    window.jobs._show(False)

    report = window.state.report()
    assert report is not None and report.published
    html, title = out.report_document(report, lang, "", window.state.roster_status())  # type: ignore[arg-type]
    pdf = tmp_path / f"report_{lang}.pdf"
    assert out.save_pdf(window, html, title, pdf)
    _pdf_pages(pdf, f"workspace_print_{lang}")
    roster_html, roster_title = out.roster_paper(window.state.roster_status(), lang,  # type: ignore[arg-type]
                                                 "", 2025)
    roster_pdf = tmp_path / f"roster_{lang}.pdf"
    assert out.save_pdf(window, roster_html, roster_title, roster_pdf)
    _pdf_pages(roster_pdf, f"workspace_roster_print_{lang}")
