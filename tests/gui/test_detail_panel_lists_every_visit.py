"""The work-order detail panel shows every on-site visit in order when there were several (S3, E23): who,
set off, arrived, left, the call and the late one in red; an order visited once looks as it always did."""

from __future__ import annotations

import datetime as dt

from gui_support import keep_screenshot
from work_order_depot import build_depot
from work_order_fixtures import order_id

from desktop_app.core.vocabulary import WorkOrderKind
from desktop_app.db.models import WorkOrder
from desktop_app.gui.work_orders.detail_panel import WorkOrderDetailPanel
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.visit_dialog import VisitDialog
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService

HOUR = dt.timedelta(hours=1)


def test_a_reassigned_order_shows_both_visits_and_whose_was_late(qtbot, database) -> None:
    """李工 arrives late; after the reassignment 王工 records his own visit in the visit form, which starts
    empty; the panel then lists both, 李工's marked late."""
    depot = build_depot(database)
    required = dt.datetime.now(dt.timezone.utc) - 8 * HOUR
    oid = order_id(database, depot.take_in("SN-GV", dt.date.today() - dt.timedelta(days=90)).work_order_number)
    with database.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)
        order.kind, order.required_arrival_at = WorkOrderKind.ON_SITE, required
    orders, bench = WorkOrderService(database.sessions), BenchService(database.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    bench.record_visit(depot.staff["tech"], oid, arrived_at=required + HOUR, departed_at=required + 2 * HOUR,
                       called_headquarters=False, travel_started_at=required - HOUR)
    panel = WorkOrderDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(760, 900)
    panel.show()
    details = WorkOrderDetails(database.sessions)
    panel.show_detail(details.get(depot.staff["sup"], oid))
    assert panel.ui.late_value.isVisible() and not panel.visits_value.isVisible()  # one visit: as before
    assert "是：晚于要求时间到达" in panel.ui.late_value.text()

    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech2"].staff_id)  # 改派
    # 王工's visit form starts empty (李工's visit has ended) and is not judged late (S3: first visit only).
    dialog = VisitDialog(WorkOrderServices.for_sessions(database.sessions), depot.staff["tech2"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start(details.get(depot.staff["tech2"], oid))
    assert not dialog.ui.departed_check.isChecked() and not dialog.ui.late_label.isVisible()
    dialog.ui.departed_check.setChecked(True)
    dialog.ui.called_check.setChecked(True)
    with qtbot.wait_signal(dialog.saved):
        dialog.save()
    panel.show_detail(details.get(depot.staff["sup"], oid))
    keep_screenshot(panel.ui.visit_box, "detail_panel_two_visits")
    assert panel.visits_value.isVisible() and not panel.ui.late_value.isVisible()
    shown = panel.visits_value.text()
    assert shown.index("1. 李工") < shown.index("迟到") < shown.index("2. 王工")
    assert shown.count("迟到") == 1  # 王工's visit had no time asked of it (S3)
