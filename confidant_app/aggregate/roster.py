"""The roster: which sources a coordinator expects, and who has delivered.

A roster is a UTF-8 text file, one expected source a line: a vault's source id or the label its
confidant chose (matched without regard to case or surrounding spaces); ``#`` starts a comment.
Nothing identifying is needed: labels are whatever the confidants and coordinator agreed on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from confidant_app.aggregate.model import Source
from confidant_app.errors import UserError

MAX_ROSTER_BYTES = 1024 * 1024
MAX_ENTRY = 80


class RosterError(UserError):
    pass


@dataclass(frozen=True)
class RosterStatus:
    expected: list[str]
    delivered: list[str]
    missing: list[str]
    unexpected: list[Source]  # sources that delivered but are not on the roster

    @property
    def summary(self) -> str:
        return f"{len(self.delivered)} of {len(self.expected)} delivered"


def parse_roster(text: str, name: str = "roster") -> list[str]:
    entries: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        if len(entry) > MAX_ENTRY:
            raise RosterError(f"{name} line {number}: longer than {MAX_ENTRY} characters")
        if entry.casefold() in seen:
            raise RosterError(f"{name} line {number}: {entry!r} is listed twice")
        seen.add(entry.casefold())
        entries.append(entry)
    return entries


def read_roster(path: Path) -> list[str]:
    try:
        if path.stat().st_size > MAX_ROSTER_BYTES:
            raise RosterError(f"{path}: larger than 1 MB; not a roster")
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise RosterError(f"{path}: not UTF-8 text; save the roster as UTF-8") from None
    except OSError as exc:
        raise RosterError(f"{path}: cannot read the roster ({exc.strerror or exc})") from None
    return parse_roster(text, str(path))


def check_roster(expected: Sequence[str], sources: Sequence[Source]) -> RosterStatus:
    keys: dict[str, Source] = {}
    for source in sources:
        keys[source.source_id.casefold()] = source
        if source.label.strip():
            keys.setdefault(source.label.strip().casefold(), source)
    delivered = [e for e in expected if e.casefold() in keys]
    matched = {keys[e.casefold()].source_id for e in delivered}
    return RosterStatus(
        expected=list(expected),
        delivered=delivered,
        missing=[e for e in expected if e.casefold() not in keys],
        unexpected=[s for s in sources if s.source_id not in matched],
    )
