"""Self-test of the PostgreSQL server that the test command starts (tests/pg_server.py)."""

import pytest

pytestmark = pytest.mark.postgres


def test_pg_url_reaches_a_real_postgresql(pg_url: str) -> None:
    import psycopg

    # psycopg wants a libpq URL, not SQLAlchemy's "postgresql+psycopg://".
    conninfo = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(conninfo, connect_timeout=10) as conn:
        version = conn.execute("select version()").fetchone()[0]
    assert "PostgreSQL" in version
