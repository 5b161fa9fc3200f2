"""Collecting export files without Qt: every file gets a row and a state, refused files never
reach the totals, and a long read can be cancelled without changing anything."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from support.aggregates import random_aggregate

from confidant_app.aggregate.collect import (
    Cancelled,
    Problem,
    Reading,
    collect,
    read_file,
    read_files,
    refresh,
)
from confidant_app.aggregate.files import display_names, expand
from confidant_app.aggregate.io import AggregateRefusal, write_aggregate
from confidant_app.aggregate.merge import Input, State, combine, decide
from confidant_app.aggregate.workspace import Workspace
from confidant_app.domain.codebook import Codebook

SOURCE = "0b7e5c1a-1111-4222-8333-944445555666"


def _write(folder: Path, name: str, **kwargs: object) -> Path:
    path = folder / name
    write_aggregate(path, random_aggregate(random.Random(name), **kwargs))  # type: ignore[arg-type]
    return path


def test_each_reason_of_merge_is_recognised(codebook: Codebook) -> None:
    """The interface says why a file is refused by the kind of reason; a reason reworded in
    ``merge`` would otherwise fall through to "cannot be used"."""
    rng = random.Random(1)
    one = random_aggregate(rng, source_id=SOURCE, revision=2)
    cases = {
        Problem.YEAR: [one, random_aggregate(rng, year=2024), random_aggregate(rng)],
        Problem.DOUBLE: [one, combine([random_aggregate(rng, source_id=SOURCE),
                                       random_aggregate(rng)], codebook)],
        Problem.CONFLICT: [one, random_aggregate(rng, source_id=SOURCE, revision=2, n_cases=30)],
    }
    for problem, aggregates in cases.items():
        decisions, _ = decide([Input(f"f{n}", a) for n, a in enumerate(aggregates)])
        rows = collect([Reading(Path(f"/x/f{n}.json"), a) for n, a in enumerate(aggregates)],
                       codebook).rows
        refused = [r for r in rows if r.state is State.REFUSED]
        assert refused and all(r.problem is problem for r in refused), (problem, decisions)


def test_unreadable_files_are_refused_rows_and_never_counted(tmp_path: Path,
                                                             codebook: Codebook) -> None:
    good = _write(tmp_path, "good.json", n_cases=7)
    tampered = tmp_path / "tampered.json"
    data = json.loads(good.read_text(encoding="utf-8"))
    data["sources"][0]["source_id"] = SOURCE
    data["totals"]["cases"] += 100
    tampered.write_text(json.dumps(data), encoding="utf-8")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**data, "schema_version": 9}), encoding="utf-8")
    (tmp_path / "notes.json").write_text("not json", encoding="utf-8")
    readings = read_files([good, tampered, newer, tmp_path / "notes.json",
                           tmp_path / "gone.json"], codebook)
    collection = collect(readings, codebook)
    assert [r.state for r in collection.rows] == [State.ACCEPTED] + [State.REFUSED] * 4
    assert [r.problem for r in collection.rows] == [
        None, Problem.DIGEST, Problem.NEWER, Problem.UNREADABLE, Problem.UNREADABLE]
    assert "cannot read" in collection.rows[4].reason
    assert collection.merged is not None
    assert collection.merged.totals.cases == 7
    assert collection.merged == collect([read_file(good, codebook)], codebook).merged


def test_a_newer_revision_replaces_the_older_in_any_order(tmp_path: Path,
                                                          codebook: Codebook) -> None:
    old = _write(tmp_path, "old.json", source_id=SOURCE, revision=1, n_cases=3)
    new = _write(tmp_path, "new.json", source_id=SOURCE, revision=2, n_cases=5)
    for order in ([old, new], [new, old]):
        rows = {r.name: r for r in collect(read_files(order, codebook), codebook).rows}
        assert rows["old.json"].state is State.REPLACED
        assert rows["old.json"].others == ("new.json",)
        assert rows["new.json"].state is State.ACCEPTED


def test_display_names_tell_files_of_one_name_apart() -> None:
    paths = [Path("/usb/anna/export.json"), Path("/usb/bram/export.json"), Path("/usb/cor.json")]
    assert list(display_names(paths).values()) == ["anna/export.json", "bram/export.json",
                                                    "cor.json"]


def test_a_folder_gives_its_json_files_in_name_order(tmp_path: Path) -> None:
    for name in ("b/x.json", "a/y.json", "a/notes.xlsx", "a/.hidden.json", "c.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in expand([tmp_path])] == [
        "a/y.json", "b/x.json", "c.json"]


def test_compare_files_are_earlier_years_one_each(tmp_path: Path, codebook: Codebook) -> None:
    main = _write(tmp_path, "2025.json")
    earlier = [_write(tmp_path, "2024.json", year=2024), _write(tmp_path, "2024b.json", year=2024),
               _write(tmp_path, "same.json")]
    collection = collect(read_files([main], codebook), codebook,
                         compare=read_files(earlier, codebook))
    assert [r.problem for r in collection.compare_rows] == [None, Problem.YEAR_TWICE,
                                                            Problem.SAME_YEAR]
    assert [a.year for a in collection.compare] == [2024]


def test_cancel_leaves_everything_as_it_was(tmp_path: Path, codebook: Codebook) -> None:
    files = [_write(tmp_path, f"{n}.json") for n in range(20)]
    workspace = Workspace()
    seen: list[int] = []
    with pytest.raises(Cancelled):
        refresh(workspace, {}, codebook, add=[tmp_path], progress=lambda d, t: seen.append(d),
                cancelled=lambda: len(seen) >= 5)
    assert workspace.files == [] and seen == [1, 2, 3, 4, 5]
    done, readings, collection = refresh(workspace, {}, codebook, add=files)
    assert done.files == files and len(readings) == 20 and len(collection.rows) == 20
    # Nothing is read twice: the known readings are kept, new files alone are read.
    again, _, _ = refresh(done, readings, codebook, add=[tmp_path],
                          progress=lambda d, t: pytest.fail("read again"))
    assert again.files == files


def test_a_refusal_names_the_file(tmp_path: Path, codebook: Codebook) -> None:
    reading = read_file(tmp_path / "missing.json", codebook)
    assert reading.aggregate is None and isinstance(reading.refusal, AggregateRefusal)
    assert reading.refusal.name.endswith("missing.json")


def test_a_cancel_after_the_last_file_is_read_still_holds(tmp_path: Path,
                                                          codebook: Codebook) -> None:
    """Reading is fast: a request that comes after the last file was read, while the files are
    decided and merged, still cancels the step."""
    files = [_write(tmp_path, f"{n}.json") for n in range(5)]
    asked: list[bool] = []
    workspace = Workspace()
    with pytest.raises(Cancelled):
        refresh(workspace, {}, codebook, add=files,
                progress=lambda done, total: asked.append(done == total),
                cancelled=lambda: bool(asked) and asked[-1])
    assert workspace.files == [] and asked[-1]
