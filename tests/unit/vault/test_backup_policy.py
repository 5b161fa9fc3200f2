"""When automatic backups are made (after changes, once a day at most), what the status bar says
about the last backup, and the purge that deletes the backups made before it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.cases import case

from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseStore, audit
from confidant_app.vault.backup import STAMP, backup, backups_in, rotate_backups
from confidant_app.vault.backup_policy import (
    automatic_backup,
    automatic_backup_due,
    backup_status,
    changed_since,
    purge_and_prune,
)
from confidant_app.vault.retention import purge

DAY = dt.timedelta(days=1)


@pytest.fixture
def filled(store: CaseStore, codebook: Codebook) -> CaseStore:
    store.add_many([case(codebook, alias=f"a{i}", closed="2025-06-01") for i in range(5)])
    return store


def later(days: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=days)


def test_the_first_automatic_backup_is_due_at_once(filled: CaseStore, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert automatic_backup_due(filled.vault, folder)
    made = automatic_backup(filled.vault, folder, keep=3)
    assert made is not None and backups_in(filled.vault, folder)[0].path == made.written.path


def test_once_a_day_at_most_and_only_after_a_change(
    filled: CaseStore, codebook: Codebook, tmp_path: Path
) -> None:
    vault, folder = filled.vault, tmp_path / "backups"
    automatic_backup(vault, folder, keep=3)
    # Within the day: never, whatever changed.
    assert not automatic_backup_due(vault, folder, changed=True)
    # A day later, unchanged (an unlock is no change): none.
    audit.record(vault, "unlock")
    assert not automatic_backup_due(vault, folder, now=later(1.1))
    assert automatic_backup(vault, folder, keep=3, now=later(1.1)) is None
    # A deletion leaves no time stamp: the caller says it saw one.
    assert automatic_backup_due(vault, folder, changed=True, now=later(1.1))
    assert len(backups_in(vault, folder)) == 1


def test_an_edit_after_the_newest_backup_makes_one_due(
    filled: CaseStore, tmp_path: Path
) -> None:
    vault, folder = filled.vault, tmp_path / "backups"
    newest = rotate_backups(vault, folder, keep=3).written.path
    made = backups_in(vault, folder)[-1].made
    assert not changed_since(vault, made)
    # The edit is stamped by the vault's clock; pretend the backup is two seconds older.
    first = filled.cases()[0]
    filled.update(first.model_copy(update={"alias": "edited"}))
    assert changed_since(vault, made - dt.timedelta(seconds=2))
    prefix = newest.name[: len("confidant-12345678-")]
    newest.rename(folder / f"{prefix}{(made - 2 * DAY).strftime(STAMP)}-p0.db")
    assert automatic_backup_due(vault, folder)


def test_a_backup_from_the_future_is_not_trusted(filled: CaseStore, tmp_path: Path) -> None:
    vault, folder = filled.vault, tmp_path / "backups"
    automatic_backup(vault, folder, keep=3)
    assert automatic_backup_due(vault, folder, changed=True, now=later(-2))


def test_a_purge_makes_the_next_backup_due_and_deletes_the_older_ones(
    filled: CaseStore, tmp_path: Path
) -> None:
    vault, folder = filled.vault, tmp_path / "backups"
    old = automatic_backup(vault, folder, keep=3)
    assert old is not None
    done = purge_and_prune(vault, [c.id for c in filled.cases()[:2] if c.id], folder)
    assert done.record.count == 2 and done.removed_backups == (old.written.path,)
    assert done.folder_reachable and done.removed == 1
    assert automatic_backup_due(vault, folder)  # none left since the purge


def test_purge_and_prune_with_the_folder_unplugged(filled: CaseStore, tmp_path: Path) -> None:
    done = purge_and_prune(filled.vault, [c.id for c in filled.cases() if c.id],
                           tmp_path / "stick" / "backups")
    assert done.record.count == 5 and done.removed == 0 and not done.folder_reachable


def test_status_counts_every_backup_since_the_last_purge(
    filled: CaseStore, tmp_path: Path
) -> None:
    vault = filled.vault
    assert backup_status(vault).last is None
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    backup(vault, tmp_path / "anywhere.db")
    status = backup_status(vault)
    assert status.last is not None and status.last >= before and not status.failed_since
    audit.record(vault, "backup", "failed")  # as backup() records a full disk
    status = backup_status(vault)
    assert status.last is not None and status.failed_since
    purge(vault, [filled.cases()[0].id or 0], now="2999-01-01T00:00:00.000000Z")
    assert backup_status(vault).last is None  # older than the purge: deleted, or should be
