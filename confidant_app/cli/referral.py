"""``confidant referral-sheet``: one A4 referral sheet as PDF (interfaces section 1).

Touches no vault: a sheet is made from the referral directory alone (the local copy in the data
folder if it is valid, else the shipped one), an audience, referral codes, a language and large
print. Qt is imported only once the arguments are known to be good, so a typo is refused fast
and without a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from confidant_app.domain.codebook import default_codebook
from confidant_app.referral.directory import load
from confidant_app.referral.sheet import Sheet, build_html, document_title


def add_parser(sub: Any) -> None:
    """Register the sub-command on ``build_parser``'s sub-parsers."""
    p = sub.add_parser("referral-sheet", help="render a referral sheet (one A4 page, PDF)")
    p.add_argument("--audience", choices=("employee", "manager"), default="employee",
                   help="the person helped (default) or a manager")
    p.add_argument("--refer", nargs="+", default=[], metavar="CODE",
                   help="referral codes of the desks to list, e.g. HR AGO (default: the "
                   "directory's choice for the audience)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument("--large", action="store_true", help="large print")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--data-dir", type=Path, metavar="DIR",
                   help="use this folder instead of the user data folder (local directory)")
    p.set_defaults(run=referral_sheet)


def _codes(values: list[str]) -> tuple[str, ...]:
    # "--refer HR,AGO" and "--refer HR AGO" mean the same.
    return tuple(part for value in values for part in value.split(",") if part.strip())


def referral_sheet(args: argparse.Namespace) -> int:
    loaded = load(args.data_dir, default_codebook())
    if loaded.problem:
        print(f"confidant: warning: {loaded.problem}", file=sys.stderr)
    sheet = Sheet(audience=args.audience, codes=_codes(args.refer), lang=args.lang,
                  large=args.large)
    html = build_html(loaded.directory, sheet)  # refuses an unknown code before Qt starts

    from confidant_app.referral.render import SHRINK_NOTICE, ensure_gui_application, write_pdf

    app = ensure_gui_application()  # kept in a name: fonts live as long as the application
    page = write_pdf(html, args.out, document_title(sheet))
    del app
    if page.zoom > SHRINK_NOTICE:
        print(f"confidant: warning: shrunk to {100 / page.zoom:.0f}% to fit one page; fewer "
              "desks give larger print", file=sys.stderr)
    print(f"wrote {args.out}")
    return 0
