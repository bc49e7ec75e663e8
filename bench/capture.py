"""The SQL statements (with driver-level parameters) a service call sends, to replay as its floor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

from desktop_app.db import driver_reads

QUERY_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")


def statements_of(engine: Engine, call: Callable[[], Any]) -> list[tuple[str, Any]]:
    """Runs ``call`` once and returns the queries it sent (BEGIN, COMMIT and PRAGMAs left out)."""
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
            call()
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return seen
