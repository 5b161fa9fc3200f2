"""The demo generator (Qt-free; kept beside the client it serves) and the throwaway demo vault."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from confidant_app.demo import DemoVault, demo_cases
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseStore, Vault

TODAY = dt.date(2026, 3, 15)


def test_same_seed_same_cases(codebook: Codebook) -> None:
    first = demo_cases(codebook, count=50, seed=7, today=TODAY)
    assert first == demo_cases(codebook, count=50, seed=7, today=TODAY)
    assert first != demo_cases(codebook, count=50, seed=8, today=TODAY)


def test_a_plausible_case_load(codebook: Codebook) -> None:
    cases = demo_cases(codebook, count=300, today=TODAY)
    years = Counter(c.opened.year for c in cases)
    assert set(years) == {2024, 2025, 2026}
    assert years[2025] > years[2024]  # a rising load, as in the annual report
    assert all(c.opened <= TODAY and (c.closed is None or c.closed <= TODAY) for c in cases)
    primary = Counter(c.primary_category for c in cases)
    assert primary.most_common(1)[0][0] == "AC.ARB"
    og = [code for code, _ in primary.most_common() if code.startswith("OG.")]
    assert og[:3] == ["OG.INT", "OG.PES", "OG.KWA"]
    for code in ("ZI.REG", "ZI.POS", "WB.DRK"):
        assert primary[code] > 0
    assert all(1 <= len(c.conversations) <= 4 for c in cases)
    closed = [c for c in cases if c.closed]
    assert 0.5 < len(closed) / len(cases) < 0.95
    assert all(c.outcomes for c in closed)
    assert any(c.referrals for c in cases)
    assert len({c.unit for c in cases}) == 7 and len({c.gender for c in cases}) >= 3


def test_aliases_are_objects_not_names(codebook: Codebook) -> None:
    aliases = [c.alias for c in demo_cases(codebook, count=300, today=TODAY) if c.alias]
    assert len(set(aliases)) == len(aliases)
    assert all(len(a.split()) == 2 and a.islower() for a in aliases)


def test_demo_vault_is_filled_and_removed() -> None:
    with DemoVault(count=40) as demo:
        assert demo.passphrase.startswith("demo-")
        with Vault.open(demo.path, demo.passphrase) as vault:
            assert vault.label == "Demo"
            from confidant_app.domain.codebook import default_codebook

            assert CaseStore(vault, default_codebook()).count() == 40
    assert not demo.folder.exists()
