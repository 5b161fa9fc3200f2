"""``init``, ``cases``, ``taxonomy``, ``passwd``, ``check`` through the real command."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import PASSPHRASE, Runner, assert_refused


def test_init_creates_a_vault_and_refuses_to_touch_it_again(
    confidant: Runner, tmp_path: Path
) -> None:
    result = confidant("init", "--unit", "clas", "--label", "VP Oost")
    assert result.code == 0, result.err
    assert "created" in result.out and "cannot be recovered" in result.out
    vault = tmp_path / "vault.db"
    before = vault.read_bytes()
    again = confidant("init", "--unit", "CLAS")
    assert_refused(again, "exists already")
    assert vault.read_bytes() == before


def test_init_refuses_an_unknown_unit(confidant: Runner, tmp_path: Path) -> None:
    assert_refused(confidant("init", "--unit", "NAVY"), "--unit", "CZSK")
    assert not (tmp_path / "vault.db").exists()


def test_init_warns_on_a_weak_passphrase(confidant: Runner) -> None:
    result = confidant("init", passphrase="1234")
    assert result.code == 0
    assert "warning: weak passphrase" in result.err


def test_no_passphrase_without_a_terminal_is_a_clear_refusal(confidant: Runner) -> None:
    assert confidant("init").code == 0
    assert_refused(confidant("cases", passphrase=None), "CONFIDANT_PASSPHRASE")


def test_passphrase_file_and_vault_option(confidant: Runner, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("from-a-file-passphrase\nsecond line ignored\n", encoding="utf-8")
    other = tmp_path / "elsewhere" / "mine.db"
    result = confidant(
        "init", "--vault", str(other), "--passphrase-file", str(secret), passphrase=None
    )
    assert result.code == 0, result.err
    listed = confidant(
        "cases", "--vault", str(other), "--passphrase-file", str(secret), passphrase=None
    )
    assert listed.code == 0 and "0 cases" in listed.out


def test_wrong_passphrase(confidant: Runner) -> None:
    confidant("init")
    assert_refused(confidant("cases", passphrase="wrong one"), "wrong passphrase")


def test_missing_vault(confidant: Runner) -> None:
    assert_refused(confidant("cases"), "no vault here")


def test_cases_json_of_an_empty_vault(confidant: Runner) -> None:
    confidant("init")
    result = confidant("cases", "--format", "json")
    assert result.code == 0 and json.loads(result.out) == []


def test_taxonomy_lists_codes_in_both_languages(confidant: Runner) -> None:
    nl = confidant("taxonomy", passphrase=None)
    en = confidant("taxonomy", "--lang", "en", passphrase=None)
    assert "OG.PES  Pesten/treiteren" in nl.out and "OG.PES  Bullying" in en.out
    assert "KMAR" in nl.out and "Koninklijke Marechaussee" in nl.out
    data = json.loads(confidant("taxonomy", "--format", "json", passphrase=None).out)
    assert data["taxonomy"]["id"] == "defensie-2025"


def test_passwd_then_check(confidant: Runner) -> None:
    confidant("init")
    changed = confidant("passwd", env={"CONFIDANT_NEW_PASSPHRASE": "a-brand-new-passphrase"})
    assert changed.code == 0, changed.err
    assert_refused(confidant("check"), "wrong passphrase")
    checked = confidant("check", passphrase="a-brand-new-passphrase")
    assert checked.code == 0 and "integrity: ok" in checked.out


def test_check_reports_damage(confidant: Runner, tmp_path: Path) -> None:
    confidant("init")
    vault = tmp_path / "vault.db"
    with vault.open("ab") as handle:
        handle.write(b"\x00" * 100)
    result = confidant("check")
    assert_refused(result, "integrity problems")
    assert "file size" in result.out


def test_usage_errors_exit_2(confidant: Runner) -> None:
    assert confidant("cases", "--format", "yaml").code == 2
    assert confidant("frobnicate").code == 2
    assert confidant().code == 2
    assert PASSPHRASE  # the shared default passphrase is what init used
