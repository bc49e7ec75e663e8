"""Shared pytest fixtures: database URLs (SQLite and a real PostgreSQL) and markers.

Why: every test that touches the database runs against both back-ends via
``db_url``; the PostgreSQL server is started by the test run itself (see
``tests/pg_server.py``) and a PostgreSQL test is never skipped silently — if
the server cannot start, the tests that need it fail with the server log.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display in CI or over SSH.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Same argon2id, minimal cost: test accounts are many (tests/unit/test_passwords.py checks the
# production parameters in a separate process without this variable).
os.environ.setdefault("SERVICE_COUNTER_TEST_HASHING", "1")

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# In CI the property tests run the same examples every time (a failure is reproducible and a
# green run is not luck); locally they explore new random examples on each run.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")

TESTS_DIR = Path(__file__).resolve().parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from pg_recycling import RecycledDatabases  # noqa: E402
import shared_statement_cache  # noqa: E402
from pg_server import PostgresServer, PostgresServerError  # noqa: E402

GUI_DIR = TESTS_DIR / "gui"

shared_statement_cache.install()  # before any test opens an engine


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


# Most tests start from a database already migrated to head: one migration run per session,
# copied per test (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL). Tests of
# creating and migrating databases use the blank_* fixtures, which really run the migrations.


@pytest.fixture(scope="session")
def _pg_template(pg_server: PostgresServer) -> str:
    url = pg_server.create_database("template_counter")
    _migrate(url)
    return "template_counter"


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "counter.sqlite3"
    _migrate(f"sqlite:///{path}")
    return path


def _migrate(url: str) -> None:
    from sqlalchemy.engine import make_url

    from desktop_app.db.opening import open_database

    open_database(make_url(url)).dispose()


@pytest.fixture
def blank_pg_url(pg_server: PostgresServer) -> str:
    """URL of a brand-new, empty PostgreSQL database for this test."""
    return pg_server.create_database()


@pytest.fixture
def blank_sqlite_url(tmp_path: Path) -> str:
    """URL of a not-yet-existing SQLite file in this test's temp dir."""
    return f"sqlite:///{tmp_path / 'counter.sqlite3'}"


@pytest.fixture(scope="session")
def _pg_recycled(pg_server: PostgresServer, _pg_template: str) -> RecycledDatabases:
    return RecycledDatabases(pg_server, _pg_template)


@pytest.fixture
def pg_url(_pg_recycled: RecycledDatabases) -> Iterator[str]:
    """URL of a PostgreSQL database at the current schema, no data: as new from the template, or one
    an earlier test used, emptied (tests/pg_recycling.py)."""
    url = _pg_recycled.take()
    yield url
    _pg_recycled.give_back(url)


@pytest.fixture
def fresh_pg_url(pg_server: PostgresServer, _pg_template: str) -> str:
    """A new copy of the template, never used before: for tests of query plans."""
    return pg_server.create_database(template=_pg_template)


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """URL of a fresh SQLite file at the current schema, no data."""
    path = tmp_path / "counter.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    return f"sqlite:///{path}"


def _both(request: pytest.FixtureRequest, sqlite: str, postgres: str) -> str:
    return request.getfixturevalue(sqlite if request.param == "sqlite" else postgres)


BOTH = [pytest.param("sqlite", id="sqlite"), pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BOTH)
def db_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on PostgreSQL (migrated, empty)."""
    return _both(request, "sqlite_url", "pg_url")


@pytest.fixture(params=BOTH)
def blank_db_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on PostgreSQL, each brand-new and empty."""
    return _both(request, "blank_sqlite_url", "blank_pg_url")


# The offscreen platform says this on every show() (tests/gui/conftest.py ignores it there). Qt may
# deliver it late, after the GUI test that showed the window, into the next test on the same worker:
# a service test must not fail for another test's window.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.path)).resolve()
        if path == GUI_DIR or GUI_DIR in path.parents:
            item.add_marker(pytest.mark.gui)
        elif item.get_closest_marker("qt_log_ignore") is None:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
