"""Several counters on one database: a report marked sent keeps its first day (rule D3), two desks
saving at the same instant get an answer instead of "internal error", a server that is down or a
counter that holds a lock (cable pulled mid-save) gives the plain "could not be reached or stayed
busy" message within the lock timeout instead of a raw driver error or a frozen window.

The same-instant races are made deterministic with a hook on the engine: just before this desk's
INSERT, the other desk's whole save runs and commits (no sleeps). On SQLite writers queue (BEGIN
IMMEDIATE), so those races exist on PostgreSQL only and are tested there."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db import engine as db_engine
from desktop_app.db.engine import SessionFactory, create_engine_for
from desktop_app.db.models import SentMonthlyReport, Survey
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import DatabaseUnavailable, ValidationError
from desktop_app.services.lookup import Lookup
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.report_status import sent_on
from desktop_app.services.surveys import SurveyService
from desktop_app.services.work_orders import WorkOrderService

OCTOBER = dt.date(2026, 10, 1)
GOOD = {"speed": 5, "attitude": 5, "explanation": 4, "quality": 5, "on_time": 4, "overall": 5}
PATIENCE_S = 30  # bounds a wait on the other thread, so a missing timeout fails instead of hanging
BUSY = "could not be reached or stayed busy too long"


def on_day(day: int) -> Callable[[], dt.datetime]:
    return lambda: dt.datetime(2026, 11, day, 3, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def other_desk_saves_first(engine: Engine, table: str, save: Callable[[], object]) -> list[object]:
    """Just before this desk's first INSERT into ``table``, runs ``save`` (the other desk) to its commit."""
    done: list[object] = []

    def hook(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if done or not statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()}"):
            return
        done.append("started")
        other = threading.Thread(target=lambda: done.append(save()))
        other.start()
        other.join(PATIENCE_S)
        assert not other.is_alive(), "the other desk's save never finished"

    event.listen(engine, "before_cursor_execute", hook)
    return done


# --- #5: D3, the first "mark as sent" stands ---------------------------------------------------------

def test_a_second_mark_as_sent_keeps_the_first_day_and_says_who_marked_it(depot: Depot) -> None:
    sessions = depot.db.sessions
    MonthlyReports(sessions, clock=on_day(2)).mark_sent(depot.staff["sup"], OCTOBER)  # rule D3: on time
    with pytest.raises(ValidationError) as refused:  # a dialog left open since, pressed on the 5th
        MonthlyReports(sessions, clock=on_day(5)).mark_sent(depot.staff["manager"], OCTOBER)
    assert "already marked sent on 2026-11-02 by 张主管" in refused.value.render()
    assert refused.value.field == "month"
    assert sent_on(sessions, OCTOBER) == dt.date(2026, 11, 2)  # still on time, not "sent late on the 5th"


@pytest.mark.postgres
def test_two_counters_marking_sent_at_the_same_instant_one_is_told_the_other_did(pg_url: str) -> None:
    db = open_database(make_url(pg_url))
    try:
        depot = build_depot(db)
        first = other_desk_saves_first(db.engine, "sent_monthly_reports", lambda: MonthlyReports(
            db.sessions, clock=on_day(2)).mark_sent(depot.staff["sup"], OCTOBER))
        with pytest.raises(ValidationError) as refused:  # not a raw UniqueViolation ("internal error")
            MonthlyReports(db.sessions, clock=on_day(2)).mark_sent(depot.staff["manager"], OCTOBER)
        assert first == ["started", [OCTOBER]]  # the months the other desk marked
        assert "already marked sent on 2026-11-02 by 张主管" in refused.value.render()
        assert sent_on(db.sessions, OCTOBER) == dt.date(2026, 11, 2)
    finally:
        db.dispose()


# --- #6: the same paper survey entered at two desks at once ------------------------------------------

