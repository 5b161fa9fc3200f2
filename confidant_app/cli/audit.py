"""``confidant audit``: the vault's audit trail (unlocks, exports, purges, passphrase changes,
backups, restores, imports), oldest first, with time and outcome; never case content.

Opening the vault to read the trail is itself an unlock, so the last row is this command's own.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from confidant_app.cli.session import open_store
from confidant_app.vault import audit


def add_parser(sub: Any, vault_options: argparse.ArgumentParser) -> None:
    """Register the sub-command on ``build_parser``'s sub-parsers."""
    p = sub.add_parser("audit", parents=[vault_options],
                       help="show the vault's audit trail (when it was unlocked, exported, "
                       "purged, backed up...; never case content)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=show)


def show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = audit.entries(store.vault)
    if args.format == "json":
        json.dump([row.__dict__ for row in rows], sys.stdout, indent=1)
        print()
        return 0
    table = [("time (UTC)", "event", "outcome", "detail")] + [
        (r.at, r.event, r.outcome, r.detail) for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print(f"{len(rows)} entries")
    return 0
