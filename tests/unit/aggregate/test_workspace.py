"""The saved workspace: a small JSON of paths, roster, year and threshold that comes back as it
went, holds no counts, and is refused with a clear message when it is not a workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from confidant_app.aggregate.workspace import (
    FORMAT,
    Workspace,
    WorkspaceError,
    load_workspace,
    save_workspace,
)


def test_round_trip_keeps_paths_roster_year_and_threshold(tmp_path: Path) -> None:
    inside = tmp_path / "unit" / "exports" / "anna.json"
    outside = Path("/media/usb/bram.json")
    workspace = Workspace(files=[inside, outside], compare=[tmp_path / "unit" / "2024.json"],
                          roster=["VP anna", "VP bram", "0b7e5c1a-1111-4222-8333-944445555666"],
                          year=2025, min_cell=10)
    target = tmp_path / "unit" / "workspace.json"
    save_workspace(target, workspace)
    assert load_workspace(target) == workspace
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["format"] == FORMAT and raw["version"] == 1
    # Inside the workspace's folder relative (a copied folder still opens), elsewhere in full.
    assert raw["files"] == ["exports/anna.json", str(outside)]
    assert set(raw) == {"format", "version", "year", "min_cell", "files", "compare", "roster"}


def test_a_moved_folder_still_opens(tmp_path: Path) -> None:
    save_workspace(tmp_path / "a" / "ws.json", Workspace(files=[tmp_path / "a" / "x.json"]))
    (tmp_path / "a").rename(tmp_path / "b")
    assert load_workspace(tmp_path / "b" / "ws.json").files == [tmp_path / "b" / "x.json"]


@pytest.mark.parametrize(("content", "message"), [
    (b"\xff\xfe garbage", "not valid JSON"),
    (b"[1, 2]", "not a confidant-workspace file"),
    (b'{"format": "confidant-aggregate", "schema_version": 1}', "not a confidant-workspace"),
    (b'{"format": "confidant-workspace", "version": 2, "files": []}', "newer version"),
    (b'{"format": "confidant-workspace", "version": 1, "files": [3]}', "files.0"),
    (b'{"format": "confidant-workspace", "version": 1, "cases": 12}', "cases"),
    (b'{"format": "confidant-workspace", "version": 1, "min_cell": 2}', "min_cell"),
    (b'{"format": "confidant-workspace", "version": 1, "roster": ["a", "A"]}', "listed twice"),
    (b'{"format": "confidant-workspace", "version": 1, "roster": ["a # b"]}', "roster"),
])
def test_a_broken_workspace_is_refused_with_a_clear_message(tmp_path: Path, content: bytes,
                                                            message: str) -> None:
    path = tmp_path / "ws.json"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=message) as caught:
        load_workspace(path)
    assert str(path) in caught.value.message


def test_a_missing_workspace_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="cannot read"):
        load_workspace(tmp_path / "nowhere.json")
