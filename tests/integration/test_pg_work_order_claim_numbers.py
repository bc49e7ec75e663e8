"""Issue 8 on PostgreSQL, without timing: 维修工单's 全部 finds orders by their claim's number through
migration 0027's table of them, keyed by order. The table follows new orders, an order's claim changed
or cleared, and removed orders; the migration fills it from the orders there; and a claim number's year
typed, or digits, read that table's indexes instead of testing each order's claim from the newest order
back (“SC-2025” 0.77 s, “2021” 1.5 s at a million orders). What such searches list is checked against
the plain search in test_bounded_search.py."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from desktop_app.db.models import Claim, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.listings import WorkOrderListing
from search_capture import captured, explained, refilled_by_migration, sample_database

pytestmark = pytest.mark.postgres

BEFORE = "0026_pg_number_digits"


@pytest.fixture
def loaded(fresh_pg_url: str) -> Database:
    yield from sample_database(fresh_pg_url)


def _stored(database: Database) -> set[tuple[int, str]]:
    with database.engine.connect() as conn:
        return set(conn.execute(text("SELECT order_id, claim_number FROM work_order_claim_numbers")).all())


def _expected(database: Database) -> set[tuple[int, str]]:
    with database.sessions.read() as s:
        return set(s.execute(select(WorkOrder.id, Claim.number).join(Claim, WorkOrder.claim_id == Claim.id)).all())


def test_the_table_follows_new_changed_and_removed_orders(loaded: Database) -> None:
    assert _stored(loaded) == _expected(loaded) != set()
    with loaded.sessions.read() as s:
        order = s.scalar(select(WorkOrder).where(WorkOrder.claim_id.is_not(None)).order_by(WorkOrder.id).limit(1))
        other_claim = s.scalar(select(Claim).where(Claim.id != order.claim_id).order_by(Claim.id.desc()).limit(1))
    with loaded.sessions.write() as s, s.begin():  # an order made for a claim
        added = WorkOrder(number="WO-2099-000001", claim_id=order.claim_id, customer_id=order.customer_id,
                          unit_id=order.unit_id, kind=order.kind)
        s.add(added)
        s.flush()
        added_id = added.id
    assert (added_id, _claim_number(loaded, order.claim_id)) in _stored(loaded)
    assert _stored(loaded) == _expected(loaded)

    with loaded.sessions.write() as s, s.begin():  # its claim changed, then cleared
        s.get(WorkOrder, added_id).claim_id = other_claim.id
    assert (added_id, other_claim.number) in _stored(loaded)
    assert _stored(loaded) == _expected(loaded)
    with loaded.sessions.write() as s, s.begin():
        s.get(WorkOrder, added_id).claim_id = None
    assert not [row for row in _stored(loaded) if row[0] == added_id]

    with loaded.sessions.write() as s, s.begin():  # a claim again, then the order removed
        s.get(WorkOrder, added_id).claim_id = other_claim.id
    assert (added_id, other_claim.number) in _stored(loaded)
    with loaded.sessions.write() as s, s.begin():
        s.delete(s.get(WorkOrder, added_id))
    assert not [row for row in _stored(loaded) if row[0] == added_id]
    assert _stored(loaded) == _expected(loaded)


def _claim_number(database: Database, claim_id: int) -> str:
    with database.sessions.read() as s:
        return s.get(Claim, claim_id).number


def test_the_migration_fills_the_table_from_the_orders_there(loaded: Database) -> None:
    expected = _expected(loaded)
    assert refilled_by_migration(loaded, BEFORE, "work_order_claim_numbers", _stored) == expected != set()


@pytest.mark.parametrize("typed, index", [("SC-2025", "ix_number_year_work_order_claim_numbers"),
                                          ("sc-2025-0", "ix_number_year_work_order_claim_numbers"),
                                          ("2025", "ix_number_year_work_order_claim_numbers"),
                                          ("2025", "ix_trgm_work_order_claim_numbers_counter"),
                                          # Other text: its trigram index or its primary key, as the
                                          # planner weighs them (on these few rows, the key).
                                          ("C-2025-0", "work_order_claim_numbers")])
def test_a_claim_number_in_all_orders_reads_the_orders_own_table(loaded: Database, typed: str, index: str) -> None:
    listing = WorkOrderListing(loaded.sessions)  # 全部
    with captured(loaded.engine) as statements:
        assert listing.count(typed, at_most=1000) > 0
        assert listing.fetch(0, 200, typed)
    count, page = statements
    # Bitmap scans stay allowed: a trigram (GIN) index is read no other way. Whole-index reads are not,
    # for the counter: on these few rows the year index, which carries the number (migration 0030), is
    # read whole at less cost than the counter's trigram index; at a million orders it is not.
    discouraged = ("seqscan", "indexonlyscan") if index.endswith("_counter") else ("seqscan",)
    count_lines = [row[0] for row in explained(loaded.engine, [count], discouraged=discouraged)]
    page_lines = [row[0] for row in explained(loaded.engine, [page], discouraged=discouraged)]
    assert [line for line in count_lines if index in line], count_lines
    assert [line for line in page_lines if index in line], page_lines
    # The count reads no claim: each order's claim was tested from the newest order back.
    assert not [line for line in count_lines if " claims" in line], count_lines
