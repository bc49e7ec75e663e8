"""登记产品 on a visit: a discontinued model typed in lower case is named with its category next to the model,
judged as any model, and the claim is opened on the catalogue's model (W4, W12)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import TODAY, build_depot, workspace

from desktop_app.core.vocabulary import CallChannel, WorkOrderState as S
from desktop_app.db.models import Claim, Product, Unit, WorkOrder
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.identify_dialog import IdentifyProductDialog
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.product_catalogue import ProductCatalogue
from desktop_app.services.work_orders import WorkOrderService
from gui_support import keep_screenshot


def test_identifying_a_discontinued_model_typed_in_lower_case_names_it_and_opens_the_claim_on_it(
        qtbot, database) -> None:
    depot = build_depot(database)
    catalogue = ProductCatalogue(database.sessions)
    catalogue.set_model_active(depot.staff["manager"], catalogue.get_model("S5720-28P").id, False)  # no longer sold
    now = dt.datetime.now(dt.timezone.utc)
    call = CallRegister(database.sessions).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234", subject="交换机不通电，需上门",
        needs_visit=True, required_arrival_at=now + dt.timedelta(hours=4), city="深圳"))
    order_id = depot.order_id(call.work_order_number)
    WorkOrderService(database.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    WorkOrderService(database.sessions).set_state(depot.staff["tech"], order_id, S.DIAGNOSING)
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(order_id)
    qtbot.mouseClick(tab.panel.buttons[Action.IDENTIFY], Qt.MouseButton.LeftButton)
    dialog = tab.order_actions.dialog(IdentifyProductDialog)
    qtbot.waitUntil(dialog.isVisible)
    ui = dialog.ui
    assert ui.model_combo.count() == 0  # the picker lists only the active models

    ui.serial_edit.setText("SN-SITE-OLD")
    qtbot.keyClicks(ui.model_combo.lineEdit(), "s5720-28p")
    ui.sale_date_edit.setText((TODAY - dt.timedelta(days=500)).isoformat())  # W4: a free repair
    qtbot.waitUntil(lambda: ui.product_name_label.text() == "千兆交换机（商用交换机）")
    assert ui.model_notice_label.isVisible()  # the notice, as at intake
    assert ui.decision_panel.ui.tier_label.text() == "免费保修期（W4）"
    dialog.resize(1000, 560)
    keep_screenshot(dialog, "identify_discontinued_model_named")

    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.sessions.read() as s:
        claim_id = s.get(WorkOrder, order_id).claim_id
        stored = s.scalar(select(Product.model).join(Unit, Unit.product_id == Product.id)
                          .join(Claim, Claim.unit_id == Unit.id).where(Claim.id == claim_id))
    assert stored == "S5720-28P"
