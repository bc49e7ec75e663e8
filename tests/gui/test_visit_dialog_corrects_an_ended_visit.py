"""上门服务 on a visit that has ended offers to correct it (S3, E23): the form shows the recorded times, the
technician changes only the wrong departure, and the detail panel shows the corrected time on the one visit."""

from __future__ import annotations

import datetime as dt

from gui_support import keep_screenshot
from work_order_depot import build_depot
from work_order_fixtures import order_id

from desktop_app.core.vocabulary import WorkOrderKind
from desktop_app.db.models import WorkOrder
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.work_orders.detail_panel import WorkOrderDetailPanel
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.visit_dialog import VisitDialog, _local
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService

HOUR = dt.timedelta(hours=1)


def test_correcting_a_mistyped_departure_changes_the_visit_shown(qtbot, database) -> None:
    depot = build_depot(database)
    required = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0) - 8 * HOUR
    oid = order_id(database, depot.take_in("SN-GC", dt.date.today() - dt.timedelta(days=90)).work_order_number)
    with database.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)
        order.kind, order.required_arrival_at = WorkOrderKind.ON_SITE, required
    WorkOrderService(database.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    BenchService(database.sessions).record_visit(  # 李工 typed 1 hour for leaving after 2
        depot.staff["tech"], oid, arrived_at=required - 10 * dt.timedelta(minutes=1), departed_at=required + HOUR,
        called_headquarters=True, travel_started_at=required - HOUR)
    details = WorkOrderDetails(database.sessions)
    dialog = VisitDialog(WorkOrderServices.for_sessions(database.sessions), depot.staff["tech"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start(details.get(depot.staff["tech"], oid))
    ui = dialog.ui
    # Nothing waited for parts since the visit: correcting it is offered first, with its recorded times.
    assert ui.mode_box.isVisible() and ui.correct_radio.isChecked()
    assert ui.arrived_edit.dateTime() == _local(required - 10 * dt.timedelta(minutes=1))
    assert ui.travel_check.isChecked() and ui.travel_edit.dateTime() == _local(required - HOUR)
    assert ui.departed_check.isChecked() and ui.departed_edit.dateTime() == _local(required + HOUR)
    assert ui.called_check.isChecked() and ui.save_button.text() == "保存更正(&S)"
    ui.new_radio.click()  # a new trip starts empty, as before
    assert not ui.departed_check.isChecked() and ui.save_button.text() == "保存上门记录(&S)"
    ui.correct_radio.click()
    assert ui.departed_edit.dateTime() == _local(required + HOUR)

    ui.departed_edit.setDateTime(_local(required + 2 * HOUR))
    keep_screenshot(dialog, "visit_dialog_correction")
    with qtbot.wait_signal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[1] == "上门记录已更正。"
    panel = WorkOrderDetailPanel()
    qtbot.addWidget(panel)
    panel.show()
    detail = details.get(depot.staff["sup"], oid)
    panel.show_detail(detail)
    assert len(detail.visits) == 1 and not panel.visits_value.isVisible()  # the same visit, not a second one
    assert panel.ui.departed_value.text() == local_time_text(required + 2 * HOUR)

