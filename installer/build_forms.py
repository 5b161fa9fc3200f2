"""Compile the Designer forms and the translations; the installer's build calls this first.

- ``forms/X.ui`` -> ``confidant_app/ui/forms/ui_X.py`` with ``pyside6-uic`` (generated, committed,
  never edited by hand: PySide6's runtime ``loadUiType`` shells out to uic and breaks when frozen),
  then its PySide6 imports cut down to the names the form uses: uic imports a fixed list
  (``QConicalGradient``, ``QIcon``, ``QUrl``...), and PySide6 builds each class on its first
  import, 0.3-1.5 ms apiece; the unlock form's unused names cost ~10 ms before the unlock prompt;
- ``resources/i18n/confidant_<lang>.ts`` -> ``.qm`` with ``pyside6-lrelease``;
- with ``--update-ts``, first refresh the ``.ts`` files from the forms and ``confidant_app/ui``
  with ``pyside6-lupdate``. English is the source language, so the English catalogue is filled
  with the source text itself; Dutch is translated by hand (Qt Linguist or an editor).

``--check`` changes nothing and exits 1 when a compiled file differs from what its source gives
(tests/gui/test_build.py runs the same comparison; content, not mtimes, since git resets those).

Usage: ``python installer/build_forms.py [--update-ts] [--check]``
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
COMPILED_FORMS = ROOT / "confidant_app" / "ui" / "forms"
UI_SOURCES = ROOT / "confidant_app" / "ui"
# Qt-free modules whose strings the interface shows, marked with QT_TRANSLATE_NOOP.
MARKED_SOURCES = [ROOT / "confidant_app" / "settings.py",
                  ROOT / "confidant_app" / "importer" / "texts.py"]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """A PySide6 tool, preferably the one beside this interpreter (the venv's own)."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build_forms: {name} not found; install PySide6-Essentials")
    return found


def _run(*args: str) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def forms() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def compiled_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path, out_dir: Path) -> Path:
    out = out_dir / compiled_name(form)
    _run(tool("pyside6-uic"), str(form), "-o", str(out))
    out.write_text(used_imports_only(out.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def used_imports_only(source: str) -> str:
    """``source`` with each top-level ``from PySide6.X import (...)`` limited to the names the
    module uses (a statement left with none is dropped); nothing else changes."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    # From the last statement up, so earlier line numbers stay valid.
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")):
            continue
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        text = f"from {node.module} import ({', '.join(names)})\n" if names else ""
        if len(text) > 100:
            text = f"from {node.module} import (\n    " + ",\n    ".join(names) + ")\n"
        assert node.end_lineno is not None
        lines[node.lineno - 1:node.end_lineno] = [text]
    return "".join(lines)


def ts_path(lang: str) -> Path:
    return I18N / f"confidant_{lang}.ts"


def qm_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"confidant_{lang}.qm"


def translatable_sources() -> list[Path]:
    """What lupdate reads: the forms, our own Python under ui/ (the generated forms repeat the
    .ui strings, so they are left out) and the Qt-free modules with marked strings."""
    python = [p for p in sorted(UI_SOURCES.rglob("*.py")) if COMPILED_FORMS not in p.parents]
    return forms() + python + MARKED_SOURCES


def update_ts(ts: Path, lang: str) -> None:
    """Merge the current source strings into ``ts``, keeping existing translations."""
    _run(tool("pyside6-lupdate"), *map(str, translatable_sources()), "-locations", "none",
         "-no-obsolete", "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
         "-ts", str(ts))
    if lang == SOURCE_LANGUAGE:
        _fill_identity(ts)


def _fill_identity(ts: Path) -> None:
    """The source language translates every string to itself."""
    text = ts.read_text(encoding="utf-8")
    text = re.sub(
        r'(<source>([^<]*)</source>\s*)<translation type="unfinished">[^<]*</translation>',
        r"\1<translation>\2</translation>",
        text,
    )
    ts.write_text(text, encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    _run(tool("pyside6-lrelease"), str(ts), "-qm", str(qm))


def stale() -> list[str]:
    """Compiled files whose content differs from what their sources give now."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for form in forms():
            committed = COMPILED_FORMS / compiled_name(form)
            regenerated = compile_form(form, fresh)
            if not committed.exists() or committed.read_bytes() != regenerated.read_bytes():
                problems.append(str(committed.relative_to(ROOT)))
        expected = {compiled_name(f) for f in forms()}
        problems += [str(p.relative_to(ROOT)) + " (no form)" for p in
                     sorted(COMPILED_FORMS.glob("ui_*.py")) if p.name not in expected]
        for lang in LANGUAGES:
            committed = qm_path(lang)
            regenerated = qm_path(lang, fresh)
            release(ts_path(lang), regenerated)
            if not committed.exists() or committed.read_bytes() != regenerated.read_bytes():
                problems.append(str(committed.relative_to(ROOT)))
    return problems


def build(update: bool) -> None:
    COMPILED_FORMS.mkdir(parents=True, exist_ok=True)
    for form in forms():
        compile_form(form, COMPILED_FORMS)
    for lang in LANGUAGES:
        if update:
            update_ts(ts_path(lang), lang)
        release(ts_path(lang), qm_path(lang))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update-ts", action="store_true", help="refresh the .ts files first")
    parser.add_argument("--check", action="store_true", help="only report stale compiled files")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            print(f"stale: {problem}")
        return 1 if problems else 0
    build(args.update_ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
