"""The small depot of tests/work_order_fixtures.py (PWR-01 listed for the S5720-28P, as the parts picker
shows it) and the work-orders tab built for one of its users, for the work-order GUI tests."""

from __future__ import annotations

import datetime as dt

from work_order_fixtures import Depot, build_depot as build_plain_depot

from desktop_app.db.opening import Database
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.services.listings import WorkOrderListing

__all__ = ["TODAY", "Depot", "build_depot", "workspace"]

TODAY = dt.date.today()


def build_depot(db: Database) -> Depot:
    return build_plain_depot(db, power_board_models=("S5720-28P",))


def workspace(qtbot, depot: Depot, who: str) -> WorkOrdersTab:
    """The tab as it is built for the user ``who`` (a second one is another counter's window)."""
    tab = WorkOrdersTab(WorkOrderListing(depot.db.sessions), WorkOrderServices.for_sessions(depot.db.sessions),
                        depot.staff[who])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # keyboard shortcuts go to the active window
    tab.reload()
    return tab
