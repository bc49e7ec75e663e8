"""Issue 8 regression guard, without timing: the service receipt's data is read with a fixed, small
number of statements whatever the data (no lazy load per related row), and none scans a table."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from desktop_app.db.models import Claim, Staff
from desktop_app.db.opening import open_database
from desktop_app.services import settings
from desktop_app.services.actor import SYSTEM
from desktop_app.services.receipts import ReceiptService
from desktop_app.services.sample_data import load_sample_data
from search_capture import captured, full_table_scans

# The claim with its customer, unit, product, operator and work order number in one SELECT, and the
# centre's three letterhead settings in one more. It was nine: one per related row and setting.
RECEIPT_STATEMENTS = 2
# A claim whose tier a supervisor overrode (rule W10) also names the supervisor.
RECEIPT_STATEMENTS_OVERRIDDEN = 3


def _counts(db_url: str, claims: int) -> dict[str, int]:
    database = open_database(make_url(db_url))
    try:
        load_sample_data(database.sessions, claims=claims, today=dt.date(2026, 11, 27))
        with database.sessions.write() as s, s.begin():
            settings.put(s, "centre.name", "计数服务中心")  # one stored, two from the defaults
            plain, overridden = s.execute(select(Claim.id, Claim.number).where(
                Claim.override_by_id.is_(None)).order_by(Claim.id).limit(2)).all()
            s.execute(update(Claim).where(Claim.id == overridden.id).values(
                override_by_id=s.scalar(select(Staff.id).order_by(Staff.id).limit(1)),
                override_reason="计数"))
        service = ReceiptService(database.sessions)
        out = {}
        for name, ref in (("by_number", plain.number), ("by_id", plain.id), ("overridden", overridden.number)):
            with captured(database.engine) as seen:
                data = service.receipt(SYSTEM, ref, language="zh_CN", translate=lambda _c, text: text)
            assert data.centre.name == "计数服务中心"
            out[name] = len(seen)
            if database.engine.dialect.name == "sqlite":
                assert full_table_scans(database.engine, seen) == []
                # The edition line's latest correction is one seek in (entity, entity_id, at); through
                # (entity, at) SQLite walked every claim's entries: 0.83 s a receipt at a million claims.
                assert not [step for step in _plan_steps(database.engine, seen) if "ix_audit_log_entity_at" in step]
        return out
    finally:
        database.dispose()



def _plan_steps(engine, statements: list) -> list[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return [row[-1] for sql, params in statements
                for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]


def test_the_receipt_data_takes_a_fixed_number_of_statements(db_url: str) -> None:
    small = _counts(db_url, 20)
    assert small == {"by_number": RECEIPT_STATEMENTS, "by_id": RECEIPT_STATEMENTS,
                     "overridden": RECEIPT_STATEMENTS_OVERRIDDEN}
    assert _counts(db_url, 120) == small  # never a statement per row already there
