"""Issue 8 on PostgreSQL, without timing: a claim or order number typed up to its year (“SC-2025”) is
read newest first from migration 0025's index of each number's year, for the count and the page. The
trigram index, read newest first, walked back through every newer row first: last year's prefix took
the claims list 0.46 s at a million claims. What such a search lists is checked against the plain
search in test_bounded_search.py."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.engine import make_url

from desktop_app.db.opening import Database, open_database
from desktop_app.services.listings import ClaimListing, WorkOrderListing
from desktop_app.services.sample_data import load_sample_data
from search_capture import captured

pytestmark = pytest.mark.postgres


@pytest.fixture
def loaded(fresh_pg_url: str) -> Database:
    database = open_database(make_url(fresh_pg_url))
    load_sample_data(database.sessions, claims=80, today=dt.date(2026, 11, 27))
    with database.engine.connect() as conn:  # statistics now, not whenever autovacuum comes by
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    yield database
    database.dispose()


def _plan(database: Database, statements: list) -> list[str]:
    lines = []
    with database.engine.connect() as conn:
        for kind in ("seqscan", "bitmapscan"):  # the tiny sample tables would be read whole
            conn.exec_driver_sql(f"SET enable_{kind} = off")
        for sql, params in statements:
            lines += [row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql, params)]
        conn.rollback()
    return lines


@pytest.mark.parametrize("listing_class, text, index", [
    (ClaimListing, "SC-2026", "ix_number_year_claims"), (ClaimListing, "sc-2026-0", "ix_number_year_claims"),
    (WorkOrderListing, "WO-2026", "ix_number_year_work_orders")])
def test_a_number_typed_up_to_its_year_reads_that_years_range_newest_first(
        loaded: Database, listing_class: type, text: str, index: str) -> None:
    listing = listing_class(loaded.sessions)
    with captured(loaded.engine) as statements:
        assert listing.count(text, at_most=1000) > 0
        assert listing.fetch(0, 200, text)
    lines = _plan(loaded, statements)
    assert len([line for line in lines if f"Index Scan Backward using {index}" in line]) == 2, lines
    assert not [line for line in lines if "ix_trgm_claims_number" in line or "ix_trgm_work_orders_number" in line], lines
