"""``confidant audit``: the trail of the commands just run, as JSON and as a table."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import Runner

DATA = Path(__file__).parents[2] / "data" / "import"


def test_the_audit_command_shows_the_trail(confidant: Runner) -> None:
    assert confidant("init", "--unit", "CLAS").code == 0
    assert confidant("import", str(DATA / "good.jsonl")).code == 0
    result = confidant("audit", "--format", "json")
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert [(r["event"], r["outcome"]) for r in rows] == [
        ("unlock", "ok"), ("import", "ok"), ("unlock", "ok")
    ]
    assert rows[1]["detail"].startswith("count=")
    table = confidant("audit")
    assert table.code == 0 and "import" in table.out and "4 entries" in table.out
