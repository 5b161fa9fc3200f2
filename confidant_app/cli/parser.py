"""The argument parser: one sub-command per line of ``shared/design/interfaces.md`` section 1."""

from __future__ import annotations

import argparse
from pathlib import Path

from confidant_app import __version__
from confidant_app.cli import aggregates, audit, care, cases, referral, vault_care


def _vault_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("vault")
    group.add_argument(
        "--vault",
        type=Path,
        metavar="PATH",
        help="the vault file (default: $CONFIDANT_VAULT, else vault.db in the user data folder)",
    )
    group.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="use this folder instead of the user data folder",
    )
    group.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from the first line of FILE "
        "(default: $CONFIDANT_PASSPHRASE, else a hidden prompt)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="confidant",
        description="Encrypted case log for confidants (vertrouwenspersonen) and its yearly "
        "figures.",
    )
    parser.add_argument("--version", action="version", version=f"confidant {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    vault = _vault_options()

    p = sub.add_parser("init", parents=[vault], help="create a new encrypted vault")
    p.add_argument(
        "--unit",
        metavar="CODE",
        help="your defence unit (BS, CZSK, CLAS, CLSK, KMAR, DOSCO, COMMIT)",
    )
    p.add_argument(
        "--label",
        metavar="TEXT",
        help="an optional label your coordinator will see (no names, please)",
    )
    p.set_defaults(run=care.init)

    p = sub.add_parser("import", parents=[vault], help="add cases from .jsonl, .csv or .xlsx")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="check the file and list every problem; change nothing",
    )
    p.set_defaults(run=cases.import_file)

    p = sub.add_parser("cases", parents=[vault], help="list cases")
    p.add_argument("--year", type=int, help="only cases first opened in this year")
    p.add_argument("--open", action="store_true", help="only open cases")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=cases.list_cases)

    p = sub.add_parser("taxonomy", help="print the category codes and the other coded fields")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=cases.taxonomy)

    p = sub.add_parser("passwd", parents=[vault], help="change the vault's passphrase")
    p.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from FILE (default: $CONFIDANT_NEW_PASSPHRASE, "
        "else a hidden prompt, twice)",
    )
    p.set_defaults(run=care.passwd)

    p = sub.add_parser("check", parents=[vault], help="verify the vault's integrity")
    p.set_defaults(run=care.check)

    p = sub.add_parser(
        "export", parents=[vault], help="write the anonymised aggregate (counts only) of one year"
    )
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    p.add_argument(
        "--xlsx", type=Path, metavar="FILE.xlsx", help="also write the same figures as a workbook"
    )
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the preview")
    p.add_argument(
        "--yes",
        action="store_true",
        help="do not ask before writing (the figures are still printed)",
    )
    p.set_defaults(run=aggregates.export)

    p = sub.add_parser("merge", help="merge aggregates (confidants' exports or earlier merges)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    p.add_argument(
        "--roster",
        type=Path,
        metavar="FILE",
        help="expected sources (ids or labels, one a line): who has not delivered",
    )
    p.set_defaults(run=aggregates.merge)

    p = sub.add_parser("report", help="the yearly report of an aggregate, other years beside it")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--compare",
        type=Path,
        nargs="+",
        default=[],
        metavar="FILE",
        help="aggregates of other years to set beside it",
    )
    p.add_argument(
        "--min-cell", type=int, metavar="K", help="hide counts below K (default 5, never below 3)"
    )
    p.add_argument(
        "--exact",
        action="store_true",
        help="the coordinator's exact working view: NOT for publication",
    )
    p.add_argument("--xlsx", type=Path, metavar="OUT", help="also write the report as a workbook")
    p.add_argument("--roster", type=Path, metavar="FILE",
                   help="expected sources: the workbook then lists who delivered")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.set_defaults(run=aggregates.report)

    p = sub.add_parser("schema", help="print the JSON Schema of the aggregate file")
    p.set_defaults(run=aggregates.schema)

    referral.add_parser(sub)
    vault_care.add_parsers(sub, vault)
    audit.add_parser(sub, vault)
    return parser
