"""Issue 8, PostgreSQL, compiled SQL only: a search's count reads the matches that are the list's own
rows (claim, order and call numbers) newest first. Unordered, PostgreSQL took every match from the
trigram index as one bitmap first: a year typed into the claims list (“2026”, in the year's 230,000
claim numbers at a million) took the count 0.35 s, “SC-2026” 0.79 s; newest first it stops at the
count's cap (10 and 2 ms; a number typed from its prefix now reads migration 0025's index instead).
Matches through other rows (customers, units) keep no order: sorting every order of 8,838 customers
made the work orders' count of one surname 19 ms instead of 2 (one character of a name is now read from
the orders' own table of them, migration 0029: two characters still go through the customers)."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy.dialects import postgresql, sqlite

from desktop_app.services.intake_support import CallLogListing
from desktop_app.services.listings import ClaimListing, WorkOrderListing
from desktop_app.services.text_search import Search


def _count_sql(listing_class: type, dialect: str, text: str) -> str:
    sessions = SimpleNamespace(engine=SimpleNamespace(dialect=SimpleNamespace(name=dialect)))
    statement = listing_class(sessions)._count_statement(Search(dialect, text))
    return str(statement.compile(dialect=postgresql.dialect() if dialect == "postgresql" else sqlite.dialect()))


def test_postgres_counts_number_matches_newest_first() -> None:
    for listing_class, text, key in ((ClaimListing, "2026", "claims.id"), (WorkOrderListing, "WO-202", "work_orders.id"),
                                     (CallLogListing, "CL-2026", "calls.id")):
        assert f"ORDER BY {key} DESC" in _count_sql(listing_class, "postgresql", text), listing_class


def test_matches_through_customers_and_sqlites_counts_keep_no_order() -> None:
    assert "ORDER BY" not in _count_sql(WorkOrderListing, "postgresql", "韩金")  # through the customers
    assert "ORDER BY" not in _count_sql(ClaimListing, "postgresql", "8337").split("UNION")[0]  # the phone's customers
    assert "ORDER BY claims.id DESC" not in _count_sql(ClaimListing, "sqlite", "SC-2026")
