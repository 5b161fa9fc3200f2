"""Restore: the backup is checked before anything is replaced; an open vault, a wrong passphrase,
a damaged or newer backup are refused untouched; the old vault stays until the restored one is
verified, and comes back if it does not verify."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from support.cases import case

from confidant_app.domain.codebook import Codebook
from confidant_app.vault import (
    CaseStore,
    Vault,
    VaultError,
    VaultInUse,
    VaultTooNew,
    WrongPassphrase,
    schema,
)
from confidant_app.vault import restore as restore_module
from confidant_app.vault.backup import backup
from confidant_app.vault.care import CheckReport, check
from confidant_app.vault.errors import BackupFailed, Cancelled
from confidant_app.vault.restore import restore

PASSPHRASE = "kiwi-tractor-lantern-42"


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def saved(vault_path: Path, codebook: Codebook, tmp_path: Path) -> Path:
    """A closed vault of 7 cases and, in another folder, a backup of it taken at 5 cases."""
    out = tmp_path / "stick" / "backup.db"
    out.parent.mkdir()
    with Vault.create(vault_path, PASSPHRASE, unit="CLAS") as vault:
        store = CaseStore(vault, codebook)
        store.add_many([case(codebook, alias=f"a{i}") for i in range(5)])
        backup(vault, out)
        store.add_many([case(codebook, alias=f"later{i}") for i in range(2)])
    return out


def _aliases(path: Path, codebook: Codebook, passphrase: str = PASSPHRASE) -> list[str | None]:
    with Vault.open(path, passphrase) as vault:
        return [s.alias for s in CaseStore(vault, codebook).summaries()]


def test_restore_replaces_the_vault_with_the_backup(
    saved: Path, vault_path: Path, codebook: Codebook
) -> None:
    seen = []
    done = restore(saved, vault_path, PASSPHRASE, confirm=lambda r: seen.append(r.cases) or True)
    assert seen == [5] and (done.cases, done.replaced) == (5, True)
    assert _aliases(vault_path, codebook) == [f"a{i}" for i in range(5)]
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["vault.db"]
    assert saved.exists()  # the backup itself is left as it was


def test_restore_onto_a_new_machine(saved: Path, tmp_path: Path, codebook: Codebook) -> None:
    target = tmp_path / "new" / "data" / "vault.db"
    done = restore(saved, target, PASSPHRASE)
    assert not done.replaced
    assert len(_aliases(target, codebook)) == 5


def test_restore_refuses_while_the_vault_is_open(saved: Path, vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE):  # the unlock is recorded in the vault: a change
        before = snapshot(vault_path.parent)
        with pytest.raises(VaultInUse, match="close it there"):
            restore(saved, vault_path, PASSPHRASE)
        assert snapshot(vault_path.parent) == before


def test_a_backup_with_another_passphrase_is_refused_clearly(
    saved: Path, vault_path: Path, codebook: Codebook
) -> None:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.change_passphrase("the-new-passphrase-now")
    before = snapshot(vault_path.parent)
    with pytest.raises(WrongPassphrase, match="keeps the passphrase the vault had"):
        restore(saved, vault_path, "the-new-passphrase-now")
    assert snapshot(vault_path.parent) == before
    restore(saved, vault_path, PASSPHRASE)  # the backup's own passphrase opens it
    assert len(_aliases(vault_path, codebook)) == 5


def test_a_damaged_or_newer_backup_is_refused_untouched(
    saved: Path, vault_path: Path, tmp_path: Path
) -> None:
    before = snapshot(vault_path.parent)
    damaged = tmp_path / "damaged.db"
    data = bytearray(saved.read_bytes())
    data[3 * 4096 + 200] ^= 0x01
    damaged.write_bytes(bytes(data))
    with pytest.raises((BackupFailed, WrongPassphrase)):
        restore(damaged, vault_path, PASSPHRASE)
    newer = tmp_path / "newer.db"
    with Vault.create(newer, PASSPHRASE, unit="BS") as v:
        v.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    with pytest.raises(VaultTooNew):
        restore(newer, vault_path, PASSPHRASE)
    with pytest.raises(Cancelled):
        restore(saved, vault_path, PASSPHRASE, confirm=lambda report: False)
    with pytest.raises(VaultError, match="the vault itself"):
        restore(vault_path, vault_path, PASSPHRASE)
    assert snapshot(vault_path.parent) == before


def test_the_old_vault_is_kept_until_the_restore_is_verified(
    saved: Path, vault_path: Path, codebook: Codebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = vault_path.with_name("vault.db.before-restore")
    original = vault_path.read_bytes()
    seen: list[bool] = []

    def failing_check(vault: Vault) -> CheckReport:
        seen.append(old.exists() and old.read_bytes() == original)
        report = check(vault)
        report.problems.append("simulated: the restored vault does not verify")
        return report

    monkeypatch.setattr(restore_module, "check", failing_check)
    with pytest.raises(BackupFailed, match="it was undone"):
        restore(saved, vault_path, PASSPHRASE)
    assert seen == [True]
    assert vault_path.read_bytes() == original and not old.exists()  # the old vault is back
    assert len(_aliases(vault_path, codebook)) == 7

    monkeypatch.setattr(restore_module, "check", lambda v: seen.append(old.exists()) or check(v))
    restore(saved, vault_path, PASSPHRASE)
    assert seen[-1] is True and not old.exists()


def test_a_hot_journal_is_refused_and_a_spent_one_removed(saved: Path, vault_path: Path) -> None:
    journal = vault_path.with_name("vault.db-journal")
    journal.write_bytes(restore_module.JOURNAL_MAGIC + bytes(600))
    with pytest.raises(VaultError, match="interrupted in the middle of a change"):
        restore(saved, vault_path, PASSPHRASE)
    journal.write_bytes(bytes(600))  # header zeroed: a committed transaction's spent journal
    restore(saved, vault_path, PASSPHRASE)
    assert not journal.exists()


def test_a_backup_from_an_older_schema_is_restored_and_upgraded(
    vault_path: Path, tmp_path: Path, codebook: Codebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_backup = tmp_path / "v3.db"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setattr("confidant_app.vault.connection.SCHEMA_VERSION", 3)
    with Vault.create(old_backup, PASSPHRASE, unit="BS") as v:
        CaseStore(v, codebook).add(case(codebook, alias="from schema 3"))
    monkeypatch.undo()
    done = restore(old_backup, vault_path, PASSPHRASE)
    assert done.schema_version == 3
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert _aliases(vault_path, codebook) == ["from schema 3"]


def test_keep_replaced_keeps_a_file_that_did_not_open_until_the_next_purge(
    saved: Path, vault_path: Path, codebook: Codebook
) -> None:
    """From the unlock screen the file replaced never opened (damaged, or its passphrase
    forgotten): it is kept beside the vault, with a hot journal of its own, and a purge deletes
    it as it deletes every copy beside the vault."""
    from confidant_app.vault.retention import remove_copies_beside

    original = vault_path.read_bytes()
    journal = vault_path.with_name("vault.db-journal")
    journal.write_bytes(restore_module.JOURNAL_MAGIC + bytes(600))  # a crash mid-change
    done = restore(saved, vault_path, PASSPHRASE, keep_replaced=True)
    kept = vault_path.with_name("vault.db.before-restore")
    assert done.replaced and done.kept == kept
    assert kept.read_bytes() == original
    assert vault_path.with_name("vault.db.before-restore-journal").read_bytes()[:8] == (
        restore_module.JOURNAL_MAGIC)
    assert not journal.exists()  # never played back into the restored vault
    assert len(_aliases(vault_path, codebook)) == 5
    assert sorted(p.name for p in remove_copies_beside(vault_path)) == [
        "vault.db.before-restore", "vault.db.before-restore-journal"]
    # Without the flag nothing is kept, as before; onto an empty place nothing is replaced.
    assert restore(saved, vault_path, PASSPHRASE).kept is None
    assert restore(saved, vault_path.with_name("new.db"), PASSPHRASE, keep_replaced=True).kept \
        is None


def test_keep_replaced_puts_the_file_and_its_journal_back_when_the_restore_fails(
    saved: Path, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    garbage = b"not a vault any more " * 500
    vault_path.write_bytes(garbage)
    journal = vault_path.with_name("vault.db-journal")
    journal.write_bytes(restore_module.JOURNAL_MAGIC + bytes(600))

    def failing_check(vault: Vault) -> CheckReport:
        report = check(vault)
        report.problems.append("simulated: the restored vault does not verify")
        return report

    monkeypatch.setattr(restore_module, "check", failing_check)
    with pytest.raises(BackupFailed, match="it was undone"):
        restore(saved, vault_path, PASSPHRASE, keep_replaced=True)
    assert vault_path.read_bytes() == garbage
    assert journal.read_bytes()[:8] == restore_module.JOURNAL_MAGIC
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["vault.db", "vault.db-journal"]
