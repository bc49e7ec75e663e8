"""Open a database safely: refuse foreign or corrupt files untouched, back up, then migrate."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from desktop_app.db import revisions
from desktop_app.db.engine import SessionFactory, create_engine_for, describe_location, sqlite_path
from desktop_app.errors import (
    DatabaseNewerThanApp,
    DatabaseUnavailable,
    NotServiceCounterDatabase,
)
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every Service Counter database has; their absence means someone else's database.
SIGNATURE_TABLES = {"claims", "staff", "audit_log"}


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: SessionFactory
    location: str
    backup_path: Path | None = None  # the copy taken before this open migrated the file

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: URL, *, upgrade: bool = True) -> Database:
    """Check what is at ``url``; upgrade it to the current schema; hand back engine and sessions.

    Nothing is written to a file that turns out not to be ours: the checks on an existing SQLite
    file run on a read-only connection before the engine (which switches on WAL) touches it.
    """
    path = sqlite_path(url)
    if path is not None:
        inspect_sqlite_file(path)
    engine = create_engine_for(url)
    try:
        revision = _check_schema(engine)
        backup = None
        if upgrade and revision != revisions.head_revision():
            if path is not None and revision is not None:
                backup = backup_sqlite_before_migration(engine, path, revision)
            from desktop_app.db import migrate  # Alembic only when there is something to migrate

            migrate.upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database at {location}: {reason}"),
            location=describe_location(url),
            reason=_reason(exc),
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, SessionFactory(engine), describe_location(url), backup)


def inspect_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return  # a new database
    if path.is_dir():
        raise NotServiceCounterDatabase(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a Service Counter database."),
            path=str(path),
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise NotServiceCounterDatabase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a Service Counter database (it is not an SQLite file). "
                "Nothing was changed.",
            ),
            path=str(path),
        )
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if revisions.VERSION_TABLE in tables:
                row = conn.execute(f"SELECT version_num FROM {revisions.VERSION_TABLE}").fetchone()
                revision = row[0] if row else None
        conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotServiceCounterDatabase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is damaged and cannot be read ({reason}). Nothing was changed; "
                "restore it from a backup.",
            ),
            path=str(path),
            reason=str(exc),
        ) from exc
    _judge(tables, revision, str(path))


def _check_schema(engine: Engine) -> str | None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = revisions.current_revision(conn) if revisions.VERSION_TABLE in tables else None
    _judge(tables, revision, describe_location(engine.url))
    return revision


def _judge(tables: set[str], revision: str | None, where: str) -> None:
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if not user_tables - {revisions.VERSION_TABLE}:
        return  # empty (or migrated down to nothing): ours to create
    if revision is None or not SIGNATURE_TABLES <= user_tables:
        raise NotServiceCounterDatabase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} holds another program's data, not a Service Counter database. "
                "Nothing was changed.",
            ),
            path=where,
        )
    if revision not in revisions.known_revisions():
        raise DatabaseNewerThanApp(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of Service Counter (schema {revision}). "
                "Install the newer version; nothing was changed.",
            ),
            path=where,
            revision=revision,
        )


def backup_sqlite_before_migration(engine: Engine, path: Path, revision: str) -> Path:
    """Copy the file with SQLite's online backup API before a migration touches it."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-migration-{revision}-{stamp}{path.suffix}")
    raw = engine.raw_connection()
    try:
        with sqlite3.connect(target) as dest:
            raw.driver_connection.backup(dest)
        dest.close()
    finally:
        raw.close()
    log.info("backed up %s to %s before migrating", path, target)
    return target


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).strip().splitlines()[0]
