"""Build the one-folder bundle of ``confidant-app`` with PyInstaller, then check it.

Steps:

1. compile the Designer forms and the translation catalogues (``installer/build_forms.py``'s own
   ``build``: ``pyside6-uic``, ``pyside6-lrelease``), so the bundle carries what the sources say;
2. run PyInstaller on ``installer/confidant.spec`` into ``--distpath`` (default ``dist/``) with
   its work files in ``--workpath`` (default ``build/``);
3. on Linux, copy the desktop entry and its installer script beside the program
   (``installer/linux/``), so the folder is all a confidant needs;
4. check: no kept Qt library lacks a Qt library that was left out (Linux, with ``ldd``), and the
   bundle's own ``--self-test`` passes (offscreen when there is no display);
5. print the bundle's size on disk and the time taken.

On Windows the result is the folder Inno Setup packs: compile ``installer/windows/confidant.iss``
with ISCC afterwards (README, "Installers").

Usage: ``python installer/build.py [--distpath DIR] [--workpath DIR] [--no-compile]
[--no-self-test] [--clean]``. Exit status 0 when built and checked, 1 with a one-line reason.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "confidant.spec"
NAME = "confidant-app"
LINUX_FILES = ("confidant-app.desktop", "install.sh")


class BuildError(Exception):
    """A step failed; the message is the one line shown."""


def load_build_forms() -> ModuleType:
    # installer/ is not a package: load the forms script by path, as tests/gui/test_build.py does.
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "installer" /
                                                  "build_forms.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_sources() -> None:
    try:
        load_build_forms().build(update=False)
    except (subprocess.CalledProcessError, OSError) as exc:
        raise BuildError(f"compiling the forms and translations failed: {exc}") from None


def run_pyinstaller(distpath: Path, workpath: Path, clean: bool) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError("PyInstaller is not installed; pip install -e '.[test]' brings it")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(distpath), "--workpath", str(workpath), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError("PyInstaller failed (its messages are above)")
    bundle = distpath / NAME
    if not executable(bundle).is_file():
        raise BuildError(f"PyInstaller left no {executable(bundle)}")
    return bundle


def executable(bundle: Path) -> Path:
    return bundle / (NAME + (".exe" if sys.platform == "win32" else ""))


def add_linux_files(bundle: Path) -> None:
    for name in LINUX_FILES:
        shutil.copy2(ROOT / "installer" / "linux" / name, bundle / name)


def unresolved_qt_libraries(bundle: Path) -> list[str]:
    """Qt libraries a bundled binary links but the bundle lacks (Linux; ``ldd``): the spec drops
    plugins and the libraries only they need, and this proves nothing kept needed one of them.
    Non-Qt libraries are not judged: the desktop provides some (libGL, CUPS) on purpose."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # as PyInstaller's bootloader sets it
    problems: set[str] = set()
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            library = line.strip().split()[0] if line.strip() else ""
            if "not found" in line and library.startswith("libQt"):
                problems.add(f"{path.relative_to(bundle)} needs {library}")
    return sorted(problems)


def size_on_disk(bundle: Path) -> int:
    """Bytes of the bundle's files (links counted once, as small as they are)."""
    return sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() or p.is_symlink())


def self_test(bundle: Path) -> list[str]:
    """Run the bundle's ``--self-test``; its lines, or BuildError with its one-line reason."""
    try:
        result = subprocess.run([str(executable(bundle)), "--self-test"], capture_output=True,
                                text=True, timeout=300)
    except subprocess.TimeoutExpired:
        raise BuildError("the bundle's self-test did not finish in 5 minutes") from None
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise BuildError(f"the bundle's self-test failed (exit {result.returncode}): {reason}")
    return result.stdout.splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist",
                        help="where the bundle goes (default: dist/)")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build",
                        help="PyInstaller's work files (default: build/)")
    parser.add_argument("--no-compile", action="store_true",
                        help="bundle the committed forms and catalogues as they are")
    parser.add_argument("--no-self-test", action="store_true",
                        help="do not run the bundle's --self-test afterwards")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        if not args.no_compile:
            compile_sources()
            print("build: forms and translations compiled")
        bundle = run_pyinstaller(args.distpath.resolve(), args.workpath.resolve(), args.clean)
        built = time.perf_counter() - start
        if sys.platform.startswith("linux"):
            add_linux_files(bundle)
        problems = unresolved_qt_libraries(bundle)
        if problems:
            raise BuildError(f"{len(problems)} missing Qt libraries, e.g. {problems[0]}")
        if not args.no_self_test:
            for line in self_test(bundle):
                print(f"build: {line}")
    except BuildError as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    size = size_on_disk(bundle)
    print(f"build: {bundle} is {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB) on disk; built in "
          f"{built:.0f} s, {time.perf_counter() - start:.0f} s with the checks")
    if sys.platform == "win32":
        print(r"build: next, the installer: ISCC installer\windows\confidant.iss")
    return 0


if __name__ == "__main__":
    sys.exit(main())
