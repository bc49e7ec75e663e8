"""Issue 8 on PostgreSQL, without timing: a claims list with a date range runs down the claim date index.
Newest ids first, PostgreSQL walked the primary key backwards from the newest claim until it reached the
range (it does not know ids follow dates): 2024's first page took 0.14 s on a million claims, 10 s with
a cold cache, and this month's last page 0.4 s. By claim date both take under 10 ms."""

from __future__ import annotations

import datetime as dt

import pytest
from search_capture import captured
from sqlalchemy.engine import make_url

from desktop_app.db.opening import open_database
from desktop_app.services import listing_base
from desktop_app.services.listings import ClaimFilter, ClaimListing
from desktop_app.services.sample_data import load_sample_data

pytestmark = pytest.mark.postgres


def test_a_date_range_page_comes_from_the_claim_date_index(fresh_pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    database = open_database(make_url(fresh_pg_url))
    try:
        load_sample_data(database.sessions, claims=40, today=dt.date(2026, 11, 27))
        with database.engine.connect() as conn:  # statistics, as autovacuum leaves them
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE claims")
        monkeypatch.setattr(listing_base, "FAR_OFFSET", 4)  # the small data set counts as far
        listing = ClaimListing(database.sessions)
        listing.filter = ClaimFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2026, 10, 31))
        total = listing.count()
        assert total > 8
        with captured(database.engine) as statements:
            first = listing.fetch(0, 3)
            last = listing.fetch(total - 2, 3)  # read from the end
        assert len(first) == 3 and len(last) == 2
        pages = [(sql, params) for sql, params in statements if " IN (SELECT" in sql]
        assert len(pages) == 2, statements
        with database.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")  # tiny tables: which index can serve
            for sql, params in pages:
                plan = "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql, params))
                keys = [line for line in plan.splitlines() if " on claims claims_1" in line]  # the page's keys
                assert keys and all("using ix_claims_claim_date" in line for line in keys), plan
    finally:
        database.dispose()
