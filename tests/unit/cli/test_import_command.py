"""``confidant import``: all or nothing, with a message a confidant can act on."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from support.cli import PASSPHRASE, Runner, assert_refused

from confidant_app.vault import Vault

DATA = Path(__file__).parents[2] / "data" / "import"


def _digest(path: Path) -> str:
    """Every row of every table but the audit trail: each command's unlock is recorded there, so
    the file's bytes change; what must not change is everything else, and the trail must hold no
    import (``_imports``)."""
    digest = hashlib.sha256()
    with Vault.open(path, PASSPHRASE) as vault:
        tables = [r[0] for r in vault.conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name != 'audit' ORDER BY name"
        )]
        for table in tables:
            digest.update(table.encode())
            for row in vault.conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def _imports(path: Path) -> int:
    with Vault.open(path, PASSPHRASE) as vault:
        return int(vault.conn.execute(
            "SELECT count(*) FROM audit WHERE event = 'import'"
        ).fetchone()[0])


@pytest.mark.parametrize("name", ["good.jsonl", "good.csv", "good_nl.csv", "good.xlsx"])
def test_good_files_import_the_same_cases(confidant: Runner, name: str) -> None:
    assert confidant("init", "--unit", "CLAS").code == 0
    result = confidant("import", str(DATA / name))
    assert result.code == 0, result.err
    listed = json.loads(confidant("cases", "--format", "json").out)
    assert len(listed) >= 3
    blue = next(c for c in listed if c["case_number"] == "2025-0042")
    assert blue["categories"] == ["AC.ARB", "OG.PES"] and blue["alias"] == "blue folder"
    assert [v["minutes"] for v in blue["conversations"]] == [45, 20]


def test_a_bad_row_refuses_the_file_and_changes_nothing(
    confidant: Runner, tmp_path: Path
) -> None:
    confidant("init")
    confidant("import", str(DATA / "good.jsonl"))
    vault = tmp_path / "vault.db"
    before = _digest(vault)
    bad = tmp_path / "register.csv"
    bad.write_text(
        "opened,unit,categories,role,alias\n"
        "2025-02-01,CLAS,OG.PES,MIL,first\n"
        "2025-02-30,CLAS,OG.PES,MIL,SECRET-ALIAS\n"
        "2025-02-03,NAVY,OG.PES,MIL,third\n",
        encoding="utf-8",
    )
    result = confidant("import", str(bad))
    assert_refused(result, "register.csv row 3: opened:", "(and 1 more problem")
    assert "SECRET-ALIAS" not in result.err
    assert _digest(vault) == before
    assert _imports(vault) == 1  # the good file's, not the refused one's
    dry = confidant("import", str(bad), "--dry-run")
    assert dry.code == 1
    assert "row 3" in dry.out and "row 4" in dry.out and "unit" in dry.out


def test_a_case_number_already_in_the_vault_names_the_row(
    confidant: Runner, tmp_path: Path
) -> None:
    confidant("init")
    assert confidant("import", str(DATA / "good.csv")).code == 0
    vault = tmp_path / "vault.db"
    before = _digest(vault)
    result = confidant("import", str(DATA / "good.csv"))
    assert_refused(result, "good.csv row 2: case_number: 2025-0042 is already in the vault")
    assert _digest(vault) == before
    assert _imports(vault) == 1


def test_dry_run_of_a_good_file_writes_nothing(confidant: Runner, tmp_path: Path) -> None:
    confidant("init")
    before = _digest(tmp_path / "vault.db")
    result = confidant("import", str(DATA / "good.xlsx"), "--dry-run")
    assert result.code == 0 and "no problems" in result.out
    assert _digest(tmp_path / "vault.db") == before
    assert _imports(tmp_path / "vault.db") == 0


def test_unsupported_and_missing_files(confidant: Runner, tmp_path: Path) -> None:
    confidant("init")
    (tmp_path / "cases.txt").write_text("hello")
    assert_refused(confidant("import", str(tmp_path / "cases.txt")), "cases.txt")
    assert_refused(confidant("import", str(tmp_path / "nope.csv")), "nope.csv")
