"""Aggregate commands: ``export``, ``merge``, ``schema``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from confidant_app.aggregate.build import build
from confidant_app.aggregate.export import export as write_export
from confidant_app.aggregate.io import read_aggregate, write_aggregate
from confidant_app.aggregate.merge import Input, MergeRefusal, State
from confidant_app.aggregate.merge import merge as merge_inputs
from confidant_app.aggregate.model import Aggregate
from confidant_app.aggregate.roster import check_roster, read_roster
from confidant_app.cli.session import open_store
from confidant_app.domain.codebook import default_codebook
from confidant_app.errors import UserError
from confidant_app.report.preview import preview_lines


def _warn(message: str) -> None:
    print(f"confidant: warning: {message}", file=sys.stderr)


def export(args: argparse.Namespace) -> int:
    out: Path = args.out
    if args.xlsx is not None and args.xlsx.resolve() == out.resolve():
        raise UserError("--xlsx and --out name the same file")
    with open_store(args) as store:
        plan = build(store.vault, store.codebook, args.year)
        print("\n".join(preview_lines(plan.aggregate, store.codebook, args.lang)))
        if plan.notice:
            _warn(plan.notice)
        if sys.stdin.isatty() and not args.yes:
            answer = input(f"Write these figures to {out}? [y/N] ").strip().lower()
            if answer not in ("y", "yes", "j", "ja"):
                raise UserError("export cancelled; nothing was written")
        if args.xlsx is not None:
            from confidant_app.report.workbook import write_export_workbook

            write_export_workbook(args.xlsx, plan.aggregate, store.codebook)
        write_export(store.vault, plan, out)
    revision = plan.aggregate.sources[0].revision
    print(
        f"wrote {out} (year {args.year}, revision {revision}, {plan.aggregate.totals.cases} cases)"
    )
    if args.xlsx is not None:
        print(f"wrote {args.xlsx}")
    return 0


def read_all(paths: list[Path]) -> list[Input]:
    codebook = default_codebook()
    return [Input(str(p), read_aggregate(p, codebook)) for p in paths]


def merge(args: argparse.Namespace) -> int:
    codebook = default_codebook()
    inputs = read_all(args.files)
    result = merge_inputs(inputs, codebook)
    if result.refused:
        first = result.refused[0]
        more = f" (and {len(result.refused) - 1} more refused)" if len(result.refused) > 1 else ""
        raise MergeRefusal(f"{first.input.name}: {first.reason}{more}; nothing was written")
    for warning in result.warnings:
        _warn(warning)
    merged = result.aggregate
    assert merged is not None  # at least one file, none refused
    expected = read_roster(args.roster) if args.roster else None
    write_aggregate(args.out, merged)
    counted = [d for d in result.decisions if d.state is State.ACCEPTED]
    print(
        f"merged {len(counted)} of {len(inputs)} files ({len(merged.sources)} sources): "
        f"{merged.totals.cases} cases, year {merged.year}"
    )
    for decision in result.decisions:
        if decision.state is not State.ACCEPTED:
            print(f"  {decision.input.name}: {decision.state.value} ({decision.reason})")
    print(f"wrote {args.out}")
    if expected is not None:
        _print_roster(expected, merged)
    return 0


def _print_roster(expected: list[str], merged: Aggregate) -> None:
    status = check_roster(expected, merged.sources)
    print(f"roster: {status.summary}")
    for entry in status.missing:
        print(f"  missing: {entry}")
    for source in status.unexpected:
        print(f"  not on the roster: {source.label or source.source_id} ({source.unit or '-'})")


def schema(args: argparse.Namespace) -> int:
    json.dump(Aggregate.model_json_schema(), sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


def report(args: argparse.Namespace) -> int:
    from confidant_app.aggregate.disclosure import MIN_CELL_FLOOR
    from confidant_app.report.render import report_json, report_text
    from confidant_app.report.yearly import yearly

    if args.min_cell is not None and args.min_cell < MIN_CELL_FLOOR:
        raise UserError(f"--min-cell {args.min_cell}: never below {MIN_CELL_FLOOR}")
    if args.exact and args.xlsx is not None:
        raise UserError(
            "--exact is a working view; a workbook is always published, so leave "
            "out one of --exact and --xlsx"
        )
    codebook = default_codebook()
    main = read_aggregate(args.file, codebook)
    compare = [read_aggregate(p, codebook) for p in args.compare]
    result = yearly(
        main, codebook, compare=compare, min_cell=None if args.exact else (args.min_cell or 5)
    )
    if args.xlsx is not None:
        from confidant_app.report.workbook import write_report_workbook

        roster = check_roster(read_roster(args.roster), main.sources) if args.roster else None
        write_report_workbook(args.xlsx, result, roster)
    if args.format == "json":
        json.dump(report_json(result), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        sys.stdout.write(report_text(result, args.lang))
    return 0
