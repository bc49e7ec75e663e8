"""Money survives exactly as fen, timestamps as UTC, enums are checked by the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import FundEntryKind
from desktop_app.db.models import FundLedgerEntry, Staff
from desktop_app.db.opening import Database


def _staff(**kw: object) -> Staff:
    values = {"username": "tech.li", "display_name": "李强", "role": Role.TECHNICIAN, "password_hash": "x"}
    values.update(kw)
    return Staff(**values)


def test_money_is_stored_as_integer_fen_and_read_back_exactly(database: Database) -> None:
    amounts = [Decimal("0.10"), Decimal("0.20"), Decimal("123456.78"), Decimal("-0.01")]
    with database.sessions.write() as s, s.begin():
        for amount in amounts:
            s.add(FundLedgerEntry(entry_date=dt.date(2026, 1, 5), quarter="2026Q1",
                                  kind=FundEntryKind.ACCRUAL, amount=amount))
    with database.sessions.read() as s:
        assert [e.amount for e in s.scalars(select(FundLedgerEntry).order_by(FundLedgerEntry.id))] == amounts
        raw = s.execute(text("SELECT amount FROM fund_ledger ORDER BY id")).scalars().all()
    assert raw == [10, 20, 12345678, -1]


def test_sub_fen_amounts_are_refused(database: Database) -> None:
    with pytest.raises(StatementError), database.sessions.write() as s, s.begin():
        s.add(FundLedgerEntry(entry_date=dt.date(2026, 1, 5), quarter="2026Q1",
                              kind=FundEntryKind.ACCRUAL, amount=Decimal("0.001")))


def test_timestamps_are_stored_in_utc_and_come_back_aware(database: Database) -> None:
    beijing = dt.timezone(dt.timedelta(hours=8))
    moment = dt.datetime(2026, 11, 27, 9, 30, tzinfo=beijing)
    with database.sessions.write() as s, s.begin():
        s.add(_staff(locked_until=moment))
    with database.sessions.read() as s:
        stored = s.scalar(select(Staff.locked_until))
    assert stored == moment
    assert stored.utcoffset() == dt.timedelta(0) and stored.hour == 1


def test_naive_timestamps_are_a_bug(database: Database) -> None:
    with pytest.raises(StatementError, match="naive"), database.sessions.write() as s, s.begin():
        s.add(_staff(locked_until=dt.datetime(2026, 11, 27, 9, 30)))


def test_database_refuses_unknown_enum_values(database: Database) -> None:
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO staff (username, display_name, role, password_hash, active, failed_sign_ins,"
            " created_at, row_version) VALUES ('x', 'x', 'janitor', 'x', true, 0, '2026-01-01', 1)"
        ))


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO units (serial, product_id, sale_registered, created_at, row_version)"
            " VALUES ('SN1', 999, false, '2026-01-01', 1)"
        ))
