"""Generated files are fresh, forms are valid Designer files, and every string is translated.

Freshness is judged by content (the forms and catalogues are compiled again into a temporary
folder and compared), not by modification times, which a git checkout resets.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]


def _load_build_script() -> ModuleType:
    # installer/ is not a package; load the script the installer runs, by path.
    script = ROOT / "installer" / "build_forms.py"
    spec = importlib.util.spec_from_file_location("build_forms", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()


@pytest.mark.slow
def test_compiled_forms_and_catalogues_are_fresh() -> None:
    stale = build.stale()
    assert not stale, (f"stale generated files: {stale}; run `python installer/build_forms.py` "
                       "(with --update-ts after changing strings)")


@pytest.mark.parametrize("form", build.forms(), ids=lambda p: p.stem)
def test_form_loads_in_qt_designer_loader(form: Path, qapp: QApplication) -> None:
    """QUiLoader reads forms the way Designer does (used here only: the app runs uic output)."""
    file = QFile(str(form))
    assert file.open(QIODevice.OpenModeFlag.ReadOnly)
    loader = QUiLoader()
    for custom in ET.parse(form).getroot().iter("customwidget"):
        # Promoted widgets (``<header>`` names our module), as Designer's plugins would load them.
        module = importlib.import_module(custom.findtext("header", ""))
        loader.registerCustomWidget(getattr(module, custom.findtext("class", "")))
    widget = loader.load(file)
    file.close()
    assert isinstance(widget, QWidget), loader.errorString()
    assert widget.objectName() == ET.parse(form).getroot().findtext("class")
    widget.deleteLater()


def test_every_form_is_composed_by_a_module_of_its_name() -> None:
    for form in build.forms():
        module = ROOT / "confidant_app" / "ui" / f"{form.stem}.py"
        assert module.exists(), f"{form.name} has no confidant_app/ui/{form.stem}.py"
        assert f"ui_{form.stem} import" in module.read_text(encoding="utf-8")


def _unfinished(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    return missing


@pytest.mark.slow
@pytest.mark.parametrize("lang", build.LANGUAGES)
def test_every_source_string_is_translated(lang: str, tmp_path: Path) -> None:
    """lupdate over the forms and ui/ into a copy of the catalogue: a string that is new since the
    catalogue was last updated arrives unfinished and fails the test."""
    copy = tmp_path / build.ts_path(lang).name
    shutil.copy(build.ts_path(lang), copy)
    subprocess.run([build.tool("pyside6-lupdate"), *map(str, build.translatable_sources()),
                    "-locations", "none", "-source-language", "en", "-target-language", lang,
                    "-ts", str(copy)], check=True, capture_output=True)
    assert not _unfinished(copy), f"untranslated ({lang}): {_unfinished(copy)}"


def test_dutch_catalogue_really_is_dutch() -> None:
    root = ET.parse(build.ts_path("nl")).getroot()
    pairs = {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}
    assert pairs["&Lock"] == "&Vergrendelen"
    same = [s for s, t in pairs.items() if s == t]
    # Only names, codes and words Dutch shares with English may stay as they are.
    assert set(same) <= {"Confidant", "Alias", "&Alias:", "Status", "&Status:", "Open", "open",
                         "DEMO", "&Help", "Code", "Gender", "&Gender:", "Label"}, same
