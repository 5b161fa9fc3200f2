"""Sheets on paper: one A4 page each, the right desks and contacts, a QR code that scans, and
nothing of a case. Read back with poppler and zbar (skipped, with the reason, without them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from support import pdf
from support.cases import case
from support.referrals import MORE_INFO, filled_raw

from confidant_app.domain.codebook import Codebook
from confidant_app.errors import UserError
from confidant_app.referral import directory as referrals
from confidant_app.referral.directory import Directory
from confidant_app.referral.render import A4, layout, page_image, preview_dialog, write_pdf
from confidant_app.referral.sheet import Sheet, build_html, document_title, shown_address

VARIANTS = [(audience, lang, large) for audience in ("employee", "manager")
            for lang in ("nl", "en") for large in (False, True)]
CHOSEN = {"employee": ("AGO", "BMW", "KMCI"), "manager": ("HR", "GV")}


@pytest.fixture
def filled() -> Directory:
    return referrals.validate(filled_raw())


def squeeze(text: str) -> str:
    """Without whitespace: a long address may wrap at a slash on paper."""
    return "".join(text.split())


def render(directory: Directory, sheet: Sheet, out: Path) -> Path:
    write_pdf(build_html(directory, sheet), out, document_title(sheet))
    return out


@pytest.mark.parametrize(("audience", "lang", "large"), VARIANTS,
                         ids=lambda v: {False: "normal", True: "large"}.get(v, v))
def test_each_variant_is_one_page_with_the_chosen_desks_only(
        qapp: QApplication, filled: Directory, tmp_path: Path, audience: str, lang: str,
        large: bool) -> None:
    chosen = CHOSEN[audience]
    sheet = Sheet(audience=audience, codes=chosen, lang=lang, large=large)  # type: ignore[arg-type]
    out = render(filled, sheet, tmp_path / "sheet.pdf")
    assert pdf.pages(out) == 1
    assert pdf.info(out)["Page size"].endswith("(A4)")
    text = pdf.text(out)
    for desk in filled.desks:
        values = [squeeze(shown_address(c.value)) for c in desk.contacts().values()]
        if desk.code in chosen:
            assert desk.name.get(lang) in text  # type: ignore[arg-type]
            assert all(v in squeeze(text) for v in values), (desk.code, values)
        else:
            assert not any(v in squeeze(text) for v in values), desk.code
            if audience == "employee":  # the manager's text names HR and integrity advisers
                assert desk.name.get(lang) not in text  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "large"), [("nl", False), ("en", True)])
def test_the_qr_code_scans_to_the_directorys_address(qapp: QApplication, filled: Directory,
                                                     tmp_path: Path, lang: str,
                                                     large: bool) -> None:
    sheet = Sheet(audience="manager", lang=lang, large=large)  # type: ignore[arg-type]
    out = render(filled, sheet, tmp_path / "manager.pdf")
    assert pdf.qr_codes(out, tmp_path) == [MORE_INFO]


def test_the_shipped_placeholder_address_scans_too_and_says_it_is_one(
        qapp: QApplication, tmp_path: Path) -> None:
    shipped = referrals.load_shipped()
    out = render(shipped, Sheet(audience="manager"), tmp_path / "manager.pdf")
    assert pdf.qr_codes(out, tmp_path) == [shipped.more_info.value]
    assert "nog in te vullen door de coördinator" in pdf.text(out)


def test_every_desk_in_large_print_still_fits_one_page(qapp: QApplication, filled: Directory,
                                                       tmp_path: Path) -> None:
    sheet = Sheet(codes=tuple(filled.codes()), large=True)
    out = render(filled, sheet, tmp_path / "all.pdf")
    assert pdf.pages(out) == 1
    assert all(d.name.nl in pdf.text(out) for d in filled.desks)


def test_a_sheet_for_a_case_holds_nothing_of_the_case(qapp: QApplication, codebook: Codebook,
                                                     tmp_path: Path) -> None:
    c = case(codebook, alias="Canary Kestrel", case_number="CANARY-4711",
             notes="Canary note: Sergeant Voorbeeld, room 12", opened="2025-03-04",
             categories=["OG.PES", "AC.ARB"], unit="KMAR", referrals=["HR", "KMCI", "BMW"])
    for audience in ("employee", "manager"):
        sheet = Sheet(audience=audience, codes=tuple(c.referrals))
        out = render(referrals.load_shipped(), sheet, tmp_path / f"{audience}.pdf")
        text = pdf.text(out) + " " + " ".join(pdf.info(out).values())
        for secret in ("Canary", "CANARY", "4711", "Kestrel", "Voorbeeld", "OG.PES", "AC.ARB",
                       codebook.category_label("OG.PES"), codebook.category_label("AC.ARB")):
            assert secret not in text, (audience, secret)
        assert not pdf.has_date(text, "2025-03-04")
        assert "2025" not in text


def test_the_pdf_is_written_atomically(qapp: QApplication, filled: Directory,
                                       tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"the old sheet")
    (tmp_path / "blocked.pdf").mkdir()  # a folder where the PDF should go: the rename fails
    html = build_html(filled, Sheet())
    with pytest.raises(OSError):
        write_pdf(html, tmp_path / "blocked.pdf", "t")
    write_pdf(html, out, "t")
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked.pdf", "sheet.pdf"]


def test_the_print_path_draws_the_same_one_page(qapp: QApplication, filled: Directory,
                                                tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    dialog = preview_dialog(build_html(filled, Sheet(codes=("AGO",))), "Verwijsblad")
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paintRequested.emit(printer)
    dialog.deleteLater()
    assert pdf.pages(tmp_path / "printed.pdf") == 1
    assert filled.desk("AGO").name.nl in pdf.text(tmp_path / "printed.pdf")


def test_what_cannot_fit_at_half_size_is_refused(qapp: QApplication) -> None:
    with pytest.raises(UserError, match="does not fit on one page"):
        layout("<p>" + "Een regel tekst. " * 4000 + "</p>")


def test_the_preview_image_is_the_a4_page(qapp: QApplication, filled: Directory) -> None:
    image = page_image(layout(build_html(filled, Sheet())), 420)
    assert image.width() == 420
    assert abs(image.height() / image.width() - A4.height() / A4.width()) < 0.01
