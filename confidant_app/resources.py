"""Find bundled data files (taxonomy, code lists, referral directory, translations).

Three layouts are possible, tried in this order:

1. a frozen PyInstaller build: ``sys._MEIPASS/resources``;
2. an installed wheel: ``confidant_app/_resources`` (hatch force-includes ``resources/`` there);
3. a source checkout or editable install: ``<checkout>/resources`` beside the package. Tried last,
   since beside an installed package it would be some other project's folder in site-packages.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """The folder holding ``taxonomy/``, ``referrals/`` and friends."""
    frozen = getattr(sys, "_MEIPASS", None)
    package = Path(__file__).resolve().parent
    candidates = [
        *([Path(frozen) / "resources"] if frozen else []),
        package / "_resources",
        package.parent / "resources",
    ]
    for candidate in candidates:
        if (candidate / "taxonomy").is_dir():
            return candidate
    raise FileNotFoundError(f"no resources folder in any of: {', '.join(map(str, candidates))}")


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("taxonomy", "defensie-2025.json")``."""
    return resource_root().joinpath(*parts)
