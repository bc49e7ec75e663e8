"""Cold start to the main window shown and idle, signed in, vs a bare PySide6 QMainWindow; offscreen.

Each sample is a fresh process; the child prints when the event loop first goes idle with the
window shown. The app's child signs in through the composition root's own functions (the bench
acts as the first general manager; no password dialog is timed).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import time
from pathlib import Path

import desktop_app
from bench.context import Context
from bench.timing import CaseResult, result

_APP = """
import sys
from PySide6.QtCore import QTimer
from sqlalchemy import select
from sqlalchemy.engine import make_url
from desktop_app.app import build_main_window, prepare_application
from desktop_app.db.models import Staff
from desktop_app.db.opening import open_database
from desktop_app.services.actor import Actor
app = prepare_application()
database = open_database(make_url(sys.argv[1]))
with database.sessions.read() as s:
    boss = s.scalar(select(Staff).where(Staff.role == "manager").order_by(Staff.id).limit(1))
    actor = Actor(boss.id, boss.username, boss.display_name, boss.role)
window = build_main_window(database, actor)
window.show()
QTimer.singleShot(0, app.quit)  # runs once the loop has shown the window and gone idle
app.exec()
print("idle", flush=True)
"""

_BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print("idle", flush=True)
"""


def _spawn(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
    elapsed = (time.perf_counter() - started) * 1000
    if "idle" not in done.stdout:
        raise RuntimeError(f"the child did not reach idle: {done.stderr[-2000:]}")
    return elapsed


def run(ctx: Context) -> list[CaseResult]:
    repeat = max(3, ctx.repeat // 6)
    mine, base = [], []
    # The installed app (the PyInstaller bundle) starts from compiled bytecode. A checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile every module in every sample instead.
    compileall.compile_dir(str(Path(desktop_app.__file__).parent), quiet=1)
    _spawn(_BARE)  # warm the OS file cache for both
    _spawn(_APP, ctx.url)
    for _ in range(repeat):
        mine.append(_spawn(_APP, ctx.url))
        base.append(_spawn(_BARE))
    return [result("cold start to idle main window, signed in", mine, base, "≤ 1.5× floor",
                   lambda r: r.median_ms <= 1.5 * (r.floor_median_ms or 0))]
