"""The lists behind the tabs: paging, search, filters and sorting on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.db.opening import Database
from desktop_app.services.listings import (
    ClaimFilter,
    ClaimListing,
    RequisitionListing,
    StaffListing,
    WorkOrderListing,
)
from desktop_app.services.sample_data import load_sample_data

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def loaded(database: Database) -> Database:
    load_sample_data(database.sessions, claims=80, today=TODAY)
    return database


def test_pages_are_disjoint_and_cover_every_row(loaded: Database) -> None:
    listing = ClaimListing(loaded.sessions)
    total = listing.count()
    pages = [listing.fetch(offset, 30) for offset in range(0, total, 30)]
    ids = [row.id for page in pages for row in page]
    assert len(ids) == total == len(set(ids)) and ids == sorted(ids, reverse=True)


def test_search_finds_by_number_phone_name_and_serial(loaded: Database) -> None:
    listing = ClaimListing(loaded.sessions)
    sample = listing.fetch(5, 1)[0]
    # Latin letters in any case, on both databases (PostgreSQL's LIKE minds the case: ILIKE there)
    for text in (sample.number, sample.phone[-6:], sample.customer_name, sample.serial, sample.serial.lower(),
                 sample.serial[:5].lower(), sample.number[:7].lower()):
        assert sample.id in {r.id for r in listing.fetch(0, 500, text)}, text
    assert listing.count(sample.number) == 1
    assert listing.count("%") == 0 and listing.count("_") == 0  # wildcards are literal


def test_claim_filters_and_sorting(loaded: Database) -> None:
    listing = ClaimListing(loaded.sessions, clock=lambda: dt.datetime(2026, 11, 27, 4, tzinfo=dt.timezone.utc))
    everything = listing.fetch(0, 1000)
    listing.filter = ClaimFilter(statuses=frozenset({ClaimStatus.COMPLETED}))
    completed = listing.fetch(0, 1000)
    assert completed and all(r.status is ClaimStatus.COMPLETED for r in completed)
    assert len(completed) == sum(r.status is ClaimStatus.COMPLETED for r in everything)
    start = TODAY - dt.timedelta(days=30)
    listing.filter = ClaimFilter(date_from=start, date_to=TODAY)
    recent = listing.fetch(0, 1000)
    assert recent and all(start <= r.claim_date <= TODAY for r in recent)
    listing.filter = ClaimFilter(overdue_only=True)
    assert all(r.status in (ClaimStatus.OPEN, ClaimStatus.AWAITING_APPROVAL) for r in listing.fetch(0, 1000))
    listing.filter = ClaimFilter()
    listing.sort = ("claim_date", False)
    dates = [r.claim_date for r in listing.fetch(0, 1000)]
    assert dates == sorted(dates)
    listing.sort = ("customer_name", True)
    names = [r.customer_name for r in listing.fetch(0, 1000)]
    assert names[0] >= names[-1]
    listing.sort = ("no_such_column", True)  # ignored, not an error
    assert len(listing.fetch(0, 1000)) == len(everything)


def test_a_date_range_lists_by_claim_date_and_every_page_agrees(loaded: Database, monkeypatch) -> None:
    """Issue 8: with a date range the claims run down their claim date, newest entry first within a
    day, from the date index (by number alone the database walked every claim after the range first).
    A claim dated before claims entered earlier takes its date's place, and pages read from the end
    of the list (far pages) agree with pages read from its start."""
    from sqlalchemy import select, update

    from desktop_app.db.models import Claim
    from desktop_app.services import listing_base

    start = TODAY - dt.timedelta(days=60)
    with loaded.sessions.write() as s, s.begin():  # the newest claim, dated at the start of the range (a booked visit)
        newest = s.scalar(select(Claim.id).order_by(Claim.id.desc()).limit(1))
        s.execute(update(Claim).where(Claim.id == newest).values(claim_date=start))
    listing = ClaimListing(loaded.sessions)
    listing.filter = ClaimFilter(date_from=start, date_to=TODAY)
    rows = listing.fetch(0, 1000)
    keys = [(r.claim_date, r.id) for r in rows]
    assert len(rows) == listing.count() > 20 and keys == sorted(keys, reverse=True)
    assert all(start <= r.claim_date <= TODAY for r in rows)
    on_the_first_day = [r.id for r in rows if r.claim_date == start]
    assert on_the_first_day[0] == newest and rows[0].id != newest
    monkeypatch.setattr(listing_base, "FAR_OFFSET", 10)  # the small data set counts as far
    paged = [r.id for offset in range(0, len(rows), 7) for r in listing.fetch(offset, 7)]
    assert paged == [r.id for r in rows]
    listing.filter = ClaimFilter(date_to=TODAY - dt.timedelta(days=10))  # one end of the range open
    dates = [(r.claim_date, r.id) for r in listing.fetch(0, 1000)]
    assert dates == sorted(dates, reverse=True) and newest in {key[1] for key in dates}


def test_other_tabs_list_their_rows(loaded: Database) -> None:
    orders = WorkOrderListing(loaded.sessions)
    assert orders.count() > 0 and orders.fetch(0, 5)[0].number.startswith("WO-")
    requisitions = RequisitionListing(loaded.sessions).fetch(0, 10)
    assert requisitions and all(r.total > 0 for r in requisitions if r.line_count)
    staff = StaffListing(loaded.sessions, today=TODAY).fetch(0, 50)
    assert any(r.open_orders > 0 for r in staff)


def test_work_order_queues(loaded: Database) -> None:
    from desktop_app.core.vocabulary import WorkOrderState
    from desktop_app.services.listings import WorkOrderQueue

    listing = WorkOrderListing(loaded.sessions)
    counts = listing.queue_counts()
    assert counts[WorkOrderQueue.ALL] == listing.count() and counts[WorkOrderQueue.TO_DISPATCH] > 0
    listing.queue = WorkOrderQueue.TO_DISPATCH
    assert all(r.state is WorkOrderState.RECEIVED for r in listing.fetch(0, 500))
    assert listing.count() == counts[WorkOrderQueue.TO_DISPATCH]
    everything = WorkOrderListing(loaded.sessions).fetch(0, 1000)
    technician = next(r.technician for r in everything if r.technician and r.state is not WorkOrderState.CLOSED)
    with loaded.sessions.read() as s:
        from sqlalchemy import select

        from desktop_app.db.models import Staff

        listing.staff_id = s.scalar(select(Staff.id).where(Staff.display_name == technician))
    listing.queue = WorkOrderQueue.MINE
    mine = listing.fetch(0, 500)
    assert mine and all(r.technician == technician for r in mine)
    listing.queue = WorkOrderQueue.READY_FOR_PICKUP
    assert all(r.state is WorkOrderState.READY_FOR_PICKUP for r in listing.fetch(0, 500))
