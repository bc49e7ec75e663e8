"""领用配件 on a free repair: the customer's consent for wear parts is asked only when they are issued now;
a list that waits for stock says the consent is asked when the waiting parts are issued (W3, W6)."""

from __future__ import annotations

import datetime as dt

from gui_support import keep_screenshot
from PySide6.QtCore import Qt
from work_order_depot import TODAY, build_depot, workspace

from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.parts_dialog import PartsDialog
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService


def _pick(qtbot, dialog: PartsDialog, part_no: str, quantity: int) -> None:
    picker = dialog.ui.parts_picker.ui
    picker.find_edit.clear()
    picker.find_edit.setFocus()
    qtbot.keyClicks(picker.find_edit, part_no)
    qtbot.keyClick(picker.find_edit, Qt.Key.Key_Return)
    picker.quantity_spin.setValue(quantity)
    qtbot.keyClick(picker.results_table, Qt.Key.Key_Return)


def test_a_short_wear_part_asks_no_consent_until_it_is_issued(qtbot, database) -> None:
    depot = build_depot(database)  # ADP-12V: a wear part, 3 on hand
    order_id = depot.order_id(depot.take_in("SN-SHORT-W", TODAY - dt.timedelta(days=500)).work_order_number)
    orders, tech = WorkOrderService(depot.db.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], order_id, tech.staff_id)
    orders.set_state(tech, order_id, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, order_id, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.QUALITY_DEFECT, note="")  # W4: free repair
    window = workspace(qtbot, depot, "tech")
    window.open_order(order_id)
    qtbot.mouseClick(window.panel.buttons[Action.PARTS], Qt.MouseButton.LeftButton)
    dialog = window.order_actions.dialog(PartsDialog)
    qtbot.waitUntil(dialog.isVisible)
    ui = dialog.ui

    _pick(qtbot, dialog, "ADP-12V", 4)  # one more than on hand: the order will wait, nothing is issued now
    assert ui.consent_check.isHidden() and ui.consent_label.isHidden()
    assert not ui.consent_wait_label.isHidden()
    assert ui.consent_wait_label.text() == "工单将等待备件：易损件 ADP-12V ×4 到货领用时再征求客户同意（W3、W6）。"
    dialog.resize(780, 620)
    keep_screenshot(dialog, "parts_short_wear_part")

    ui.parts_picker.ui.chosen_table.selectRow(0)
    qtbot.mouseClick(ui.parts_picker.ui.remove_button, Qt.MouseButton.LeftButton)
    _pick(qtbot, dialog, "ADP-12V", 3)  # all on hand: issued now, so the customer is asked now
    assert not ui.consent_check.isHidden() and "ADP-12V ×3" in ui.consent_label.text()
    assert ui.consent_wait_label.isHidden()
