"""The coordinator's saved workspace, without Qt: a small JSON file that lets a coordinator collect
over weeks.

It holds paths, the roster, the chosen year and the threshold of the published view: no counts of
its own. The figures are read again from the export files each time (``aggregate.collect``), so
the workspace can never disagree with them. Paths inside the workspace file's folder are stored
relative to it, so a folder copied whole (to another computer, a USB stick) still opens; paths
elsewhere are stored in full. A file that is not a workspace, or one from a newer version, is
refused with a message that names it and says what is wrong.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from confidant_app import atomic, strict_json
from confidant_app.aggregate.disclosure import DEFAULT_MIN_CELL, MIN_CELL_FLOOR
from confidant_app.aggregate.roster import RosterError, parse_roster
from confidant_app.errors import UserError

FORMAT = "confidant-workspace"
VERSION = 1
MAX_WORKSPACE_BYTES = 8 * 1024 * 1024  # 10,000 paths of 200 characters; anything larger is wrong


# -- the saved workspace ------------------------------------------------------------------------


class WorkspaceError(UserError):
    pass


class _Saved(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, hide_input_in_errors=True)

    format: Literal["confidant-workspace"]
    version: Literal[1]
    year: int | None = Field(default=None, ge=2000, le=2100)
    min_cell: int = Field(default=DEFAULT_MIN_CELL, ge=MIN_CELL_FLOOR, le=100)
    files: list[str] = Field(default_factory=list, max_length=100_000)
    compare: list[str] = Field(default_factory=list, max_length=100)
    roster: list[str] = Field(default_factory=list, max_length=100_000)


@dataclass
class Workspace:
    """What a coordinator collected: export files, earlier years' files to set beside them, the
    roster, the year to merge (None: the most common) and the threshold of the published view."""

    files: list[Path] = field(default_factory=list)
    compare: list[Path] = field(default_factory=list)
    roster: list[str] = field(default_factory=list)
    year: int | None = None
    min_cell: int = DEFAULT_MIN_CELL

    def to_json(self, folder: Path) -> bytes:
        """The workspace as the file in ``folder`` will hold it."""
        data = {
            "format": FORMAT,
            "version": VERSION,
            "year": self.year,
            "min_cell": self.min_cell,
            "files": [_stored(p, folder) for p in self.files],
            "compare": [_stored(p, folder) for p in self.compare],
            "roster": list(self.roster),
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _stored(path: Path, folder: Path) -> str:
    path = Path(os.path.abspath(path))
    try:
        return path.relative_to(os.path.abspath(folder)).as_posix()
    except ValueError:
        return str(path)


def save_workspace(path: Path, workspace: Workspace) -> None:
    """Write atomically: the previous workspace file stays whole until the new one is there."""
    path = Path(path)
    try:
        atomic.write_bytes(path, workspace.to_json(path.parent))
    except OSError as exc:
        raise WorkspaceError(
            f"{path}: the workspace could not be saved ({exc.strerror or exc})") from None


def load_workspace(path: Path) -> Workspace:
    """Read and check a saved workspace; a ``WorkspaceError`` names the file and what is wrong."""
    path = Path(path)
    try:
        raw = strict_json.loads(strict_json.read_capped(path, MAX_WORKSPACE_BYTES))
    except strict_json.TooLarge:
        raise WorkspaceError(f"{path}: larger than 8 MB; not a workspace file") from None
    except strict_json.JsonRefusal as exc:
        raise WorkspaceError(
            f"{path}: not a workspace file (not valid JSON: {exc.reason})") from None
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise WorkspaceError(f"{path}: not a {FORMAT} file")
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise WorkspaceError(f"{path}: made by a newer version (workspace version {version}; "
                             f"this version reads up to {VERSION}); update the application")
    try:
        saved = _Saved.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise WorkspaceError(f"{path}: {where}: {err['msg']}") from None
    try:
        # The roster follows the roster file's rules (length, no entry twice).
        roster = parse_roster("\n".join(saved.roster), f"{path}: roster")
    except RosterError as exc:
        raise WorkspaceError(exc.message) from None
    if roster != saved.roster:
        raise WorkspaceError(f"{path}: roster: an entry is empty or holds a line break or #")
    folder = path.parent
    return Workspace(
        files=[_resolved(p, folder) for p in saved.files],
        compare=[_resolved(p, folder) for p in saved.compare],
        roster=roster,
        year=saved.year,
        min_cell=saved.min_cell,
    )


def _resolved(stored: str, folder: Path) -> Path:
    path = Path(stored)
    return path if path.is_absolute() else folder / path
