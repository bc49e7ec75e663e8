"""The diagnosis dialog's result shows who bears the cost in full, not cut after a few characters."""

from __future__ import annotations

import datetime as dt

import pytest
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import WorkOrderState
from desktop_app.gui.work_orders.diagnosis_dialog import DiagnosisDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService
from gui_support import keep_screenshot


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


@pytest.mark.parametrize("width", [620, 320])
def test_the_cost_bearer_is_shown_whole(qtbot, depot: Depot, width: int) -> None:  # rule D13
    number = depot.take_in("SN-DIAG", TODAY - dt.timedelta(days=200)).work_order_number  # in warranty
    order_id, tech = depot.order_id(number), depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, order_id, WorkOrderState.DIAGNOSING)
    dialog = DiagnosisDialog(WorkOrderServices.for_sessions(depot.db.sessions), tech)
    qtbot.addWidget(dialog)
    dialog.resize(width, 440)
    dialog.start(WorkOrderDetails(depot.db.sessions).get(tech, order_id))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.fault_combo.setCurrentIndex(1)
    dialog.save()
    value = dialog.ui.bearer_value
    assert value.text() == "服务基金（保修期内，D13）"
    qtbot.waitUntil(lambda: value.height() >= value.heightForWidth(value.width()))  # every wrapped line shows
    assert value.fontMetrics().horizontalAdvance(value.text()) <= value.width() or value.height() > \
        value.fontMetrics().height() * 1.5  # one line that fits, or wrapped onto more
    keep_screenshot(dialog, f"diagnosis_result_{width}")
