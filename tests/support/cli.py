"""Run the installed ``confidant`` command as a person would: a child process, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "cli-test-passphrase-long"


@dataclass
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


def _confidant() -> list[str]:
    script = Path(sys.executable).with_name("confidant")
    return [str(script)] if script.exists() else [sys.executable, "-m", "confidant_app.cli"]


def make_runner(tmp_path: Path) -> Runner:
    """``confidant(*args, passphrase=..., env=...)`` with the vault in a temporary folder."""

    def run(
        *args: str,
        passphrase: str | None = PASSPHRASE,
        stdin: str = "",
        env: dict[str, str] | None = None,
    ) -> Result:
        environ = {k: v for k, v in os.environ.items() if not k.startswith("CONFIDANT_")}
        environ["CONFIDANT_KDF_LOG2N"] = "14"
        environ["CONFIDANT_DATA_DIR"] = str(tmp_path / "data")
        environ["CONFIDANT_VAULT"] = str(tmp_path / "vault.db")
        if passphrase is not None:
            environ["CONFIDANT_PASSPHRASE"] = passphrase
        environ.update(env or {})
        proc = subprocess.run(
            [*_confidant(), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=environ,
            timeout=120,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return run


def assert_refused(result: Result, *fragments: str) -> None:
    """Exit 1, exactly one ``confidant: error:`` line, no traceback, and the given fragments."""
    assert result.code == 1, (result.code, result.err)
    lines = result.err.strip().splitlines()
    errors = [line for line in lines if line.startswith("confidant: error: ")]
    assert len(errors) == 1, result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in errors[0], errors[0]
