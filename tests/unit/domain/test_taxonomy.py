"""The shipped taxonomy is complete and the loader refuses broken ones, naming file and entry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from confidant_app.domain.case import make_case
from confidant_app.domain.codebook import Codebook
from confidant_app.domain.taxonomy import TaxonomyError, load_taxonomy
from confidant_app.resources import resource_path

SHIPPED = resource_path("taxonomy", "defensie-2025.json")

# Every code of shared/domain.md, with the Rijk category it counts under.
EXPECTED = {
    "OG.INT": "OOV",
    "OG.PES": "OOV",
    "OG.KWA": "OOV",
    "OG.SEX": "OOV",
    "OG.DIS": "OOV",
    "OG.AGR": "OOV",
    "OG.OVR": "OOV",
    "ZI.REG": "MID",
    "ZI.POS": "POS",
    "ZI.INF": "INF",
    "ZI.MID": "MID",
    "ZI.FRC": "FIN",
    "ZI.GEW": "GEW",
    "ZI.OVR": "MID",
    "AC.ARB": None,
    "PR.MIS": "PRV",
    "MS.MIS": None,
    "WB.DRK": None,
    "WB.THU": None,
    "WB.OVR": None,
}


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_shipped_taxonomy_has_every_code_of_the_domain_brief() -> None:
    tax = load_taxonomy(SHIPPED)
    assert tax.id == "defensie-2025"
    assert {code: cat.rijk for code, cat in tax.categories.items()} == EXPECTED
    assert [g.code for g in tax.groups] == ["OG", "ZI", "AC", "PR", "MS", "WB"]
    assert len(tax.rijk_categories) == 7
    assert tax.categories["OG.PES"].label.nl == "Pesten/treiteren"
    assert tax.categories["OG.PES"].label.en == "Bullying"


def test_shipped_fields_cover_the_coded_fields(codebook: Codebook) -> None:
    assert codebook.codes("unit") == ["BS", "CZSK", "CLAS", "CLSK", "KMAR", "DOSCO", "COMMIT"]
    assert codebook.codes("role") == ["MIL", "BUR", "RES", "THU", "EXT"]
    assert codebook.codes("position") == ["BET", "GET", "BES", "LGA", "OVR"]
    assert codebook.codes("gender") == ["V", "M", "X", "O"]
    assert codebook.codes("channel") == ["F", "T", "V", "E"]
    assert len(codebook.codes("referral")) == 11
    assert codebook.codes("outcome") == ["MEL", "KLA", "INF", "DOO", "GEE", "ZIE"]
    assert codebook.label("unit", "KMAR", "en") == "Royal Netherlands Marechaussee"


def test_duplicate_code_is_refused_naming_the_entry(tmp_path: Path) -> None:
    data = _raw()
    data["groups"][0]["codes"].append(data["groups"][0]["codes"][0])
    with pytest.raises(TaxonomyError, match=r"broken\.json: .*OG\.INT: duplicate code"):
        load_taxonomy(_write(tmp_path, data))


def test_code_outside_its_group_is_refused(tmp_path: Path) -> None:
    data = _raw()
    data["groups"][1]["codes"].append({"code": "OG.XXX", "label": {"nl": "a", "en": "b"}})
    with pytest.raises(TaxonomyError, match=r"OG\.XXX: listed under group ZI"):
        load_taxonomy(_write(tmp_path, data))


def test_missing_label_is_refused_naming_the_entry(tmp_path: Path) -> None:
    data = _raw()
    del data["groups"][0]["codes"][2]["label"]["en"]
    with pytest.raises(TaxonomyError, match=r"entry OG\.KWA \(groups\.0\.codes\.2\.label\.en\)"):
        load_taxonomy(_write(tmp_path, data))


def test_unknown_rijk_category_is_refused(tmp_path: Path) -> None:
    data = _raw()
    data["groups"][0]["codes"][0]["rijk"] = "NOPE"
    with pytest.raises(TaxonomyError, match=r"OG\.INT: unknown Rijk category 'NOPE'"):
        load_taxonomy(_write(tmp_path, data))


def test_unreadable_and_malformed_files_are_clear(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="cannot read the taxonomy"):
        load_taxonomy(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"bad\.json: "):
        load_taxonomy(bad)


def test_a_later_taxonomy_maps_retired_codes_when_reading_older_data(
    tmp_path: Path, codebook: Codebook
) -> None:
    data = _raw()
    data["id"], data["version"] = "defensie-2026", 2
    # 2026 folds slander into "other unwanted behaviour".
    data["groups"][0]["codes"] = [c for c in data["groups"][0]["codes"] if c["code"] != "OG.KWA"]
    data["retired"] = {"OG.KWA": "OG.OVR"}
    later = Codebook(taxonomy=load_taxonomy(_write(tmp_path, data)), fields=codebook.fields)
    case = make_case(
        {
            "opened": "2025-02-01",
            "unit": "BS",
            "role": "BUR",
            "categories": ["OG.KWA", "AC.ARB", "OG.OVR"],
        },
        later,
    )
    assert case.categories == ["OG.OVR", "AC.ARB"]
    assert later.category_label("OG.KWA") == "Overig ongewenst gedrag"


def test_retired_code_must_map_to_an_active_code(tmp_path: Path) -> None:
    data = _raw()
    data["retired"] = {"OG.OLD": "OG.GONE"}
    with pytest.raises(TaxonomyError, match=r"successor OG\.GONE is not an active code"):
        load_taxonomy(_write(tmp_path, data))
