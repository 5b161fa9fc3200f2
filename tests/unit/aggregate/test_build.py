"""The counting rules, on a hand-made vault whose answers are worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cases import case

from confidant_app.aggregate.build import build
from confidant_app.aggregate.export import export
from confidant_app.aggregate.io import read_aggregate
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseFilter, CaseStore, Vault


@pytest.fixture
def hand_made(store: CaseStore, codebook: Codebook) -> CaseStore:
    store.add_many(
        [
            # 1: two codes, closed in the year, two conversations in the year
            case(
                codebook,
                opened="2025-01-15",
                gender="V",
                position="BET",
                categories=["OG.INT", "AC.ARB"],
                closed="2025-03-01",
                referrals=["HR", "AGO"],
                outcomes=["INF"],
                alias="ALIAS-CANARY",
                notes="NOTES-CANARY",
                conversations=[
                    {"date": "2025-01-15", "channel": "F", "minutes": 60},
                    {"date": "2025-02-01", "channel": "T", "minutes": 30},
                ],
            ),
            # 2: open at year end
            case(
                codebook,
                opened="2025-05-10",
                role="BUR",
                gender="M",
                position="GET",
                conversations=[{"date": "2025-05-10", "channel": "V", "minutes": 45}],
            ),
            # 3: closed next year (open at year end); one conversation falls in the next year
            case(
                codebook,
                opened="2025-11-30",
                unit="KMAR",
                gender="V",
                position="LGA",
                categories=["OG.PES", "OG.INT"],
                closed="2026-02-01",
                conversations=[
                    {"date": "2025-12-01", "channel": "E", "minutes": 10},
                    {"date": "2026-01-05", "channel": "F", "minutes": 20},
                ],
            ),
            # 4: excluded from statistics: counts nowhere, its conversation neither
            case(
                codebook,
                opened="2025-07-01",
                role="RES",
                categories=["WB.DRK"],
                exclude_from_statistics=True,
                conversations=[{"date": "2025-07-01", "channel": "F", "minutes": 15}],
            ),
            # 5: opened the year before; its conversation in this year counts under channel only
            case(
                codebook,
                opened="2024-12-20",
                gender="X",
                position="BET",
                categories=["ZI.REG"],
                closed="2025-01-10",
                conversations=[{"date": "2025-01-03", "channel": "T", "minutes": 25}],
            ),
        ]
    )
    return store


def test_counts_follow_the_contract(hand_made: CaseStore, codebook: Codebook) -> None:
    agg = build(hand_made.vault, codebook, 2025).aggregate
    assert agg.totals.model_dump() == {
        "cases": 3,
        "conversations": 5,
        "minutes": 170,
        "open_at_year_end": 2,
    }
    c = agg.counts
    assert c.category == {"OG.INT": 2, "AC.ARB": 2, "OG.PES": 1}
    assert c.primary_category == {"OG.INT": 1, "AC.ARB": 1, "OG.PES": 1}
    assert c.unit == {"CLAS": 2, "KMAR": 1}
    assert c.role == {"MIL": 2, "BUR": 1}
    assert c.gender == {"V": 2, "M": 1}
    assert c.gender_by_group == {"V": {"OG": 2, "AC": 1}, "M": {"AC": 1}}
    assert c.position == {"BET": 1, "GET": 1, "LGA": 1}
    assert c.quarter == {"1": 1, "2": 1, "4": 1}
    assert c.channel == {"F": 1, "T": 2, "V": 1, "E": 1}
    assert c.referral == {"HR": 1, "AGO": 1}
    assert c.outcome == {"INF": 1}
    source = agg.sources[0]
    assert (source.unit, source.label, source.revision) == ("CLAS", "test vault", 1)
    assert source.source_id == hand_made.vault.source_id


def test_other_years_count_their_own(hand_made: CaseStore, codebook: Codebook) -> None:
    y2024 = build(hand_made.vault, codebook, 2024).aggregate
    # closed in January 2025, so still open at the end of 2024
    assert y2024.totals.model_dump() == {
        "cases": 1,
        "conversations": 0,
        "minutes": 0,
        "open_at_year_end": 1,
    }
    y2026 = build(hand_made.vault, codebook, 2026).aggregate
    assert y2026.totals.cases == 0 and y2026.counts.channel == {"F": 1}


def test_export_writes_no_identifying_string(
    hand_made: CaseStore, codebook: Codebook, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    export(hand_made.vault, build(hand_made.vault, codebook, 2025), out)
    text = out.read_text(encoding="utf-8")
    numbers = [s.case_number for s in hand_made.summaries()]
    for needle in ["ALIAS-CANARY", "NOTES-CANARY", "2025-01-15", "2025-11-30", *numbers]:
        assert needle and needle not in text
    again = build(hand_made.vault, codebook, 2025).aggregate
    written = read_aggregate(out)
    assert (written.totals, written.counts) == (again.totals, again.counts)


def test_revision_rises_and_changes_are_reported(
    hand_made: CaseStore, codebook: Codebook, tmp_path: Path
) -> None:
    vault = hand_made.vault
    first = build(vault, codebook, 2025)
    assert first.previous is None and first.notice is None
    export(vault, first, tmp_path / "r1.json")
    second = build(vault, codebook, 2025)
    assert second.aggregate.sources[0].revision == 2
    assert not second.figures_changed and "equal revision 1" in (second.notice or "")
    export(vault, second, tmp_path / "r2.json")
    cases = hand_made.cases(CaseFilter(year=2025))
    hand_made.update(cases[0].model_copy(update={"gender": "X"}))
    hand_made.update(cases[1].model_copy(update={"notes": "only a note"}))
    hand_made.add(case(codebook, opened="2025-06-01"))
    hand_made.delete(cases[2].id or 0)
    third = build(vault, codebook, 2025)
    assert third.figures_changed and third.cases_changed == 4
    assert third.notice is not None and third.notice.startswith("4 cases changed since revision 2")
    assert third.aggregate.sources[0].revision == 3


def test_a_failed_write_records_no_release(
    hand_made: CaseStore, codebook: Codebook, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    plan = build(hand_made.vault, codebook, 2025)
    with pytest.raises(OSError):
        export(hand_made.vault, plan, blocker / "out.json")
    assert build(hand_made.vault, codebook, 2025).aggregate.sources[0].revision == 1


def test_a_retired_code_is_counted_under_its_successor(
    vault_path: Path, codebook: Codebook, tmp_path: Path
) -> None:
    import json

    from confidant_app.domain.codebook import Codebook as CB
    from confidant_app.domain.taxonomy import load_taxonomy
    from confidant_app.resources import resource_path

    with Vault.create(vault_path, "retired-codes-pass", unit="BS") as vault:
        CaseStore(vault, codebook).add_many(
            [case(codebook, categories=["OG.KWA"]), case(codebook, categories=["OG.OVR", "OG.KWA"])]
        )
        data = json.loads(resource_path("taxonomy", "defensie-2025.json").read_text("utf-8"))
        data["groups"][0]["codes"] = [
            c for c in data["groups"][0]["codes"] if c["code"] != "OG.KWA"
        ]
        data["retired"] = {"OG.KWA": "OG.OVR"}
        (tmp_path / "t.json").write_text(json.dumps(data), encoding="utf-8")
        later = CB(taxonomy=load_taxonomy(tmp_path / "t.json"), fields=codebook.fields)
        agg = build(vault, later, 2025).aggregate
    assert agg.counts.category == {"OG.OVR": 2}
    assert agg.counts.primary_category == {"OG.OVR": 2}
    assert agg.counts.gender_by_group == {"O": {"OG": 2}}
