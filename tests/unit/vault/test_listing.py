"""The paged case list: ids in every order, rows for a page, counts, all against Python's own sort
of the full rows (the reference the list model used before it read pages)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import pytest
from support.cases import case

from confidant_app.domain.codebook import Codebook
from confidant_app.vault import CaseFilter, CaseStore, CaseSummary, listing
from confidant_app.vault.listing import CaseOrder, SortKey
from confidant_app.vault.retention import purge
from confidant_app.vault.schema import SCHEMA_VERSION

KEYS: tuple[SortKey, ...] = ("number", "alias", "opened", "status", "unit", "category",
                             "conversations", "last_contact")
ALIASES = ["anna", "Bram", "cees", "Daan", "eva", None, None, "Femke", "anna"]


def _made_up(codebook: Codebook, n: int, seed: int) -> list[Any]:
    rnd = random.Random(seed)
    categories = list(codebook.taxonomy.categories)
    units = codebook.codes("unit")
    out = []
    for _ in range(n):
        opened = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700))
        convs = [{"date": (opened + dt.timedelta(days=rnd.randrange(30))).isoformat(),
                  "channel": "F", "minutes": 30} for _ in range(rnd.choice((0, 0, 1, 2, 3)))]
        closed = None
        if rnd.random() < 0.6:
            closed = (opened + dt.timedelta(days=40)).isoformat()
        out.append(case(codebook, opened=opened.isoformat(), closed=closed,
                        unit=rnd.choice(units), alias=rnd.choice(ALIASES),
                        categories=rnd.sample(categories, rnd.randint(1, 2)),
                        conversations=convs))
    return out


def _reference(rows: list[CaseSummary], key: SortKey, descending: bool,
               label: Callable[[str], str]) -> list[int]:
    """Empty values last in both directions; ties by id in the chosen direction."""
    keys: dict[SortKey, Callable[[CaseSummary], Any]] = {
        "number": lambda r: r.case_number,
        "alias": lambda r: r.alias.lower() if r.alias else None,
        "opened": lambda r: r.opened,
        "status": lambda r: not r.is_open,
        "unit": lambda r: r.unit,
        "category": lambda r: label(r.primary_category),
        "conversations": lambda r: r.conversations,
        "last_contact": lambda r: r.last_contact,
    }
    get = keys[key]
    present = sorted((r for r in rows if get(r) is not None), key=lambda r: (get(r), r.id),
                     reverse=descending)
    absent = sorted((r for r in rows if get(r) is None), key=lambda r: r.id, reverse=descending)
    return [r.id for r in present + absent]


@pytest.fixture
def listed(store: CaseStore, codebook: Codebook) -> CaseStore:
    store.add_many(_made_up(codebook, 120, seed=7))
    return store


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", KEYS)
def test_every_order_matches_a_python_sort(listed: CaseStore, codebook: Codebook, key: SortKey,
                                           descending: bool) -> None:
    labels = {code: codebook.category_label(code, "nl").casefold()
              for code in codebook.taxonomy.categories}
    order = CaseOrder(key, descending, category_order=sorted(labels, key=lambda c: labels[c]))
    rank = {code: n for n, code in enumerate(order.category_order)}
    expected = _reference(listed.summaries(), key, descending, lambda code: f"{rank[code]:04}")
    assert listed.ordered_ids(order=order) == expected


def test_a_filtered_order_and_its_counts(listed: CaseStore) -> None:
    where = CaseFilter(year=2024, status="open")
    rows = listed.summaries(where)
    assert rows, "the made-up cases should include open cases of 2024"
    assert listed.ordered_ids(where, CaseOrder("opened", descending=False)) == [r.id for r in rows]
    everything = listed.summaries()
    assert listed.list_counts() == (len(everything), sum(r.is_open for r in everything))
    assert listed.list_counts(where) == (len(rows), len(rows))


def test_a_page_is_the_same_rows_as_the_full_list(listed: CaseStore) -> None:
    by_id = {r.id: r for r in listed.summaries()}
    page = listed.ordered_ids(order=CaseOrder("alias"))[37:77]
    assert listed.summaries_of(page) == {i: by_id[i] for i in page}
    assert listed.summaries_of([]) == {}
    assert listed.summaries_of([10_000_000]) == {}  # a deleted case is simply not there


def test_purged_cases_are_not_listed(listed: CaseStore) -> None:
    closed = [r.id for r in listed.summaries(CaseFilter(status="closed"))][:5]
    purge(listed.vault, closed)
    ids = listed.ordered_ids(order=CaseOrder("last_contact", descending=False))
    assert not set(closed) & set(ids)
    assert listed.summaries_of(closed) == {}
    assert listed.count() == len(ids) == listed.list_counts()[0]


def test_a_retired_code_sorts_with_its_successor(listed: CaseStore, codebook: Codebook) -> None:
    # A vault written under an older taxonomy holds a code a later version retired.
    new = "OG.PES"
    taxonomy = codebook.taxonomy.model_copy(update={"retired": {"OG.OUD": new}})
    listed.vault.conn.execute("UPDATE cases SET primary_category = 'OG.OUD' WHERE id = 1")
    order = CaseOrder("category", descending=False, category_order=[
        new, *(c for c in codebook.taxonomy.categories if c != new)])
    ids = listing.ordered_ids(listed.vault.conn, taxonomy, None, order)
    firsts = {r.id for r in listed.summaries() if r.primary_category == new} | {1}
    assert set(ids[:len(firsts)]) == firsts
    assert listing.summaries_of(listed.vault.conn, taxonomy, [1])[1].primary_category == new


def test_the_default_order_reads_the_listing_index(listed: CaseStore) -> None:
    assert listed.vault.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = " ".join(str(r) for r in listed.vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT c.id FROM cases c WHERE c.purged_at IS NULL "
        + CaseOrder().order_by({})[0]))
    assert "cases_listing" in plan and "TEMP B-TREE" not in plan


def test_years_jump_through_the_index(store: CaseStore, codebook: Codebook) -> None:
    assert store.years() == []
    store.add_many([case(codebook, opened=day) for day in
                    ("2019-05-01", "2025-01-01", "2021-12-31", "2019-01-01", "2025-06-06")])
    assert store.years() == [2019, 2021, 2025]


def _plans(store: CaseStore, read: Callable[[], object]) -> list[str]:
    """The query plans of the statements ``read`` runs (as run, with their values)."""
    conn = store.vault.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        read()
    finally:
        conn.set_trace_callback(None)
    return [" ".join(str(r) for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
            for sql in statements if sql.lstrip().upper().startswith("SELECT")]


def test_pages_and_years_are_read_through_their_own_index(listed: CaseStore) -> None:
    """Without statistics SQLite would read the listing index for ``purged_at IS NULL`` even
    where the row ids or the year index are far better (13 ms instead of 0.2 for a page)."""
    (page,) = _plans(listed, lambda: listed.summaries_of(list(range(1, 65))))
    assert "INTEGER PRIMARY KEY" in page and "cases_" not in page.split("SUBQUERY")[0]
    year = CaseFilter(year=2024)
    ids, counts = _plans(listed, lambda: (listed.ordered_ids(year), listed.list_counts(year)))
    assert "cases_by_year" in ids and "cases_by_year" in counts
    ids, counts = _plans(listed, lambda: (listed.ordered_ids(), listed.list_counts()))
    assert "cases_listing" in ids and "TEMP B-TREE" not in ids and "cases_listing" in counts
