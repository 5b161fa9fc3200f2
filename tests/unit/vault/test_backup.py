"""Backups: a verified, encrypted copy of the open vault; a copy that fails verification is never
published; rotating backups keep the newest N and never outlive a purge."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from support.cases import case

from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseStore, Vault, VaultError, VaultExists
from confidant_app.vault import backup as backup_module
from confidant_app.vault.backup import backup, backups_in, prune_backups, rotate_backups
from confidant_app.vault.care import check
from confidant_app.vault.errors import BackupFailed
from confidant_app.vault.retention import purge
from confidant_app.vault.schema import SCHEMA_VERSION
from confidant_app.vault.verify import FileReport

PASSPHRASE = "kiwi-tractor-lantern-42"


@pytest.fixture
def filled(store: CaseStore, codebook: Codebook) -> CaseStore:
    store.add_many([case(codebook, alias=f"a{i}", notes="n" * 500, closed="2025-06-01")
                    for i in range(50)])
    return store


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_backup_opens_with_the_same_passphrase_and_holds_the_same(
    filled: CaseStore, codebook: Codebook, tmp_path: Path
) -> None:
    vault = filled.vault
    out = tmp_path / "out" / "backup.db"
    out.parent.mkdir()
    result = backup(vault, out)
    assert (result.path, result.cases, result.schema_version) == (out, 50, SCHEMA_VERSION)
    assert _names(out.parent) == ["backup.db"]  # no temporary file left
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes()[:16] == vault.path.read_bytes()[:16]  # same salt and KDF parameters
    vault.set_meta("label", "still writable after a backup")
    with Vault.open(out, PASSPHRASE) as copy:
        assert copy.source_id == vault.source_id
        assert copy.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert check(copy).ok
        assert CaseStore(copy, codebook).cases() == filled.cases()


def test_a_backup_refuses_the_vault_itself_and_an_existing_file(
    filled: CaseStore, tmp_path: Path
) -> None:
    vault = filled.vault
    before = vault.path.read_bytes()
    link = tmp_path / "same-vault.db"
    os.link(vault.path, link)
    for target in (vault.path, link):
        with pytest.raises(VaultError, match="the vault itself"):
            backup(vault, target, replace=True)
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"something precious")
    with pytest.raises(VaultExists, match="not replaced"):
        backup(vault, existing)
    assert existing.read_bytes() == b"something precious"
    with pytest.raises(VaultError, match="is a folder"):
        backup(vault, tmp_path)
    with pytest.raises(VaultError, match="no such folder"):
        backup(vault, tmp_path / "missing" / "b.db")
    assert vault.path.read_bytes() == before
    backup(vault, existing, replace=True)
    assert existing.read_bytes()[:16] == before[:16]


def test_no_backup_in_the_middle_of_a_transaction(filled: CaseStore, tmp_path: Path) -> None:
    with filled.vault.transaction(), pytest.raises(VaultError, match="being saved"):
        backup(filled.vault, tmp_path / "b.db")
    assert not (tmp_path / "b.db").exists()


def test_a_damaged_copy_is_never_published(
    filled: CaseStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = backup_module.copy_file

    def damaging_copy(src: Path, dst: Path) -> int:
        size = real_copy(src, dst)
        data = bytearray(dst.read_bytes())
        data[len(data) // 2] ^= 0x40  # one bit, in the middle of a page
        dst.write_bytes(bytes(data))
        return size

    monkeypatch.setattr(backup_module, "copy_file", damaging_copy)
    out = tmp_path / "out" / "backup.db"
    out.parent.mkdir()
    with pytest.raises(BackupFailed, match=r"did not verify|does not open"):
        backup(filled.vault, out)
    assert _names(out.parent) == []


def test_a_copy_the_verification_finds_bad_is_never_published(
    filled: CaseStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_inspect = backup_module.inspect_file

    def bad_report(path: Path, key: bytes) -> FileReport:
        report = real_inspect(path, key)
        report.check.problems.append("page 7: HMAC check failed")
        return report

    monkeypatch.setattr(backup_module, "inspect_file", bad_report)
    with pytest.raises(BackupFailed, match="page 7"):
        backup(filled.vault, tmp_path / "b.db")
    monkeypatch.undo()

    def short_copy(path: Path, key: bytes) -> FileReport:
        report = real_inspect(path, key)
        report.rows["cases"] -= 1
        return report

    monkeypatch.setattr(backup_module, "inspect_file", short_copy)
    with pytest.raises(BackupFailed, match="table cases: 50 rows in the original, 49"):
        backup(filled.vault, tmp_path / "b.db")
    assert [p for p in tmp_path.iterdir() if p.is_file()] == []


def test_rotation_keeps_the_newest_and_touches_nothing_else(
    filled: CaseStore, tmp_path: Path
) -> None:
    vault = filled.vault
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "my-notes.txt").write_text("not a backup")
    stranger = folder / "confidant-0123abcd-20250101T000000000000Z-p0.db"
    stranger.write_bytes(b"another vault's backup")
    (folder / ".confidant-x.db.k2j3.confidant-tmp").write_bytes(b"left by a killed backup")
    written = [rotate_backups(vault, folder, keep=2) for _ in range(3)]
    mine = backups_in(vault, folder)
    assert [b.path for b in mine] == [r.written.path for r in written[1:]]
    assert written[2].removed == (written[0].written.path,)
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith("confidant-")) == [
        "my-notes.txt"
    ]
    assert stranger.exists()


def test_backups_made_before_a_purge_are_deleted(
    filled: CaseStore, tmp_path: Path
) -> None:
    vault = filled.vault
    folder = tmp_path / "backups"
    old = [rotate_backups(vault, folder, keep=10).written.path for _ in range(2)]
    ids = [c.id for c in filled.cases()[:5] if c.id is not None]
    purge(vault, ids)
    assert prune_backups(vault, folder) == old
    fresh = rotate_backups(vault, folder, keep=10)
    assert [b.path for b in backups_in(vault, folder)] == [fresh.written.path]
    # A backup stamped after the purge by a wrong clock still says it saw fewer purges.
    prefix = fresh.written.path.name[: len("confidant-12345678-")]
    misdated = folder / f"{prefix}29990101T000000000000Z-p0.db"
    os.link(fresh.written.path, misdated)
    assert prune_backups(vault, folder) == [misdated]


def test_a_backup_onto_a_file_system_without_hard_links(
    filled: CaseStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # as on a FAT-formatted stick

    monkeypatch.setattr(os, "link", no_links)
    out = tmp_path / "stick.db"
    backup(filled.vault, out)
    assert _names(tmp_path) == ["stick.db", "vault"]
    with Vault.open(out, PASSPHRASE) as copy:
        assert check(copy).cases == 50
