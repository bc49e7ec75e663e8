"""Alembic environment: always run in-process on a connection handed over by ``db.migrate``."""

from __future__ import annotations

from alembic import context

import desktop_app.db.models  # noqa: F401 - registers every table on the metadata
from desktop_app.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by db.migrate
    raise RuntimeError("run migrations through desktop_app.db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
