"""What leaves the coordinator's workspace: the merged aggregate (to merge again at the next level),
the workbook, and the report as PDF or on paper; and the roster list on paper.

The merged file is exactly what ``confidant merge`` writes for the same files
(``aggregate.io.write_aggregate`` of the same ``merge`` result), exact counts included: it stays
inside the confidential chain. The workbook and the report are publications: they are always made
from the published view (``min_cell`` of the workspace), whatever the screen shows, as the command
line refuses ``--exact`` with ``--xlsx``. Every file is written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from confidant_app.aggregate.io import write_aggregate
from confidant_app.aggregate.model import Aggregate
from confidant_app.aggregate.roster import RosterStatus
from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.report.html import CHART_CATEGORIES, CHART_YEARS, report_html, roster_document
from confidant_app.report.yearly import YearlyReport
from confidant_app.ui import report_print
from confidant_app.ui.workspace_charts import (
    categories_chart,
    categories_height,
    chart_png,
    years_chart,
)


def ask_save_path(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    # Qt's own dialog: the platform's would add the file to the desktop's recent-files list.
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters,
                                            options=QFileDialog.Option.DontUseNativeDialog)
    return Path(chosen) if chosen else None


def _refuse(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def save_merged(parent: QWidget, merged: Aggregate, target: Path,
                inputs: Sequence[Path]) -> bool:
    """Write the merged aggregate; never over one of the files it was merged from."""
    title = QCoreApplication.translate("WorkspaceOutput", "Save merged file")
    if any(os.path.abspath(target) == os.path.abspath(p) for p in inputs):
        _refuse(parent, title, QCoreApplication.translate(
            "WorkspaceOutput", "{file} is one of the collected files; choose another name.")
            .format(file=target.name))
        return False
    try:
        write_aggregate(target, merged)
    except OSError as exc:
        _refuse(parent, title, QCoreApplication.translate(
            "WorkspaceOutput", "{file} could not be written ({reason}).").format(
            file=target, reason=exc.strerror or type(exc).__name__))
        return False
    return True


def save_workbook(parent: QWidget, report: YearlyReport, roster: RosterStatus | None,
                  target: Path) -> bool:
    from confidant_app.report.workbook import write_report_workbook

    try:
        write_report_workbook(target, report, roster)
    except OSError as exc:
        _refuse(parent, QCoreApplication.translate("WorkspaceOutput", "Save workbook"),
                QCoreApplication.translate("WorkspaceOutput", "{file} could not be written "
                                           "({reason}).").format(
                    file=target, reason=exc.strerror or type(exc).__name__))
        return False
    return True


def report_document(report: YearlyReport, lang: Language, unit: str,
                    roster: RosterStatus | None) -> tuple[str, str]:
    """The printed report's HTML, charts drawn in, and its title (also the pages' footer)."""
    charts = {
        CHART_YEARS: chart_png(years_chart(report, point_size=9), 420, 280),
        CHART_CATEGORIES: chart_png(categories_chart(report, lang, point_size=8), 680,
                                    categories_height(report, point_size=8)),
    }
    html = report_html(report, lang, unit=unit, roster=roster, charts=charts)
    title = (f"Vertrouwenspersonen: jaaroverzicht {report.year}" if lang == "nl"
             else f"Confidants: yearly report {report.year}")
    return html, f"{title} · {unit}" if unit else title


def save_pdf(parent: QWidget, html: str, title: str, target: Path) -> bool:
    try:
        report_print.write_pdf(html, target, title, footer=title)
    except (OSError, UserError) as exc:
        reason = exc.message if isinstance(exc, UserError) else exc.strerror or type(exc).__name__
        _refuse(parent, QCoreApplication.translate("WorkspaceOutput", "Save PDF"),
                QCoreApplication.translate("WorkspaceOutput", "{file} could not be written "
                                           "({reason}).").format(file=target, reason=reason))
        return False
    return True


def print_paper(parent: QWidget, html: str, title: str) -> bool:
    """The print preview, then the printer chosen there."""
    return report_print.print_with_preview(html, title, footer=title, parent=parent)


def roster_paper(roster: RosterStatus, lang: Language, unit: str,
                 year: int | None) -> tuple[str, str]:
    title = ("Aanlevering exports" if lang == "nl" else "Delivery of exports") + (
        f" {year}" if year else "")
    return roster_document(roster, lang, unit=unit, year=year), title
