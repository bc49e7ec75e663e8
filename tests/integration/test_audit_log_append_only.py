"""The audit log is evidence: the database itself refuses UPDATE and DELETE on it (rule E24)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop_app.db.models import AuditEntry
from desktop_app.db.opening import Database
from desktop_app.services import audit_trail
from desktop_app.services.actor import SYSTEM


@pytest.fixture
def one_entry(database: Database) -> Database:
    with database.sessions.write() as s, s.begin():
        audit_trail.record(s, SYSTEM, "claim", 1, "create", {"status": "open"})
    return database


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET action = 'tampered'", "DELETE FROM audit_log"],
    ids=["update", "delete"],
)
def test_raw_changes_to_the_audit_log_fail(one_entry: Database, statement: str) -> None:
    with pytest.raises(DBAPIError, match="append-only"), one_entry.engine.begin() as conn:
        conn.execute(text(statement))
    with one_entry.sessions.read() as s:
        entry = s.scalar(select(AuditEntry))
    assert entry.action == "create" and entry.changes == {"status": "open"}


def test_truncate_fails_on_postgres(one_entry: Database) -> None:
    if one_entry.engine.dialect.name != "postgresql":
        assert one_entry.engine.dialect.name == "sqlite"  # SQLite has no TRUNCATE statement
        return
    with pytest.raises(DBAPIError, match="append-only"), one_entry.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_log"))
    with one_entry.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 1
