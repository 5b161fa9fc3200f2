"""Creating, opening and refusing vaults, against real SQLCipher files in a temporary folder."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from confidant_app.domain.case import make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import (
    CaseStore,
    Vault,
    VaultExists,
    VaultInUse,
    VaultMissing,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
    schema,
)
from confidant_app.vault.errors import NotAVault
from confidant_app.vault.kdf import KDF_SCRYPT, KdfParams, derive

PASSPHRASE = "kiwi-tractor-lantern-42"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with a hash of its bytes: 'changes nothing' made checkable."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_vault_file_does_not_start_with_the_sqlite_header(vault: Vault) -> None:
    head = vault.path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    assert head[12] == KDF_SCRYPT and head[13] == 14  # parameters travel in the salt
    assert b"CREATE TABLE" not in vault.path.read_bytes()


def test_vault_reopens_with_its_passphrase_and_keeps_its_identity(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE, unit="KMAR", label="VP Noord") as v:
        source_id = v.source_id
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert (v.source_id, v.unit, v.label) == (source_id, "KMAR", "VP Noord")
        assert len(source_id) == 36


def test_unicode_passphrase_in_nfc_and_nfd_opens_the_same_vault(vault_path: Path) -> None:
    nfc, nfd = "caf\u00e9-vertrouwen", "cafe\u0301-vertrouwen"
    Vault.create(vault_path, nfc, unit="BS").close()
    Vault.open(vault_path, nfd).close()


def test_create_refuses_an_existing_file_and_empty_passphrase(tmp_path: Path) -> None:
    existing = tmp_path / "precious.db"
    existing.write_bytes(b"do not touch")
    with pytest.raises(VaultExists):
        Vault.create(existing, PASSPHRASE, unit="BS")
    assert existing.read_bytes() == b"do not touch"
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "new.db", "", unit="BS")
    assert not (tmp_path / "new.db").exists()


def test_create_leaves_no_temporary_files(vault: Vault) -> None:
    assert sorted(p.name for p in vault.path.parent.iterdir()) == ["vault.db"]


def test_wrong_passphrase_is_refused_and_changes_nothing(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, unit="BS").close()
    before = snapshot(vault_path.parent)
    with pytest.raises(WrongPassphrase, match="wrong passphrase, or the file is damaged"):
        Vault.open(vault_path, "not the passphrase")
    assert snapshot(vault_path.parent) == before


def test_missing_vault_is_refused_without_creating_a_file(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing, match="no vault here"):
        Vault.open(tmp_path / "nothing.db", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"SQLite format 3\x00" + b"\x00" * 4080,
        b"just some text that is certainly not a vault" * 100,
        bytes(12) + bytes([KDF_SCRYPT, 40, 8, 1]) + bytes(4080),  # absurd memory demand
    ],
)
def test_a_file_that_is_not_a_vault_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.db"
    path.write_bytes(content)
    with pytest.raises(NotAVault):
        Vault.open(path, PASSPHRASE)
    assert path.read_bytes() == content and len(list(tmp_path.iterdir())) == 1


def test_damaged_header_reads_as_wrong_passphrase_or_damage(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, unit="BS").close()
    data = bytearray(vault_path.read_bytes())
    data[100] ^= 0xFF  # inside page 1, past the salt
    vault_path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)


def test_second_instance_in_this_process_is_refused(vault: Vault) -> None:
    before = snapshot(vault.path.parent)
    with pytest.raises(VaultInUse, match="open in another window or program"):
        Vault.open(vault.path, PASSPHRASE)
    assert snapshot(vault.path.parent) == before
    assert vault.source_id  # the first instance still works


def test_second_instance_in_another_process_is_refused(vault: Vault) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from confidant_app.vault import Vault, VaultInUse\n"
        "try:\n"
        f"    Vault.open(Path(sys.argv[1]), {PASSPHRASE!r})\n"
        "except VaultInUse:\n"
        "    sys.exit(7)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(vault.path)], timeout=60)
    assert result.returncode == 7


def test_lock_is_released_on_close(vault_path: Path) -> None:
    first = Vault.create(vault_path, PASSPHRASE, unit="BS")
    first.close()
    Vault.open(vault_path, PASSPHRASE).close()


def test_vault_from_a_newer_version_is_refused_untouched(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE, unit="BS") as v:
        v.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    before = snapshot(vault_path.parent)
    with pytest.raises(VaultTooNew, match="newer version of Confidant"):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path.parent) == before


def test_migration_keeps_an_encrypted_copy_first(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_path, PASSPHRASE, unit="BS").close()
    original = vault_path.read_bytes()

    def add_table(cur: object) -> None:
        cur.execute("CREATE TABLE added_later (x INTEGER)")  # type: ignore[attr-defined]

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_table])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    monkeypatch.setattr("confidant_app.vault.connection.SCHEMA_VERSION", schema.SCHEMA_VERSION)
    latest = schema.SCHEMA_VERSION
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == latest
        v.conn.execute("SELECT count(*) FROM added_later").fetchone()
    copy = vault_path.with_name(f"vault.db.before-schema-{latest}")
    assert copy.read_bytes() == original  # encrypted, byte for byte the vault before migrating


def test_a_failing_migration_changes_nothing(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_path, PASSPHRASE, unit="BS").close()

    def broken(cur: object) -> None:
        cur.execute("CREATE TABLE half_done (x INTEGER)")  # type: ignore[attr-defined]
        raise RuntimeError("migration bug")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr("confidant_app.vault.connection.SCHEMA_VERSION", current + 1)
    with pytest.raises(RuntimeError):
        Vault.open(vault_path, PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == current
        tables = {r[0] for r in v.conn.execute("SELECT name FROM sqlite_schema")}
        assert "half_done" not in tables


def test_pragmas_the_design_depends_on_hold(vault: Vault) -> None:
    conn = vault.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_open_with_raw_key_needs_no_derivation(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, unit="BS").close()
    salt = vault_path.read_bytes()[:16]
    key = derive(PASSPHRASE, salt)
    with Vault.open_with_key(vault_path, key) as v:
        assert v.unit == "BS"


def test_closed_vault_refuses_use_and_forgets_its_key(vault: Vault) -> None:
    vault.close()
    assert vault.raw_key == bytes(32)
    with pytest.raises(Exception, match="locked"):
        _ = vault.conn


def test_kdf_parameters_are_bounded() -> None:
    with pytest.raises(ValueError):
        KdfParams(log2n=30)
    assert KdfParams(log2n=17).memory_bytes == 128 * 1024 * 1024


def test_canary_never_reaches_a_file_in_plaintext(vault_path: Path, codebook: Codebook) -> None:
    canary = "CANARY-7f3e9b-Kapitein-de-Vries"
    vault = Vault.create(vault_path, PASSPHRASE, unit="CLAS")
    store = CaseStore(vault, codebook)
    cases = [
        make_case(
            {
                "opened": "2025-01-02",
                "unit": "CLAS",
                "role": "MIL",
                "categories": ["OG.PES"],
                "alias": f"{canary} {i}",
                "notes": f"{canary} said something {i}" * 3,
            },
            codebook,
        )
        for i in range(1000)
    ]
    needles = [canary.encode(), canary.encode("utf-16-le")]

    def scan() -> None:
        for path in vault_path.parent.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert not any(n in data for n in needles), f"canary in {path.name}"

    with vault.transaction() as conn:  # mid-transaction: the rollback journal exists now
        conn.execute("UPDATE meta SET value = ? WHERE key = 'label'", (canary,))
        scan()
    store.add_many(cases[:500])
    for case in store.cases()[:50]:
        store.update(case.model_copy(update={"notes": f"{canary} updated"}))
    store.add_many(cases[500:])
    scan()
    vault.conn.execute("VACUUM")
    scan()
    vault.close()
    scan()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["vault.db"]


@pytest.fixture
def read_only_vault(tmp_path: Path) -> Iterator[Path]:
    """A vault the process cannot write: chmod for a normal user; as root (CI), which ignores
    permissions, a tmpfs remounted read-only."""
    import os
    import shutil

    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        path = folder / "vault.db"
        Vault.create(path, PASSPHRASE, unit="BS").close()
        path.chmod(0o444)
        folder.chmod(0o555)
        yield path
        folder.chmod(0o755)
        return
    if (
        shutil.which("mount") is None
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("running as root and cannot mount a read-only file system here")
    try:
        path = folder / "vault.db"
        Vault.create(path, PASSPHRASE, unit="BS").close()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield path
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_read_only_vault_is_refused_with_a_clear_message(read_only_vault: Path) -> None:
    from confidant_app.vault import VaultReadOnly

    before = snapshot(read_only_vault.parent)
    with pytest.raises(VaultReadOnly, match="read-only"):
        Vault.open(read_only_vault, PASSPHRASE)
    assert snapshot(read_only_vault.parent) == before


def test_a_version_2_vault_moves_its_notes_out_of_the_cases_table(
    vault_path: Path, codebook: Codebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real v2 -> v3 migration, on a vault made by the v2 schema."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr("confidant_app.vault.connection.SCHEMA_VERSION", 2)
    with Vault.create(vault_path, PASSPHRASE, unit="BS") as v:
        now = "2025-01-01T00:00:00Z"
        v.conn.execute(
            "INSERT INTO cases (case_number, opened, opened_year, opened_quarter, unit, role, "
            "gender, position, primary_category, alias, notes, created_at, updated_at) VALUES "
            "('2025-0001', '2025-02-03', 2025, 1, 'BS', 'MIL', 'O', 'OVR', 'AC.ARB', 'a', "
            "'a note that must survive', ?, ?)", (now, now))
        v.conn.execute("INSERT INTO case_categories VALUES (1, 'AC.ARB', 0)")
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as v:
        (case,) = CaseStore(v, codebook).cases()
        assert case.notes == "a note that must survive"
        columns = {r[1] for r in v.conn.execute("PRAGMA table_info(cases)")}
        assert "notes" not in columns
    assert vault_path.with_name("vault.db.before-schema-3").exists()
