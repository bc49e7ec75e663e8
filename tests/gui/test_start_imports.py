"""Issue 8, cold start, guarded without timing: the sign-in dialog comes up before the database layer
is loaded, and the signed-in main window without what only printing, exports or migrations need
(reportlab, openpyxl, Alembic, PDFium)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from sqlalchemy.engine import make_url

from desktop_app.db.opening import open_database
from desktop_app.services.accounts import AccountService
from desktop_app.services.sample_data import load_sample_data

LOADED_LATER = ("reportlab", "openpyxl", "alembic", "pypdfium2", "PIL", "mako")
# The tabs behind the first and the menus' windows: imported when first shown or opened.
MADE_WHEN_FIRST_SHOWN = (
    "desktop_app.gui.tabs.work_orders_tab", "desktop_app.gui.tabs.requisitions_tab",
    "desktop_app.gui.tabs.staff_tab", "desktop_app.gui.parts.parts_windows",
    "desktop_app.gui.dialogs.centre_settings_dialog", "desktop_app.gui.dialogs.users_dialog",
    "desktop_app.gui.dialogs.audit_viewer", "desktop_app.gui.dialogs.policy_dialog",
    "desktop_app.gui.products.products_window", "desktop_app.gui.work_orders.fault_catalogue_dialog",
    "desktop_app.gui.surveys.survey_entry_dialog", "desktop_app.gui.evaluation.report_dialogs",
    "desktop_app.gui.evaluation.evaluation_services", "desktop_app.gui.surveys.survey_desk",
)

_CHILD = """
import json, sys
from sqlalchemy import select
from sqlalchemy.engine import make_url
from desktop_app.app import build_main_window
from desktop_app.start import prepare_application
from desktop_app.db.models import Staff
from desktop_app.db.opening import open_database
from desktop_app.services.actor import Actor
app = prepare_application()
database = open_database(make_url(sys.argv[1]))
with database.sessions.read() as s:
    boss = s.scalar(select(Staff).where(Staff.role == "manager").limit(1))
    actor = Actor(boss.id, boss.username, boss.display_name, boss.role)
window = build_main_window(database, actor)
window.show()
app.processEvents()
at_start = sorted(sys.modules)
rows = []
for index in range(3):
    window.show_tab(index)  # the tabs behind the first are made, and load, when first shown
    rows.append(window.tab(index).model.rowCount())
print(json.dumps({"rows": rows, "at_start": at_start, "modules": sorted({m.split('.')[0] for m in sys.modules})}))
"""


def test_the_main_window_starts_without_printing_and_migration_libraries(sqlite_url: str) -> None:
    """Nor the tabs behind the first, nor the menus' windows; each comes, with its rows, when shown."""
    database = open_database(make_url(sqlite_url))  # created and migrated here, at head for the child
    AccountService(database.sessions).create_first_manager("boss", "Boss", "a-long-passphrase-1")
    load_sample_data(database.sessions, claims=20)
    database.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _CHILD, sqlite_url], capture_output=True, text=True, env=env,
                          check=True, timeout=120)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"][0] == 20 and report["rows"][1] > 0  # the window really loaded its lists
    assert [name for name in LOADED_LATER if name in report["modules"]] == []
    assert [name for name in MADE_WHEN_FIRST_SHOWN if name in report["at_start"]] == []


def test_the_sign_in_dialog_comes_before_the_database_layer() -> None:
    """What the first window needs is loaded without SQLAlchemy, the models or the tabs: those are
    imported by the opening thread while the sign-in dialog is on screen (desktop_app.start)."""
    child = """
import json, sys
from desktop_app import cli, start
from desktop_app.gui.dialogs.sign_in_dialog import SignInDialog
app = start.prepare_application()
dialog = SignInDialog()
dialog.show()
app.processEvents()
print(json.dumps({"shown": dialog.isVisible(), "modules": sorted(sys.modules)}))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env, check=True,
                          timeout=120)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["shown"]
    heavy = [m for m in report["modules"] if m.split(".")[0] in ("sqlalchemy", "argon2")
             or m.startswith(("desktop_app.db", "desktop_app.services", "desktop_app.app", "desktop_app.gui.tabs"))]
    assert heavy == []
