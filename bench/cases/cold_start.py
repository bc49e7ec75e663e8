"""Cold start vs a bare PySide6 QMainWindow, each sample a fresh process, offscreen.

Three measurements:
- the main window shown and idle, signed in, built directly (the issue's case: no sign-in dialog;
  the child acts as the first general manager through the composition root's own functions);
- the sign-in dialog shown and idle, through the real entry point (``desktop_app.cli.main``, no
  options, as from the desktop icon; the database's address in $SERVICE_COUNTER_DATABASE_URL): the
  first window a user sees, while the database opens behind it;
- from pressing Sign in (the right password) to the main window idle, once the database has opened
  behind the dialog: what a user waits for after typing.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

import desktop_app
from bench.context import Context
from bench.timing import CaseResult, result
from desktop_app.db.models import Staff
from desktop_app.paths import ENV_DATABASE_URL
from desktop_app.services.sample_data_catalogue import DEMO_PASSWORD

_APP = """
import sys
from PySide6.QtCore import QTimer
from sqlalchemy import select
from sqlalchemy.engine import make_url
from desktop_app.app import build_main_window
from desktop_app.start import prepare_application
from desktop_app.db.models import Staff
from desktop_app.paths import ENV_DATABASE_URL
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

# The real start with the dialog's and the event loop's entry points wrapped to report: "shown"
# when the sign-in dialog's loop first goes idle; then, with argv[2] == "sign-in", the right
# password is entered once the database has opened, and "signed-in MS" is printed when the main
# window's loop first goes idle (MS: from pressing Sign in). The daily automatic backup is left out.
_START = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from desktop_app.gui.dialogs.sign_in_dialog import SignInDialog
from desktop_app import cli
mode, username, password = sys.argv[1:4]
pressed = []

def sign_in_dialog(dialog):
    def shown():
        print("shown", flush=True)
        if mode != "sign-in":
            dialog.reject()
            return
        dialog.ui.username_edit.setText(username)
        dialog.ui.password_edit.setText(password)
        poll = QTimer(dialog)
        def press_when_open():
            if not dialog.waiting_for_database:
                poll.stop()
                # The daily backup (once a day, not each start) would copy the whole bench database.
                actions = sys.modules["desktop_app.gui.backup_actions"].BackupActions
                actions.automatic_at_start = actions.automatic_on_exit = lambda self: None
                pressed.append(time.perf_counter())
                dialog.accept()
        poll.timeout.connect(press_when_open)
        poll.start(5)
    QTimer.singleShot(0, shown)
    return QDialog.exec(dialog)

def main_loop(*_args):
    def idle():
        print(f"signed-in {(time.perf_counter() - pressed[0]) * 1000:.3f}", flush=True)
        QApplication.instance().quit()
    QTimer.singleShot(0, idle)
    return original_exec()

original_exec = QApplication.exec
SignInDialog.exec = sign_in_dialog
QApplication.exec = main_loop
sys.exit(cli.main([]))  # as from the desktop icon; the database's address is in the environment
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


def _env(data_dir: str, database_url: str = "") -> dict[str, str]:
    # The start writes its log file into the data folder: a folder of the bench's own.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SERVICE_COUNTER_DATA_DIR=data_dir)
    if database_url:
        env[ENV_DATABASE_URL] = database_url
    return env


def _spawn(code: str, *args: str, data_dir: str, until: str = "idle", database_url: str = "") -> tuple[float, str]:
    """Milliseconds from spawning the child until it prints a line starting with ``until``, and
    what it printed from there on; the child is let finish."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=_env(data_dir, database_url))
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(until):
            elapsed = (time.perf_counter() - started) * 1000
            rest, errors = child.communicate(timeout=120)
            return elapsed, line + rest
    _, errors = child.communicate(timeout=120)
    raise RuntimeError(f"the child never printed {until!r}: {errors[-2000:]}")


def _signed_in_ms(output: str) -> float:
    line = next(line for line in output.splitlines() if line.startswith("signed-in "))
    return float(line.split()[1])


def run(ctx: Context) -> list[CaseResult]:
    repeat = max(3, ctx.repeat // 6)
    with ctx.database.sessions.read() as s:  # the generator's staff sign in with the demo password
        boss = s.scalar(select(Staff.username).where(Staff.role == "manager").order_by(Staff.id).limit(1))
    # The installed app (the PyInstaller bundle) starts from compiled bytecode. A checkout run with
    # PYTHONDONTWRITEBYTECODE set would compile every module in every sample instead.
    compileall.compile_dir(str(Path(desktop_app.__file__).parent), quiet=1)
    window, dialog, bare, after_sign_in = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-start-") as data_dir:
        def start(mode: str) -> tuple[float, str]:
            return _spawn(_START, mode, boss, DEMO_PASSWORD, data_dir=data_dir, until="shown", database_url=ctx.url)

        # Warm the OS file cache for every child.
        _spawn(_BARE, data_dir=data_dir)
        _spawn(_APP, ctx.url, data_dir=data_dir)
        start("sign-in")
        for _ in range(repeat):
            window.append(_spawn(_APP, ctx.url, data_dir=data_dir)[0])
            bare.append(_spawn(_BARE, data_dir=data_dir)[0])
            dialog.append(start("show")[0])
            after_sign_in.append(_signed_in_ms(start("sign-in")[1]))
    goal = "≤ 1.5× floor"

    def within(r: CaseResult) -> bool:
        return r.median_ms <= 1.5 * (r.floor_median_ms or 0)

    return [
        result("cold start to idle main window, signed in (built directly, no dialog)", window, bare, goal, within),
        result("cold start to the sign-in dialog shown and idle (database opening behind it)", dialog, bare, goal,
               within),
        result("Sign in pressed to idle main window (database opened behind the dialog)", after_sign_in, [], "–",
               None, note="includes checking the password (argon2)"),
    ]
