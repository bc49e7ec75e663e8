"""Database URL resolution, engine creation with the SQLite pragmas, and the session factory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.db.driver_reads import DriverConnection, driver_connection
from desktop_app.disk_errors import WriteTrouble, write_trouble
from desktop_app.errors import ChangedConcurrently, DatabaseUnavailable
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.paths import ENV_DATABASE_URL, default_database_path

SQLITE_BUSY_TIMEOUT_MS = 15_000
PG_CONNECT_TIMEOUT_S = 10  # then "cannot open the database" rather than minutes of nothing
# A counter whose cable is pulled mid-transaction keeps its row locks: without these, every other
# counter's save waits on them forever (a frozen window). A lock wait past PG_LOCK_TIMEOUT_MS fails
# as "busy, try again"; the server ends a transaction left idle past PG_IDLE_IN_TRANSACTION_MS, and
# TCP keepalives notice a dead peer in about a minute instead of the system's two hours.
PG_LOCK_TIMEOUT_MS = 15_000  # as long as SQLite's busy timeout: the same wait on both databases
PG_IDLE_IN_TRANSACTION_MS = 60_000
PG_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}


def resolve_database_url(cli_url: str | None = None) -> URL:
    """``--database-url``, else ``$SERVICE_COUNTER_DATABASE_URL``, else the per-user SQLite file."""
    raw = cli_url or os.environ.get(ENV_DATABASE_URL)
    if raw and "://" not in raw:  # a plain file path: the embedded SQLite database in that file
        return make_url(f"sqlite:///{Path(raw).expanduser().resolve()}")
    if raw:
        url = make_url(raw)
        if url.drivername == "postgresql":  # psycopg 3 is the driver we ship
            url = url.set(drivername="postgresql+psycopg")
        return url
    return make_url(f"sqlite:///{default_database_path()}")


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL (None for other databases and in-memory SQLite)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser().resolve()


def describe_location(url: URL) -> str:
    """Where the data lives, for the status bar and About box (never shows a password)."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


def create_engine_for(url: URL | str, **kwargs: Any) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        return _create_sqlite_engine(url, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    # A shared server that does not answer (network down) would otherwise hold the start, or any
    # reconnect, for the system's TCP timeout of minutes; libpq has no connect timeout by default.
    # jit=off: the counter's statements are short; a large cost estimate (the staff evaluation on a
    # hundred thousand orders) made the server spend 1.4 s compiling a 0.1 s query (issue 8).
    # No parallel workers: starting them costs more than a search-as-you-type query takes. One
    # character of a name (misestimated by the characters-of-names index) took 40 ms in a parallel
    # scan that stopped after 20 rows, 1 ms without (a million claims); the month-end reads, which
    # can use them, ask for them in their own transaction (db.month_reads).
    options = (f"-c lock_timeout={PG_LOCK_TIMEOUT_MS}"
               f" -c idle_in_transaction_session_timeout={PG_IDLE_IN_TRANSACTION_MS} -c jit=off"
               " -c max_parallel_workers_per_gather=0")
    connect_args = {"connect_timeout": PG_CONNECT_TIMEOUT_S, "options": options, **PG_KEEPALIVES,
                    **kwargs.pop("connect_args", {})}
    return create_engine(url, connect_args=connect_args, **kwargs)


def _create_sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy issue BEGIN itself (the pysqlite default defers it unpredictably).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if path is not None:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: a deferred transaction that reads and then
        # writes can fail at once with "database is locked" instead of waiting its turn.
        if conn.get_execution_options().get("sqlite_write", False):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


class SessionFactory:
    """Hands out one session per unit of work: ``write()`` for changes, ``read()`` for queries.

    A database that is unreachable or stays locked past the busy timeout surfaces as
    ``DatabaseUnavailable`` with a plain message, never as a raw driver error.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(sqlite_write=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _plain_errors(writing=False), self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Use as ``with factory.write() as s, s.begin():`` so the unit commits or rolls back whole."""
        with _plain_errors(writing=True), self._write() as session:
            yield session

    @contextmanager
    def driver(self) -> Iterator[DriverConnection]:
        """A pooled connection for the few reads run on the bare driver (see ``db.driver_reads``)."""
        with _plain_errors(writing=False), driver_connection(self.engine) as connection:
            yield connection


@contextmanager
def _plain_errors(*, writing: bool) -> Iterator[None]:
    try:
        yield
    except StaleDataError as exc:  # a concurrent save won the race between our read and our write
        raise ChangedConcurrently(QT_TRANSLATE_NOOP(
            "Errors", "Someone else saved this record at the same moment: reload it. Nothing was saved.")) from exc
    except (OperationalError, InterfaceError) as exc:
        trouble = write_trouble(exc) if writing else None
        if trouble is WriteTrouble.DISK_FULL:  # the transaction rolled back whole: nothing half-written
            template = QT_TRANSLATE_NOOP(
                "Errors", "The disk holding the database is full. Nothing was saved; free some space on it "
                "(or tell your administrator) and try again.")
        elif trouble is WriteTrouble.READ_ONLY:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The database cannot be written: its file or folder is read-only. Nothing was saved; "
                "tell your administrator.")
        elif writing:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The database could not be reached or stayed busy too long. Nothing was saved; "
                "please try again.")
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The database could not be reached or stayed busy too long; please try again.")
        raise DatabaseUnavailable(template) from exc
