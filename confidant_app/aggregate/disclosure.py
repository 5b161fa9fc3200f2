"""Disclosure control for published tables of case counts: primary and secondary suppression,
checked by an audit that tries to solve every hidden cell exactly.

A report publishes cells (counts keyed by a tuple such as ``("2025", "primary_category",
"OG.INT")``) together with the relations a reader knows hold between them, as ``Equation``\\ s
(``parent == sum(children)``: a total over its categories, a Rijk subtotal over its codes, a
margin of a two-way table, the same total N under two different breakdowns, a multi-year total
over its years). A count of 1..min_cell-1 may point at a person, so:

* primary suppression hides every cell with ``1 <= value < min_cell`` (zero identifies nobody and
  is published; cells named in ``never_hide``, such as the headline number of cases, are always
  published and count as known);
* the audit (``solvable``) puts the published values into every equation, leaving a linear system
  ``A_H x_H = b`` in the hidden cells H, and finds each hidden cell that the system pins down
  exactly: cell i is determined iff the unit vector e_i lies in the row space of A_H. The test is
  done in exact integer arithmetic, never in floating point;
* secondary suppression (``protect``) hides one more published cell while the audit finds an
  exposed cell, and stops when it finds none. The cell is taken from the attacker's own recipe
  (the combination of equations that isolates the exposed cell): the smallest non-zero published
  cell it subtracts, preferring an equation that contains the exposed cell, then the equation
  with the fewest hidden cells. If the recipe uses only ``never_hide`` cells, nothing can help
  and ``DisclosureError`` is raised.

What is protected: exact recovery of a hidden cell through any combination of the published linear
relations handed in -- within one table (a total minus the other cells), across the tables of one
report that share totals (unit table and role table both summing to N), and across years when
the equations link them (a multi-year total). The audit is only as good as the equations: every
relation a reader can know must be passed in, across all tables published together.

What is NOT protected:

* interval or bounds reasoning: counts are non-negative integers, so a hidden cell is bounded by
  the published totals around it (``x + y = 3`` tells that ``x <= 3``), and an unlucky pattern may
  even pin a cell through ``x >= 0`` alone; the rank test only rules out exact linear recovery;
* ranking or ordering information a report gives about hidden cells (``"the largest category"``);
* differences between two separate publications -- another report, or a later revision of the
  same year (a cell hidden in one and derivable in the other, or two cumulative totals whose
  difference is a cell of 1). Protect such figures by passing them in as one system (shared cells
  and equations) or by publishing them only from one protected table.

Everything here is deterministic: ties are broken by key order, so the same figures always give
the same pattern. Standard library only; no Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from math import gcd
from typing import TypeAlias, TypeVar

Key: TypeAlias = tuple[str, ...]

MIN_CELL_FLOOR = 3
DEFAULT_MIN_CELL = 5


class DisclosureError(ValueError):
    """The figures cannot be protected: a hidden cell stays solvable with nothing left to hide
    (for instance a cell equal to a total that must be published)."""


@dataclass(frozen=True)
class Equation:
    """Published relation: value(parent) == sum(value(c) for c in children)."""

    parent: Key
    children: tuple[Key, ...]

    @property
    def keys(self) -> tuple[Key, ...]:
        return (self.parent, *self.children)


@dataclass(frozen=True)
class Protection:
    """The suppression pattern of a set of cells: ``primary`` are small, ``secondary`` hide them."""

    min_cell: int
    primary: frozenset[Key]
    secondary: frozenset[Key]

    def hidden(self, key: Key) -> bool:
        return key in self.primary or key in self.secondary

    def shown(self, key: Key, value: int) -> int | str:
        """What the report prints for a cell: the value, ``"<5"`` for a small cell, ``"x"`` for a
        cell hidden to protect another."""
        if key in self.primary:
            return f"<{self.min_cell}"
        if key in self.secondary:
            return "x"
        return value


def protect(
    cells: Mapping[Key, int],
    equations: Sequence[Equation],
    min_cell: int = DEFAULT_MIN_CELL,
    never_hide: Collection[Key] = (),
) -> Protection:
    """Hide the small cells and enough others that the audit can solve none of them.

    ``never_hide`` keys are published whatever their value; keys in it that are not cells are
    ignored (a typo there can only hide more). Raises ``ValueError`` for a threshold below
    ``MIN_CELL_FLOOR``, a negative count or an equation that does not hold, and
    ``DisclosureError`` if a hidden cell stays solvable with nothing left to hide.
    """
    if isinstance(min_cell, bool) or not isinstance(min_cell, int) or min_cell < MIN_CELL_FLOOR:
        raise ValueError(f"min_cell must be an integer of at least {MIN_CELL_FLOOR}: {min_cell!r}")
    _validate(cells, equations)
    keep = frozenset(never_hide)
    primary = {k for k, v in cells.items() if 1 <= v < min_cell and k not in keep}
    hidden = set(primary)
    # Each round hides one more cell or raises, so the loop ends after at most len(cells) rounds.
    while True:
        rows = _reduce(equations, hidden, track=True)
        exposed = sorted(p for p, (row, _) in rows.items() if len(row) == 1)
        if not exposed:
            break
        target = exposed[0]
        extra = _pick(target, rows[target][1], cells, equations, hidden, keep)
        if extra is None:
            raise DisclosureError(
                f"cell {target} follows from cells that must stay published (never_hide); "
                "publish fewer totals or merge categories"
            )
        hidden.add(extra)
    return Protection(min_cell, frozenset(primary), frozenset(hidden - primary))


def solvable(
    cells: Mapping[Key, int], equations: Sequence[Equation], hidden: Collection[Key]
) -> set[Key]:
    """The hidden cells an attacker can compute EXACTLY from the published cells and the equations
    (rank test)."""
    _validate(cells, equations)
    unknown = [k for k in hidden if k not in cells]
    if unknown:
        raise ValueError(f"hidden keys that are not cells: {sorted(unknown)}")
    return _solvable(equations, set(hidden))


def _validate(cells: Mapping[Key, int], equations: Sequence[Equation]) -> None:
    for key, value in cells.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"cell {key} must be a count (an integer >= 0)")
    for eq in equations:
        missing = [k for k in eq.keys if k not in cells]
        if missing:
            raise ValueError(f"equation for {eq.parent} names keys that are not cells: {missing}")
        # The audit assumes the relations hold; a broken one means the table was built wrong.
        if cells[eq.parent] != sum(cells[c] for c in eq.children):
            raise ValueError(f"equation for {eq.parent} does not hold for the given counts")


# A row of the system: its coefficients over the hidden cells, and over the equations (which
# combination of the published equations it is; kept only when asked, to explain an exposure).
_Row = tuple[dict[Key, int], dict[int, int]]
_T = TypeVar("_T")


def _terms(eq: Equation) -> tuple[tuple[Key, int], ...]:
    """The equation as ``parent - children == 0``: (cell, coefficient) pairs."""
    return ((eq.parent, 1), *((c, -1) for c in eq.children))


def _solvable(equations: Sequence[Equation], hidden: set[Key]) -> set[Key]:
    """Rank test: the hidden cells whose unit vector is a row of the reduced system."""
    return {p for p, (row, _) in _reduce(equations, hidden).items() if len(row) == 1}


def _reduce(
    equations: Sequence[Equation], hidden: set[Key], track: bool = False
) -> dict[Key, _Row]:
    """The rows of A_H in reduced row echelon form (RREF), keyed by pivot column.

    With published values moved to the right-hand side, each equation is a row of A_H over the
    hidden cells (+1 for the parent, -1 per child); the right-hand side does not matter for which
    cells are determined. In RREF every pivot column is zero in all other rows, so a vector of
    the row space is the sum of the rows weighted by its own entries in the pivot columns: e_i is
    in the row space (cell i is determined) iff some RREF row is a multiple of e_i, i.e. has a
    single non-zero entry. Same result as comparing rank([A_H; e_i]) with rank(A_H), in one pass.

    Rows hold integers, not fractions: eliminating with ``a*row - b*pivot_row`` and dividing by
    the gcd is as exact as rational arithmetic, several times faster, and keeps entries small
    (they start at +-1). With ``track``, each row also records the combination of equations it
    is, so that ``protect`` can see which published cells give an exposed cell away.
    """
    pivots: dict[Key, _Row] = {}
    # Key order, not the caller's order: the recipe found for a cell (which combination of the
    # equations) depends on the order, and protect() must give the same pattern every time.
    for j in sorted(range(len(equations)), key=lambda j: equations[j].keys):
        eq = equations[j]
        coef: dict[Key, int] = {}
        for key, sign in _terms(eq):
            if key in hidden:
                coef[key] = coef.get(key, 0) + sign
        row: _Row = ({k: c for k, c in coef.items() if c}, {j: 1} if track else {})
        # Clear this row's entries in existing pivot columns. Pivot rows are kept fully reduced
        # (zero in every other pivot column), so this adds no pivot column back.
        for p in [k for k in row[0] if k in pivots]:
            row = _eliminate(row, pivots[p], p)
        if not row[0]:
            continue  # a combination of earlier rows: no new information
        p = min(row[0])
        for q, other in pivots.items():  # keep the earlier rows reduced in the new pivot column
            if p in other[0]:
                pivots[q] = _eliminate(other, row, p)
        pivots[p] = row
    return pivots


def _eliminate(row: _Row, pivot_row: _Row, p: Key) -> _Row:
    """``row`` with its entry in column ``p`` cancelled by ``pivot_row``, divided by its gcd."""
    a, b = pivot_row[0][p], row[0][p]
    coef, combo = _axpby(a, row[0], -b, pivot_row[0]), _axpby(a, row[1], -b, pivot_row[1])
    g = gcd(*coef.values(), *combo.values())
    if g > 1:
        coef, combo = {k: c // g for k, c in coef.items()}, {k: c // g for k, c in combo.items()}
    return coef, combo


def _axpby(a: int, x: dict[_T, int], b: int, y: dict[_T, int]) -> dict[_T, int]:
    """a*x + b*y for sparse vectors, without zero entries."""
    out = dict(x) if a == 1 else {k: a * c for k, c in x.items()}
    for k, c in y.items():
        v = out.get(k, 0) + b * c
        if v:
            out[k] = v
        else:
            out.pop(k, None)
    return out


def _pick(
    target: Key,
    combo: dict[int, int],
    cells: Mapping[Key, int],
    equations: Sequence[Equation],
    hidden: set[Key],
    keep: frozenset[Key],
) -> Key | None:
    """The published cell to hide next so that ``target`` stops being solvable, cheaply.

    ``combo`` is a combination of equations that leaves ``target`` as the only hidden cell: the
    attacker's recipe. The published cells it uses with a non-zero weight are what the attacker
    subtracts; hiding one of them breaks this recipe (another may remain: the loop audits again).
    Among the equations of the recipe prefer one offering a non-zero usable cell (a zero only
    when the whole recipe offers none), then one containing ``target``, then the fewest hidden
    cells, then key order; in it take the smallest usable cell, ties by key. None if the recipe
    uses no cell that may be hidden: then hiding more can never protect ``target``.
    """
    weight: dict[Key, int] = {}
    for j, factor in combo.items():
        for key, sign in _terms(equations[j]):
            if key not in hidden:
                weight[key] = weight.get(key, 0) + factor * sign
    usable = {k for k, w in weight.items() if w and k not in keep}
    options = []
    for j in combo:
        eq = equations[j]
        free = [k for k in eq.keys if k in usable]
        if free:
            nonzero = [k for k in free if cells[k]]
            best = min(nonzero or free, key=lambda k: (cells[k], k))
            n_hidden = sum(k in hidden for k in eq.keys)
            rank = (not nonzero, target not in eq.keys, n_hidden, eq.parent, eq.children)
            options.append((rank, best))
    return min(options)[1] if options else None
