"""Opening the work-orders tab (queue counts, row count, first page) and jumping to the last row."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from bench.capture import statements_of
from bench.context import Context
from bench.timing import CaseResult, paired, result
from desktop_app.services.listings import WorkOrderListing, WorkOrderQueue

PAGE = 200  # gui.paged_table_model.DEFAULT_PAGE_SIZE

# A child process, offscreen: RSS of the empty app (QApplication, empty window, database open), then
# with the main window signed in, the work-orders tab shown and scrolled to its last row.
_MEMORY_CHILD = """
import json, sys
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import select
from sqlalchemy.engine import make_url
from desktop_app.app import build_main_window
from desktop_app.start import prepare_application
from desktop_app.db.models import Staff
from desktop_app.db.opening import open_database
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.services.actor import Actor
def rss():
    with open('/proc/self/status') as f:
        return next(int(l.split()[1]) for l in f if l.startswith('VmRSS')) / 1024
app = prepare_application()
database = open_database(make_url(sys.argv[1]))
with database.sessions.read() as s:
    boss = s.scalar(select(Staff).where(Staff.role == "manager").order_by(Staff.id).limit(1))
    actor = Actor(boss.id, boss.username, boss.display_name, boss.role)
empty = QMainWindow(); empty.show(); app.processEvents()
before = rss()
window = build_main_window(database, actor)
window.show()
tab = next(t for t in window.tabs if isinstance(t, WorkOrdersTab))
window.ui.tab_widget.setCurrentWidget(tab)
app.processEvents()
model = tab.model
model.fetchMore()
view = tab.findChild(__import__('PySide6.QtWidgets', fromlist=['QTableView']).QTableView)
view.scrollToBottom(); app.processEvents()
print(json.dumps({"before_mb": before, "after_mb": rss(), "rows": model.rowCount(), "total": model.total}))
"""


def run(ctx: Context) -> list[CaseResult]:
    """Each repetition is a fresh listing, as a freshly opened tab (nothing remembered)."""
    sessions = ctx.database.sessions
    total = WorkOrderListing(sessions).count()

    def open_tab() -> Any:
        listing = WorkOrderListing(sessions)
        every = listing.count()  # the model's reload: count and first page, then the queue buttons
        listing.fetch(0, PAGE)
        return listing.queue_counts({WorkOrderQueue.ALL: every})  # as the tab: its count is the ALL queue's

    def jump() -> Any:
        return WorkOrderListing(sessions).fetch(max(0, total - PAGE), PAGE)

    out = []
    for name, project, goal, check in (
        ("work orders: open tab (counts + first page)", open_tab, "median ≤ 100 ms", lambda r: r.median_ms <= 100),
        ("work orders: jump to last row", jump, "median ≤ 50 ms", lambda r: r.median_ms <= 50),
    ):
        statements = statements_of(ctx.database.engine, project)  # the floor replays exactly these

        def floor(statements: list = statements) -> Any:
            return [ctx.raw_all(sql, params) for sql, params in statements]

        mine, base = paired(project, floor, ctx.repeat)
        out.append(result(name, mine, base, goal, check, note=f"{total} orders; {len(statements)} statements"))
    return [*out, _memory(ctx)]


def _memory(ctx: Context) -> CaseResult:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, ctx.url], capture_output=True, text=True,
                          check=True, env=env)
    numbers = json.loads(done.stdout.strip().splitlines()[-1])
    grown = numbers["after_mb"] - numbers["before_mb"]
    out = CaseResult("work orders: memory, window + tab open vs empty app (MB)", grown, grown, None, None,
                     "≤ 150 MB", grown <= 150, repetitions=1,
                     note=f"RSS {numbers['before_mb']:.0f} → {numbers['after_mb']:.0f} MB, {numbers['rows']} rows held")
    return out
