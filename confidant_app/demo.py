"""Made-up cases for demonstration and training (``confidant-app --demo``). No Qt.

``demo_cases`` draws a plausible year-on-year case load from a seed: mostly labour conflicts and
unwanted behaviour (intimidation, bullying, slander first, as in the 2025 annual report), some
business-integrity matters, worries about the pressure of growth; one to four conversations each,
most older cases closed with an outcome, referrals that fit the category. Aliases are everyday
objects ("blauwe map"), never names. ``DemoVault`` puts such cases in a throwaway vault in a
temporary folder, under a random passphrase, and removes the folder when it is closed.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from confidant_app.domain.case import Case, make_case
from confidant_app.domain.codebook import Codebook, default_codebook
from confidant_app.vault import CaseStore, Vault
from confidant_app.vault.kdf import MIN_LOG2N, KdfParams

DEFAULT_SEED = 954
DEFAULT_COUNT = 300
YEARS = 3

# Relative frequencies of the primary category.
CATEGORIES = {
    "AC.ARB": 26, "OG.INT": 14, "OG.PES": 12, "OG.KWA": 9, "OG.SEX": 5, "OG.DIS": 4,
    "OG.AGR": 3, "OG.OVR": 3, "ZI.REG": 5, "ZI.POS": 4, "ZI.OVR": 2, "ZI.INF": 1, "ZI.MID": 1,
    "ZI.FRC": 1, "WB.DRK": 6, "WB.THU": 3, "WB.OVR": 2, "PR.MIS": 1, "MS.MIS": 1,
}
# A second category that often comes with the first (labour conflicts and unwanted behaviour).
COMPANIONS = {"AC": ["OG.INT", "OG.PES", "OG.KWA", "WB.DRK"], "OG": ["AC.ARB", "OG.PES", "OG.KWA"],
              "ZI": ["ZI.OVR", "AC.ARB"], "WB": ["AC.ARB", "WB.THU"]}
REFERRALS = {"AC": ["HR", "AGO", "LG", "BMW"], "OG": ["INT", "AGO", "COG", "LG", "BMW"],
             "ZI": ["INT", "MID", "LG"], "WB": ["BMW", "BA", "GV", "HR"], "PR": ["BMW", "INT"],
             "MS": ["MID", "INT"]}
UNITS = {"CLAS": 30, "CZSK": 15, "CLSK": 15, "DOSCO": 15, "KMAR": 10, "COMMIT": 8, "BS": 7}
ROLES = {"MIL": 60, "BUR": 30, "RES": 5, "THU": 3, "EXT": 2}
GENDERS = {"M": 45, "V": 40, "X": 2, "O": 13}
POSITIONS = {"BET": 70, "LGA": 12, "GET": 8, "BES": 6, "OVR": 4}
CHANNELS = {"F": 50, "T": 30, "V": 15, "E": 5}
OUTCOMES = {"INF": 40, "DOO": 25, "GEE": 15, "MEL": 8, "KLA": 7, "ZIE": 5}
COLOURS = ["blauwe", "groene", "rode", "gele", "grijze", "oranje", "paarse", "witte", "zwarte",
           "bruine", "roze", "zilveren"]
THINGS = ["map", "mok", "jas", "lamp", "tas", "sleutel", "kaart", "pen", "stoel", "tent", "fiets",
          "deur", "klok", "helm", "kist", "vlag", "boot", "trui", "das", "fles", "schep", "bril",
          "muts", "kano", "vaas", "ladder", "paraplu", "emmer", "tafel", "kraan"]


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _case(rng: random.Random, opened: dt.date, today: dt.date,
          alias: str | None) -> dict[str, object]:
    primary = _pick(rng, CATEGORIES)
    group = primary[:2]
    categories = [primary]
    companion = rng.choice(COMPANIONS.get(group, [primary]))
    if rng.random() < 0.3 and companion != primary:
        categories.append(companion)
    unit = _pick(rng, UNITS)
    conversations = []
    day = last = opened
    for _ in range(rng.choices([1, 2, 3, 4], weights=[35, 30, 20, 15])[0]):
        if day > today:
            break
        conversations.append({"date": day.isoformat(), "channel": _pick(rng, CHANNELS),
                              "minutes": rng.randrange(15, 95, 5)})
        last = day
        day += dt.timedelta(days=rng.randint(3, 30))
    age = (today - opened).days
    closed = None
    if rng.random() < (0.9 if age > 90 else 0.3 if age > 21 else 0.0):
        closed = min(today, last + dt.timedelta(days=rng.randint(0, 30)))
    options = list(REFERRALS.get(group, ["OVR"]))
    if unit == "KMAR" and group == "ZI":
        options.append("KMCI")
    referrals = rng.sample(options, k=rng.choices([0, 1, 2], weights=[35, 45, 20])[0])
    return {
        "opened": opened, "closed": closed, "unit": unit, "categories": categories,
        "role": _pick(rng, ROLES), "gender": _pick(rng, GENDERS),
        "position": _pick(rng, POSITIONS), "referrals": referrals,
        "outcomes": [_pick(rng, OUTCOMES)] if closed else [],
        "conversations": conversations, "alias": alias,
        "exclude_from_statistics": rng.random() < 0.01,
    }


def demo_cases(codebook: Codebook, *, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED,
               today: dt.date | None = None) -> list[Case]:
    """``count`` valid cases opened over this year and the two before it, none after ``today``;
    the same seed and day give the same cases. Later years hold more cases, as in the report."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    first = dt.date(today.year - YEARS + 1, 1, 1)
    # Weight each day by its year's share (rising load), then draw the opening days.
    span = [first + dt.timedelta(days=n) for n in range((today - first).days + 1)]
    weights = [1.0 + 0.15 * (d.year - first.year) for d in span]
    openings = sorted(rng.choices(span, weights=weights, k=count))
    aliases = [f"{c} {t}" for c in COLOURS for t in THINGS]
    rng.shuffle(aliases)
    cases = []
    used = 0
    for opened in openings:
        alias = None
        if rng.random() < 0.85:
            # Unique while the 360 combinations last; a larger demo reuses them, numbered.
            alias = aliases[used % len(aliases)]
            if used >= len(aliases):
                alias = f"{alias} {used // len(aliases) + 1}"
            used += 1
        cases.append(make_case(_case(rng, opened, today, alias), codebook))
    return cases


class DemoVault:
    """A vault full of demo cases in a fresh temporary folder; ``close()`` deletes the folder."""

    def __init__(self, *, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="confidant-demo-"))
        self.path = self.folder / "demo-vault.db"
        # Random, but shown on the unlock dialog after a lock: a trainer must be able to type it.
        self.passphrase = "demo-" + secrets.token_hex(3)
        try:
            codebook = default_codebook()
            # The lowest work factor the vault accepts: the vault is thrown away at exit.
            with Vault.create(self.path, self.passphrase, unit="CLAS", label="Demo",
                              params=KdfParams(log2n=MIN_LOG2N)) as vault:
                CaseStore(vault, codebook).add_many(demo_cases(codebook, count=count, seed=seed))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> DemoVault:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
