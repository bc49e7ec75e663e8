"""Searches stop early (issue 8): a count capped at ``at_most`` and pages read from a UNION of
per-term branches must give exactly what the plain OR over every match gives, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.db.models import Claim, Customer
from desktop_app.db.opening import Database
from desktop_app.services.listings import ClaimFilter, ClaimListing, WorkOrderListing, WorkOrderQueue
from desktop_app.services.lookup import Lookup
from desktop_app.services.sample_data import load_sample_data
from search_capture import captured

TODAY = dt.date(2026, 11, 27)
PAGES = [(0, 3), (2, 5), (7, 4), (0, 1000), (30, 10)]


@pytest.fixture
def loaded(database: Database) -> Database:
    load_sample_data(database.sessions, claims=80, today=TODAY)
    return database


def _texts(database: Database) -> list[str]:
    """Texts matching many rows through different search terms: a surname (name grams), digits
    shared by many phones and serials, number prefixes (up to the year and beyond, in either case:
    PostgreSQL reads those by year, migration 0025), digits in the numbers' years, their counters or
    both (PostgreSQL reads those by year and by counter, 0026; the sample numbers run 2021–2026 and
    every counter holds “000”), a fault phrase, pieces across a number's second dash (PostgreSQL reads
    those by year and counter head: number_search.number_across_dash)."""
    with database.sessions.read() as s:
        surname = s.scalar(select(Customer.name).where(Customer.kind == "person").limit(1))[:1]
        fault = s.scalar(select(Claim.fault_description).order_by(Claim.id).limit(1))[:3]
    return [surname, "13", "SC-20", "WO-20", "SC-2026", "sc-2026-00", "WO-2026", "wo-2026-000", fault, "0",
            "2021", "202", "024", "0001", "000", "00002", "2026-0", "c-2025-", "-2021-", "6-00", "c-20"]


def _exact_ids(listing, text: str) -> list[int]:
    """The same search through the plain path: sorting by id takes the OR over every match."""
    listing.sort = ("id", True)
    try:
        return [row.id for row in listing.fetch(0, 100_000, text)]
    finally:
        listing.sort = None


@pytest.mark.parametrize("kind", ["claims", "claims filtered", "claims unfinished", "claims dated", "work orders",
                                  "work orders queue", "work orders to dispatch", "work orders overdue"])
def test_capped_counts_and_pages_equal_the_plain_search(loaded: Database, kind: str) -> None:
    if kind.startswith("claims"):
        listing = ClaimListing(loaded.sessions)
        if kind == "claims filtered":
            listing.filter = ClaimFilter(statuses=frozenset({ClaimStatus.COMPLETED, ClaimStatus.OPEN}))
        elif kind == "claims unfinished":  # few rows: the filter drives, numbers tested on each (first_matches)
            listing.filter = ClaimFilter(statuses=frozenset({ClaimStatus.OPEN, ClaimStatus.IN_PROGRESS}))
        elif kind == "claims dated":  # few claims in the range: on SQLite numbers tested on each
            listing.filter = ClaimFilter(date_from=dt.date(2025, 6, 1), date_to=TODAY)
    else:
        listing = WorkOrderListing(loaded.sessions)
        # A queue tests the numbers on its own orders (listings.WorkOrderListing._search_terms).
        listing.queue = {"work orders queue": WorkOrderQueue.READY_FOR_PICKUP,
                         "work orders to dispatch": WorkOrderQueue.TO_DISPATCH,
                         "work orders overdue": WorkOrderQueue.OVERDUE}.get(kind, WorkOrderQueue.ALL)
    matched_something = False
    for text in _texts(loaded):
        exact = _exact_ids(listing, text)
        matched_something |= len(exact) > 3
        assert listing.count(text) == len(exact), text
        for at_most in (1, 3, len(exact), 1000):
            assert listing.count(text, at_most=at_most) == min(len(exact), at_most + 1), (text, at_most)
        for offset, limit in PAGES:
            page = [row.id for row in listing.fetch(offset, limit, text)]
            assert page == exact[offset:offset + limit], (text, offset, limit)
        for at_most, limit in ((1, 1), (1, 5), (3, 2), (len(exact), 200), (1000, 200), (2, 1000)):
            # As a tab asks: the capped count and the first page, in one statement.
            total, rows = listing.first_page(text, at_most=at_most, limit=limit)
            assert total == min(len(exact), at_most + 1), (text, at_most, limit)
            assert [row.id for row in rows] == exact[:limit], (text, at_most, limit)
    assert matched_something or "work orders " in kind


def test_a_first_page_is_one_statement(loaded: Database) -> None:
    """The count and the page of a search read its indexes once, together (issue 8); sorted by a
    column, or without a search, they stay the two statements of ``count`` and ``fetch``."""
    listing = ClaimListing(loaded.sessions)
    with loaded.sessions.read() as s:
        names = list(s.scalars(select(Customer.name).join(Claim, Claim.customer_id == Customer.id)
                               .where(Customer.kind == "person")))
    surname = max({name[:1] for name in names}, key=[name[:1] for name in names].count)
    expected = (listing.count(surname, at_most=1000), listing.fetch(0, 50, surname))
    with captured(loaded.engine) as statements:
        assert listing.first_page(surname, at_most=1000, limit=50) == expected
    assert len(statements) == 1, statements
    assert expected[0] > 1
    listing.sort = ("number", False)
    with captured(loaded.engine) as statements:
        total, rows = listing.first_page(surname, at_most=1000, limit=50)
    assert len(statements) == 2
    assert (total, rows) == (expected[0], listing.fetch(0, 50, surname))
    listing.sort = None
    whole = listing.fetch(0, 50)
    with captured(loaded.engine) as statements:
        assert listing.first_page("", at_most=1000, limit=50) == (80, whole)
    assert len(statements) == 2


def test_a_count_without_search_stays_exact(loaded: Database) -> None:
    listing = ClaimListing(loaded.sessions)
    assert listing.count(at_most=3) == listing.count() == 80


def test_lookup_gives_exact_phone_hits_first_then_the_newest(loaded: Database) -> None:
    with loaded.sessions.read() as s:
        phones = list(s.execute(select(Customer.id, Customer.phone).order_by(Customer.id)))
    prefixes = [phone[:3] for _, phone in phones]
    common = max(set(prefixes), key=prefixes.count)  # through the trigram index, many matches
    lookup = Lookup(loaded.sessions)
    everything = [m.id for m in lookup.customers(common, limit=10_000)]
    assert everything == sorted(everything, reverse=True) and len(everything) >= 5
    for limit in (1, 2, 4):
        assert [m.id for m in lookup.customers(common, limit=limit)] == everything[:limit]
    oldest_id, phone = phones[0]
    assert lookup.customers(phone, limit=1)[0].id == oldest_id  # the exact phone beats newer customers
