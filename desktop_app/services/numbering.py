"""Human-readable document numbers (claims, orders, requisitions), unique across counters."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop_app.db.models import NumberSequence

# Prefixes: 理赔 claim, 工单 work order, 备料 requisition, 来电 call, 投诉 complaint, 返厂 return.
CLAIM = "SC"
WORK_ORDER = "WO"
REQUISITION = "RQ"
CALL = "CL"
COMPLAINT = "CP"
RETURN = "RT"


def next_number(session: Session, prefix: str, on: dt.date) -> str:
    """``SC-2026-000123``: a per-year counter, incremented in the caller's transaction.

    The row is created with an upsert and bumped with an UPDATE, so two counters sharing one
    PostgreSQL database serialise on the row lock and never hand out the same number. A rolled
    back transaction gives its number back: numbers are never reused once committed.
    """
    period = f"{on.year:04d}"
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(NumberSequence)
        .values(prefix=prefix, period=period, last_value=0)
        .on_conflict_do_nothing(index_elements=["prefix", "period"])
    )
    session.execute(
        update(NumberSequence)
        .where(NumberSequence.prefix == prefix, NumberSequence.period == period)
        .values(last_value=NumberSequence.last_value + 1)
    )
    value = session.scalar(
        select(NumberSequence.last_value).where(
            NumberSequence.prefix == prefix, NumberSequence.period == period
        )
    )
    return f"{prefix}-{period}-{value:06d}"
