"""Benchmark: the frozen bundle (PyInstaller, ``installer/build.py``) against the installed package.

Run by hand, never in CI; it prints figures and ratios and asserts nothing about time::

    /tmp/venv/bin/python benchmarks/bundle.py                        # builds a bundle first (~20 s)
    /tmp/venv/bin/python benchmarks/bundle.py --bundle dist/confidant-app --repeat 11

It measures, each figure the median of ``--repeat`` launches, frozen and installed back to back
(alternating which goes first), the ratio being the median of the pair-by-pair ratios:

1. **prompt**: launch to the first painted frame of the unlock dialog over an existing vault:
   ``<bundle>/confidant-app --vault V`` against ``python -m confidant_app --vault V``, both with
   ``CONFIDANT_BENCH_MARKER=UnlockDialog`` (the marker ``benchmarks/gui.py`` uses: the process
   prints a line at that frame and exits). A bare ``QApplication`` with an empty window, from the
   same interpreter, is timed beside them as the floor.
2. **self-test**: launch to the end of ``--self-test`` (a temporary vault, a case, an export, a
   referral sheet), both ways.
3. **size**: the bundle's files on disk, against the goal of 150 MB; and the build time when this
   script built the bundle.

Children run on the offscreen platform with their own data folder; everything lives in a
``TemporaryDirectory``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from gui import BARE, Launch, child_env, launch  # benchmarks/gui.py: the same marker and launch
from vault import FAST_KDF, PASSPHRASE, load, machine, paired, progress

from confidant_app.vault import Vault

ROOT = Path(__file__).resolve().parent.parent
SIZE_GOAL_MB = 150


def build_script() -> ModuleType:
    # installer/ is not a package; load the build script by path.
    spec = importlib.util.spec_from_file_location("installer_build",
                                                  ROOT / "installer" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(work: Path) -> tuple[Path, float]:
    progress("building the bundle (installer/build.py --no-compile --no-self-test)")
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--no-compile",
                    "--no-self-test", "--distpath", str(work / "dist"), "--workpath",
                    str(work / "build")], check=True, stdout=subprocess.DEVNULL)
    return work / "dist" / "confidant-app", time.perf_counter() - start


def timed_self_test(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run([*command, "--self-test"], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"bundle.py: {command[0]} --self-test failed: {result.stderr.strip()}")
    return elapsed


def line(what: str, figures: tuple[float, float, float]) -> str:
    frozen, installed, ratio = figures
    return f"| {what} | {frozen * 1e3:,.1f} | {installed * 1e3:,.1f} | {ratio:.2f}x |"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path,
                        help="an existing bundle folder (default: build one)")
    parser.add_argument("--repeat", type=int, default=7, help="launches per figure (default: 7)")
    args = parser.parse_args(argv)
    print("\n".join(machine()))
    print(f"load average at start: {load()}")
    with tempfile.TemporaryDirectory(prefix="confidant-bench-bundle-") as tmp:
        work = Path(tmp)
        build_seconds: float | None = None
        if args.bundle:
            bundle = args.bundle.resolve()
        else:
            bundle, build_seconds = build(work)
        frozen_cmd = [str(bundle / "confidant-app")]
        installed_cmd = [sys.executable, "-m", "confidant_app"]
        vault = work / "vault.db"
        Vault.create(vault, PASSPHRASE, unit="CLAS", params=FAST_KDF).close()

        progress("launch to the unlock prompt, frozen and installed")
        env = child_env(work, "UnlockDialog")
        kept: dict[str, list[Launch]] = {"frozen": [], "installed": [], "bare": []}

        def prompt(kind: str, command: list[str], child: dict[str, str]) -> float:
            kept[kind].append(launch(command, child, work / f"{kind}.err"))
            return kept[kind][-1].seconds

        prompt_figures = paired(lambda: prompt("frozen", [*frozen_cmd, "--vault", str(vault)], env),
                                lambda: prompt("installed", [*installed_cmd, "--vault",
                                                             str(vault)], env),
                                args.repeat, warmup=True)
        progress("bare QApplication, the floor")
        bare_env = child_env(work, None)
        bare = statistics.median(prompt("bare", [sys.executable, "-c", BARE], bare_env)
                                 for _ in range(args.repeat))

        progress("--self-test, frozen and installed")
        test_env = dict(child_env(work, None), TMPDIR=str(work))
        test_figures = paired(lambda: timed_self_test(frozen_cmd, test_env),
                              lambda: timed_self_test(installed_cmd, test_env),
                              args.repeat, warmup=True)
        size = build_script().size_on_disk(bundle)

    rss = {kind: statistics.median(k.rss_kib for k in launches[1:] or launches) / 1024
           for kind, launches in kept.items()}
    print(f"load average at end: {load()}")
    print(f"median of {args.repeat}; ratio = frozen / installed, median of the pairs\n")
    print("| what | frozen (ms) | installed (ms) | ratio |")
    print("|---|---|---|---|")
    print(line("launch to the unlock prompt (first frame)", prompt_figures))
    print(line("launch to --self-test done", test_figures))
    print(f"\nbare QApplication + empty QWidget to its first frame: {bare * 1e3:,.1f} ms "
          f"(frozen prompt {prompt_figures[0] / bare:.2f}x, installed "
          f"{prompt_figures[1] / bare:.2f}x of it)")
    print(f"VmRSS at the unlock prompt: frozen {rss['frozen']:.1f} MiB, installed "
          f"{rss['installed']:.1f} MiB, bare {rss['bare']:.1f} MiB")
    within = "yes" if size / 1e6 < SIZE_GOAL_MB else "NO"
    print(f"bundle size on disk: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), goal < "
          f"{SIZE_GOAL_MB} MB: {within}")
    if build_seconds is not None:
        print(f"build time (installer/build.py, no compile, no self-test): {build_seconds:.0f} s")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
