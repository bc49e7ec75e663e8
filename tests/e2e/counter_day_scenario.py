"""A whole counter day in the real window on a real X server, driven by key and mouse events.

    python tests/e2e/counter_day_scenario.py --out DIR [--xvfb] [--screenshots docs/screenshots]

Run by tests/e2e/test_counter_day.py (with --xvfb: a private Xvfb, QT_QPA_PLATFORM=xcb). It writes
DIR/findings.json (what it saw, for the test to assert on), the PDFs it saved and a PNG of each tab.
Exit status 0 when every step saw what it expected, 1 otherwise (the findings say where it stopped).
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(HERE)]

SAMPLE_CLAIMS = 30
WATCHDOG_S = 150


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for findings.json, PDFs and PNGs")
    parser.add_argument("--xvfb", action="store_true", help="start a private Xvfb and run there on xcb")
    parser.add_argument("--screenshots", type=Path, help="also copy the tabs' PNGs here (docs/screenshots)")
    return parser.parse_args(argv)


def run_under_xvfb(argv: list[str], out: Path) -> int:
    """This script again, in a child process on its own X server, with a private home and data folder."""
    from xvfb_display import xvfb_display

    home, runtime = out / "home", out / "runtime"
    home.mkdir(parents=True, exist_ok=True)
    runtime.mkdir(mode=0o700, exist_ok=True)  # Qt warns about a runtime folder others may read
    env = {k: v for k, v in os.environ.items()
           if k not in ("SERVICE_COUNTER_DATABASE_URL", "QT_QPA_PLATFORMTHEME", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_RUNTIME_DIR=str(runtime), SERVICE_COUNTER_DATA_DIR=str(out / "data"),
               SERVICE_COUNTER_TEST_HASHING="1")
    child = [arg for arg in argv if arg != "--xvfb"]
    with xvfb_display() as display:
        env["DISPLAY"] = display
        status = subprocess.run([sys.executable, __file__, *child], env=env, check=False).returncode
    if status < 0:
        print(f"counter day: the window's process was killed by {signal.Signals(-status).name}", file=sys.stderr)
        return 1
    return status


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if args.xvfb:
        status = run_under_xvfb(argv, out)
        if status == 0 and args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            for png in sorted(out.glob("[0-9]-*.png")):
                shutil.copy2(png, args.screenshots / png.name)
        return status
    # A crash prints the Python stack; a modal dialog nobody answers would wait for ever: the
    # watchdog prints where everything stands and stops.
    faulthandler.enable()
    faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)
    faulthandler.register(signal.SIGUSR1)
    findings: dict = {"platform": None, "steps": [], "qt_warnings": []}
    started = time.monotonic()
    try:
        run_day(out, findings)
        findings["ok"] = True
    except Exception as error:  # noqa: BLE001 - reported in the findings and on stderr, exit 1
        findings["ok"] = False
        findings["error"] = f"{type(error).__name__}: {error}"
        findings["traceback"] = traceback.format_exc()
        traceback.print_exc()
        _grab_failure(out)
    findings["seconds"] = round(time.monotonic() - started, 1)
    (out / "findings.json").write_text(json.dumps(findings, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if findings["ok"] else 1


def run_day(out: Path, findings: dict) -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from sqlalchemy.engine import make_url

    from counter_day_steps import Day
    from desktop_app.start import prepare_application
    from desktop_app.db.opening import open_database
    from desktop_app.services.sample_data import load_sample_data

    def on_message(kind, _context, message) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            findings["qt_warnings"].append(message)
            print(f"Qt: {message}", file=sys.stderr, flush=True)  # a fatal one aborts before the findings

    qInstallMessageHandler(on_message)
    app = prepare_application(None)  # the default language: Simplified Chinese
    findings["platform"] = QGuiApplication.platformName()
    database_path = out / "counter-day.sqlite3"
    database_path.unlink(missing_ok=True)
    database = open_database(make_url(f"sqlite:///{database_path}"))
    findings["database"] = str(database_path)
    try:
        load_sample_data(database.sessions, claims=SAMPLE_CLAIMS)  # a returning customer, staff, stock
        day = Day(app, database, out, findings)
        for step in (day.sign_in, day.take_in_claim_by_keyboard, day.dispatch, day.bench_work,
                     day.close_and_print_survey, day.enter_survey, day.see_requisitions, day.see_staff_evaluation):
            day.step(step)
    finally:
        database.dispose()


def _grab_failure(out: Path) -> None:
    """The screen as it was when a step failed: the first thing to look at."""
    try:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            screen.grabWindow(0).save(str(out / "failure.png"))
    except Exception:  # noqa: BLE001 - a failed grab must not hide the real error
        traceback.print_exc()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
