"""Two application processes writing to one database: writes wait their turn, nobody sees "locked"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from work_order_fixtures import build_depot

from desktop_app.db.models import Claim
from desktop_app.db.opening import Database, open_database

TESTS_DIR = Path(__file__).resolve().parents[1]
PER_COUNTER = 25


def test_two_counters_write_at_once(database: Database, db_url: str) -> None:
    build_depot(database)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS_DIR / "integration"), str(TESTS_DIR.parent)])}
    counters = [subprocess.Popen([sys.executable, "-m", "harness.intake_burst", db_url, tag, str(PER_COUNTER)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                 cwd=TESTS_DIR / "integration") for tag in ("A", "B")]
    results = [c.communicate(timeout=300) for c in counters]
    for counter, (out, err) in zip(counters, results):
        assert counter.returncode == 0 and out.strip() == "done", err
        assert "locked" not in err.lower()
    again = open_database(make_url(db_url))
    try:
        with again.sessions.read() as s:
            numbers = list(s.scalars(select(Claim.number)))
            assert s.scalar(select(func.count(Claim.id))) == 2 * PER_COUNTER
    finally:
        again.dispose()
    assert len(set(numbers)) == len(numbers)  # unique across the two counters
