"""Changing the passphrase: it works, and a rekey killed at any moment leaves a vault that opens
with exactly one of the two passphrases and passes every integrity check."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from confidant_app.domain.case import make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseStore, Vault, WrongPassphrase
from confidant_app.vault.care import check

OLD, NEW = "old-passphrase-for-rekey", "new-passphrase-for-rekey"

CHILD = """
import sys, time
from pathlib import Path
from confidant_app.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()
start = time.perf_counter()
vault.change_passphrase(sys.argv[3])
print(f"done {time.perf_counter() - start:.4f}", flush=True)
time.sleep(60)
"""


def _fill(path: Path, codebook: Codebook, n: int) -> None:
    with Vault.create(path, OLD, unit="CLSK") as vault:
        CaseStore(vault, codebook).add_many(
            [
                make_case(
                    {
                        "opened": "2025-02-03",
                        "unit": "CLSK",
                        "role": "BUR",
                        "categories": ["OG.INT", "AC.ARB"],
                        "notes": "n" * 400,
                        "conversations": [{"date": "2025-02-04", "channel": "V", "minutes": 20}],
                    },
                    codebook,
                )
                for _ in range(n)
            ]
        )


def _which_opens(path: Path) -> list[str]:
    works = []
    for passphrase in (OLD, NEW):
        try:
            with Vault.open(path, passphrase) as vault:
                report = check(vault)
                assert report.ok, report.problems
                assert CaseStore(vault, vault_codebook()).count() == 2000
            works.append(passphrase)
        except WrongPassphrase:
            pass
    return works


def vault_codebook() -> Codebook:
    from confidant_app.domain.codebook import default_codebook

    return default_codebook()


def test_change_passphrase(vault_path: Path, codebook: Codebook) -> None:
    _fill(vault_path, codebook, 3)
    with Vault.open(vault_path, OLD) as vault:
        vault.change_passphrase(NEW)
        assert CaseStore(vault, codebook).count() == 3  # still usable after the rekey
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, OLD)
    Vault.open(vault_path, NEW).close()
    assert vault_path.read_bytes()[:16] != b"SQLite format 3\x00"


def _run_child(path: Path, current: str, target: str, delay: float | None) -> float | None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), current, target],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        try:
            assert child.stdout.readline().strip() == "ready"
            child.stdin.write("go\n")
            child.stdin.flush()
            if delay is None:  # measuring run: let it finish
                return float(child.stdout.readline().split()[1])
            time.sleep(delay)
            return None
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)


@pytest.mark.slow
def test_rekey_killed_at_any_moment_leaves_exactly_one_passphrase_working(
    vault_path: Path, codebook: Codebook
) -> None:
    _fill(vault_path, codebook, 2000)
    duration = _run_child(vault_path, OLD, NEW, None) or 0.05
    assert _which_opens(vault_path) == [NEW]
    current, other = NEW, OLD
    rng = random.Random(20251129)
    outcomes = {"old kept": 0, "new took": 0}
    for _ in range(16):
        _run_child(vault_path, current, other, rng.uniform(0, duration * 1.3))
        works = _which_opens(vault_path)
        assert len(works) == 1, f"{works} open after a killed rekey"
        outcomes["old kept" if works == [current] else "new took"] += 1
        if works == [other]:
            current, other = other, current
    # Over 16 kills spread across the rekey, both outcomes should occur; if not, the delays
    # missed the window and the test proved less than it claims.
    assert outcomes["old kept"] > 0, outcomes
