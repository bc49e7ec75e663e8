"""Shared pytest fixtures: database URLs (SQLite and a real PostgreSQL) and markers.

Why: every test that touches the database runs against both back-ends via
``db_url``; the PostgreSQL server is started by the test run itself (see
``tests/pg_server.py``) and a PostgreSQL test is never skipped silently — if
the server cannot start, the tests that need it fail with the server log.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before anything imports Qt: no display in CI or over SSH.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

TESTS_DIR = Path(__file__).resolve().parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from pg_server import PostgresServer, PostgresServerError  # noqa: E402

GUI_DIR = TESTS_DIR / "gui"


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the whole session, started on first use."""
    server = PostgresServer()
    error = None
    try:
        server.start()
    except (PostgresServerError, OSError) as exc:
        error = str(exc)
    if error is not None:
        # Fail in CI and locally alike: a PostgreSQL test is never skipped.
        required = os.environ.get("CI") or os.environ.get("SERVICE_COUNTER_REQUIRE_PG") == "1"
        why = (
            "required: CI / SERVICE_COUNTER_REQUIRE_PG=1 is set"
            if required
            else "PostgreSQL tests are never skipped; `make test` installs the server"
        )
        pytest.fail(f"could not start the test PostgreSQL server ({why}):\n{error}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """URL of a brand-new, empty PostgreSQL database for this test."""
    return pg_server.create_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a fresh SQLite file in this test's temp dir."""
    return f"sqlite:///{tmp_path / 'counter.sqlite3'}"


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return request.getfixturevalue(name)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.path)).resolve()
        if path == GUI_DIR or GUI_DIR in path.parents:
            item.add_marker(pytest.mark.gui)
