"""Export: write the aggregate a confidant reviewed, and record it in the vault's release log in
the same step (the release commits only once the file is safely on disk)."""

from __future__ import annotations

from pathlib import Path

from confidant_app.aggregate.build import ExportPlan
from confidant_app.aggregate.io import write_aggregate
from confidant_app.aggregate.model import counts_digest
from confidant_app.vault import Vault
from confidant_app.vault.releases import recording


def export(vault: Vault, plan: ExportPlan, out: Path) -> None:
    aggregate = plan.aggregate
    source = aggregate.sources[0]
    with recording(
        vault,
        aggregate.year,
        source.revision,
        aggregate.digest,
        counts_digest(aggregate.model_dump(mode="json")),
        source.exported_at,
        aggregate.totals.cases,
    ):
        write_aggregate(out, aggregate)
