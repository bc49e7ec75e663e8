"""A second counter in another process with the same SQLite file open, as the app keeps it.

``idle``: the counter's pooled connection between two clicks (it has read, no transaction open).
``reading``: the counter is in the middle of a read (a transaction open on a snapshot).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_COUNTER = r'''
import sys
from sqlalchemy import text
from desktop_app.db.engine import create_engine_for

engine = create_engine_for(sys.argv[1])  # the app's own engine: WAL, busy timeout, pool
mode = sys.argv[2]
held = engine.connect()
held.execute(text("SELECT count(*) FROM claims")).scalar()
if mode == "idle":
    held.close()  # back into the pool: the connection stays open, as between two clicks
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() != "write":
        break
    try:
        if mode == "reading" and not held.closed:
            held.close()
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO settings(key, value, updated_at) VALUES "
                              "('other.counter.note', '\"typed at the other counter\"', '2026-11-27 09:00:00')"))
        print("wrote", flush=True)
    except Exception as error:
        print(f"failed {error}", flush=True)
engine.dispose()
print("closed", flush=True)
'''

NOTE_KEY = "other.counter.note"


class OtherCounter:
    def __init__(self, url: str, mode: str) -> None:
        root = Path(__file__).resolve().parent.parent
        self._process = subprocess.Popen(
            [sys.executable, "-c", _COUNTER, url, mode], cwd=root, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True)
        assert self._answer() == "ready"

    def _answer(self) -> str:
        assert self._process.stdout is not None
        return self._process.stdout.readline().strip()

    def write(self) -> str:
        """Saves a note at the other counter; "wrote" or "failed REASON"."""
        assert self._process.stdin is not None
        self._process.stdin.write("write\n")
        self._process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        """The other counter quits the program."""
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.write("quit\n")
            self._process.stdin.flush()
            assert self._answer() == "closed"
            self._process.wait(timeout=30)

    def __enter__(self) -> OtherCounter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
