"""Issue 8 on PostgreSQL, without timing: a claim or order number typed up to its year (“SC-2025”) is
read newest first from migration 0025's index of each number's year, for the count and the page. The
trigram index, read newest first, walked back through every newer row first: last year's prefix took
the claims list 0.46 s at a million claims. What such a search lists is checked against the plain
search in test_bounded_search.py."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import or_, select

from desktop_app.db.models import Call, Claim, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services import listings, number_search
from desktop_app.services.intake_support import CallLogListing
from desktop_app.services.listings import ClaimFilter, ClaimListing, WorkOrderListing
from desktop_app.services.text_search import Search
from search_capture import captured, explained, sample_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def loaded(fresh_pg_url: str) -> Database:
    yield from sample_database(fresh_pg_url)


@pytest.mark.parametrize("listing_class, text, index", [
    (ClaimListing, "SC-2026", "ix_number_year_claims"), (ClaimListing, "sc-2026-0", "ix_number_year_claims"),
    (WorkOrderListing, "WO-2026", "ix_number_year_work_orders")])
def test_a_number_typed_up_to_its_year_reads_that_years_range_newest_first(
        loaded: Database, listing_class: type, text: str, index: str) -> None:
    listing = listing_class(loaded.sessions)
    with captured(loaded.engine) as statements:
        assert listing.count(text, at_most=1000) > 0
        assert listing.fetch(0, 200, text)
    lines = [row[0] for row in explained(loaded.engine, statements)]
    assert len([line for line in lines if f"Index Scan Backward using {index}" in line]) == 2, lines
    assert not [line for line in lines if "ix_trgm_claims_number" in line or "ix_trgm_work_orders_number" in line], lines


@pytest.mark.parametrize("listing_class, table", [
    (ClaimListing, "claims"), (WorkOrderListing, "work_orders"), (CallLogListing, "calls")])
def test_digits_read_the_years_holding_them_and_the_counters_not_every_number(
        loaded: Database, listing_class: type, table: str) -> None:
    """Migration 0026: “2025” (the sample numbers run 2021–2026) is in one year's numbers and in a few
    counters; the trigram index of the whole numbers would list every number of that year first."""
    listing = listing_class(loaded.sessions)
    with captured(loaded.engine) as statements:
        assert listing.count("2025", at_most=1000) > 0
        assert listing.fetch(0, 200, "2025")
    # Bitmap scans stay allowed: a trigram (GIN) index is read no other way.
    lines = [row[0] for row in explained(loaded.engine, statements, discouraged=("seqscan",))]
    for index in (f"ix_number_year_{table}", f"ix_trgm_{table}_counter"):
        assert len([line for line in lines if index in line]) >= 2, (index, lines)  # the count's and the page's
    assert not [line for line in lines if f"ix_trgm_{table}_number" in line], lines


# Pieces typed without the whole prefix, up to the second dash or a digit or two past it (a year's
# numbers, part of them, and none: the sample counters run 000001 up, so none starts with 1), and a
# prefix's last letter with the year's start (in one table's numbers, not the others').
ACROSS_DASH = ["2026-", "-2026-", "c-2025-", "2025-0", "c-2026-00", "6-0", "025-00", "2026-1", "0755-8", "C-2025",
               "o-20", "L-202", "c-2"]


@pytest.mark.parametrize("table", ["claims", "work_orders", "calls"])
def test_a_piece_across_a_dash_finds_exactly_the_numbers_holding_it(loaded: Database, table: str) -> None:
    """number_across_dash reads years and counters, not the text: each branch, read newest first and
    tested row by row, must find exactly the numbers that hold the piece (ILIKE over every number)."""
    model = {"claims": Claim, "work_orders": WorkOrder, "calls": Call}[table]
    found_some = False
    with loaded.sessions.read() as s:
        for text in ACROSS_DASH:
            search = Search("postgresql", text)
            branches = number_search.number_across_dash(search, model.number, model.id)
            assert branches is not None, text
            truth = set(s.scalars(select(model.id).where(model.number.ilike(f"%{text}%"))))
            newest = set().union(*(s.scalars(branch.newest(10_000, [])) for branch in branches))
            tested = set(s.scalars(select(model.id).where(or_(*(branch.row for branch in branches)))))
            assert newest == tested == truth, text
            found_some |= bool(truth)
    assert found_some


@pytest.mark.parametrize("listing_class, table", [
    (ClaimListing, "claims"), (WorkOrderListing, "work_orders"), (CallLogListing, "calls")])
def test_a_piece_across_a_dash_reads_the_years_not_every_number(
        loaded: Database, listing_class: type, table: str) -> None:
    """“2025-” is in every number of 2025, “2025-1” in a tenth of them: the trigram index of whole numbers
    listed them all (0.11-0.34 s at a million claims); the year's range is read newest first instead."""
    listing = listing_class(loaded.sessions)
    with captured(loaded.engine) as statements:
        for text in ("2025-", "-2025-0"):
            assert listing.count(text, at_most=1000) > 0, text
            assert listing.fetch(0, 200, text), text
    lines = [row[0] for row in explained(loaded.engine, statements, discouraged=("seqscan",))]
    # Each year's range walked back from its newest number: the count's and the page's, for each text.
    assert len([line for line in lines if f"Index Scan Backward using ix_number_year_{table}" in line]) >= 4, lines
    assert not [line for line in lines if f"ix_trgm_{table}_number" in line], lines


def test_a_short_date_range_tests_the_numbers_of_its_own_claims(loaded: Database,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """This month + “C-20” (every year's numbers hold it): each year's newest were read in turn, each year
    through the month's 20,000 claims (85 ms at a million). A range holding few claims is narrow on
    PostgreSQL: its claims' numbers are tested instead (18 ms). Same claims either way."""
    def searched(few: int) -> tuple[tuple, str]:
        monkeypatch.setattr(listings, "FEW_DATED_CLAIMS", few)
        listing = ClaimListing(loaded.sessions)
        listing.filter = ClaimFilter(date_from=dt.date(2025, 6, 1), date_to=dt.date(2026, 11, 27))
        with captured(loaded.engine) as statements:
            found = listing.first_page("c-20", at_most=1000, limit=200), listing.fetch(3, 5, "c-20")
        return found, " ".join(sql for sql, _ in statements)

    few, few_sql = searched(listings.FEW_DATED_CLAIMS)
    many, many_sql = searched(0)
    assert few == many and few[0][0] > 0
    assert "claims_years" not in few_sql and "claims_years" in many_sql


def test_an_orders_claim_number_piece_tests_the_counter_in_the_year_index(loaded: Database) -> None:
    """全部 + “2025-1”: each year of the orders' claim numbers (0027's table, filled in no useful order)
    read newest first, the counter's head tested in migration 0030's covering index, not in the table
    (PostgreSQL sorted a bitmap of a year's 100,000 rows instead: 80 ms at a million orders; 23 so)."""
    with loaded.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM work_order_claim_numbers")  # as autovacuum would: pages all-visible
    listing = WorkOrderListing(loaded.sessions)
    with captured(loaded.engine) as statements:
        assert listing.first_page("2025-0", at_most=1000, limit=200)[0] > 0
    lines = [row[0] for row in explained(loaded.engine, statements, discouraged=("seqscan",))]
    read = "Index Only Scan Backward using ix_number_year_work_order_claim_numbers"
    assert len([line for line in lines if read in line]) >= 2, "\n".join(lines)  # per year, and the years
