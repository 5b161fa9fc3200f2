"""The export preview: every figure that will leave the device, exactly, with labels.

Privacy rule 4: the confidant sees every figure before it is written. Nothing is suppressed here
(exact counts travel inside the confidential chain; disclosure control applies where figures are
published).
"""

from __future__ import annotations

from confidant_app.aggregate.model import TABLE_FIELDS, Aggregate
from confidant_app.domain.codebook import Codebook
from confidant_app.domain.labels import Language
from confidant_app.report.labels import TABLE_TITLES, TOTAL_LABELS, code_label, pick


def preview_lines(aggregate: Aggregate, codebook: Codebook, lang: Language = "nl") -> list[str]:
    source = aggregate.sources[0] if aggregate.is_single_source else None
    head = "Jaar" if lang == "nl" else "Year"
    lines = [f"{head} {aggregate.year} · {aggregate.taxonomy}"]
    if source:
        lines.append(
            f"source {source.source_id} · {source.unit or '-'} · {source.label or '-'} · "
            f"revision {source.revision}"
        )
    else:
        lines.append(f"{len(aggregate.sources)} sources")
    for key, value in aggregate.totals.model_dump().items():
        lines.append(f"  {pick(TOTAL_LABELS[key], lang)}: {value}")
    for name in TABLE_FIELDS:
        table = aggregate.counts.table(name)
        lines.append(f"{pick(TABLE_TITLES[name], lang)}:")
        if not table:
            lines.append("  -")
        for code, n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {code:<7} {code_label(codebook, name, code, lang):<58} {n:>6}")
    lines.append(f"{pick(TABLE_TITLES['gender_by_group'], lang)}:")
    for gender, groups in sorted(aggregate.counts.gender_by_group.items()):
        cells = ", ".join(f"{g} {n}" for g, n in sorted(groups.items()))
        lines.append(f"  {gender:<7} {cells}")
    return lines
