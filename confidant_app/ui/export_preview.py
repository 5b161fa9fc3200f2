"""The export preview as a tree: every figure of an aggregate, labelled, nothing left out.

Privacy rule 4: the confidant sees every figure before it is written. The tree shows exactly what
``report.preview.preview_lines`` prints on the command line (the source, the totals, every count
table with every code that has a count, and gender by group), with the same bilingual labels
(``report.labels``), in a form that can be read and scrolled. ``figures`` lists the shown counts so
a test can hold them against the written file. The notice for a year released before is worded
here from the plan's facts, in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from confidant_app.aggregate.build import ExportPlan
from confidant_app.aggregate.model import TABLE_FIELDS, Aggregate
from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.report.labels import TABLE_TITLES, TOTAL_LABELS, code_label, pick

COUNT_ROLE = Qt.ItemDataRole.UserRole  # (table, key) of a count, for tests and screen readers
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# lupdate finds ``<anything>.translate("Context", "text")`` calls, not a wrapper around them.
_T = QCoreApplication


def fill_preview(tree: QTreeWidget, aggregate: Aggregate, codebook: Codebook,
                 language: Language) -> None:
    tree.clear()
    bold = QFont(tree.font())
    bold.setBold(True)

    def section(title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(tree, [title])
        item.setFont(0, bold)
        item.setFirstColumnSpanned(True)
        return item

    def row(parent: QTreeWidgetItem, label: str, code: str, value: int | str,
            key: tuple[str, ...] | None = None) -> None:
        item = QTreeWidgetItem(parent, [label, code, str(value)])
        item.setTextAlignment(2, RIGHT)
        if key is not None:
            item.setData(0, COUNT_ROLE, (*key, value))

    head = section(_T.translate("ExportPreview", "Year {year} · taxonomy {taxonomy}").format(
        year=aggregate.year, taxonomy=aggregate.taxonomy))
    for source in aggregate.sources:
        row(head, _T.translate("ExportPreview", "Unit"), "", source.unit or "-")
        row(head, _T.translate("ExportPreview", "Label"), "", source.label or "-")
        row(head, _T.translate("ExportPreview", "Revision"), "", source.revision)
        row(head, _T.translate("ExportPreview", "Exported at (UTC)"), "", source.exported_at)
        row(head, _T.translate("ExportPreview", "Vault identifier"), "", source.source_id)
    totals = section(_T.translate("ExportPreview", "Totals"))
    for key, value in aggregate.totals.model_dump().items():
        row(totals, pick(TOTAL_LABELS[key], language), "", value, ("totals", key))
    for name in TABLE_FIELDS:
        table = aggregate.counts.table(name)
        parent = section(pick(TABLE_TITLES[name], language))
        if not table:
            row(parent, _T.translate("ExportPreview", "(none)"), "", "")
        for code, n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
            row(parent, code_label(codebook, name, code, language), code, n, (name, code))
    by_group = section(pick(TABLE_TITLES["gender_by_group"], language))
    for gender, groups in sorted(aggregate.counts.gender_by_group.items()):
        for group, n in sorted(groups.items()):
            label = (f"{code_label(codebook, 'gender', gender, language)} · "
                     f"{code_label(codebook, 'group', group, language)}")
            row(by_group, label, f"{gender} {group}", n, ("gender_by_group", gender, group))
    tree.expandAll()


def figures(tree: QTreeWidget) -> list[tuple[object, ...]]:
    """Every count the tree shows, as ``(table, code..., count)``."""
    found: list[tuple[object, ...]] = []
    root = tree.invisibleRootItem()
    sections = [root.child(s) for s in range(root.childCount())]
    for section in filter(None, sections):
        for row in filter(None, map(section.child, range(section.childCount()))):
            key = row.data(0, COUNT_ROLE)
            if key is not None:
                found.append(tuple(key))
    return found


def notice(plan: ExportPlan) -> str | None:
    """The warning for a year released before (None for a first release)."""
    previous = plan.previous
    if previous is None:
        return None
    revision = plan.aggregate.sources[0].revision
    if not plan.figures_changed:
        return _T.translate(
            "ExportPreview", "This year was exported before (revision {previous}, {when}) and "
            "its figures have not changed. Exporting again makes revision {revision}.").format(
            previous=previous.revision, when=previous.exported_at, revision=revision)
    return _T.translate(
        "ExportPreview", "This year was exported before (revision {previous}, {when}). Cases "
        "changed since then: {changed}. The figures already sent stand; this export is revision "
        "{revision}, so the coordinator can see what changed.").format(
        previous=previous.revision, when=previous.exported_at, changed=plan.cases_changed,
        revision=revision)
