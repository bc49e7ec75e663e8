"""Integration fixtures: a migrated database on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from desktop_app.db.opening import Database, open_database


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(make_url(db_url))
    try:
        yield db
    finally:
        db.dispose()
