"""What every case gets: the database (engine, sessions), a raw driver connection, the repeat count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop_app.db.models import Claim, Unit
from desktop_app.db.opening import Database, open_database


@dataclass
class Context:
    url: str
    database: Database
    raw: Any  # sqlite3 or psycopg connection: the floor's bare library
    repeat: int
    label: str = "sqlite"

    @property
    def dialect(self) -> str:
        return self.database.engine.dialect.name

    def raw_all(self, sql: str, params: Any = ()) -> list[Any]:
        cursor = self.raw.cursor()
        cursor.execute(sql, params)
        return cursor.fetchall()

    def close(self) -> None:
        self.raw.close()
        self.database.dispose()


def last_generated_claim(session: Any) -> int:
    """The newest claim the generator made: the intake case adds claims (serials "BENCH…") on every
    run, and the search and receipt cases must pick the same data each time."""
    newest = select(Claim.id).join(Unit, Claim.unit_id == Unit.id).where(Unit.serial.not_like("BENCH%"))
    return session.scalar(newest.order_by(Claim.id.desc()).limit(1)) or 1


def open_context(url: str, repeat: int, label: str) -> Context:
    parsed = make_url(url)
    database = open_database(parsed)
    if parsed.get_backend_name() == "sqlite":
        import sqlite3

        raw = sqlite3.connect(parsed.database, isolation_level=None)
        raw.execute("PRAGMA synchronous = NORMAL")  # as the application's engine sets it
        raw.execute("PRAGMA foreign_keys = ON")
    else:
        import psycopg

        # prepare_threshold=None: the application's statements are never server-side prepared (as
        # SQLAlchemy runs them), so neither are the floor's. With psycopg's default (prepare on the
        # fifth run) PostgreSQL switched the floor to generic plans, up to twice as slow as the
        # application's, which made the ratios look better than they are.
        raw = psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username,
                              password=parsed.password, dbname=parsed.database, autocommit=True,
                              prepare_threshold=None)
    return Context(url, database, raw, repeat, label)