@pytest.mark.postgres
def test_the_same_survey_saved_at_two_desks_at_once_is_replaced_not_an_internal_error(pg_url: str) -> None:
    db = open_database(make_url(pg_url))
    try:
        depot = build_depot(db)
        saved = depot.take_in("SN-RACE", dt.date.today() - dt.timedelta(days=200))
        oid = order_id(db, saved.work_order_number)
        orders = WorkOrderService(db.sessions)
        orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
        for state in (S.DIAGNOSING, S.REPAIRING, S.REPAIRED):
            orders.set_state(depot.staff["tech"], oid, state)
        surveys = SurveyService(db.sessions)
        number = saved.work_order_number
        other = other_desk_saves_first(db.engine, "surveys", lambda: surveys.enter(
            depot.staff["manager"], number, {**GOOD, "overall": 3}))
        replaced = surveys.enter(depot.staff["operator"], number, GOOD)
        assert other == ["started", False]  # the other desk's entry was the first
        assert replaced is True  # this desk is told "replaced", as when the two save one after the other
        with db.sessions.read() as s:
            assert s.scalars(select(Survey.overall).where(Survey.work_order_id == oid)).all() == [5]
    finally:
        db.dispose()


# --- #7a: the server is down ------------------------------------------------------------------------

def closed_port() -> int:
    with socket.socket() as probe:  # a port nothing listens on: the connect is refused at once
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_customer_lookup_with_the_server_down_says_it_could_not_be_reached(db_url: str, tmp_path: Path) -> None:
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":  # a database that cannot be opened at all
        (tmp_path / "not-a-file.sqlite3").mkdir()
        url = url.set(database=str(tmp_path / "not-a-file.sqlite3"))
    else:
        url = url.set(host="127.0.0.1", port=closed_port())
    engine = create_engine_for(url)
    try:
        with pytest.raises(DatabaseUnavailable) as down:  # not the driver's raw OperationalError
            Lookup(SessionFactory(engine)).customers("13812345678")
        assert BUSY in down.value.render()
        assert engine.pool.checkedout() == 0
    finally:
        engine.dispose()


# --- #7b: a counter holding a lock (cable pulled mid-save) -------------------------------------------

@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_engine, "PG_LOCK_TIMEOUT_MS", 300)
    monkeypatch.setattr(db_engine, "SQLITE_BUSY_TIMEOUT_MS", 300)


def test_a_save_blocked_by_another_counters_lock_says_busy_instead_of_freezing(db_url: str,
                                                                               short_waits: None) -> None:
    db = open_database(make_url(db_url))
    holder_engine = create_engine_for(db.engine.url)
    try:
        depot = build_depot(db)
        with Session(holder_engine) as holder:  # the other counter: mid-save, its cable pulled
            holder.add(SentMonthlyReport(month=OCTOBER, sent_on=dt.date(2026, 11, 2), recorded_at=on_day(2)()))
            holder.flush()  # the row (SQLite: the whole write lock) stays locked until it ends
            outcome: list[BaseException | None] = []

            def press() -> None:
                try:
                    MonthlyReports(db.sessions, clock=on_day(2)).mark_sent(depot.staff["sup"], OCTOBER)
                    outcome.append(None)
                except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                    outcome.append(exc)

            started = time.monotonic()
            counter = threading.Thread(target=press)
            counter.start()
            counter.join(PATIENCE_S)
            waited = time.monotonic() - started
            frozen = counter.is_alive()
            holder.rollback()  # the server ends the dead counter's transaction; let the thread go
            counter.join(PATIENCE_S)
        assert not frozen, "the save waited on the lock for ever"
        assert isinstance(outcome[0], DatabaseUnavailable) and BUSY in outcome[0].render()
        assert waited < 5
    finally:
        holder_engine.dispose()
        db.dispose()


@pytest.mark.postgres
def test_postgres_sessions_time_out_on_locks_idle_transactions_and_dead_peers(pg_url: str) -> None:
    engine = create_engine_for(make_url(pg_url))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW lock_timeout")).scalar() == "15s"
            assert conn.execute(text("SHOW idle_in_transaction_session_timeout")).scalar() == "1min"
            params = conn.connection.dbapi_connection.info.get_parameters()
            assert (params["keepalives"], params["keepalives_idle"], params["keepalives_count"]) == ("1", "30", "3")
            assert conn.execute(select(func.now())).scalar() is not None
    finally:
        engine.dispose()


def test_sqlite_keeps_its_own_busy_timeout(sqlite_url: str) -> None:
    """The PostgreSQL options must not reach SQLite (which would refuse them)."""
    engine = create_engine_for(make_url(sqlite_url))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 15_000
    finally:
        engine.dispose()
