"""The HTML of one A4 referral sheet, for the person helped ("employee") or a manager.

A ``Sheet`` holds everything a sheet depends on: audience, referral codes, language, large print.
Nothing of a case can reach the page because nothing of a case is an input: the case editor
passes only the case's referral codes. The HTML keeps to the subset ``QTextDocument`` lays out
(tables for boxes and columns, since it ignores padding on ``div``; sizes in pt; an inline PNG as
a ``data:`` URI for the QR code), and its page size and fitting are ``render``'s business.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import segno

from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.domain.labels import Language
from confidant_app.errors import UserError
from confidant_app.referral.directory import Audience, Contact, Desk, Directory, Web
from confidant_app.referral.texts import SheetTexts, texts

INK, ACCENT, TINT, MUTED = "#1b1b1b", "#154273", "#e9eef5", "#5a5f66"
FONTS = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"


@dataclass(frozen=True)
class Sheet:
    """What a sheet shows; empty ``codes`` means the directory's defaults for the audience."""

    audience: Audience = "employee"
    codes: tuple[str, ...] = ()
    lang: Language = "nl"
    large: bool = False


@dataclass(frozen=True)
class Sizes:
    """Font sizes in pt and the QR code's side in layout pixels (1/96 inch)."""

    base: float
    small: float
    name: float
    title: float
    heading: float
    qr: int
    roomy_desks: int  # up to this many desks, contacts get a label line of their own


NORMAL = Sizes(base=10.5, small=8.5, name=13, title=24, heading=14.5, qr=150, roomy_desks=4)
LARGE = Sizes(base=14, small=12, name=16.5, title=27, heading=17, qr=170, roomy_desks=3)


class UnknownReferral(UserError):
    pass


def resolve_codes(directory: Directory, sheet: Sheet) -> list[str]:
    """The chosen codes, upper-cased and de-duplicated in their order, or the defaults."""
    chosen = [c.strip().upper() for c in sheet.codes if c.strip()]
    chosen = list(dict.fromkeys(chosen))
    valid = directory.codes()
    unknown = [c for c in chosen if c not in valid]
    if unknown:
        raise UnknownReferral(f"unknown referral code {', '.join(unknown)} "
                              f"(valid: {', '.join(valid)})")
    return chosen or list(getattr(directory.defaults, sheet.audience))


def qr_png(address: str, scale: int = 10) -> bytes:
    """The QR code as PNG; the 4-module quiet zone is part of the image, as scanners need it."""
    buffer = io.BytesIO()
    segno.make(address, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def _p(text: str, size: float, *, color: str = INK, bold: bool = False, top: int = 0,
       bottom: int = 0, extra: str = "") -> str:
    weight = "font-weight:bold;" if bold else ""
    return (f'<p style="font-size:{size}pt; color:{color}; {weight} margin-top:{top}px; '
            f'margin-bottom:{bottom}px; line-height:125%; {extra}">{text}</p>')


def _kicker(label: str, s: Sizes) -> str:
    # A rule under a small spaced label: the sheet's "letterhead", without imitating a logo.
    text = _p(escape(label.upper()), s.small, color=ACCENT, bold=True,
              extra="letter-spacing:1.5px")
    return (f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td style="border-bottom:'
            f'3px solid {ACCENT}; padding-bottom:6px">{text}</td></tr></table>')


def _bullets(points: Sequence[str], size: float, gap: int = 0) -> str:
    rows = "".join(f'<li style="margin-bottom:{gap}px">{escape(p)}</li>' for p in points)
    return (f'<ul style="margin-top:4px; margin-bottom:0px; margin-left:0px; -qt-list-indent:1;'
            f' font-size:{size}pt; line-height:120%">{rows}</ul>')


def shown_address(address: str) -> str:
    """A web address as printed: without ``https://``, which browsers add and readers skip."""
    return address.removeprefix("https://")


def _contact_value(contact: Contact, t: SheetTexts, s: Sizes) -> str:
    if contact.placeholder:
        # Smaller than a real value: it must be seen, and still never wrap in its column.
        return (f'<span style="color:{MUTED}; font-style:italic; font-size:{s.small}pt">'
                f"{escape(t.placeholder)}</span>")
    if isinstance(contact, Web):
        return escape(shown_address(contact.value))
    return f"<b>{escape(contact.value)}</b>"


def _contact_rows(desk: Desk, lang: Language, s: Sizes, dense: bool) -> str:
    """How to reach the desk. Roomy: a small label over each value, so a long e-mail address
    keeps the column's full width. Dense (many desks): label and value on one line."""
    t = texts(lang)
    labels = {"phone": t.phone, "email": t.email, "intranet": t.intranet}
    contacts = list(desk.contacts().items())
    if not dense:
        return "".join(
            _p(escape(labels[field]), s.small, color=MUTED, top=5 if i else 2)
            + _p(_contact_value(contact, t, s), s.base, extra="line-height:115%")
            for i, (field, contact) in enumerate(contacts))
    rows = "".join(
        f'<tr><td style="padding:1px 8px 1px 0px; white-space:nowrap; font-size:{s.small}pt; '
        f'color:{MUTED}">{escape(labels[field])}</td>'
        f'<td style="padding:1px 0px">{_contact_value(contact, t, s)}</td></tr>'
        for field, contact in contacts)
    return f'<table cellspacing="0" cellpadding="0">{rows}</table>' if rows else ""


def _desk_text(desk: Desk, lang: Language, s: Sizes, book: Codebook) -> str:
    """Name, for whom (only when not everyone), and what the desk does."""
    t = texts(lang)
    text = _p(escape(desk.name.get(lang)), s.name, color=ACCENT, bold=True,
              extra="line-height:105%")
    if set(desk.units) != set(book.codes("unit")):
        units = ", ".join(book.label("unit", u, lang) for u in desk.units)
        text += _p(f"{escape(t.only_for)}: {escape(units)}", s.small, color=MUTED, top=2)
    return text + _bullets([p.get(lang) for p in desk.does], s.base)


def _reach(desk: Desk, lang: Language, s: Sizes, dense: bool) -> str:
    how = _p(escape(desk.how.get(lang)), s.small, bottom=2) if desk.how else ""
    return how + _contact_rows(desk, lang, s, dense)


def _desk(desk: Desk, lang: Language, s: Sizes, book: Codebook, dense: bool) -> str:
    """One desk as a row: what they do on the left, how to reach them on a tint on the right."""
    return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:10px">'
            f'<tr><td width="5" bgcolor="{ACCENT}"></td>'
            f'<td width="53%" style="padding:6px 12px 8px 12px">{_desk_text(desk, lang, s, book)}'
            f'</td><td width="47%" bgcolor="{TINT}" style="padding:8px 12px 8px 12px">'
            f"{_reach(desk, lang, s, dense)}</td></tr></table>")


