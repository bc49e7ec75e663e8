"""Issue 8 on PostgreSQL, without timing: in a work-orders queue (a few hundred or thousand open orders)
a number typed is tested on the queue's own orders, which are read through the queue's index and then
sorted. Offered the numbers' trigram indexes, PostgreSQL combined a queue's 2,000 orders with the 235,000
numbers holding “WO-2026” (48 ms, where testing the 2,000 takes about 1); ordered by the key itself it
walked back past 997,000 orders for a queue's 2,464 (168 ms). What a queue lists is checked against the
plain search in test_bounded_search.py."""

from __future__ import annotations

import pytest

from desktop_app.db.opening import Database
from desktop_app.services.listings import WorkOrderListing, WorkOrderQueue
from search_capture import captured, explained, sample_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def loaded(fresh_pg_url: str) -> Database:
    yield from sample_database(fresh_pg_url)


@pytest.mark.parametrize("typed", ["WO-2026", "SC-2026", "2026"])
def test_a_number_in_a_queue_is_tested_on_the_queues_orders(loaded: Database, typed: str) -> None:
    listing = WorkOrderListing(loaded.sessions)
    listing.queue = WorkOrderQueue.READY_FOR_PICKUP
    with captured(loaded.engine) as statements:
        listing.count(typed, at_most=1000)
        listing.fetch(0, 200, typed)
    lines = [row[0] for row in explained(loaded.engine, statements, discouraged=("seqscan",))]
    assert [line for line in lines if "ix_work_orders_state" in line], lines  # the queue's own index
    assert not [line for line in lines if "ix_trgm_work_orders_number" in line or "ix_trgm_claims_number" in line], lines
    tested = [line for line in lines if "strpos(upper((number)::text)" in line]
    assert len(tested) == 4, "\n".join(lines)  # the order's and the claim's number, in the count and in the page
    # Both on one reading of the queue's orders (the claim's number a subplan of the order's test), then the
    # newest of them by sorting, not by walking the key's own order back from the newest order.
    assert len([line for line in tested if "OR (SubPlan" in line]) == 2, "\n".join(lines)
    assert len([line for line in lines if "Sort Key: ((work_orders_" in line and ".id + 0)) DESC" in line]) == 2, lines
