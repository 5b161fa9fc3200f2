"""``confidant referral-sheet`` as a person runs it: a child process, no display, a real PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import pdf
from support.cli import Runner, assert_refused
from support.referrals import MORE_INFO, contacts, write_local

from confidant_app.domain.codebook import default_codebook

pytestmark = pytest.mark.slow


@pytest.fixture
def headless(monkeypatch: pytest.MonkeyPatch) -> None:
    """No display and no platform chosen: the command must pick one itself."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


def test_writes_a_one_page_sheet_without_a_display(confidant: Runner, tmp_path: Path,
                                                  headless: None) -> None:
    write_local(tmp_path / "data")
    out = tmp_path / "sheet.pdf"
    result = confidant("referral-sheet", "--refer", "HR", "bmw", "--out", str(out))
    assert result.code == 0, result.err
    assert result.out.strip() == f"wrote {out}"
    assert pdf.pages(out) == 1
    text = pdf.text(out)
    assert "HR-adviseur" in text and "Bedrijfsmaatschappelijk werk" in text
    assert contacts(0, "HR")["email"] in text and contacts(5, "BMW")["phone"] in text
    assert "Bedrijfsarts" not in text


def test_manager_sheet_in_english_large_with_its_qr_code(confidant: Runner, tmp_path: Path,
                                                        headless: None) -> None:
    write_local(tmp_path / "data")
    out = tmp_path / "manager.pdf"
    result = confidant("referral-sheet", "--audience", "manager", "--lang", "en", "--large",
                       "--out", str(out))
    assert result.code == 0, result.err
    assert pdf.pages(out) == 1
    assert "You make the difference." in pdf.text(out)
    assert pdf.qr_codes(out, tmp_path) == [MORE_INFO]


def test_an_unknown_code_is_refused_with_the_valid_ones(confidant: Runner, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = confidant("referral-sheet", "--refer", "HR", "NOPE", "--out", str(out))
    assert_refused(result, "unknown referral code NOPE",
                   "valid: " + ", ".join(default_codebook().codes("referral")))
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf*")) == []


def test_a_broken_local_directory_warns_and_uses_the_shipped_one(confidant: Runner,
                                                                tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "referrals.json").write_text("{broken", encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    result = confidant("referral-sheet", "--refer", "AGO", "--out", str(out))
    assert result.code == 0, result.err
    warnings = result.err.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("confidant: warning: ")
    assert "referrals.json: not valid JSON" in warnings[0]
    assert "[in te vullen door de coördinator]" in pdf.text(out)  # the shipped placeholders


def test_wrong_usage_exits_2(confidant: Runner, tmp_path: Path) -> None:
    assert confidant("referral-sheet", "--refer", "HR").code == 2  # --out is required
    assert confidant("referral-sheet", "--audience", "boss", "--out", "x.pdf").code == 2