def _box(inner: str, top: int = 18) -> str:
    return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:{top}px">'
            f'<tr><td bgcolor="{TINT}" style="padding:12px 16px">{inner}</td></tr></table>')


def _write_in(labels: Sequence[str], s: Sizes) -> str:
    """Lines the confidant fills in by hand (their own name and number: never case data)."""
    line = (f'style="border-bottom:1px solid {MUTED}; font-size:{s.small}pt; color:{MUTED}; '
            'padding:0px 0px 14px 0px"')
    cells = '<td width="4%"></td>'.join(f'<td width="48%" {line}>{escape(label)}</td>'
                                        for label in labels)
    return (f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:22px">'
            f"<tr>{cells}</tr></table>")


def _footer(directory: Directory, lang: Language, s: Sizes) -> str:
    t = texts(lang)
    text = f"{escape(directory.organisation.get(lang))} · {escape(t.footer)}"
    return _p(text, s.small, color=MUTED, top=22)


def _employee(directory: Directory, codes: list[str], lang: Language, s: Sizes,
              book: Codebook) -> str:
    t = texts(lang)
    parts = [_kicker(t.employee_kicker, s),
             _p(escape(t.employee_title), s.title, color=ACCENT, bold=True, top=14, bottom=6),
             _p(escape(t.employee_intro), s.base, bottom=6)]
    dense = len(codes) > s.roomy_desks
    parts += [_desk(directory.desk(code), lang, s, book, dense) for code in codes]
    parts.append(_box(_p(escape(t.confidential_heading), s.name, color=ACCENT, bold=True)
                      + _p(escape(t.confidential), s.base, top=4), top=20))
    parts.append(_write_in([t.your_confidant, t.reachable], s))
    parts.append(_footer(directory, lang, s))
    return "".join(parts)


def _manager(directory: Directory, codes: list[str], lang: Language, s: Sizes,
             book: Codebook) -> str:
    t = texts(lang)
    address = directory.more_info.value
    uri = "data:image/png;base64," + base64.b64encode(qr_png(address)).decode("ascii")
    more = (_p(escape(t.more_heading), s.heading, color=ACCENT, bold=True)
            + f'<p style="margin-top:8px"><img src="{uri}" width="{s.qr}" height="{s.qr}"></p>'
            + _p(escape(t.scan), s.base, top=6)
            + _p(f"{escape(t.or_visit)}: {escape(shown_address(address))}", s.small, top=4))
    if directory.more_info.placeholder:
        more += _p(escape(t.placeholder_address), s.small, color=MUTED, top=4,
                   extra="font-style:italic")
    how = (_p(escape(t.how_heading), s.heading, color=ACCENT, bold=True)
           + _bullets(t.how_steps, s.base + 1.5, gap=6))
    parts = [_kicker(t.manager_kicker, s),
             _p(escape(t.manager_title), s.title, color=ACCENT, bold=True, top=14),
             _p(escape(t.manager_punch), s.title, color=INK, bold=True, bottom=10),
             _p(escape(t.manager_lead), s.base, bold=True, bottom=4),
             _p(escape(t.manager_intro), s.base, bottom=8),
             '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:8px"><tr>'
             f'<td width="58%" style="padding:0px 18px 0px 0px">{how}</td>'
             f'<td width="42%" align="center" bgcolor="{TINT}" style="padding:12px 12px">'
             f"{more}</td></tr></table>",
             _p(escape(t.help_heading), s.heading, color=ACCENT, bold=True, top=20)]
    dense = len(codes) > s.roomy_desks
    parts += [_desk(directory.desk(code), lang, s, book, dense) for code in codes]
    parts.append(_box(_p(escape(t.stuck), s.base)))
    parts.append(_footer(directory, lang, s))
    return "".join(parts)


def build_html(directory: Directory, sheet: Sheet, codebook: Codebook | None = None) -> str:
    """The sheet as one HTML document, ready for ``render``."""
    book = codebook or default_codebook()
    codes = resolve_codes(directory, sheet)
    sizes = LARGE if sheet.large else NORMAL
    body = (_employee if sheet.audience == "employee" else _manager)(
        directory, codes, sheet.lang, sizes, book)
    title = escape(texts(sheet.lang).document_title)
    return (f'<html lang="{sheet.lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body style="font-family:{FONTS}; font-size:{sizes.base}pt; color:{INK}">'
            f"{body}</body></html>")


def document_title(sheet: Sheet) -> str:
    return texts(sheet.lang).document_title
