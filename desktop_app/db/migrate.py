"""Migrations configured in code: upgrade to head, report the revision, compare with the models."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

import desktop_app.db.models  # noqa: F401 - registers every table on the metadata
from desktop_app.db.base import Base
from desktop_app.db.revisions import MIGRATIONS_DIR, VERSION_TABLE, current_revision, head_revision, known_revisions

__all__ = ["MIGRATIONS_DIR", "VERSION_TABLE", "current_revision", "downgrade", "head_revision", "known_revisions",
           "schema_differences", "script_directory", "upgrade"]

# Search structures made by migrations 0003, 0021-0024, 0027 and 0029 in SQL the models cannot declare (FTS5 tables and
# their shadow tables, the tables of pieces of names, pg_trgm GIN indexes): not part of the model comparison.
SEARCH_TABLE_PREFIXES = ("customers_search", "units_search", "claims_search", "work_orders_search",
                         "customer_name_grams", "calls_search", "claim_name_characters", "call_text_pieces",
                         "work_order_claim_numbers", "work_order_name_characters")
# pg_trgm (0003, 0021, 0026, 0027), numbers by year (0025-0027), and indexes made on SQLite alone (0028).
SEARCH_INDEX_PREFIX = ("ix_trgm_", "ix_number_year_", "ix_sqlite_")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("version_table", VERSION_TABLE)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def upgrade(engine: Engine, target: str = "head") -> None:
    with _migrating(engine) as connection:
        command.upgrade(alembic_config(connection), target)


def downgrade(engine: Engine, target: str) -> None:
    with _migrating(engine) as connection:
        command.downgrade(alembic_config(connection), target)


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """One transaction; on SQLite with foreign keys off, since batch migrations copy and drop
    tables that others point at, and checked before the commit so nothing dangles afterwards."""
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        raw = connection.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        try:
            with connection.begin():
                yield connection
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("a migration left rows pointing at nothing; rolled back")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def schema_differences(engine: Engine) -> list[Any]:
    """What autogenerate would change: empty when the migrations match the models."""
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True, "include_name": _compared}
        )
        return list(compare_metadata(context, Base.metadata))


def _compared(name: str | None, type_: str, parent_names: Any) -> bool:
    if type_ == "table":
        return not (name or "").startswith(SEARCH_TABLE_PREFIXES)
    if type_ == "index":
        return not (name or "").startswith(SEARCH_INDEX_PREFIX)
    return True
