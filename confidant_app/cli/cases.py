"""Case commands: ``import``, ``cases``, ``taxonomy``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from confidant_app.cli.session import open_store
from confidant_app.domain.codebook import FIELD_NAMES, default_codebook
from confidant_app.errors import UserError
from confidant_app.vault import CaseFilter, audit


def import_file(args: argparse.Namespace) -> int:
    from confidant_app.importer import ImportRefusal, location, read_cases

    with open_store(args) as store:
        try:
            imported = read_cases(args.file, store.codebook)
        except ImportRefusal as refusal:
            if args.dry_run:
                for problem in refusal.problems:
                    print(problem.describe(args.file))
            raise
        numbers = {item.case.case_number: item.line for item in imported if item.case.case_number}
        taken = store.taken_numbers(numbers)
        if taken:
            first = min(taken, key=lambda n: numbers[n])
            more = f" (and {len(taken) - 1} more)" if len(taken) > 1 else ""
            raise UserError(
                f"{location(args.file, numbers[first])}: case_number: {first} is already "
                f"in the vault{more}; nothing was imported"
            )
        if args.dry_run:
            print(f"{args.file}: {len(imported)} cases, no problems; nothing imported (dry run)")
            return 0
        store.add_many([item.case for item in imported])
        audit.record_quietly(store.vault, "import", count=len(imported))
    print(f"imported {len(imported)} cases from {args.file}")
    return 0


def list_cases(args: argparse.Namespace) -> int:
    where = CaseFilter(year=args.year, status="open" if args.open else None)
    with open_store(args) as store:
        if args.format == "json":
            cases = [c.model_dump(mode="json") for c in store.cases(where)]
            json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        rows = store.summaries(where)
    header = ("number", "opened", "status", "unit", "primary", "talks", "last contact", "alias")
    table = [header] + [
        (
            r.case_number or "",
            r.opened.isoformat() if r.opened else "",
            "open" if r.is_open else "closed",
            r.unit,
            r.primary_category,
            str(r.conversations),
            r.last_contact.isoformat() if r.last_contact else "",
            r.alias or "",
        )
        for r in rows
    ]
    _print_table(table)
    print(f"{len(rows)} cases")
    return 0


def taxonomy(args: argparse.Namespace) -> int:
    codebook = default_codebook()
    tax = codebook.taxonomy
    if args.format == "json":
        data: dict[str, Any] = {
            "taxonomy": tax.model_dump(mode="json"),
            "fields": codebook.fields.model_dump(mode="json"),
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    lang = args.lang
    print(f"{tax.title.get(lang)} ({tax.id}, version {tax.version})")
    rijk = {r.code: r.label.get(lang) for r in tax.rijk_categories}
    for group in tax.groups:
        print(f"\n{group.code}  {group.label.get(lang)}")
        for cat in group.codes:
            under = f"  [{rijk[cat.rijk]}]" if cat.rijk else ""
            print(f"  {cat.code}  {cat.label.get(lang)}{under}")
    for name in FIELD_NAMES:
        print(f"\n{name}")
        for code in codebook.codes(name):
            print(f"  {code:<7} {codebook.label(name, code, lang)}")
    return 0


def _print_table(rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
