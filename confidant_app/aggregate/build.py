"""Build a confidant's aggregate for one year from the vault (counts aggregated in SQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from confidant_app.aggregate.model import Aggregate, counts_digest, make_aggregate
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import Vault
from confidant_app.vault.releases import Release, cases_changed_since, last_release, next_revision
from confidant_app.vault.stats import year_counts


@dataclass(frozen=True)
class ExportPlan:
    """What an export would write, shown to the confidant before anything leaves the vault."""

    aggregate: Aggregate
    previous: Release | None
    cases_changed: int  # cases added, edited or deleted since the previous release
    figures_changed: bool  # False: the figures equal the previous release's

    @property
    def notice(self) -> str | None:
        """The one-line warning for a year released before, or None for a first release."""
        if self.previous is None:
            return None
        if not self.figures_changed:
            return (
                f"the figures equal revision {self.previous.revision} "
                f"(released {self.previous.exported_at}); this would be revision "
                f"{self.aggregate.sources[0].revision}"
            )
        return (
            f"{self.cases_changed} cases changed since revision {self.previous.revision} "
            f"(released {self.previous.exported_at}); the old figures stand, this is "
            f"revision {self.aggregate.sources[0].revision}"
        )


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build(
    vault: Vault, codebook: Codebook, year: int, *, exported_at: str | None = None
) -> ExportPlan:
    counted = year_counts(vault, year, codebook.taxonomy)
    counts = dict(counted.counts, gender_by_group=counted.gender_by_group)
    revision = next_revision(vault, year)
    aggregate = make_aggregate(
        {
            "taxonomy": codebook.taxonomy.id,
            "year": year,
            "sources": [
                {
                    "source_id": vault.source_id,
                    "unit": vault.unit,
                    "label": vault.label,
                    "revision": revision,
                    "exported_at": exported_at or utc_now(),
                }
            ],
            "totals": {
                "cases": counted.cases,
                "conversations": counted.conversations,
                "minutes": counted.minutes,
                "open_at_year_end": counted.open_at_year_end,
            },
            "counts": counts,
        },
        codebook,
    )
    previous = last_release(vault, year)
    changed = cases_changed_since(vault, previous) if previous else 0
    moved = previous is None or previous.counts_digest != counts_digest(
        aggregate.model_dump(mode="json")
    )
    return ExportPlan(aggregate, previous, changed, moved)
