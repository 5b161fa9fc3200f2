"""Where the command line gets passphrases: the environment, a file, or a hidden prompt.

Never from a command-line argument: those show in process lists and shell history.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from confidant_app.errors import UserError
from confidant_app.vault.kdf import passphrase_warnings


def _from_file(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read the passphrase file ({exc})") from None
    line = line.rstrip("\r\n")
    if not line:
        raise UserError(f"{path}: the passphrase file's first line is empty")
    return line


def _prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            "no passphrase: set CONFIDANT_PASSPHRASE, use --passphrase-file, or run in a terminal"
        )
    return getpass.getpass(prompt)


def current(file: Path | None) -> str:
    """The passphrase of an existing vault."""
    env = os.environ.get("CONFIDANT_PASSPHRASE")
    if env:
        return env
    if file is not None:
        return _from_file(file)
    return _prompt("Passphrase: ")


def new(file: Path | None, env_name: str = "CONFIDANT_PASSPHRASE") -> str:
    """A passphrase for a new vault or a rekey: asked twice when typed; weak ones are warned of."""
    value = os.environ.get(env_name)
    if not value and file is not None:
        value = _from_file(file)
    if not value:
        value = _prompt("New passphrase: ")
        if not value:
            raise UserError("the passphrase is empty")
        if _prompt("Repeat the new passphrase: ") != value:
            raise UserError("the two passphrases differ; nothing was changed")
    warnings = passphrase_warnings(value)
    if warnings:
        print(f"confidant: warning: weak passphrase ({'; '.join(warnings)})", file=sys.stderr)
    return value
