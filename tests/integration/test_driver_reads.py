"""Statements run on the bare driver (db.driver_reads, the keystroke lookups of issue 8) answer exactly
what SQLAlchemy answers for them, on both databases: the same rows, every column converted by its
type (enums, dates, UTC timestamps, money, JSON, NULLs), typed parameters converted on the way in.
The connection always goes back to the pool, and a failure is the usual plain message."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import Integer, String, bindparam, create_engine, func, literal_column, select, text
from sqlalchemy.engine import make_url

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.db import driver_reads
from desktop_app.db.driver_reads import DriverRead
from desktop_app.db.models import Claim, Customer, FeeScheduleItem, Unit
from desktop_app.db.opening import Database, open_database
from desktop_app.db.types import Money, UTCDateTime
from desktop_app.errors import DatabaseUnavailable
from desktop_app.services.sample_data import load_sample_data

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def loaded(database: Database) -> Database:
    load_sample_data(database.sessions, claims=40, today=TODAY)
    return database


def _both_ways(database: Database, statement, values: dict) -> tuple[list, list]:
    with database.sessions.read() as s:
        expected = [tuple(row) for row in s.execute(statement, values)]
    with database.sessions.driver() as connection:
        got = [tuple(row) for row in connection.all(DriverRead(statement, database.engine.dialect), values)]
    return got, expected


def test_rows_and_types_match_sqlalchemy(loaded: Database) -> None:
    statement = (
        select(Claim.id, Claim.number, Claim.channel, Claim.claim_date, Claim.created_at, Claim.approved_at,
               Claim.accessories_received, Claim.has_invoice, Customer.kind, Customer.contact_person,
               Unit.sale_date, Claim.decision)
        .join(Customer, Claim.customer_id == Customer.id).join(Unit, Claim.unit_id == Unit.id)
        .where(Claim.claim_date >= bindparam("since", type_=Claim.claim_date.type),
               Claim.created_at < bindparam("before", type_=UTCDateTime()),
               Claim.channel != bindparam("not_channel", type_=Claim.channel.type),
               Claim.number.like(bindparam("pattern", type_=String)))
        .order_by(Claim.id).limit(bindparam("limit", 100, type_=Integer))
    )
    values = {"since": TODAY - dt.timedelta(days=400), "not_channel": ClaimChannel.PHONE, "pattern": "%-%",
              "before": dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc)}
    got, expected = _both_ways(loaded, statement, values)
    assert got == expected and len(got) > 5  # ``limit`` left to its default
    assert {type(row[2]) for row in got} == {ClaimChannel}
    assert all(isinstance(row[3], dt.date) and row[4].tzinfo is dt.timezone.utc for row in got)
    assert any(row[5] is None for row in got) and all(isinstance(row[6], list) for row in got)
    assert all(not row[9] or isinstance(row[9], str) for row in got)


def test_money_goes_in_and_comes_out_as_decimal(loaded: Database) -> None:
    statement = (select(FeeScheduleItem.id, FeeScheduleItem.cost_price, FeeScheduleItem.fee_price)
                 .where(FeeScheduleItem.fee_price >= bindparam("least", type_=Money()))
                 .order_by(FeeScheduleItem.id))
    got, expected = _both_ways(loaded, statement, {"least": Decimal("10.50")})
    assert got == expected and got
    assert all(isinstance(row[1], Decimal) and row[2] >= Decimal("10.50") for row in got)


def test_an_empty_answer_and_a_repeated_parameter(loaded: Database) -> None:
    name = bindparam("name", type_=String)
    statement = select(Customer.id).where((Customer.name == name) | (Customer.contact_person == name))
    assert _both_ways(loaded, statement, {"name": "没有这个人"}) == ([], [])
    with loaded.sessions.read() as s:
        someone = s.scalar(select(Customer.name).order_by(Customer.id).limit(1))
    got, expected = _both_ways(loaded, statement, {"name": someone})
    assert got == expected and got


def test_statements_of_any_length_are_refused(database: Database) -> None:
    with pytest.raises(ValueError):  # an expanding IN renders new SQL per call: nothing to keep
        DriverRead(select(Customer.id).where(Customer.id.in_([1, 2, 3])), database.engine.dialect)


def test_an_error_is_raised_as_a_session_raises_it_and_the_connection_goes_back(loaded: Database) -> None:
    pool = loaded.engine.pool
    broken = select(literal_column("id")).select_from(text("no_such_table"))
    with pytest.raises(Exception) as through_session:
        with loaded.sessions.read() as s:
            s.execute(broken)
    with pytest.raises(type(through_session.value)) as through_driver:
        with loaded.sessions.driver() as connection:
            connection.all(DriverRead(broken, loaded.engine.dialect), {})
    # SQLite's "no such table" is an OperationalError, shown as the plain "could not be reached"
    # message; PostgreSQL's is a ProgrammingError (a bug, not the user's trouble), on both paths.
    assert str(through_driver.value) == str(through_session.value)
    assert pool.checkedout() == 0
    with loaded.sessions.driver() as connection:
        assert connection.all(DriverRead(select(func.count(Customer.id)), loaded.engine.dialect), {})[0][0] > 0
    assert pool.checkedout() == 0


def test_observers_see_each_statement_until_they_stop(loaded: Database) -> None:
    read = DriverRead(select(Customer.id).where(Customer.phone == bindparam("phone", type_=String)),
                      loaded.engine.dialect)
    seen = []
    with driver_reads.observing(lambda engine, sql, parameters: seen.append((engine, sql, parameters))):
        with loaded.sessions.driver() as connection:
            connection.all(read, {"phone": "13800000000"})
    with loaded.sessions.driver() as connection:
        connection.all(read, {"phone": "13900000000"})
    assert len(seen) == 1
    engine, sql, parameters = seen[0]
    assert engine is loaded.engine and sql == read.sql
    assert "13800000000" in (parameters.values() if isinstance(parameters, dict) else parameters)


@pytest.mark.postgres
def test_a_dropped_server_connection_is_a_plain_message_and_the_next_read_reconnects(pg_url: str) -> None:
    loaded = open_database(make_url(pg_url))
    whoami = DriverRead(select(func.pg_backend_pid()), loaded.engine.dialect)
    admin = create_engine(loaded.engine.url)
    try:
        with pytest.raises(DatabaseUnavailable):
            with loaded.sessions.driver() as connection:
                (pid,), = connection.all(whoami, {})
                with admin.begin() as conn:  # the server drops this very connection
                    conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
                connection.all(whoami, {})
        with loaded.sessions.driver() as connection:
            (fresh,), = connection.all(whoami, {})
        assert fresh != pid  # the dead connection was dropped, not handed out again
        assert loaded.engine.pool.checkedout() == 0
    finally:
        admin.dispose()
        loaded.dispose()
