"""Small builders for tests: a case from keyword changes, a vault filled with given cases."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from confidant_app.domain.case import Case, make_case
from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.vault import CaseStore, Vault

PASSPHRASE = "support-passphrase-long-enough"


def case(codebook: Codebook | None = None, **changes: Any) -> Case:
    data: dict[str, Any] = {
        "opened": "2025-03-04",
        "unit": "CLAS",
        "role": "MIL",
        "categories": ["AC.ARB"],
    }
    data.update(changes)
    return make_case(data, codebook or default_codebook())


def filled_vault(path: Path, cases: Sequence[Case], *, unit: str = "CLAS", label: str = "") -> None:
    with Vault.create(path, PASSPHRASE, unit=unit, label=label) as vault:
        CaseStore(vault, default_codebook()).add_many(list(cases))
