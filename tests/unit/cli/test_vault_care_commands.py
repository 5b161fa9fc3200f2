"""``backup``, ``restore`` and ``purge`` through the real command, on real vaults."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path

import pytest
from support.cases import PASSPHRASE, case, filled_vault
from support.cli import Runner, _confidant, assert_refused

from confidant_app.domain.codebook import default_codebook
from confidant_app.vault import CaseStore, Vault


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    """The runner's vault: 6 cases of 2024 closed long ago, 1 open, and 2024 released."""
    path = tmp_path / "vault.db"
    closed = [
        case(opened=f"2024-0{1 + i}-10", closed=f"2024-0{2 + i}-20", alias=f"ALIAS-{i}",
             notes=f"NOTE-{i}", conversations=[{"date": f"2024-0{1 + i}-11", "channel": "F",
                                                "minutes": 40}])
        for i in range(6)
    ]
    filled_vault(path, [*closed, case(opened="2024-05-01")])
    return path


def _export(confidant: Runner, out: Path) -> dict[str, object]:
    result = confidant("export", "--year", "2024", "--out", str(out), passphrase=PASSPHRASE)
    assert result.code == 0, result.err
    data = json.loads(out.read_text(encoding="utf-8"))
    return {"totals": data["totals"], "counts": data["counts"]}


def test_backup_to_a_file_and_restore_it(confidant: Runner, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "stick" / "backup.db"
    out.parent.mkdir()
    made = confidant("backup", "--out", str(out), passphrase=PASSPHRASE)
    assert made.code == 0, made.err
    assert "verified" in made.out and "7 cases" in made.out
    assert_refused(confidant("backup", "--out", str(out), passphrase=PASSPHRASE), "not replaced")
    assert_refused(confidant("backup", "--out", str(vault), "--replace", passphrase=PASSPHRASE),
                   "the vault itself")
    assert confidant("backup", "--out", str(out), "--replace", passphrase=PASSPHRASE).code == 0
    with Vault.open(vault, PASSPHRASE) as v:
        CaseStore(v, default_codebook()).add(case(alias="after the backup"))
    assert_refused(confidant("restore", str(out), passphrase=PASSPHRASE), "--yes")
    assert_refused(confidant("restore", str(out), "--yes", passphrase="wrong passphrase"),
                   "does not open the backup")
    done = confidant("restore", str(out), "--yes", passphrase=PASSPHRASE)
    assert done.code == 0, done.err
    assert "restored" in done.out
    listed = confidant("cases", "--format", "json", passphrase=PASSPHRASE)
    assert len(json.loads(listed.out)) == 7
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("vault")) == [
        "vault.db"]


def test_automatic_backups_follow_the_settings(
    confidant: Runner, vault: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "elsewhere"
    settings = tmp_path / "data" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(json.dumps({"backup_keep": 2, "backup_folder": str(folder)}), "utf-8")
    for _ in range(3):
        assert confidant("backup", passphrase=PASSPHRASE).code == 0
    assert len(list(folder.glob("confidant-*.db"))) == 2
    settings.write_text("{}", "utf-8")
    assert confidant("backup", passphrase=PASSPHRASE).code == 0
    assert len(list((tmp_path / "backups").glob("confidant-*.db"))) == 1  # beside the vault


def test_purge_lists_refuses_silently_and_keeps_the_figures(
    confidant: Runner, vault: Path, tmp_path: Path
) -> None:
    none_yet = confidant("purge", "--dry-run", passphrase=PASSPHRASE)
    assert none_yet.code == 0 and "no closed cases are due" in none_yet.out  # 2024 not released
    before = _export(confidant, tmp_path / "2024.json")
    confidant("backup", passphrase=PASSPHRASE)  # an automatic backup made before the purge
    dry = confidant("purge", "--dry-run", passphrase=PASSPHRASE)
    assert dry.code == 0 and "6 closed cases are due" in dry.out
    assert "2024-0001  (2024)" in dry.out and "ALIAS" not in dry.out and "NOTE" not in dry.out
    assert_refused(confidant("purge", passphrase=PASSPHRASE), "6 cases are due", "--yes")
    assert confidant("cases", "--format", "json", passphrase=PASSPHRASE).out.count("ALIAS") == 6
    done = confidant("purge", "--yes", passphrase=PASSPHRASE)
    assert done.code == 0, done.err
    assert "purged 6 cases" in done.out and "deleted 1 backup made before the purge" in done.out
    assert list((tmp_path / "backups").iterdir()) == []
    after = confidant("backup", "--out", str(tmp_path / "after.db"), passphrase=PASSPHRASE)
    assert "1 case and 6 purged skeletons" in after.out
    assert len(json.loads(confidant("cases", "--format", "json", passphrase=PASSPHRASE).out)) == 1
    assert _export(confidant, tmp_path / "2024-again.json") == before
    assert "no closed cases are due" in confidant("purge", "--yes", passphrase=PASSPHRASE).out


def test_purge_months_must_be_sensible(confidant: Runner, vault: Path) -> None:
    assert confidant("purge", "--months", "0", passphrase=PASSPHRASE).code == 2


def _at_a_terminal(tmp_path: Path, *args: str, answer: str) -> subprocess.CompletedProcess[str]:
    """Run with standard input on a pseudo-terminal, answering the question with ``answer``."""
    main, secondary = pty.openpty()
    os.write(main, answer.encode() + b"\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFIDANT_")}
    env.update(CONFIDANT_KDF_LOG2N="14", CONFIDANT_DATA_DIR=str(tmp_path / "data"),
               CONFIDANT_VAULT=str(tmp_path / "vault.db"), CONFIDANT_PASSPHRASE=PASSPHRASE)
    try:
        return subprocess.run([*_confidant(), *args], stdin=secondary, capture_output=True,
                              text=True, env=env, timeout=120)
    finally:
        os.close(main)
        os.close(secondary)


def test_purge_asks_at_a_terminal(confidant: Runner, vault: Path, tmp_path: Path) -> None:
    _export(confidant, tmp_path / "2024.json")
    no = _at_a_terminal(tmp_path, "purge", answer="n")
    assert no.returncode == 1 and "purge cancelled; nothing was destroyed" in no.stderr
    yes = _at_a_terminal(tmp_path, "purge", answer="j")
    assert yes.returncode == 0 and "purged 6 cases" in yes.stdout
