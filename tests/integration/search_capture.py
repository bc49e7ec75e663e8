"""Records the SQL statements an engine runs (for query-plan and statement-count tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from desktop_app.db import driver_reads

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
