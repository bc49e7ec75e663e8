"""SELECTs compiled once and run straight on the database driver: for lookups run on every keystroke.

Why (issue 8): the customer lookup's indexed queries answer in 50–150 µs on SQLite. Through a
Session the same lookup cost 3–5× that: about 60 µs for the transaction (pool checkout, BEGIN,
ROLLBACK) and about 50 µs for SQLAlchemy to execute each already-compiled statement (events,
execution context, result objects). Here SQLAlchemy still builds and compiles the statement, once,
and the columns' types still convert values both ways; only that per-call machinery is skipped.

Reads only. The statements of one call share a pooled connection but no transaction: each sees
what was committed when it ran, which is all a list of suggestions needs. Anything that must be
consistent across statements, or writes, goes through ``SessionFactory`` as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import CompoundSelect, Engine, Select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

Observer = Callable[[Engine, str, Any], None]
_observers: list[Observer] = []


class DriverRead:
    """One SELECT compiled for one dialect, with its parameters and result types worked out."""

    def __init__(self, statement: Select[Any] | CompoundSelect, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        binds = compiled.binds
        if compiled.literal_execute_params or compiled.post_compile_params:
            # Their SQL is rendered per call (IN lists of any length): not something to keep.
            raise ValueError("expanding or literal-execute parameters cannot be compiled once")
        self.sql = compiled.string
        self._compiled = compiled
        self._sequence = dialect.execute_sequence_format
        self._order = tuple(compiled.positiontup or ()) if compiled.positional else None
        self._names = dict(compiled.escaped_bind_names)  # a bind's name as the SQL spells it
        self._to_driver = {name: process for name, bind in binds.items()
                           if (process := bind.type.dialect_impl(dialect).bind_processor(dialect))}
        self._from_driver = tuple(  # (column index, converter) of the columns that need one
            (index, process) for index, c in enumerate(statement.selected_columns)
            if (process := c.type.dialect_impl(dialect).result_processor(dialect, None)))

    def parameters(self, values: Mapping[str, Any]) -> Any:
        """``values`` by bind name (defaults filled in) as the driver takes them."""
        given = self._compiled.construct_params(values, escape_names=False)
        for name, process in self._to_driver.items():
            given[name] = process(given[name])
        if self._order is not None:
            return self._sequence([given[name] for name in self._order])
        return {self._names.get(name, name): value for name, value in given.items()}

    def rows(self, fetched: list[Sequence[Any]]) -> list[Sequence[Any]]:
        """The driver's rows with each column's value as its type gives it to Python."""
        if not self._from_driver:
            return fetched
        out = []
        for row in fetched:
            values = list(row)
            for index, process in self._from_driver:
                values[index] = process(values[index])
            out.append(values)
        return out


class DriverConnection:
    """A pooled driver connection that runs ``DriverRead`` statements; see ``SessionFactory.driver``."""

    def __init__(self, engine: Engine, connection: Any) -> None:
        self._engine = engine
        self._connection = connection

    def all(self, read: DriverRead, values: Mapping[str, Any]) -> list[Sequence[Any]]:
        parameters = read.parameters(values)
        for observe in _observers:
            observe(self._engine, read.sql, parameters)
        cursor = self._connection.cursor()
        try:
            cursor.execute(read.sql, parameters)
            fetched = cursor.fetchall()
        except self._engine.dialect.loaded_dbapi.Error as exc:
            raise self._wrapped(exc, cursor, read.sql, parameters) from exc
        finally:
            cursor.close()
        return read.rows(fetched)

    def _wrapped(self, exc: Exception, cursor: Any, sql: str, parameters: Any) -> DBAPIError:
        """The driver's error as SQLAlchemy raises it (so callers map it as any other), the
        connection dropped from the pool if the server went away."""
        dialect = self._engine.dialect
        gone = dialect.is_disconnect(exc, self._connection.dbapi_connection, cursor)
        if gone:
            self._connection.invalidate(exc)
        return DBAPIError.instance(sql, parameters, exc, dialect.loaded_dbapi.Error,
                                   connection_invalidated=gone, dialect=dialect)


@contextmanager
def driver_connection(engine: Engine) -> Iterator[DriverConnection]:
    dbapi_error = engine.dialect.loaded_dbapi.Error
    try:
        connection = engine.raw_connection()
    except dbapi_error as exc:
        # The pool hands the driver's own error up (a server that is down refuses the connect);
        # wrapped as SQLAlchemy wraps it in a session, so it maps to the same plain message.
        raise DBAPIError.instance(None, None, exc, dbapi_error, dialect=engine.dialect) from exc
    try:
        yield DriverConnection(engine, connection)
    finally:
        connection.close()  # back to the pool, which rolls back whatever the driver began


@contextmanager
def observing(observer: Observer) -> Iterator[None]:
    """Calls ``observer(engine, sql, parameters)`` for each statement run here: how tests and the
    bench record SQL, as the engine's ``before_cursor_execute`` event does for everything else."""
    _observers.append(observer)
    try:
        yield
    finally:
        _observers.remove(observer)
