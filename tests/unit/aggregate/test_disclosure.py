"""Disclosure control: small cells are hidden, and no hidden cell can be worked out again.

Every protected pattern is checked twice: by the module's own rank audit and by an independent
brute-force attacker (``other_value_possible``) that searches for non-negative integer fillings
of the hidden cells; each scenario also shows that a naive pattern IS broken, so the checks bite.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confidant_app.aggregate.disclosure import (
    DEFAULT_MIN_CELL,
    MIN_CELL_FLOOR,
    DisclosureError,
    Equation,
    Key,
    Protection,
    protect,
    solvable,
)

Y = "2025"
N: Key = (Y, "N")  # headline number of cases, always published


def one_way(name: str, values: Mapping[str, int]) -> tuple[dict[Key, int], Equation]:
    """One breakdown ``(Y, name, code)`` summing to N."""
    cells: dict[Key, int] = {(Y, name, code): v for code, v in values.items()}
    cells[N] = sum(values.values())
    return cells, Equation(N, tuple((Y, name, code) for code in values))


def two_way(
    name: str,
    rows: Sequence[str],
    cols: Sequence[str],
    values: Sequence[Sequence[int]],
    year: str = Y,
    row_margin: str | None = None,
) -> tuple[dict[Key, int], list[Equation]]:
    """A rows x cols table with row margins ``(year, name, r, "*")`` -- or ``(year, row_margin,
    r)``, to share them with another table --, column margins ``(year, name, "*", c)`` and the
    grand total ``(year, "N")`` over both."""
    total: Key = (year, "N")

    def margin(r: str) -> Key:
        return (year, row_margin, r) if row_margin else (year, name, r, "*")

    cells: dict[Key, int] = {}
    eqs: list[Equation] = []
    for r, row in zip(rows, values, strict=True):
        for c, v in zip(cols, row, strict=True):
            cells[(year, name, r, c)] = v
        cells[margin(r)] = sum(row)
        eqs.append(Equation(margin(r), tuple((year, name, r, c) for c in cols)))
    for j, c in enumerate(cols):
        cells[(year, name, "*", c)] = sum(row[j] for row in values)
        eqs.append(Equation((year, name, "*", c), tuple((year, name, r, c) for r in rows)))
    cells[total] = sum(map(sum, values))
    eqs.append(Equation(total, tuple(margin(r) for r in rows)))
    eqs.append(Equation(total, tuple((year, name, "*", c) for c in cols)))
    return cells, eqs


def hidden_of(p: Protection) -> frozenset[Key]:
    return p.primary | p.secondary


def other_value_possible(
    cells: Mapping[Key, int], equations: Sequence[Equation], hidden: Collection[Key], target: Key
) -> bool:
    """Independent attacker, no linear algebra: is there a filling of the hidden cells with
    non-negative integers, consistent with the published cells and every equation, in which
    ``target`` differs from its true value? Depth-first search; an equation with one open cell
    fixes it. Only for tiny tables."""
    bound = sum(cells.values())  # no count exceeds the sum of all of them
    hidden = set(hidden)

    def candidates(key: Key) -> list[int]:
        return sorted(range(bound + 1), key=lambda v: (abs(v - cells[key]), v))

    def search(fixed: dict[Key, int]) -> bool:
        fixed = dict(fixed)
        changed = True
        while changed:
            changed = False
            for eq in equations:
                terms = [(eq.parent, 1), *((c, -1) for c in eq.children)]
                open_ = [(k, s) for k, s in terms if k in hidden and k not in fixed]
                rest = sum(s * fixed.get(k, cells[k]) for k, s in terms if (k, s) not in open_)
                if not open_ and rest != 0:
                    return False
                if len(open_) == 1:
                    key, sign = open_[0]
                    value = -rest * sign
                    if not 0 <= value <= bound:
                        return False
                    fixed[key] = value
                    changed = True
        free = sorted(hidden - fixed.keys())
        if not free:
            return True
        return any(search({**fixed, free[0]: v}) for v in candidates(free[0]))

    return any(search({target: v}) for v in candidates(target) if v != cells[target])


def assert_safe(
    cells: Mapping[Key, int],
    eqs: Sequence[Equation],
    p: Protection,
    never_hide: Collection[Key] = (),
    brute_force: bool = True,
) -> None:
    hidden = hidden_of(p)
    assert solvable(cells, eqs, hidden) == set()
    assert p.primary == {
        k for k, v in cells.items() if 1 <= v < p.min_cell and k not in never_hide
    }
    assert not p.primary & p.secondary
    assert not hidden & set(never_hide)
    assert all(cells[k] > 0 for k in p.primary)  # zeros identify nobody and are published
    if brute_force:
        for key in sorted(p.primary):
            assert other_value_possible(cells, eqs, hidden, key), key


# --- one table --------------------------------------------------------------------------------


def test_one_way_table_a_cell_of_2_gets_a_partner_and_the_audit_agrees() -> None:
    cells, eq = one_way(
        "primary_category", {"OG.INT": 2, "OG.PES": 7, "OG.SEX": 11, "OG.DIS": 0, "ZI.REG": 6}
    )
    small: Key = (Y, "primary_category", "OG.INT")
    # Hiding only the small cell is undone by subtraction: 26 - 7 - 11 - 0 - 6 = 2.
    assert solvable(cells, [eq], {small}) == {small}
    assert not other_value_possible(cells, [eq], {small}, small)

    p = protect(cells, [eq], never_hide=[N])
    assert p.primary == {small}
    # The smallest published non-zero cell joins it; the zero stays published.
    assert p.secondary == {(Y, "primary_category", "ZI.REG")}
    assert_safe(cells, [eq], p, [N])
    assert [p.shown(k, cells[k]) for k in sorted(cells)] == [26, 0, "<5", 7, 11, "x"]


def test_two_way_table_rows_alone_are_not_enough_the_columns_give_the_cells_away() -> None:
    genders, groups = ["m", "v", "x"], ["OG", "ZI", "WB"]
    values = [
        [12, 2, 9],  # m
        [3, 8, 7],  # v
        [0, 6, 5],  # x
    ]
    cells, eqs = two_way("gender_group", genders, groups, values)

    def k(g: str, grp: str) -> Key:
        return (Y, "gender_group", g, grp)

    # Naive: each small cell plus the smallest other cell of its row. The columns OG and ZI
    # then hold a single hidden cell each: 16 - 8 - 6 = 2 and 15 - 12 - 0 = 3.
    naive = {k("m", "ZI"), k("m", "WB"), k("v", "OG"), k("v", "WB")}
    assert {k("m", "ZI"), k("v", "OG")} <= solvable(cells, eqs, naive)
    assert not other_value_possible(cells, eqs, naive, k("m", "ZI"))

    p = protect(cells, eqs, never_hide=[N])
    assert p.primary == {k("m", "ZI"), k("v", "OG")}
    assert_safe(cells, eqs, p, [N])
    # A hidden cell never stands alone in a published row or column.
    for eq in eqs:
        assert sum(c in hidden_of(p) for c in eq.keys) != 1, eq
    assert p == protect(cells, eqs, never_hide=[N])  # deterministic


def test_hierarchy_total_groups_codes_and_rijk_subtotal() -> None:
    og = {"OG.INT": 14, "OG.PES": 9, "OG.SEX": 6}
    zi = {"ZI.REG": 6, "ZI.POS": 8, "ZI.INF": 7, "ZI.MID": 2, "ZI.FRC": 9, "ZI.OVR": 5}
    cells: dict[Key, int] = {(Y, "code", c): v for c, v in {**og, **zi}.items()}
    cells[(Y, "group", "OG")] = sum(og.values())
    cells[(Y, "group", "ZI")] = sum(zi.values())
    cells[(Y, "rijk", "MID")] = zi["ZI.REG"] + zi["ZI.MID"] + zi["ZI.OVR"]  # 13
    cells[N] = cells[(Y, "group", "OG")] + cells[(Y, "group", "ZI")]
    eqs = [
        Equation(N, ((Y, "group", "OG"), (Y, "group", "ZI"))),
        Equation((Y, "group", "OG"), tuple((Y, "code", c) for c in og)),
        Equation((Y, "group", "ZI"), tuple((Y, "code", c) for c in zi)),
        Equation((Y, "rijk", "MID"), tuple((Y, "code", c) for c in ("ZI.REG", "ZI.MID", "ZI.OVR"))),
    ]
    mid, inf = (Y, "code", "ZI.MID"), (Y, "code", "ZI.INF")
    # Safe within the group ZI, but the Rijk subtotal gives ZI.MID = 13 - 6 - 5 (and then INF).
    assert solvable(cells, eqs, {mid, inf}) == {mid, inf}

    p = protect(cells, eqs, never_hide=[N])
    assert p.primary == {mid}
    assert_safe(cells, eqs, p, [N])
    # The partner comes from inside the Rijk subtotal, where the exposure was.
    assert p.secondary & {(Y, "code", "ZI.REG"), (Y, "code", "ZI.OVR")}


def test_two_tables_sharing_totals_are_audited_together() -> None:
    units, groups, genders = ["BS", "CZSK", "KMAR"], ["OG", "ZI"], ["m", "v"]
    by_group = [[6, 0], [0, 3], [1, 2]]
    by_gender = [[0, 6], [3, 0], [3, 0]]
    # Both tables carry the same unit totals (row margins) and N.
    a_cells, a_eqs = two_way("group", units, groups, by_group, row_margin="unit")
    b_cells, b_eqs = two_way("gender", units, genders, by_gender, row_margin="unit")
    cells, eqs = {**a_cells, **b_cells}, a_eqs + b_eqs
    assert a_cells[N] == b_cells[N] == 12

    # Protected one at a time, each table is safe on its own ...
    pa, pb = protect(a_cells, a_eqs, never_hide=[N]), protect(b_cells, b_eqs, never_hide=[N])
    assert solvable(a_cells, a_eqs, hidden_of(pa)) == set()
    assert solvable(b_cells, b_eqs, hidden_of(pb)) == set()
    # ... but table A hides the BS total, which table B publishes: KMAR/OG, a count of 1, is back.
    assert (Y, "unit", "BS") in hidden_of(pa) - hidden_of(pb)
    separate = hidden_of(pa) | hidden_of(pb)
    assert (Y, "group", "KMAR", "OG") in solvable(cells, eqs, separate)

    p = protect(cells, eqs, never_hide=[N])
    assert_safe(cells, eqs, p, [N])


def test_years_linked_by_a_multi_year_total_are_audited_together() -> None:
    codes = {"OG.INT": (2, 7), "OG.PES": (8, 6), "OG.SEX": (9, 12)}
    cells: dict[Key, int] = {}
    eqs: list[Equation] = []
    for i, year in enumerate(("2024", "2025")):
        for code, counts in codes.items():
            cells[(year, "code", code)] = counts[i]
        cells[(year, "N")] = sum(c[i] for c in codes.values())
        eqs.append(Equation((year, "N"), tuple((year, "code", c) for c in codes)))
    for code, counts in codes.items():  # "2024-2025" column set beside the years
        cells[("2024-2025", "code", code)] = sum(counts)
        years = (("2024", "code", code), ("2025", "code", code))
        eqs.append(Equation(("2024-2025", "code", code), years))
    never = [("2024", "N"), ("2025", "N")]
    small = ("2024", "code", "OG.INT")
    within_year = protect(cells, eqs[:2], never_hide=never)  # as if each year stood alone
    assert small in solvable(cells, eqs, hidden_of(within_year))  # 9 - 7 = 2

    p = protect(cells, eqs, never_hide=never)
    assert_safe(cells, eqs, p, never)
    assert len(hidden_of(p)) > len(hidden_of(within_year))


# --- rules ------------------------------------------------------------------------------------


def test_never_hide_is_published_even_when_small_and_still_counts_as_known() -> None:
    cells, eq = one_way("unit", {"BS": 3, "KMAR": 0, "CLAS": 0})
    assert cells[N] == 3
    p = protect(cells, [eq], never_hide=[N])
    assert not p.hidden(N) and p.shown(N, 3) == 3
    assert p.primary == {(Y, "unit", "BS")}
    # N = 3 is known, so BS = 3 - 0 - 0 is exposed; only zeros are left, so one of them goes.
    assert p.secondary == {(Y, "unit", "CLAS")}
    assert p.shown((Y, "unit", "CLAS"), 0) == "x" and p.shown((Y, "unit", "KMAR"), 0) == 0
    assert_safe(cells, [eq], p, [N])

    # Without never_hide the small total is itself hidden: nothing else needs to go.
    free = protect(cells, [eq])
    assert free.primary == {N, (Y, "unit", "BS")} and free.secondary == frozenset()


def test_a_cell_equal_to_a_published_total_cannot_be_protected() -> None:
    cells, eq = one_way("unit", {"BS": 4})
    with pytest.raises(DisclosureError, match="unit"):
        protect(cells, [eq], never_hide=[N])


def test_zeros_are_published() -> None:
    cells, eq = one_way("unit", {"BS": 0, "CZSK": 0, "CLAS": 17, "KMAR": 9})
    p = protect(cells, [eq])
    assert p.primary == p.secondary == frozenset()
    assert solvable(cells, [eq], ()) == set()


def test_threshold_floor_and_default() -> None:
    cells, eq = one_way("unit", {"BS": 2, "CZSK": 6, "CLAS": 17})
    assert (MIN_CELL_FLOOR, DEFAULT_MIN_CELL) == (3, 5)
    for bad in (2, 1, 0, -5):
        with pytest.raises(ValueError, match="at least 3"):
            protect(cells, [eq], min_cell=bad)
    assert protect(cells, [eq], min_cell=3).primary == {(Y, "unit", "BS")}
    assert protect(cells, [eq]).min_cell == 5


def test_min_cell_10_hides_more_than_5() -> None:
    cells, eq = one_way("unit", {"BS": 2, "CZSK": 6, "CLAS": 17, "KMAR": 9, "DOSCO": 31})
    p5 = protect(cells, [eq], never_hide=[N])
    p10 = protect(cells, [eq], min_cell=10, never_hide=[N])
    assert p5.primary == {(Y, "unit", "BS")}
    assert p10.primary == {(Y, "unit", k) for k in ("BS", "CZSK", "KMAR")}
    assert len(hidden_of(p10)) > len(hidden_of(p5))
    assert p10.shown((Y, "unit", "CZSK"), 6) == "<10"
    assert_safe(cells, [eq], p10, [N])


def test_bad_input_is_refused() -> None:
    cells, eq = one_way("unit", {"BS": 2, "CZSK": 6})
    with pytest.raises(ValueError, match="does not hold"):
        protect({**cells, N: 9}, [eq])
    with pytest.raises(ValueError, match="count"):
        protect({**cells, (Y, "unit", "BS"): -1, N: 5}, [eq])
    with pytest.raises(ValueError, match="not cells"):
        protect(cells, [Equation(N, ((Y, "unit", "BS"), (Y, "unit", "XX")))])
    with pytest.raises(ValueError, match="not cells"):
        solvable(cells, [eq], [(Y, "unit", "XX")])


def test_the_result_does_not_depend_on_input_order() -> None:
    cells, eqs = two_way("g", ["a", "b", "c"], ["p", "q", "r"], [[1, 9, 7], [8, 2, 6], [5, 7, 3]])
    p = protect(cells, eqs)
    assert p == protect(dict(reversed(cells.items())), eqs[::-1])
    assert_safe(cells, eqs, p, brute_force=False)


GROUPS = {
    "OG": ["INT", "PES", "KWA", "SEX", "DIS", "AGR", "OVR"],
    "ZI": ["REG", "POS", "INF", "MID", "FRC", "GEW", "OVR"],
    "AC": ["ARB"], "PR": ["MIS"], "MS": ["MIS"], "WB": ["DRK", "THU", "OVR"],
}
CODES = [f"{g}.{c}" for g, cs in GROUPS.items() for c in cs]
UNITS = ["BS", "CZSK", "CLAS", "CLSK", "KMAR", "DOSCO", "COMMIT"]


def a_report(years: Sequence[str]) -> tuple[dict[Key, int], list[Equation]]:
    """Per year: unit x code with margins, group and Rijk subtotals of the code margins, and a
    role table summing to the same N; per code a total over the years. Counts skewed like real
    ones (mostly 0..5), so hundreds of cells are small and the secondary loop runs long."""
    cells: dict[Key, int] = {}
    eqs: list[Equation] = []
    for y in years:
        rng = random.Random(f"{y}-5")
        values = [[int(rng.expovariate(1 / 3)) for _ in CODES] for _ in UNITS]
        c, e = two_way("unit_code", UNITS, CODES, values, year=y)
        cells.update(c)
        eqs += e
        subtotals = {("group", g): [f"{g}.{c}" for c in cs] for g, cs in GROUPS.items()}
        subtotals["rijk", "MID"] = ["ZI.REG", "ZI.MID", "ZI.OVR"]
        for (kind, name), codes in subtotals.items():
            part = tuple((y, "unit_code", "*", code) for code in codes)
            cells[(y, kind, name)] = sum(cells[k] for k in part)
            eqs.append(Equation((y, kind, name), part))
        cuts = sorted(rng.randint(0, cells[(y, "N")]) for _ in range(5))
        roles = [b - a for a, b in zip([0, *cuts], [*cuts, cells[(y, "N")]], strict=True)]
        for i, v in enumerate(roles):
            cells[(y, "role", str(i))] = v
        eqs.append(Equation((y, "N"), tuple((y, "role", str(i)) for i in range(len(roles)))))
    for code in CODES:
        part = tuple((y, "unit_code", "*", code) for y in years)
        cells[("all", code)] = sum(cells[k] for k in part)
        eqs.append(Equation(("all", code), part))
    return cells, eqs


def test_protect_a_report_of_about_500_cells() -> None:
    # Speed is measured in benchmarks/aggregate.py, not asserted here.
    years = ("2023", "2024", "2025")
    cells, eqs = a_report(years)
    assert 500 <= len(cells) <= 600
    never = [(y, "N") for y in years]
    p = protect(cells, eqs, never_hide=never)
    assert_safe(cells, eqs, p, never, brute_force=False)
    assert len(p.primary) > 150 and len(p.secondary) > 40  # the loop really ran, many times


# --- the rank test against its definition -----------------------------------------------------


def rank(rows: list[list[Fraction]]) -> int:
    """Plain Gaussian elimination over the rationals."""
    rows = [r[:] for r in rows]
    r = 0
    for col in range(len(rows[0]) if rows else 0):
        pivot = next((i for i in range(r, len(rows)) if rows[i][col]), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        for i in range(len(rows)):
            if i != r and rows[i][col]:
                f = rows[i][col] / rows[r][col]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[r], strict=True)]
        r += 1
    return r


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 7), st.lists(st.integers(0, 7), min_size=1, max_size=4)),
        min_size=1,
        max_size=6,
    ),
    st.sets(st.integers(0, 7)),
)
def test_solvable_matches_rank_of_a_with_e_i(
    shape: list[tuple[int, list[int]]], hidden_ids: set[int]
) -> None:
    """Whatever the relations, a hidden cell is reported solvable exactly when adding its unit
    vector to A_H leaves the rank unchanged."""
    keys: list[Key] = [("c", str(i)) for i in range(8)]
    eqs = [Equation(keys[p], tuple(keys[c] for c in cs)) for p, cs in shape]
    # Values are irrelevant to the rank test but must satisfy the equations: all zero.
    cells = dict.fromkeys(keys, 0)
    hidden = [keys[i] for i in sorted(hidden_ids)]
    a = []
    for eq in eqs:
        row = [Fraction(0)] * len(hidden)
        for k, sign in ((eq.parent, 1), *((c, -1) for c in eq.children)):
            if k in hidden:
                row[hidden.index(k)] += sign
        a.append(row)
    expected = set()
    for i, k in enumerate(hidden):
        unit = [Fraction(int(j == i)) for j in range(len(hidden))]
        if rank([*a, unit]) == rank(a):
            expected.add(k)
    assert solvable(cells, eqs, hidden) == expected


# --- random tables ----------------------------------------------------------------------------

COUNTS = st.integers(0, 30)
K = st.sampled_from([3, 5, 10])


@st.composite
def tables(draw: st.DrawFn, tiny: bool) -> tuple[dict[Key, int], list[Equation]]:
    """A one-way table with its total, or a two-way table with margins."""
    counts = st.integers(0, 9) if tiny else COUNTS
    if draw(st.booleans()):
        n = draw(st.integers(2, 4 if tiny else 8))
        cells, eq = one_way("t", {f"c{i}": draw(counts) for i in range(n)})
        return cells, [eq]
    nr = draw(st.integers(2, 2 if tiny else 4))
    nc = draw(st.integers(2, 3 if tiny else 5))
    values = draw(st.lists(st.lists(counts, min_size=nc, max_size=nc), min_size=nr, max_size=nr))
    return two_way("t", [f"r{i}" for i in range(nr)], [f"c{j}" for j in range(nc)], values)


@settings(max_examples=300, deadline=None)
@given(tables(tiny=False), K, st.booleans())
def test_random_tables_are_safe_after_protect(
    table: tuple[dict[Key, int], list[Equation]], k: int, keep_total: bool
) -> None:
    cells, eqs = table
    never = [N] if keep_total else []
    p = protect(cells, eqs, min_cell=k, never_hide=never)
    assert_safe(cells, eqs, p, never, brute_force=False)


@settings(max_examples=150, deadline=None)
@given(tables(tiny=True), K, st.booleans())
def test_tiny_tables_survive_a_brute_force_attacker(
    table: tuple[dict[Key, int], list[Equation]], k: int, keep_total: bool
) -> None:
    cells, eqs = table
    never = [N] if keep_total else []
    p = protect(cells, eqs, min_cell=k, never_hide=never)
    assert_safe(cells, eqs, p, never, brute_force=True)
