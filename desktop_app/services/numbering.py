"""Human-readable document numbers (claims, orders, requisitions), unique across counters."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from desktop_app.db.models import NumberSequence

# Prefixes: 理赔 claim, 工单 work order, 备料 requisition, 来电 call, 投诉 complaint, 返厂 return.
CLAIM = "SC"
WORK_ORDER = "WO"
REQUISITION = "RQ"
CALL = "CL"
COMPLAINT = "CP"
RETURN = "RT"


@cache  # built once per dialect: a statement per number is the hot path of every intake (issue 8)
def _bump(dialect: str) -> Any:
    """Creates the counter at 1 or adds 1 to it, and returns the new value: one statement."""
    if dialect == "postgresql":  # each dialect's module loads when first used, not at start
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    table = NumberSequence.__table__
    statement = insert(table).values(prefix=bindparam("prefix"), period=bindparam("period"), last_value=1)
    return statement.on_conflict_do_update(
        index_elements=[table.c.prefix, table.c.period], set_={"last_value": table.c.last_value + 1},
    ).returning(table.c.last_value)


def next_number(session: Session, prefix: str, on: dt.date) -> str:
    """``SC-2026-000123``: a per-year counter, incremented in the caller's transaction.

    One upsert creates the row or bumps it and returns the new value. On PostgreSQL
    ``ON CONFLICT DO UPDATE`` is atomic and takes the row lock, so two counters sharing one database
    serialise on it until commit and never hand out the same number; SQLite writers hold the
    database write lock (BEGIN IMMEDIATE). A rolled back transaction gives its number back, so the
    committed numbers never repeat and have no gaps.
    """
    period = f"{on.year:04d}"
    statement = _bump("postgresql" if session.get_bind().dialect.name == "postgresql" else "sqlite")
    value = session.execute(statement, {"prefix": prefix, "period": period}).scalar_one()
    return f"{prefix}-{period}-{value:06d}"
