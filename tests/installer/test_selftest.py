"""``confidant-app --self-test`` from the installed package: one line per step, exit 0, nothing
left behind; a failing step is one line on standard error and exit 1, and still cleans up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

STEPS = ("qt", "resources", "translations", "forms", "vault", "case", "export", "referral sheet")

pytestmark = pytest.mark.slow


def run(args: list[str], tmp: Path, **env_changes: str | None) -> subprocess.CompletedProcess[str]:
    """A child with its own empty TMPDIR (to see that the self-test removes its folder)."""
    tmp.mkdir(exist_ok=True)
    env = dict(os.environ, TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen")
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_self_test_passes_with_a_line_per_step(tmp_path: Path) -> None:
    result = run(["-m", "confidant_app", "--self-test"], tmp_path / "tmp")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("self-test: Confidant ") and "installed package" in lines[0]
    assert [line.split(" ok: ")[0] for line in lines[1:-1]] == [f"self-test: {s}" for s in STEPS]
    assert lines[-1].startswith("self-test: passed in ")
    assert "platform offscreen" in lines[1]
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is Linux's")
def test_without_a_display_it_chooses_offscreen_itself(tmp_path: Path) -> None:
    result = run(["-m", "confidant_app", "--self-test"], tmp_path / "tmp", DISPLAY=None,
                 WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    assert result.returncode == 0, result.stderr
    assert "self-test: qt ok: " in result.stdout and "platform offscreen" in result.stdout


FAILING = """
import sys
from confidant_app import selftest

def broken_export(work):
    raise {error}

selftest.step_export = broken_export
sys.exit(selftest.run())
"""


@pytest.mark.parametrize(("error", "message"), [
    ("selftest.SelfTestFailure('the aggregate counts 0 cases, not 1\\nsecond line')",
     "confidant-app: self-test failed at export: the aggregate counts 0 cases, not 1"),
    ("RuntimeError('disk on fire\\nwith a traceback-like tail')",
     "confidant-app: self-test failed at export: RuntimeError: disk on fire"),
])
def test_a_failing_step_is_one_line_exit_1_and_cleans_up(tmp_path: Path, error: str,
                                                         message: str) -> None:
    result = run(["-c", FAILING.format(error=error)], tmp_path / "tmp")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [message]
    assert "self-test: case ok: " in result.stdout
    assert "referral sheet" not in result.stdout and "passed" not in result.stdout
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_normal_start_does_not_load_the_self_test(tmp_path: Path) -> None:
    """``__main__`` stays lean: the self-test module (vault, aggregate, referral) loads only
    for ``--self-test``."""
    probe = ("import sys, confidant_app.__main__ as m; "
             "args = m.parse_args(['--self-test']); "
             "print('confidant_app.selftest' in sys.modules, args.self_test)")
    result = run(["-c", probe], tmp_path / "tmp")
    assert result.stdout.split() == ["False", "True"], result.stderr
