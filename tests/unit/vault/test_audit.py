"""The audit trail: every event recorded once, with its outcome; never case content (an alias and
notes canary, and a backup file named after a person, are looked for in every row); the real
v4 -> v5 migration. ``confidant audit``: tests/unit/cli/test_audit_command.py."""

from __future__ import annotations

import datetime as dt
import errno
from collections import Counter
from pathlib import Path

import pytest
from support.cases import case

from confidant_app.aggregate.build import build
from confidant_app.aggregate.export import export
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseStore, Vault, VaultWriteFailed, audit, backup, schema
from confidant_app.vault.restore import restore
from confidant_app.vault.retention import due_for_purge, purge

PASSPHRASE = "kiwi-tractor-lantern-42"
NEW_PASSPHRASE = "otter-violin-harbour-77"
CANARY = "CANARY-7f3e-Corporal-Visser"


def _dossiers(codebook: Codebook, n: int) -> list[object]:
    return [
        case(codebook, opened=f"2024-02-1{i % 9}", closed=f"2024-04-2{i % 8}",
             case_number=f"{CANARY}-{i}", alias=f"{CANARY} alias {i}",
             notes=f"{CANARY} what was said {i}")
        for i in range(n)
    ]


def _rows_text(vault: Vault) -> str:
    return "\n".join(
        "|".join(str(v) for v in row) for row in vault.conn.execute("SELECT * FROM audit")
    )


def test_every_event_once_with_its_outcome_and_never_case_content(
    vault_path: Path, codebook: Codebook, tmp_path: Path
) -> None:
    with Vault.create(vault_path, PASSPHRASE, unit="CLAS") as vault:
        CaseStore(vault, codebook).add_many(_dossiers(codebook, 4))  # type: ignore[arg-type]
        assert audit.entries(vault) == []  # creating is not unlocking
    named = tmp_path / f"{CANARY}-backup.db"  # a file name the confidant chose: never recorded
    with Vault.open(vault_path, PASSPHRASE) as vault:
        export(vault, build(vault, codebook, 2024), tmp_path / "2024.json")
        due = due_for_purge(vault, 6, dt.date(2030, 1, 1))
        purge(vault, [d.id for d in due[:3]])
        audit.record(vault, "import", count=4)
        vault.change_passphrase(NEW_PASSPHRASE)
        written = backup.backup(vault, named)
        trail = audit.entries(vault)
        text = _rows_text(vault)
    assert [(e.event, e.outcome, e.detail) for e in trail] == [
        ("unlock", "ok", ""),
        ("export", "ok", "year=2024 revision=1"),
        ("purge", "ok", "count=3"),
        ("import", "ok", "count=4"),
        ("passphrase_change", "ok", ""),
        ("backup", "ok", f"size={written.size}"),
    ]
    assert all(dt.datetime.fromisoformat(e.at.replace("Z", "+00:00")) for e in trail)
    assert CANARY not in text and "backup.db" not in text and str(tmp_path) not in text

    restored = restore(named, vault_path, NEW_PASSPHRASE)
    assert restored.replaced
    with Vault.open(vault_path, NEW_PASSPHRASE) as vault:
        events = Counter(e.event for e in audit.entries(vault))
        text = _rows_text(vault)
    # The backup's trail (made before its own row), then the restore, then this unlock.
    assert events == Counter({"unlock": 2, "export": 1, "purge": 1, "import": 1,
                              "passphrase_change": 1, "restore": 1})
    assert CANARY not in text


def test_a_failed_backup_is_recorded_as_failed(
    vault: Vault, codebook: Codebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    CaseStore(vault, codebook).add_many(_dossiers(codebook, 2))  # type: ignore[arg-type]

    def full(src: Path, dst: Path) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "copy_file", full)
    with pytest.raises(VaultWriteFailed, match="disk is full"):
        backup.backup(vault, tmp_path / "b.db")
    assert [(e.event, e.outcome, e.detail) for e in audit.entries(vault)] == [
        ("backup", "failed", "")
    ]


def test_a_wrong_passphrase_is_not_recorded_and_changes_nothing(vault_path: Path) -> None:
    from confidant_app.vault import WrongPassphrase

    Vault.create(vault_path, PASSPHRASE, unit="BS").close()
    before = vault_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not-the-passphrase-at-all")
    assert vault_path.read_bytes() == before


def test_details_hold_numbers_only(vault: Vault) -> None:
    with pytest.raises(ValueError):
        audit.record(vault, "import", count=CANARY)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        audit.record(vault, "peek")  # type: ignore[arg-type]
    with pytest.raises(Exception, match="CHECK"), vault.transaction() as conn:  # the schema too
        conn.execute("INSERT INTO audit (at, event, outcome) VALUES ('x', 'peek', 'ok')")
    assert audit.entries(vault) == []


def test_a_version_4_vault_gains_an_empty_audit_trail(
    vault_path: Path, codebook: Codebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real v4 -> v5 migration, on a vault made by the v4 schema."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 4)
    monkeypatch.setattr("confidant_app.vault.connection.SCHEMA_VERSION", 4)
    with Vault.create(vault_path, PASSPHRASE, unit="BS") as v:
        CaseStore(v, codebook).add_many(_dossiers(codebook, 2))  # type: ignore[arg-type]
        tables = {r[0] for r in v.conn.execute("SELECT name FROM sqlite_schema")}
        assert "audit" not in tables
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert CaseStore(v, codebook).count() == 2
        assert [e.event for e in audit.entries(v)] == ["unlock"]
    assert vault_path.with_name("vault.db.before-schema-5").exists()
