"""Retention: which cases are due, and a purge that destroys everything but the coded skeleton,
leaves a released year's figures as they were, logs how many and when, and leaves no copy of what
it destroyed in any file (read in plaintext, free pages and journal included) or later backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.cases import case
from support.pages import files_holding

from confidant_app.aggregate.build import build
from confidant_app.aggregate.export import export
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseStore, Vault, VaultError, schema
from confidant_app.vault.backup import backup
from confidant_app.vault.releases import cases_changed_since, last_release
from confidant_app.vault.retention import (
    add_months,
    due_count,
    due_cutoff,
    due_for_purge,
    last_purge,
    purge,
    purge_log,
)
from confidant_app.vault.store import CaseNotFound

PASSPHRASE = "kiwi-tractor-lantern-42"
CANARY = "CANARY-4c1d-Sergeant-Jansen"


def _release(vault: Vault, codebook: Codebook, year: int, out: Path) -> dict[str, Any]:
    """Export ``year`` (which releases it) and return its figures."""
    plan = build(vault, codebook, year)
    export(vault, plan, out)
    return _figures(vault, codebook, year)


def _figures(vault: Vault, codebook: Codebook, year: int) -> dict[str, Any]:
    data = build(vault, codebook, year).aggregate.model_dump(mode="json")
    return {"totals": data["totals"], "counts": data["counts"]}


def _dossiers(codebook: Codebook, n: int, year: int = 2024) -> list[Any]:
    return [
        case(
            codebook,
            opened=f"{year}-0{1 + i % 3}-1{i % 9}",
            closed=f"{year}-0{4 + i % 3}-2{i % 8}",
            categories=["OG.PES", "AC.ARB"] if i % 2 else ["WB.DRK"],
            gender="V" if i % 3 else "M",
            referrals=["HR"] if i % 2 else [],
            outcomes=["INF"],
            alias=f"{CANARY} alias {i}",
            notes=f"{CANARY} what was said {i} " * 30,
            conversations=[
                {"date": f"{year}-0{1 + i % 3}-2{i % 8}", "channel": "F", "minutes": 30 + i},
                {"date": f"{year + 1}-01-1{i % 9}", "channel": "T", "minutes": 10},
            ],
        )
        for i in range(n)
    ]


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(dt.date(2024, 3, 31), 6) == dt.date(2024, 9, 30)
    assert add_months(dt.date(2024, 8, 31), 6) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 11, 15), 2) == dt.date(2025, 1, 15)


def test_due_once_the_year_is_released_and_the_term_has_passed(
    store: CaseStore, codebook: Codebook, tmp_path: Path
) -> None:
    closed = store.add(case(codebook, opened="2024-01-10", closed="2024-03-31"))
    still_open = store.add(case(codebook, opened="2024-02-01"))
    unreleased = store.add(case(codebook, opened="2025-01-10", closed="2025-02-01"))
    vault = store.vault
    assert due_for_purge(vault, 6, dt.date(2030, 1, 1)) == []  # nothing released yet
    _release(vault, codebook, 2024, tmp_path / "2024.json")
    assert due_for_purge(vault, 6, dt.date(2024, 9, 29)) == []
    (due,) = due_for_purge(vault, 6, dt.date(2024, 9, 30))
    assert (due.id, due.case_number, due.opened_year, due.due_since) == (
        closed.id, closed.case_number, 2024, dt.date(2024, 9, 30))
    assert [d.id for d in due_for_purge(vault, 12, dt.date(2025, 3, 30))] == []
    assert [d.id for d in due_for_purge(vault, 12, dt.date(2025, 3, 31))] == [closed.id]
    assert still_open.id and unreleased.id  # never due: open, or its year not released
    assert {d.id for d in due_for_purge(vault, 1, dt.date(2031, 1, 1))} == {closed.id}


def test_purge_keeps_the_coded_skeleton_and_nothing_else(
    store: CaseStore, codebook: Codebook
) -> None:
    (gone, kept) = store.add_many(_dossiers(codebook, 2))
    record = purge(store.vault, [gone.id], now="2025-11-30T10:00:00.000001Z")
    conn = store.vault.conn
    row = conn.execute(
        "SELECT case_number, alias, opened, closed, created_at, updated_at, purged_at, "
        "opened_year, opened_quarter, closed_year, closed_quarter, unit, role, gender, position, "
        "primary_category, exclude_from_statistics FROM cases WHERE id = ?", (gone.id,)
    ).fetchone()
    at = record.at
    assert row[:7] == (None, None, None, None, at, at, at)
    assert row[7:] == (2024, 1, 2024, 2, "CLAS", "MIL", "M", "OVR", "WB.DRK", 0)
    assert conn.execute("SELECT count(*) FROM case_notes WHERE case_id = ?",
                        (gone.id,)).fetchone()[0] == 0
    assert conn.execute(
        "SELECT held, held_year, held_quarter, channel, minutes FROM conversations "
        "WHERE case_id = ? ORDER BY rank", (gone.id,)
    ).fetchall() == [(None, 2024, 1, "F", 30), (None, 2025, 1, "T", 10)]
    for table in ("case_categories", "case_outcomes"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?",
                            (gone.id,)).fetchone()[0] == 1
    # The skeleton is not a case any more: lists leave it out, the other case is untouched.
    assert [c.id for c in store.cases()] == [kept.id] and store.count() == 1
    assert store.get(kept.id) == kept
    with pytest.raises(CaseNotFound):
        store.get(gone.id)


def test_a_released_year_exports_the_same_figures_after_a_purge(
    store: CaseStore, codebook: Codebook, tmp_path: Path
) -> None:
    stored = store.add_many(_dossiers(codebook, 40))
    store.add_many(_dossiers(codebook, 5, year=2025))
    vault = store.vault
    before = _release(vault, codebook, 2024, tmp_path / "2024.json")
    before_2025 = _figures(vault, codebook, 2025)  # the purged cases' 2025 talks count there
    release = last_release(vault, 2024)
    assert release is not None
    purge(vault, [c.id for c in stored[:30]])
    assert _figures(vault, codebook, 2024) == before
    assert _figures(vault, codebook, 2025) == before_2025
    plan = build(vault, codebook, 2024)
    assert cases_changed_since(vault, release) == 0  # a purge changes no figures
    assert (plan.cases_changed, plan.figures_changed) == (0, False)
    assert plan.notice is not None and "figures equal revision 1" in plan.notice


def test_a_purge_is_logged_as_how_many_and_when_only(store: CaseStore, codebook: Codebook) -> None:
    stored = store.add_many(_dossiers(codebook, 3))
    vault = store.vault
    assert purge_log(vault) == [] and last_purge(vault) == (0, None)
    first = purge(vault, [stored[0].id, stored[1].id])
    second = purge(vault, [stored[2].id])
    assert [(r.at, r.count) for r in purge_log(vault)] == [(first.at, 2), (second.at, 1)]
    columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(purges)")]
    assert columns == ["id", "at", "count"]  # no case ids, numbers or years
    count, when = last_purge(vault)
    assert count == 2 and when is not None and when.tzinfo is not None


def test_a_purge_refuses_open_unknown_and_purged_cases_and_changes_nothing(
    store: CaseStore, codebook: Codebook
) -> None:
    closed = store.add(case(codebook, closed="2025-04-01", notes="keep me"))
    still_open = store.add(case(codebook))
    with pytest.raises(VaultError, match="still open"):
        purge(store.vault, [closed.id, still_open.id])
    with pytest.raises(CaseNotFound):
        purge(store.vault, [closed.id, 9999])
    with pytest.raises(VaultError, match="no cases"):
        purge(store.vault, [])
    assert store.get(closed.id).notes == "keep me" and purge_log(store.vault) == []
    purge(store.vault, [closed.id])
    with pytest.raises(CaseNotFound, match="purged already"):
        purge(store.vault, [closed.id])


def test_destroyed_values_are_in_no_file_and_no_later_backup(
    vault_path: Path, codebook: Codebook, tmp_path: Path
) -> None:
    vault = Vault.create(vault_path, PASSPHRASE, unit="CLAS")
    key = vault.raw_key
    store = CaseStore(vault, codebook)
    stored = store.add_many(_dossiers(codebook, 200))
    for c in stored[:20]:  # edits leave old versions behind unless deletion is secure
        store.update(c.model_copy(update={"notes": f"{CANARY} edited"}))
    needle = CANARY.encode()
    before = tmp_path / "elsewhere" / "before.db"
    before.parent.mkdir()
    backup(vault, before)
    assert files_holding(vault_path.parent, needle, key) == ["vault.db"]  # the scan sees it
    purge(vault, [c.id for c in stored])
    assert files_holding(vault_path.parent, needle, key) == []  # while open: journal emptied
    after = tmp_path / "elsewhere" / "after.db"
    backup(vault, after)
    vault.close()
    assert files_holding(vault_path.parent, needle, key) == []
    assert files_holding(after.parent, needle, key) == ["before.db"]
    with Vault.open(after, PASSPHRASE) as copy:
        assert CaseStore(copy, codebook).count() == 0
        assert copy.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 200


def test_a_purge_deletes_the_copies_kept_beside_the_vault(
    store: CaseStore, codebook: Codebook
) -> None:
    folder = store.vault.path.parent
    copies = [folder / "vault.db.before-schema-4", folder / "vault.db.before-restore"]
    for copy in copies:
        copy.write_bytes(b"an older encrypted copy")
    (other := folder / "notes.txt").write_text("not ours")
    done = store.add(case(codebook, closed="2025-05-05"))
    record = purge(store.vault, [done.id])
    assert sorted(record.removed_copies) == sorted(copies)
    assert not any(c.exists() for c in copies) and other.exists()


def test_a_version_3_vault_gains_the_purge_log(
    vault_path: Path, codebook: Codebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setattr("confidant_app.vault.connection.SCHEMA_VERSION", 3)
    with Vault.create(vault_path, PASSPHRASE, unit="BS") as v:
        CaseStore(v, codebook).add(case(codebook, closed="2025-05-05"))
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert purge_log(v) == []
        upgrade_copy = vault_path.with_name("vault.db.before-schema-4")
        assert upgrade_copy.exists()  # holds the case in full: the purge must take it along
        purge(v, [1])
        assert [r.count for r in purge_log(v)] == [1]
        assert not upgrade_copy.exists()


@settings(max_examples=400, deadline=None)
@given(closed=st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
       today=st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
       months=st.integers(0, 120))
def test_the_cutoff_date_is_the_term_rule(closed: dt.date, today: dt.date, months: int) -> None:
    """The SQL compares the closing date with one cutoff; that must be the per-case rule."""
    assert (closed <= due_cutoff(months, today)) == (add_months(closed, months) <= today)


def test_the_reminder_count_is_the_list_length(vault: Vault, codebook: Codebook,
                                               tmp_path: Path) -> None:
    store = CaseStore(vault, codebook)
    store.add_many([case(codebook, opened="2024-01-10", closed=f"2024-{m:02d}-28")
                    for m in range(2, 12)] + [case(codebook, opened="2024-02-01")])
    _release(vault, codebook, 2024, tmp_path / "2024.json")
    for today in (dt.date(2024, 8, 1), dt.date(2024, 12, 31), dt.date(2025, 6, 1)):
        assert due_count(vault, 6, today) == len(due_for_purge(vault, 6, today))
    assert due_count(vault, 6, dt.date(2025, 6, 1)) == 10
