"""One strict way to read the small JSON files that come from outside the vault (the referral
directory's local copy, the coordinator's workspace, the settings).

Hostile-input rules from ``shared/design/security.md``: the size is capped while reading (a file
whose size is over the cap is not read at all, and at most ``limit + 1`` bytes are ever read, in
chunks: ``bounded.read_at_most``); the text must be UTF-8 (a BOM is allowed); duplicate keys and
NaN/Infinity are refused (Python's ``json`` would keep the last key and accept NaN silently);
excessive nesting is refused (``RecursionError``); a lone surrogate (``"\\ud800"``), which decodes
but can be neither saved nor used in a path, is refused. Every failure is one ``JsonRefusal`` with
a short reason that never quotes the file's content beyond a key's first 40 characters.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from confidant_app.bounded import read_at_most


class JsonRefusal(ValueError):
    """Why the bytes are not usable JSON; ``reason`` is a short English phrase."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TooLarge(JsonRefusal):
    pass


def read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes, or ``TooLarge`` past ``limit``; never reads more than ``limit + 1``.

    ``OSError`` (missing, no permission, a folder) is left to the caller.
    """
    with Path(path).open("rb") as handle:
        data = read_at_most(handle, limit)
    if data is None:
        raise TooLarge(f"larger than {limit // 1024} KB")
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JsonRefusal(f"the key {key[:40]!r} appears twice in one object")
            seen.add(key)
    return out


def _no_constant(name: str) -> Any:
    raise JsonRefusal(f"{name} is not a value this file may hold")


def _check_text(node: Any) -> None:
    """Refuse lone surrogates anywhere (keys and strings), iteratively: no recursion limit."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise JsonRefusal("holds text that is not valid Unicode") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads(data: bytes) -> Any:
    """Parse ``data`` under the rules above; raise ``JsonRefusal`` on anything else."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JsonRefusal("not UTF-8 text") from None
    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise JsonRefusal("nested too deeply") from None
    except JsonRefusal:
        raise
    except ValueError as exc:  # json.JSONDecodeError: position only, never the content
        raise JsonRefusal(f"a syntax error at line {getattr(exc, 'lineno', '?')}") from None
    _check_text(raw)
    return raw
