"""登记产品: a visit booked from a call gets its product on site from the work-orders tab (W10, D13)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import CallChannel, PartCharge, WorkOrderState as S
from desktop_app.db.models import Claim, WorkOrder, WorkOrderPart
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.identify_dialog import IdentifyProductDialog
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService
from gui_support import keep_screenshot


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def booked_visit(depot: Depot) -> int:
    """A call asking for a visit (E1, S3), dispatched to 李工, who is on site with a part fitted."""
    now = dt.datetime.now(dt.timezone.utc)
    saved = CallRegister(depot.db.sessions).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234", subject="机房交换机不通电，需上门",
        needs_visit=True, required_arrival_at=now + dt.timedelta(hours=4), city="深圳"))
    order_id = depot.order_id(saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], order_id, S.DIAGNOSING)
    BenchService(depot.db.sessions).use_parts(depot.staff["tech"], order_id, [(depot.part_ids["PWR-01"], 1)])
    return order_id


def opened_dialog(qtbot, tab: WorkOrdersTab) -> IdentifyProductDialog:
    button = tab.panel.buttons[Action.IDENTIFY]
    assert button.isVisible() and button.isEnabled()
    assert button.text() == "登记产品…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.order_actions.dialog(IdentifyProductDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_action_shows_only_for_an_on_site_order_without_a_claim(qtbot, depot: Depot) -> None:
    visit = booked_visit(depot)
    bench = depot.order_id(depot.take_in("SN-BENCH", TODAY - dt.timedelta(days=200)).work_order_number)
    for who in ("tech", "sup", "operator"):
        tab = workspace(qtbot, depot, who)
        tab.open_order(visit)
        assert tab.panel.buttons[Action.IDENTIFY].isVisible(), who
        assert tab.panel.buttons[Action.IDENTIFY].isEnabled(), who
        tab.open_order(bench)
        assert not tab.panel.buttons[Action.IDENTIFY].isVisible(), who
    other = workspace(qtbot, depot, "tech2")  # someone else's visit: seen, not theirs to identify
    other.open_order(visit)
    assert other.panel.buttons[Action.IDENTIFY].isVisible()
    assert not other.panel.buttons[Action.IDENTIFY].isEnabled()


def test_an_empty_serial_is_refused_in_chinese(qtbot, depot: Depot) -> None:
    order_id = booked_visit(depot)
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(order_id)
    dialog = opened_dialog(qtbot, tab)
    assert QApplication.focusWidget() is dialog.ui.serial_edit
    assert dialog.ui.fault_edit.toPlainText() == "机房交换机不通电，需上门"  # what the caller said
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "序列号" in dialog.errors.message("serial")
    assert QApplication.focusWidget() is dialog.ui.serial_edit
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, order_id).claim_id is None


def test_a_scanned_serial_is_saved_and_shown_in_the_detail(qtbot, depot: Depot) -> None:
    order_id = booked_visit(depot)
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(order_id)
    keep_screenshot(tab.panel, "detail_panel_before.png")
    dialog = opened_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.ui.serial_edit, "SN-SITE-001")
    qtbot.keyClick(dialog.ui.serial_edit, Qt.Key.Key_Return)  # the scanner's Enter: unknown serial, on to the model
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.ui.model_combo
    qtbot.keyClicks(dialog.ui.model_combo, "S5720-28P")
    qtbot.keyClick(dialog.ui.model_combo, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the invoice tick
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the invoice number
    assert QApplication.focusWidget() is dialog.ui.sale_date_edit
    qtbot.keyClicks(dialog.ui.sale_date_edit, (TODAY - dt.timedelta(days=200)).isoformat())
    dialog.refresh_preview()
    assert dialog.ui.decision_panel.ui.remedies_value.text() == "免费维修"  # W2, W3: repaired on site
    assert "服务基金" in dialog.ui.decision_panel.ui.cost_value.text()  # the preview, before saving (D13)
    keep_screenshot(dialog, "identify_dialog.png")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    text = tab.panel.text()
    assert "SN-SITE-001" in text and "S5720-28P" in text
    assert "服务基金" in tab.panel.ui.cost_bearer_value.text()  # D13: the fund pays, not the customer
    assert "已登记产品" in tab.panel.ui.message_label.text()
    assert not tab.panel.buttons[Action.IDENTIFY].isVisible()  # once only
    keep_screenshot(tab.panel, "detail_panel.png")
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, order_id)
        claim = s.get(Claim, order.claim_id)
        line = s.scalar(select(WorkOrderPart))
    assert claim.unit_id == order.unit_id and line.charged_to is PartCharge.FUND
