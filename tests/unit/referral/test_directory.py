"""The referral directory: the shipped one is complete and honest about what it does not know;
a local copy is validated, saved atomically, falls back clearly when broken, and resets."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from support.referrals import filled_raw, write_local

from confidant_app.domain.codebook import Codebook
from confidant_app.referral import directory as referrals
from confidant_app.referral.directory import DirectoryError


def shipped_raw() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(referrals.shipped_path().read_text(encoding="utf-8"))
    return raw


def test_shipped_directory_has_one_desk_per_referral_code(codebook: Codebook) -> None:
    directory = referrals.load_shipped()
    assert directory.codes() == codebook.codes("referral")
    for desk in directory.desks:
        assert desk.name.nl and desk.name.en and desk.does


def test_kmar_cluster_serves_kmar_only_and_the_rest_serve_everyone(codebook: Codebook) -> None:
    directory = referrals.load_shipped()
    assert directory.desk("KMCI").units == ["KMAR"]
    for desk in directory.desks:
        if desk.code != "KMCI":
            assert desk.units == codebook.codes("unit"), desk.code


def test_contacts_the_source_does_not_give_are_marked_as_placeholders() -> None:
    directory = referrals.load_shipped()
    for desk in directory.desks:
        for name, contact in desk.contacts().items():
            assert contact.placeholder and contact.value == "", (desk.code, name)
    # The manager has no desk to call: nothing to fill in, so nothing marked.
    assert referrals.load_shipped().desk("LG").contacts() == {}
    assert directory.more_info.placeholder
    assert directory.more_info.value.startswith("https://")
    # .invalid is reserved (RFC 2606): a placeholder address can never reach a real host.
    assert ".invalid/" in directory.more_info.value


def test_the_manager_sheet_consults_the_infographics_three_desks() -> None:
    assert referrals.load_shipped().defaults.manager == ["HR", "INT", "AGO"]


@pytest.mark.parametrize(("change", "fragment", "location"), [
    (lambda r: r.update(extra=1), "extra: Extra inputs are not permitted", ("extra",)),
    (lambda r: r["desks"][2]["name"].pop("en"), "desks[2] (AGO).name.en: Field required",
     ("desks", 2, "name", "en")),
    (lambda r: r["desks"][5].update(email={"value": "nope", "placeholder": False}),
     "desks[5] (BMW).email: not a valid e-mail address", ("desks", 5, "email")),
    (lambda r: r["desks"][0].update(phone={"value": "call me", "placeholder": False}),
     "not a valid phone number", ("desks", 0, "phone")),
    (lambda r: r["desks"][0].update(intranet={"value": "intranet/hr", "placeholder": False}),
     "not a valid web address", ("desks", 0, "intranet")),
    (lambda r: r.update(more_info={"value": "", "placeholder": False}),
     "more_info: not a valid web address", ("more_info",)),
    (lambda r: r["desks"][0].update(code="XX"), "unknown referral code XX (valid: HR,", ()),
    (lambda r: r["desks"].pop(), "no desk for referral code OVR", ()),
    (lambda r: r["desks"][1].update(code="HR"), "referral code HR has two desks", ()),
    (lambda r: r["desks"][0].update(units=["NAVY"]), "unknown unit NAVY", ("desks", 0, "units")),
    # A key or code from the file with a line break in it is quoted, not broken over two lines.
    (lambda r: r["more_info"].update({"\n": None}), "more_info.\\n: Extra inputs",
     ("more_info", "\n")),
    (lambda r: r["desks"][0].update(code="X\nY"), "unknown referral code X\\nY", ()),
    (lambda r: r["desks"][0].update(does=[]), "at least 1 item", ("desks", 0, "does")),
    (lambda r: r["defaults"].update(manager=["HR", "ZZ"]), "defaults.manager: unknown", ()),
    (lambda r: r.update(schema_version=2), "made by a newer version of Confidant",
     ("schema_version",)),
])
def test_a_bad_directory_is_refused_naming_the_field(change: Any, fragment: str,
                                                     location: tuple[Any, ...]) -> None:
    raw = shipped_raw()
    change(raw)
    with pytest.raises(DirectoryError) as caught:
        referrals.validate(raw, source="referrals.json")
    assert fragment in caught.value.message
    assert caught.value.message.startswith("referrals.json: ")
    assert "\n" not in caught.value.message
    assert caught.value.location == location


def test_without_a_local_copy_the_shipped_directory_is_used(tmp_path: Path) -> None:
    loaded = referrals.load(tmp_path)
    assert (loaded.source, loaded.problem) == ("shipped", None)


def test_a_saved_local_copy_is_loaded_and_survives_a_round_trip(tmp_path: Path) -> None:
    directory = referrals.validate(filled_raw())
    path = referrals.save_local(directory, tmp_path)
    assert path == tmp_path / "referrals.json"
    assert [p.name for p in tmp_path.iterdir()] == ["referrals.json"]  # no temporary left over
    loaded = referrals.load(tmp_path)
    assert loaded.source == "local" and loaded.problem is None
    assert loaded.directory == directory


def test_the_local_copy_lives_in_the_data_folder(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setenv("CONFIDANT_DATA_DIR", str(tmp_path / "data"))
    assert referrals.local_path() == tmp_path / "data" / "referrals.json"


@pytest.mark.parametrize(("content", "fragment"), [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe", "not valid JSON"),
    (json.dumps({"format": "confidant-referrals"}).encode(), "Field required"),
])
def test_a_broken_local_copy_falls_back_to_the_shipped_one_with_one_clear_line(
        tmp_path: Path, content: bytes, fragment: str) -> None:
    (tmp_path / "referrals.json").write_bytes(content)
    loaded = referrals.load(tmp_path)
    assert loaded.source == "shipped"
    assert loaded.directory == referrals.load_shipped()
    assert loaded.problem is not None and "\n" not in loaded.problem
    assert str(tmp_path / "referrals.json") in loaded.problem
    assert fragment in loaded.problem
    assert loaded.problem.endswith("using the shipped referral directory instead")


def test_an_invalid_field_in_the_local_copy_is_named(tmp_path: Path) -> None:
    raw = filled_raw()
    raw["desks"][3]["email"] = {"value": "mid at caop", "placeholder": False}
    write_local(tmp_path, raw)
    problem = referrals.load(tmp_path).problem
    assert problem is not None and "desks[3] (MID).email: not a valid e-mail address" in problem


def test_an_unreadable_local_copy_falls_back_too(tmp_path: Path) -> None:
    (tmp_path / "referrals.json").mkdir()  # unreadable as a file, also for root
    loaded = referrals.load(tmp_path)
    assert loaded.source == "shipped" and loaded.problem and "cannot be read" in loaded.problem


def test_reset_removes_the_local_copy(tmp_path: Path) -> None:
    write_local(tmp_path)
    assert referrals.load(tmp_path).source == "local"
    referrals.reset_local(tmp_path)
    referrals.reset_local(tmp_path)  # twice is fine
    assert not (tmp_path / "referrals.json").exists()
    assert referrals.load(tmp_path).source == "shipped"


def test_a_failed_save_leaves_the_old_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = write_local(tmp_path).read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        referrals.save_local(referrals.load_shipped(), tmp_path)
    assert (tmp_path / "referrals.json").read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["referrals.json"]
