"""The SQL statements (with driver-level parameters) a service call sends, to replay as its floor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

QUERY_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")


def statements_of(engine: Engine, call: Callable[[], Any]) -> list[tuple[str, Any]]:
    """Runs ``call`` once and returns the queries it sent (BEGIN, COMMIT and PRAGMAs left out)."""
    seen: list[tuple[str, Any]] = []

    def listen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith(QUERY_WORDS):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", listen)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return seen
