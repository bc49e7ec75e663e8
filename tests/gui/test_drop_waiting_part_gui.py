"""取消等待的备件…: the technician drops a part line waiting for stock from the detail panel, with the reason;
the repair goes on and the requisition already made is said to stay as it is (W3, W6, D8)."""

from __future__ import annotations

import datetime as dt

from gui_support import keep_screenshot
from PySide6.QtCore import Qt
from work_order_depot import TODAY, build_depot, workspace

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.drop_waiting_dialog import DropWaitingDialog
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService


def test_the_technician_drops_a_waiting_part_and_the_repair_goes_on(qtbot, database) -> None:
    depot = build_depot(database)
    order_id = depot.order_id(depot.take_in("SN-DROP-W", TODAY - dt.timedelta(days=100)).work_order_number)
    orders, tech = WorkOrderService(depot.db.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], order_id, tech.staff_id)
    orders.set_state(tech, order_id, S.DIAGNOSING)
    assert not BenchService(depot.db.sessions).use_parts(tech, order_id, [(depot.part_ids["PWR-01"], 2)]).issued
    requisitions = RequisitionService(depot.db.sessions)  # D8: the shortage already ordered
    number = requisitions.create(depot.staff["sup"], TODAY, [(depot.part_ids["PWR-01"], 2)])
    requisitions.submit(depot.staff["sup"], number)
    window = workspace(qtbot, depot, "tech")
    window.open_order(order_id)
    button = window.panel.buttons[Action.DROP_WAITING]
    assert button.isVisible() and button.isEnabled() and button.text() == "取消等待的备件…"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.order_actions.dialog(DropWaitingDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.windowTitle() == "取消等待的备件"
    assert dialog.ui.line_combo.currentText() == "PWR-01 电源板 ×2（付费方：服务基金）"
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)  # no reason: refused at the field
    assert dialog.isVisible() and dialog.ui.reason_error.text() == "请填写取消等待备件的原因。"
    dialog.ui.reason_edit.setFocus()
    dialog.ui.reason_edit.insert("换风扇后故障消失")  # typed with the input method (QTest types Latin keys only)
    keep_screenshot(dialog, "drop_waiting_part_dialog")
    qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)  # the default button

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.panel.ui.message_label.text() == (
        f"PWR-01 ×2 已取消等待，不再挂在本工单上。备料单明细不作改动：{number} 仍在订购该配件，到货后入库备用（D8）。"
        "已无其他待料配件：继续维修。")  # Chinese sentences run on after 。, no space
    assert window.panel.ui.title_label.text().endswith("维修中") and window.panel.ui.parts_table.rowCount() == 0
    assert not button.isEnabled()  # nothing waits any more
    keep_screenshot(window, "drop_waiting_part_panel")
