"""A referral directory with every contact filled in, each one different, for tests that look
for one desk's details on a sheet and must not find another's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from confidant_app.referral.directory import CONTACT_FIELDS, shipped_path

MORE_INFO = "https://intranet.example/integriteit/leidinggevenden"


def contacts(index: int, code: str) -> dict[str, str]:
    return {"phone": f"+31 70 555 {index:02d}{index:02d}",
            "email": f"loket-{code.lower()}@mindef.example",
            "intranet": f"https://intranet.example/hulp/{code.lower()}"}


def filled_raw() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(shipped_path().read_text(encoding="utf-8"))
    raw["more_info"] = {"value": MORE_INFO, "placeholder": False}
    for index, desk in enumerate(raw["desks"]):
        for field, value in contacts(index, desk["code"]).items():
            assert field in CONTACT_FIELDS
            desk[field] = {"value": value, "placeholder": False}
    return raw


def write_local(data_dir: Path, raw: dict[str, Any] | None = None) -> Path:
    """Write ``raw`` (default: the filled directory) as the local copy in ``data_dir``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "referrals.json"
    path.write_text(json.dumps(raw if raw is not None else filled_raw(), ensure_ascii=False),
                    encoding="utf-8")
    return path
