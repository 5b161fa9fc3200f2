"""The sheet's HTML, without Qt: which desks it lists, in which language, what it never shows."""

from __future__ import annotations

import base64
import re
import subprocess
import sys

import pytest
from support.referrals import MORE_INFO, filled_raw

from confidant_app.domain.codebook import Codebook
from confidant_app.referral import directory as referrals
from confidant_app.referral.directory import Directory
from confidant_app.referral.sheet import (
    LARGE,
    NORMAL,
    Sheet,
    UnknownReferral,
    build_html,
    qr_png,
    resolve_codes,
    shown_address,
)
from confidant_app.referral.texts import EN, NL


@pytest.fixture
def filled() -> Directory:
    return referrals.validate(filled_raw())


def test_employee_sheet_lists_the_chosen_desks_and_no_other(filled: Directory) -> None:
    html = build_html(filled, Sheet(codes=("AGO", "BMW", "KMCI")))
    for code in ("AGO", "BMW", "KMCI"):
        desk = filled.desk(code)
        assert desk.name.nl in html
        for contact in desk.contacts().values():
            assert shown_address(contact.value) in html
    for desk in filled.desks:
        if desk.code not in ("AGO", "BMW", "KMCI"):
            assert desk.name.nl not in html
            assert all(c.value not in html for c in desk.contacts().values())
    assert html.index("Cluster Alternatieve") < html.index("Bedrijfsmaatschappelijk")
    assert "Alleen voor: Koninklijke Marechaussee" in html  # KMCI is for KMar only
    assert NL.confidential_heading in html
    assert "data:image" not in html  # the QR code is the manager's


def test_codes_are_forgiving_about_case_and_repeats(filled: Directory) -> None:
    assert resolve_codes(filled, Sheet(codes=("hr", " AGO ", "HR"))) == ["HR", "AGO"]


def test_no_codes_means_the_directorys_defaults(filled: Directory) -> None:
    assert resolve_codes(filled, Sheet()) == filled.defaults.employee
    assert resolve_codes(filled, Sheet(audience="manager")) == ["HR", "INT", "AGO"]


def test_an_unknown_code_is_refused_listing_the_valid_ones(filled: Directory,
                                                          codebook: Codebook) -> None:
    with pytest.raises(UnknownReferral) as caught:
        build_html(filled, Sheet(codes=("HR", "XYZ")))
    assert caught.value.message == (f"unknown referral code XYZ (valid: "
                                    f"{', '.join(codebook.codes('referral'))})")


def test_manager_sheet_carries_the_infographic_and_the_qr_code(filled: Directory) -> None:
    html = build_html(filled, Sheet(audience="manager"))
    for line in (NL.manager_title, NL.manager_punch, NL.how_heading, NL.help_heading, NL.scan):
        assert line in html
    assert all(step in html for step in NL.how_steps)
    found = re.search(r'src="data:image/png;base64,([^"]+)"', html)
    assert found is not None
    png = base64.b64decode(found[1])
    assert png == qr_png(MORE_INFO)
    assert shown_address(MORE_INFO) in html  # also readable for those who cannot scan
    assert "https://" not in html.replace(MORE_INFO, "")  # printed without the scheme
    assert NL.placeholder_address not in html  # the filled directory has a real address


def test_a_placeholder_shows_as_such(codebook: Codebook) -> None:
    html = build_html(referrals.load_shipped(), Sheet(audience="manager", lang="en"))
    assert EN.placeholder in html and EN.placeholder_address in html
    nl = build_html(referrals.load_shipped(), Sheet(codes=("BMW",)))
    assert nl.count("[in te vullen door de coördinator]") == 3  # phone, e-mail, intranet


@pytest.mark.parametrize("audience", ["employee", "manager"])
def test_english_sheets_are_english(filled: Directory, audience: str) -> None:
    html = build_html(filled, Sheet(audience=audience, lang="en"))  # type: ignore[arg-type]
    assert 'lang="en"' in html
    assert filled.desk("HR").name.en in html and filled.desk("HR").name.nl not in html
    title = EN.employee_title if audience == "employee" else EN.manager_title
    assert title in html and NL.employee_title not in html and NL.manager_title not in html


def test_large_print_is_larger(filled: Directory) -> None:
    normal = build_html(filled, Sheet(codes=("HR",)))
    large = build_html(filled, Sheet(codes=("HR",), large=True))
    assert f"font-size:{NORMAL.base}pt" in normal and f"font-size:{LARGE.base}pt" in large
    assert LARGE.base >= NORMAL.base * 1.3


def test_coordinator_text_is_escaped() -> None:
    raw = filled_raw()
    raw["desks"][0]["name"]["nl"] = "HR <b>&</b> P&O"
    html = build_html(referrals.validate(raw), Sheet(codes=("HR",)))
    assert "HR &lt;b&gt;&amp;&lt;/b&gt; P&amp;O" in html


def test_a_sheet_has_no_input_that_could_carry_a_case() -> None:
    # The one door into a sheet: audience, codes, language, large print. Nothing else.
    assert list(Sheet.__dataclass_fields__) == ["audience", "codes", "lang", "large"]


def test_directory_and_sheet_never_import_qt() -> None:
    code = ("import sys, confidant_app.referral.sheet, confidant_app.referral.directory, "
            "confidant_app.cli.referral; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
