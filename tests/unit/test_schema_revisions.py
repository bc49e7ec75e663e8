"""The revision ids read without Alembic (db/revisions.py, for a fast start) are Alembic's own."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.db import migrate, revisions


def test_the_light_reading_agrees_with_alembic() -> None:
    script = migrate.script_directory()
    assert revisions.head_revision() == script.get_current_head()
    assert revisions.known_revisions() == {s.revision for s in script.walk_revisions()}


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path) -> None:
    """Issue 8, cold start: Alembic is loaded only when a migration has to run."""
    database = tmp_path / "counter.sqlite3"
    code = (
        "import sys\n"
        "from sqlalchemy.engine import make_url\n"
        "from desktop_app.db.opening import open_database\n"
        f"url = make_url('sqlite:///{database}')\n"
        "open_database(url).dispose()\n"  # creates and migrates: Alembic is needed here
        "for name in [m for m in sys.modules if m == 'alembic' or m.startswith('alembic.')]:\n"
        "    del sys.modules[name]\n"
        "sys.modules.pop('desktop_app.db.migrate', None)\n"
        "open_database(url).dispose()\n"  # already at head: no Alembic
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_revision_id_fits_the_version_table() -> None:
    """Alembic's version table holds 32 characters on PostgreSQL (SQLite does not check): a longer id
    migrates a SQLite file and then fails the upgrade of a shared database at its very last step."""
    too_long = [s.revision for s in migrate.script_directory().walk_revisions() if len(s.revision) > 32]
    assert too_long == []
