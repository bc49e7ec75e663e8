"""Issue 8 on PostgreSQL, without timing: the staff evaluation's orders are found through the indexes
of their four ranges (a UNION), not by reading every order, and their hand-overs through their own
partial index; and the counter's connections compile no query to machine code (JIT), which took
1.4 s over a 0.1 s evaluation at 100,000 orders."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import make_url

from desktop_app.db.models import Staff
from desktop_app.db.month_reads import MONTH_READ_PARALLEL_WORKERS, MONTH_READ_RANDOM_PAGE_COST, prefer_index_lookups
from desktop_app.db.opening import Database, open_database
from desktop_app.services.actor import SYSTEM
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_facts import Calendar, gather
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.sample_data import load_sample_data
from search_capture import captured

TODAY = dt.date(2026, 11, 27)
CLOCK = dt.datetime(2026, 11, 27, 4, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def loaded(fresh_pg_url: str) -> Database:
    database = open_database(make_url(fresh_pg_url))
    load_sample_data(database.sessions, claims=80, today=TODAY)
    with database.engine.connect() as conn:  # statistics now, not whenever autovacuum comes by
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    yield database
    database.dispose()


@pytest.mark.postgres
def test_the_evaluations_orders_come_through_indexes(loaded: Database) -> None:
    months = [dt.date(2026, 10, 1), dt.date(2026, 11, 1)]
    with loaded.sessions.read() as s:
        everyone = list(s.scalars(select(Staff.id).order_by(Staff.id)))
        with captured(loaded.engine) as statements:
            facts = gather(s, everyone[:3], Calendar(months, CLOCK))  # and the others' hand-overs
    assert facts, "the sample data should give the evaluated people orders"
    plan = []
    with loaded.engine.connect() as conn:
        # Tiny tables are read whole (in turn or through their primary keys) whatever the indexes;
        # the guard is whether an index *can* serve.
        for kind in ("seqscan", "indexscan", "indexonlyscan"):
            conn.exec_driver_sql(f"SET enable_{kind} = off")
        for sql, params in statements:
            if "FROM work_orders" in sql:
                plan += [row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql, params)]
        conn.rollback()
    assert any("ix_work_orders_tech_completed" in line or "ix_work_orders_completed_at" in line for line in plan), plan
    assert not [line for line in plan if "Seq Scan on work_orders" in line], plan
    # The orders the ranges found are then read by key (= ANY of their array): joined as a set, a busy
    # month's 25,000 let the planner hash them against every order read in turn (1.4 s cold at a million).
    assert any("Index Cond: (id = ANY (" in line for line in plan), plan
    # Whether each order changed hands: from the hand-overs' own small index (migration 0013), not
    # a read of every event.
    assert any("ix_work_order_events_hand_overs" in line for line in plan), plan


@pytest.mark.postgres
def test_counter_connections_do_not_compile_queries(loaded: Database) -> None:
    with loaded.engine.connect() as conn:
        assert conn.execute(text("SHOW jit")).scalar() == "off"


@pytest.mark.postgres
def test_searches_start_no_parallel_workers_and_month_end_reads_may(loaded: Database) -> None:
    """Starting workers costs more than a search takes (one character of a name: 40 ms against 1 ms at
    a million claims); a month-end read gains from them, in its own transaction only."""
    with loaded.sessions.read() as s:
        assert s.execute(text("SHOW max_parallel_workers_per_gather")).scalar() == "0"
        prefer_index_lookups(s)
        assert s.execute(text("SHOW max_parallel_workers_per_gather")).scalar() == str(MONTH_READ_PARALLEL_WORKERS)
    with loaded.sessions.read() as s:  # the pooled connection goes back as it was
        assert s.execute(text("SHOW max_parallel_workers_per_gather")).scalar() == "0"


@pytest.mark.postgres
def test_month_end_reads_cost_random_reads_as_an_ssds_for_their_own_transaction(loaded: Database) -> None:
    month = dt.date(2026, 10, 1)
    settings: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "random_page_cost" in statement:
            settings.append(statement)

    event.listen(loaded.engine, "before_cursor_execute", seen)
    try:
        MonthlyReports(loaded.sessions).repair_monthly(SYSTEM, month)
        EvaluationService(loaded.sessions).month(SYSTEM, month)
    finally:
        event.remove(loaded.engine, "before_cursor_execute", seen)
    assert len(settings) == 2, settings  # each report sets it first, in its own transaction
    with loaded.sessions.read() as s:
        default = s.execute(text("SHOW random_page_cost")).scalar()
        prefer_index_lookups(s)
        assert s.execute(text("SHOW random_page_cost")).scalar() == str(MONTH_READ_RANDOM_PAGE_COST)
    with loaded.sessions.read() as s:  # the pooled connection goes back as it was
        assert s.execute(text("SHOW random_page_cost")).scalar() == default == "4"
