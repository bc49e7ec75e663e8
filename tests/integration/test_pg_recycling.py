"""The suite's recycled PostgreSQL databases (tests/pg_recycling.py) come back as new from the template."""

from __future__ import annotations

import psycopg
import pytest
from pg_recycling import RecycledDatabases
from sqlalchemy.engine import make_url

from desktop_app.core.roles import Role
from desktop_app.db.models import AuditEntry, Staff
from desktop_app.db.opening import open_database


def _add_boss(url: str) -> int:
    database = open_database(make_url(url), upgrade=False)
    try:
        with database.sessions.write() as s, s.begin():
            boss = Staff(username="boss", display_name="王总", role=Role.MANAGER, password_hash="x")
            s.add(boss)
            s.flush()
            s.add(AuditEntry(user_id=boss.id, entity="staff", entity_id=boss.id, action="create"))
            return boss.id
    finally:
        database.dispose()


def _connect(server, url: str) -> psycopg.Connection:  # type: ignore[no-untyped-def]
    return psycopg.connect(host="127.0.0.1", port=server.port, user="postgres", dbname=url.rsplit("/", 1)[-1],
                           autocommit=True)


@pytest.mark.postgres
def test_a_database_given_back_is_handed_on_empty_with_its_rules_intact(pg_server, _pg_template) -> None:  # type: ignore[no-untyped-def]
    pool = RecycledDatabases(pg_server, _pg_template)
    first = pool.take()
    with _connect(pg_server, first) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        _add_boss(first)
        left_open = _connect(pg_server, first)  # a connection the test forgot: closed before the reset
        left_open.execute("BEGIN")
        left_open.execute("LOCK TABLE staff IN ACCESS EXCLUSIVE MODE")
    pool.give_back(first)
    assert left_open.closed or left_open.broken or _is_dead(left_open)
    again = pool.take()
    assert again == first
    with _connect(pg_server, again) as conn:
        assert conn.execute("SELECT count(*) FROM staff").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == version
        assert _add_boss(again) == 1  # the sequences start again as in the template
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("DELETE FROM audit_log")  # the trigger the reset steps round still guards the log


@pytest.mark.postgres
def test_a_database_whose_schema_a_test_changed_is_not_handed_on(pg_server, _pg_template) -> None:  # type: ignore[no-untyped-def]
    pool = RecycledDatabases(pg_server, _pg_template)
    changed = pool.take()
    with _connect(pg_server, changed) as conn:
        conn.execute("ALTER TABLE customers ADD COLUMN nickname text")
    pool.give_back(changed)
    assert pool.take() != changed


def _is_dead(conn: psycopg.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return True
    return False
