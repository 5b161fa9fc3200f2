"""Backups, restore and retention on the command line: ``backup``, ``restore``, ``purge``.

The rules live in ``confidant_app.vault`` (``backup``, ``restore``, ``retention``); this module
asks, prints and confirms. Destroying or replacing data is confirmed at a terminal; without one
it needs ``--yes``, so a script never purges or restores by accident.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from confidant_app import settings as settings_file
from confidant_app.cli import passphrase
from confidant_app.cli.session import open_store, vault_path
from confidant_app.errors import UserError
from confidant_app.paths import settings_path
from confidant_app.vault.backup import backup, rotate_backups
from confidant_app.vault.backup_policy import purge_and_prune
from confidant_app.vault.errors import Cancelled
from confidant_app.vault.restore import restore
from confidant_app.vault.retention import due_for_purge
from confidant_app.vault.verify import FileReport

YES = ("y", "yes", "j", "ja")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _held(cases: int, purged: int) -> str:
    """What a vault file holds, in words: live cases, and skeletons kept for the figures."""
    skeletons = f" and {_n(purged, 'purged skeleton')}" if purged else ""
    return f"{_n(cases - purged, 'case')}{skeletons}"


def _months(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 120:
        raise argparse.ArgumentTypeError("between 1 and 120 months")
    return value


def add_parsers(sub: Any, vault_options: argparse.ArgumentParser) -> None:
    """Register the sub-commands on ``build_parser``'s sub-parsers."""
    p = sub.add_parser("backup", parents=[vault_options],
                       help="write an encrypted copy of the vault, verified before it is done")
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="the backup file (default: an automatic backup in the settings' backup "
                   "folder, keeping the newest as many as the settings say)")
    p.add_argument("--replace", action="store_true",
                   help="replace FILE if it exists (never the vault itself)")
    p.set_defaults(run=backup_command)

    p = sub.add_parser("restore", parents=[vault_options],
                       help="replace the vault with a backup, after checking the backup")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--yes", action="store_true",
                   help="do not ask first (required when not at a terminal)")
    p.set_defaults(run=restore_command)

    p = sub.add_parser("purge", parents=[vault_options],
                       help="destroy closed cases past the retention period, keeping the "
                       "coded skeleton the yearly figures need")
    p.add_argument("--dry-run", action="store_true", help="list what is due; destroy nothing")
    p.add_argument("--yes", action="store_true",
                   help="do not ask first (required when not at a terminal)")
    p.add_argument("--months", type=_months, metavar="N",
                   help="months after closing (default: the setting, 6 unless changed)")
    p.set_defaults(run=purge_command)


def _settings(args: argparse.Namespace) -> settings_file.Settings:
    loaded = settings_file.load(settings_path(args.data_dir))
    if loaded.problem:
        print(f"confidant: warning: settings file: {loaded.problem}; using the defaults there",
              file=sys.stderr)
    return loaded.settings


def _refuse_without_terminal(what: str) -> None:
    """Destroying or replacing data is never silent: without a terminal to ask at, refuse."""
    if not sys.stdin.isatty():
        raise UserError(f"{what}: run at a terminal to confirm, or add --yes; nothing was changed")


def _ask(question: str) -> bool:
    return input(f"{question} [y/N] ").strip().lower() in YES


def backup_command(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.out is not None:
            result = backup(store.vault, args.out, replace=args.replace)
            removed: tuple[Path, ...] = ()
        else:
            chosen = _settings(args)
            rotation = rotate_backups(store.vault, chosen.backup_dir(store.vault.path),
                                      chosen.backup_keep)
            result, removed = rotation.written, rotation.removed
    print(f"wrote {result.path} ({result.size // 1024} KiB, {_held(result.cases, result.purged)}, "
          "encrypted with the vault's passphrase)")
    print("verified: page checksums, database structure, file size and row counts")
    if removed:
        print(f"removed {_n(len(removed), 'older automatic backup')}")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    target = vault_path(args)
    if not args.yes:
        _refuse_without_terminal("a restore replaces the vault")
    secret = passphrase.current(args.passphrase_file)

    def confirm(report: FileReport) -> bool:
        print(f"backup {args.file}: schema {report.schema_version}, "
              f"{_held(report.cases, report.purged)}, integrity ok")
        if args.yes:
            return True
        if target.exists():
            return _ask(f"Replace {target} with this backup? The current vault is deleted once "
                        "the restored one is verified.")
        return _ask(f"Restore it as {target}?")

    done = restore(args.file, target, secret, confirm=confirm)
    print(f"restored {done.path} from {args.file}; checked: ok")
    print("a backup older than the last purge brings the purged cases back: "
          "confidant purge --dry-run shows what is due")
    return 0


def purge_command(args: argparse.Namespace) -> int:
    chosen = _settings(args)
    months = args.months or chosen.retention_months
    with open_store(args) as store:
        due = due_for_purge(store.vault, months, dt.date.today())
        if not due:
            print(f"no closed cases are due for destruction (closed {months} months ago or "
                  "more, in a released year)")
            return 0
        verb = "is" if len(due) == 1 else "are"
        print(f"{_n(len(due), 'closed case')} {verb} due for destruction (closed {months} months "
              "ago or more, their year released):")
        for case in due:
            print(f"  {case.case_number or '(no number)'}  ({case.opened_year})")
        if args.dry_run:
            print("dry run: nothing was destroyed")
            return 0
        if not args.yes:
            _refuse_without_terminal(
                f"{_n(len(due), 'case')} {verb} due and a purge destroys them for good"
            )
            if not _ask("Destroy their notes, aliases, case numbers and dates? This cannot be "
                        "undone."):
                raise Cancelled("purge cancelled; nothing was destroyed")
        folder = chosen.backup_dir(store.vault.path)
        done = purge_and_prune(store.vault, [case.id for case in due], folder)
    record = done.record
    print(f"purged {_n(record.count, 'case')} at {record.at}; the coded skeleton stays for the "
          "yearly figures")
    if done.removed:
        print(f"deleted {_n(done.removed, 'backup')} made before the purge (they still held these "
              "cases)")
    if not done.folder_reachable and chosen.backup_folder:
        print(f"confidant: warning: the backup folder {folder} cannot be reached; its backups "
              "made before this purge are deleted at the next automatic backup", file=sys.stderr)
    print("backups written elsewhere (confidant backup --out) before now still hold these cases; "
          "delete them")
    return 0
