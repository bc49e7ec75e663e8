"""Which schema revisions the app ships and which one a database is at, without importing Alembic.

Opening a database only needs to compare two revision ids; Alembic (about 0.1 s to import) is
loaded only when a migration actually runs (issue 8, cold start). The ids are read from the
migration scripts themselves, so nothing here is kept by hand; a test checks that the result
matches Alembic's own reading of the same directory.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"

_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(?:'([^']*)'|\"([^\"]*)\"|None)\s*$", re.M)


@cache
def _links() -> dict[str, str | None]:
    """Each shipped revision and the one it revises."""
    links: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = {m.group(1): m.group(2) or m.group(3) for m in _ASSIGNMENT.finditer(script.read_text("utf-8"))}
        if "revision" in found:
            links[found["revision"]] = found.get("down_revision")
    return links


def known_revisions() -> set[str]:
    return set(_links())


def head_revision() -> str:
    links = _links()
    heads = set(links) - {down for down in links.values() if down}
    assert len(heads) == 1, f"the migrations must form one line, found heads {sorted(heads)}"
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database (None when it has no version table or no row)."""
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return row[0] if row else None
