"""Records the SQL statements an engine runs (for query-plan and statement-count tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.engine import make_url

from desktop_app.db import driver_reads, migrate
from desktop_app.db.opening import Database, open_database
from desktop_app.services.sample_data import load_sample_data

QUERY_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")


@contextmanager
def captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """(SQL, parameters) of every query run inside the block; BEGIN/ROLLBACK and PRAGMAs left out."""
    seen: list[tuple[str, Any]] = []

    def listen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith(QUERY_WORDS):
            seen.append((statement, parameters))

    def listen_driver(seen_by: Engine, statement: str, parameters: Any) -> None:
        if seen_by is engine:  # the lookups run on the bare driver (db.driver_reads)
            listen(None, None, statement, parameters, None, False)

    event.listen(engine, "before_cursor_execute", listen)
    try:
        with driver_reads.observing(listen_driver):
            yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def full_table_scans(engine: Engine, statements: list[tuple[str, Any]]) -> list[str]:
    """The plan steps (SQLite) of the captured SELECTs that read a whole table without an index."""
    scans = []
    with engine.connect() as conn:
        for sql, params in statements:
            if sql.lstrip().upper().startswith("SELECT"):
                plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
                scans += [step for step in plan if step.startswith("SCAN") and " USING " not in step]
    return scans


def sample_database(url: str) -> Iterator[Database]:
    """For a fixture (``yield from``): 80 sample claims on the migrated database at ``url``, its
    statistics taken now rather than whenever autovacuum comes by, disposed of afterwards."""
    database = open_database(make_url(url))
    try:
        load_sample_data(database.sessions, claims=80, today=dt.date(2026, 11, 27))
        with database.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        yield database
    finally:
        database.dispose()


def explained(engine: Engine, statements: list[tuple[str, Any]],
              discouraged: tuple[str, ...] = ("seqscan", "bitmapscan")) -> list[Any]:
    """The plan rows of each captured statement: SQLite's EXPLAIN QUERY PLAN (id, parent, notused,
    detail), PostgreSQL's EXPLAIN lines with the ``discouraged`` kinds of read turned off (the tiny
    sample tables would otherwise be read whole whatever the indexes)."""
    postgres = engine.dialect.name == "postgresql"
    rows: list[Any] = []
    with engine.connect() as conn:
        if postgres:
            for kind in discouraged:
                conn.exec_driver_sql(f"SET enable_{kind} = off")
        for sql, params in statements:
            rows += conn.exec_driver_sql(("EXPLAIN " if postgres else "EXPLAIN QUERY PLAN ") + sql, params).all()
        conn.rollback()
    return rows


def read_newest_first(engine: Engine, statements: list[tuple[str, Any]], table: str) -> list[str]:
    """Checks that each captured statement reads ``table`` (a table of pieces keyed by the listing's key)
    backwards along its primary key, so that a search stops at its page, and returns the plan lines.
    On SQLite no sort may sit under the read (only the page's rows are sorted, outside it)."""
    rows = explained(engine, statements)
    lines = [str(row[-1]) for row in rows]
    if engine.dialect.name == "postgresql":
        reads = [line for line in lines if f"Index Only Scan Backward using {table}_pkey" in line]
        assert len(reads) == len(statements), lines
        return lines
    for statement in statements:  # one at a time: the plans' node ids are per statement
        rows = explained(engine, [statement])
        reading = [row for row in rows if row[-1].startswith(f"SEARCH {table} USING PRIMARY KEY (gram=?)")]
        assert len(reading) == 1, lines
        assert not [row for row in rows if "TEMP B-TREE" in row[-1] and row[1] == reading[0][1]], lines
    return lines


def refilled_by_migration(database: Database, before: str, table: str, stored: Callable[[Database], Any]) -> Any:
    """Downgrades to ``before`` (the migration making ``table`` undone, the table gone), upgrades again
    and returns what ``stored`` then reads: the migration's fill from the rows already there."""
    migrate.downgrade(database.engine, before)
    with database.engine.connect() as conn:
        assert table not in inspect(conn).get_table_names()
    migrate.upgrade(database.engine)
    return stored(database)
