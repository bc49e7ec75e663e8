"""登记产品 on a visit whose technician fitted a wear part before the product was known: judged a free repair,
the dialog shows the part and its price at cost with a consent box, and saves only once it is ticked (W3, W6)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import CallChannel, PartCharge, WorkOrderState as S
from desktop_app.db.models import AuditEntry, WorkOrder, WorkOrderPart
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.identify_dialog import IdentifyProductDialog
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService
from gui_support import keep_screenshot


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def visit_with_adapter(depot: Depot) -> int:
    """A call asking for a visit (E1, S3); on site 李工 fits a power adapter (a wear part, W6) and a fan."""
    now = dt.datetime.now(dt.timezone.utc)
    saved = CallRegister(depot.db.sessions).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234", subject="交换机不通电，需上门",
        needs_visit=True, required_arrival_at=now + dt.timedelta(hours=4), city="深圳"))
    order_id = depot.order_id(saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], order_id, S.DIAGNOSING)
    assert BenchService(depot.db.sessions).use_parts(
        depot.staff["tech"], order_id, [(depot.part_ids["ADP-12V"], 1), (depot.part_ids["FAN-01"], 1)]).issued
    return order_id


def test_identifying_a_free_visit_asks_the_customers_consent_for_the_fitted_adapter(qtbot, depot: Depot) -> None:
    order_id = visit_with_adapter(depot)
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(order_id)
    qtbot.mouseClick(tab.panel.buttons[Action.IDENTIFY], Qt.MouseButton.LeftButton)
    dialog = tab.order_actions.dialog(IdentifyProductDialog)
    qtbot.waitUntil(dialog.isVisible)
    ui = dialog.ui
    assert ui.consent_check.isHidden()  # nothing judged yet: nothing to ask
    ui.serial_edit.setText("SN-SITE-W1")
    ui.model_combo.setEditText("S5720-28P")
    ui.sale_date_edit.setText((TODAY - dt.timedelta(days=500)).isoformat())  # W4: a free repair
    dialog.refresh_preview()
    assert not ui.consent_check.isHidden() and not ui.consent_check.isChecked()
    assert "ADP-12V ×1" in ui.consent_label.text() and "¥20.00" in ui.consent_label.text()
    assert "FAN-01" not in ui.consent_label.text()  # the fund's part (D13): nothing to ask
    dialog.resize(1000, 560)
    keep_screenshot(dialog, "identify_wear_consent")

    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)  # not asked yet: refused at the box
    assert dialog.isVisible() and "ADP-12V" in ui.consent_error.text() and "退" in ui.consent_error.text()
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, order_id).claim_id is None
    keep_screenshot(dialog, "identify_wear_consent_refused")

    ui.consent_check.setChecked(True)
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "¥20.00" in tab.panel.ui.message_label.text()  # what the customer agreed to pay
    with depot.db.sessions.read() as s:
        charged = {line.part.part_no: line.charged_to for line in s.scalars(select(WorkOrderPart))}
        consent = s.scalar(select(AuditEntry).where(AuditEntry.action == "customer_consent"))
    assert charged == {"ADP-12V": PartCharge.CUSTOMER, "FAN-01": PartCharge.FUND}
    assert consent.changes == {"lines": [["ADP-12V", 1]], "amount": "20.00"}


def test_a_paid_visit_shows_no_consent_box(qtbot, depot: Depot) -> None:  # W5: the quote's business
    order_id = visit_with_adapter(depot)
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(order_id)
    qtbot.mouseClick(tab.panel.buttons[Action.IDENTIFY], Qt.MouseButton.LeftButton)
    dialog = tab.order_actions.dialog(IdentifyProductDialog)
    qtbot.waitUntil(dialog.isVisible)
    ui = dialog.ui
    ui.serial_edit.setText("SN-SITE-W2")
    ui.model_combo.setEditText("S5720-28P")
    ui.sale_date_edit.setText("2012-03-01")
    dialog.refresh_preview()
    assert ui.consent_check.isHidden() and ui.consent_label.text() == ""
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, order_id).claim_id is not None
