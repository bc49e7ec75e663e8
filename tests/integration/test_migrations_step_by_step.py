"""A database at the first migration, full of data, upgraded step by step: every row survives."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from desktop_app.db import migrate
from desktop_app.db.opening import open_database
from desktop_app.services.sample_data import load_sample_data

TABLES = ("staff", "customers", "units", "claims", "work_orders", "work_order_events", "stock_movements",
          "requisitions", "calls", "surveys", "audit_log")


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def test_upgrade_from_the_first_migration_keeps_every_row(db_url: str) -> None:
    database = open_database(make_url(db_url))
    load_sample_data(database.sessions, claims=60)
    revisions = [s.revision for s in reversed(list(migrate.script_directory().walk_revisions()))]
    assert revisions[0] == "0001_initial" and len(revisions) >= 2
    migrate.downgrade(database.engine, revisions[0])  # back to the first schema, with the data in it
    before = _counts(database.engine)
    assert before["claims"] == 60
    for revision in revisions[1:]:  # then forward one step at a time
        migrate.upgrade(database.engine, revision)
        assert _counts(database.engine) == before, revision
    assert "travel_started_at" in {c["name"] for c in inspect(database.engine).get_columns("work_orders")}
    assert migrate.schema_differences(database.engine) == []
    database.dispose()


def test_opening_an_old_sqlite_file_backs_it_up_then_upgrades(sqlite_url: str) -> None:
    database = open_database(make_url(sqlite_url))
    load_sample_data(database.sessions, claims=10)
    migrate.downgrade(database.engine, "0001_initial")
    before = _counts(database.engine)
    database.dispose()
    reopened = open_database(make_url(sqlite_url))
    try:
        assert reopened.backup_path is not None and reopened.backup_path.exists()
        assert "before-migration-0001_initial" in reopened.backup_path.name
        assert _counts(reopened.engine) == before
        with reopened.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        reopened.dispose()
    assert Path(make_url(sqlite_url).database).exists()
