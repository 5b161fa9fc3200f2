"""Case validation: codes, dates, ordering, and messages that never echo what was typed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from confidant_app.domain.case import Case, make_case, revalidate
from confidant_app.domain.codebook import Codebook


def _data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "opened": "2025-03-04",
        "unit": "CLAS",
        "categories": ["AC.ARB", "OG.PES"],
        "role": "MIL",
    }
    data.update(changes)
    return data


def _fields(exc: ValidationError) -> set[str]:
    return {".".join(str(p) for p in e["loc"]) for e in exc.errors()}


def test_minimal_case_takes_defaults(codebook: Codebook) -> None:
    case = make_case(_data(), codebook)
    assert case.primary_category == "AC.ARB"
    assert (case.gender, case.position, case.exclude_from_statistics) == ("O", "OVR", False)
    assert case.is_open and case.year == 2025


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"unit": "NAVY"}, "unit"),
        ({"role": "CIV"}, "role"),
        ({"gender": "F"}, "gender"),
        ({"position": "XXX"}, "position"),
        ({"categories": ["OG.NOPE"]}, "categories"),
        ({"categories": []}, "categories"),
        ({"categories": ["OG.PES", "OG.PES"]}, "categories"),
        ({"referrals": ["HR", "HR"]}, "referrals"),
        ({"outcomes": ["WIN"]}, "outcomes"),
        ({"opened": "04/03/2025"}, "opened"),
        ({"opened": 20250304}, "opened"),
        ({"opened": "2999-01-01"}, "opened"),
        (
            {"conversations": [{"date": "2025-03-05", "channel": "Z", "minutes": 5}]},
            "conversations.0.channel",
        ),
        (
            {"conversations": [{"date": "2025-03-05", "channel": "F", "minutes": -1}]},
            "conversations.0.minutes",
        ),
        (
            {"conversations": [{"date": "2025-03-05", "channel": "F", "minutes": "45"}]},
            "conversations.0.minutes",
        ),
        ({"exclude_from_statistics": "yes"}, "exclude_from_statistics"),
        ({"case_number": "no spaces allowed"}, "case_number"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_values_are_refused_at_their_field(
    codebook: Codebook, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        make_case(_data(**changes), codebook)
    assert field in _fields(info.value)


def test_closing_before_opening_is_refused(codebook: Codebook) -> None:
    with pytest.raises(ValidationError, match="closed: the closing date lies before the opening"):
        make_case(_data(closed="2025-01-01"), codebook)


def test_conversation_before_opening_is_refused(codebook: Codebook) -> None:
    with pytest.raises(ValidationError, match="conversation 1 lies before the opening date"):
        make_case(
            _data(conversations=[{"date": "2025-01-01", "channel": "T", "minutes": 10}]), codebook
        )


def test_errors_never_echo_alias_or_notes(codebook: Codebook) -> None:
    secret = "Sergeant Jansen said" + "x" * 30_000
    with pytest.raises(ValidationError) as info:
        make_case(_data(alias=secret[:200], notes=secret, unit="??"), codebook)
    assert "Jansen" not in str(info.value)


def test_referrals_are_kept_in_codebook_order(codebook: Codebook) -> None:
    case = make_case(_data(referrals=["AGO", "HR"], outcomes=["INF", "MEL"]), codebook)
    assert case.referrals == ["HR", "AGO"]
    assert case.outcomes == ["MEL", "INF"]


def test_case_needs_a_codebook() -> None:
    with pytest.raises(ValidationError, match="validated against a codebook"):
        Case.model_validate(_data())


def test_revalidate_applies_changes_and_checks_them(codebook: Codebook) -> None:
    case = make_case(_data(), codebook)
    closed = revalidate(case, codebook, closed=dt.date(2025, 5, 1))
    assert closed.closed == dt.date(2025, 5, 1) and not closed.is_open
    with pytest.raises(ValidationError):
        revalidate(case, codebook, closed=dt.date(2024, 5, 1))
