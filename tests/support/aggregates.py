"""Consistent aggregates without a vault, for merge and report tests that need hundreds of them.

The counts come from made-up case records counted the contract's way, so every aggregate passes
the model's consistency checks; ``make_aggregate`` seals it with a real digest.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter, defaultdict
from typing import Any

from confidant_app.aggregate.model import Aggregate, make_aggregate
from confidant_app.domain.codebook import Codebook, default_codebook


def random_aggregate(
    rng: random.Random,
    *,
    year: int = 2025,
    n_cases: int | None = None,
    unit: str | None = None,
    label: str = "",
    revision: int = 1,
    source_id: str | None = None,
    codebook: Codebook | None = None,
) -> Aggregate:
    cb = codebook or default_codebook()
    codes = list(cb.taxonomy.categories)
    n = rng.randint(0, 25) if n_cases is None else n_cases
    unit = unit or rng.choice(cb.codes("unit"))
    tables: dict[str, Counter[str]] = defaultdict(Counter)
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    totals = Counter({"cases": n, "conversations": 0, "minutes": 0, "open_at_year_end": 0})
    for _ in range(n):
        cats = rng.sample(codes, rng.randint(1, 3))
        gender = rng.choice(cb.codes("gender"))
        tables["category"].update(cats)
        tables["primary_category"][cats[0]] += 1
        tables["unit"][unit] += 1
        tables["gender"][gender] += 1
        for name in ("role", "position"):
            tables[name][rng.choice(cb.codes(name))] += 1  # type: ignore[arg-type]
        tables["quarter"][str(rng.randint(1, 4))] += 1
        tables["referral"].update(rng.sample(cb.codes("referral"), rng.randint(0, 2)))
        tables["outcome"].update(rng.sample(cb.codes("outcome"), rng.randint(0, 1)))
        by_group[gender].update({c[:2] for c in cats})
        totals["open_at_year_end"] += rng.random() < 0.2
        for _ in range(rng.randint(0, 3)):
            tables["channel"][rng.choice(cb.codes("channel"))] += 1
            totals["conversations"] += 1
            totals["minutes"] += rng.randint(5, 90)
    counts: dict[str, Any] = {k: dict(v) for k, v in tables.items()}
    counts["gender_by_group"] = {g: dict(c) for g, c in by_group.items()}
    return make_aggregate(
        {
            "taxonomy": cb.taxonomy.id,
            "year": year,
            "sources": [
                {
                    "source_id": source_id or str(uuid.UUID(int=rng.getrandbits(128))),
                    "unit": unit,
                    "label": label,
                    "revision": revision,
                    "exported_at": f"{year + 1}-01-15T10:00:00Z",
                }
            ],
            "totals": dict(totals),
            "counts": counts,
        },
        cb,
    )
