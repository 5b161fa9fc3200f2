"""``export``, ``merge``, ``report`` and ``schema`` through the real command, on real vaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cases import PASSPHRASE, case, filled_vault
from support.cli import Runner, assert_refused, make_runner

from confidant_app.aggregate.io import read_aggregate


@pytest.fixture
def exports(tmp_path: Path) -> dict[str, Path]:
    """Three confidants of two units, each exported once for 2025."""
    out: dict[str, Path] = {}
    for name, unit, n in (("anna", "CLAS", 4), ("bram", "CLAS", 7), ("cor", "KMAR", 5)):
        vault = tmp_path / f"{name}.db"
        filled_vault(
            vault,
            [
                case(
                    unit=unit,
                    opened=f"2025-0{1 + i % 9}-1{i % 9}",
                    categories=["OG.PES", "AC.ARB"] if i % 2 else ["ZI.REG"],
                    notes=f"NOTE-{name}-{i}",
                    alias=f"ALIAS-{name}-{i}",
                    conversations=[{"date": "2025-10-01", "channel": "T", "minutes": 20}],
                )
                for i in range(n)
            ],
            unit=unit,
            label=f"VP {name}",
        )
        result = make_runner(tmp_path)(
            "export",
            "--vault",
            str(vault),
            "--year",
            "2025",
            "--out",
            str(tmp_path / f"{name}.json"),
            passphrase=PASSPHRASE,
        )
        assert result.code == 0, result.err
        out[name] = tmp_path / f"{name}.json"
    return out


def test_export_prints_every_figure_and_hides_every_identifier(
    confidant: Runner, tmp_path: Path, exports: dict[str, Path]
) -> None:
    text = exports["anna"].read_text(encoding="utf-8")
    assert "NOTE-" not in text and "ALIAS-" not in text and "2025-0001" not in text
    again = confidant(
        "export",
        "--vault",
        str(tmp_path / "anna.db"),
        "--year",
        "2025",
        "--out",
        str(tmp_path / "anna-2.json"),
        passphrase=PASSPHRASE,
    )
    assert again.code == 0
    assert "Pesten/treiteren" in again.out and "Casussen: 4" in again.out
    assert "equal revision 1" in again.err
    assert read_aggregate(tmp_path / "anna-2.json").sources[0].revision == 2


def test_merge_then_merge_again_and_report(
    confidant: Runner, tmp_path: Path, exports: dict[str, Path]
) -> None:
    clas = tmp_path / "clas.json"
    assert (
        confidant("merge", str(exports["anna"]), str(exports["bram"]), "--out", str(clas)).code == 0
    )
    roster = tmp_path / "roster.txt"
    roster.write_text("# KMAR\nVP cor\nVP dirk\n", encoding="utf-8")
    total = tmp_path / "defensie.json"
    result = confidant(
        "merge", str(clas), str(exports["cor"]), "--out", str(total), "--roster", str(roster)
    )
    assert result.code == 0, result.err
    assert "roster: 1 of 2 delivered" in result.out and "missing: VP dirk" in result.out
    merged = read_aggregate(total)
    assert merged.totals.cases == 16 and len(merged.sources) == 3
    report = confidant("report", str(total), "--format", "json")
    data = json.loads(report.out)
    assert data["year"] == 2025 and data["cases"] == 16
    assert data["top3"]["OG"] == ["OG.PES"] and data["top3"]["ZI"] == ["ZI.REG"]
    assert data["top3"]["AC"] == ["AC.ARB"]
    text = confidant("report", str(total)).out
    assert "In 2025 zijn er 16 casussen geregistreerd" in text


@pytest.mark.parametrize("how", ["tampered", "double", "year", "format", "newer"])
def test_merge_refusals_write_nothing(
    confidant: Runner, tmp_path: Path, exports: dict[str, Path], how: str
) -> None:
    inputs = [exports["anna"], exports["bram"]]
    if how == "tampered":
        bad = tmp_path / "tampered.json"
        bad.write_text(exports["cor"].read_text().replace('"cases": 5', '"cases": 50'))
        inputs.append(bad)
        expect = ["tampered.json", "digest does not match"]
    elif how == "double":
        confidant(
            "merge", str(exports["anna"]), str(exports["cor"]), "--out", str(tmp_path / "u.json")
        )
        inputs.append(tmp_path / "u.json")
        expect = ["double counting"]
    elif how == "year":
        data = json.loads(exports["cor"].read_text())
        data["year"] = 2024
        from confidant_app.aggregate.model import compute_digest

        data["digest"] = compute_digest(data)
        (tmp_path / "y.json").write_text(json.dumps(data))
        inputs.append(tmp_path / "y.json")
        expect = ["y.json", "year 2024, not 2025"]
    elif how == "format":
        (tmp_path / "f.json").write_text('{"hello": 1}')
        inputs.append(tmp_path / "f.json")
        expect = ["f.json", "not a confidant-aggregate file"]
    else:
        (tmp_path / "n.json").write_text('{"format": "confidant-aggregate", "schema_version": 9}')
        inputs.append(tmp_path / "n.json")
        expect = ["n.json", "newer version"]
    out = tmp_path / "merged.json"
    result = confidant("merge", *map(str, inputs), "--out", str(out))
    assert_refused(result, *expect)
    assert not out.exists() and result.out == ""


def test_report_options(confidant: Runner, tmp_path: Path, exports: dict[str, Path]) -> None:
    assert_refused(confidant("report", str(exports["anna"]), "--min-cell", "2"), "never below 3")
    exact = confidant("report", str(exports["anna"]), "--exact")
    assert "NIET VOOR PUBLICATIE" in exact.out
    assert_refused(confidant("report", str(tmp_path / "missing.json")), "cannot read")


def test_schema_is_the_models_json_schema(confidant: Runner) -> None:
    schema = json.loads(confidant("schema", passphrase=None).out)
    assert schema["title"] == "Aggregate"
    assert {"format", "schema_version", "digest", "counts"} <= set(schema["properties"])
