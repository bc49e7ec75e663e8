"""Opening a database: new, ours, someone else's, damaged or newer — never changing what isn't ours."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop_app.db import migrate
from desktop_app.db.models import Setting
from desktop_app.db.opening import backup_sqlite_before_migration, open_database
from desktop_app.errors import DatabaseNewerThanApp, NotServiceCounterDatabase


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_new_database_is_created_at_head(blank_db_url: str) -> None:
    database = open_database(make_url(blank_db_url))
    try:
        with database.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert migrate.schema_differences(database.engine) == []
    finally:
        database.dispose()


def test_reopening_our_database_keeps_data(db_url: str) -> None:
    database = open_database(make_url(db_url))
    with database.sessions.write() as session, session.begin():
        session.add(Setting(key="centre_name", value={"zh": "深圳服务站", "phone": "0755-1234"}))
    database.dispose()
    again = open_database(make_url(db_url))
    try:
        with again.sessions.read() as session:
            assert session.get(Setting, "centre_name").value == {"zh": "深圳服务站", "phone": "0755-1234"}
    finally:
        again.dispose()


def test_sqlite_file_uses_wal_foreign_keys_and_busy_timeout(blank_sqlite_url: str) -> None:
    database = open_database(make_url(blank_sqlite_url))
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        database.dispose()


@pytest.mark.parametrize(
    "content",
    [b"hello, this is a shopping list\n", b"\x00\x01garbage" * 100, b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["text", "binary", "corrupt-sqlite"],
)
def test_non_database_files_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    before, files = _digest(path), _siblings(path)
    with pytest.raises(NotServiceCounterDatabase) as caught:
        open_database(make_url(f"sqlite:///{path}"))
    assert str(path) in str(caught.value)
    assert "Nothing was changed" in str(caught.value) or "damaged" in str(caught.value)
    assert _digest(path) == before
    assert _siblings(path) == files  # no -wal / -shm / backup left behind


def test_someone_elses_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "inventory.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO items (name) VALUES ('bolt')")
    conn.close()
    before, files = _digest(path), _siblings(path)
    with pytest.raises(NotServiceCounterDatabase, match="another program"):
        open_database(make_url(f"sqlite:///{path}"))
    assert _digest(path) == before
    assert _siblings(path) == files
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # WAL not switched on
    conn.close()


def test_someone_elses_postgres_database_is_refused_untouched(blank_pg_url: str) -> None:
    pg_url = blank_pg_url
    import psycopg

    plain = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("CREATE TABLE items (id serial PRIMARY KEY, name text)")
    with pytest.raises(NotServiceCounterDatabase):
        open_database(make_url(pg_url))
    with psycopg.connect(plain) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")}
    assert tables == {"items"}


def test_database_from_a_newer_version_is_refused(db_url: str) -> None:
    database = open_database(make_url(db_url))
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    with pytest.raises(DatabaseNewerThanApp, match="newer version"):
        open_database(make_url(db_url))


def test_migrated_down_to_nothing_counts_as_empty(sqlite_url: str) -> None:
    database = open_database(make_url(sqlite_url))
    from alembic import command

    with database.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    database.dispose()
    again = open_database(make_url(sqlite_url))
    try:
        with again.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        again.dispose()


def test_backup_before_migration_is_a_complete_copy(sqlite_url: str) -> None:
    database = open_database(make_url(sqlite_url))
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('centre_name', '\"南京站\"')"))
    path = Path(make_url(sqlite_url).database)
    try:
        backup = backup_sqlite_before_migration(database.engine, path, migrate.head_revision())
    finally:
        database.dispose()
    assert backup.parent == path.parent and backup.name.startswith("counter.before-migration-")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT value FROM settings").fetchone()[0] == '"南京站"'
    copy.close()
