"""The technician's bench in the GUI: the exchange button only for a claim finally judged exchange, with
the reason on its tooltip (W3, W4, W11), and the customer's consent for wear parts on a free repair
asked in the issue-parts dialog (W3, W6)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import CauseClass, PartCharge, WorkOrderState as S
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.parts_dialog import PartsDialog
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService
from gui_support import keep_screenshot


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def diagnosed(depot: Depot, serial: str, days_since_sale: int, cause: CauseClass | None) -> int:
    order_id = depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=days_since_sale)).work_order_number)
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, order_id, S.DIAGNOSING)
    if cause is not None:
        BenchService(depot.db.sessions).record_diagnosis(tech, order_id, fault_category_id=depot.fault_ids["port"],
                                                         cause=cause, note="")
    return order_id


def test_the_exchange_button_says_why_a_unit_is_repaired_not_replaced(qtbot, depot):
    tech = workspace(qtbot, depot, "tech")
    button = tech.panel.buttons[Action.EXCHANGE]
    cases = ((2 * 365, CauseClass.QUALITY_DEFECT, "最终处理方式不是换货"),  # W4: free repair only
             (100, CauseClass.USER_DAMAGE, "最终处理方式不是换货"),  # W11: paid repair
             (100, None, "请先记录检测结果"))  # the remedy is still provisional
    for index, (days, cause, why) in enumerate(cases):
        tech.open_order(diagnosed(depot, f"SN-NO-{index}", days, cause))
        assert button.isVisible() and not button.isEnabled()
        assert why in button.toolTip(), button.toolTip()
    tech.open_order(diagnosed(depot, "SN-YES", 100, CauseClass.QUALITY_DEFECT))  # W3
    assert button.isEnabled() and button.toolTip() == "登记换机新机的序列号（W2、W3）"


def _pick(qtbot, dialog: PartsDialog, part_no: str) -> None:
    picker = dialog.ui.parts_picker.ui
    picker.find_edit.clear()
    picker.find_edit.setFocus()
    qtbot.keyClicks(picker.find_edit, part_no)
    qtbot.keyClick(picker.find_edit, Qt.Key.Key_Return)
    qtbot.keyClick(picker.results_table, Qt.Key.Key_Return)


def test_a_wear_part_on_a_free_repair_is_issued_only_with_the_customers_consent(qtbot, depot):
    order_id = diagnosed(depot, "SN-FREE", 500, CauseClass.QUALITY_DEFECT)  # W4: free repair, the fund's
    tech = workspace(qtbot, depot, "tech")
    tech.open_order(order_id)
    qtbot.mouseClick(tech.panel.buttons[Action.PARTS], Qt.MouseButton.LeftButton)
    dialog = tech.order_actions.dialog(PartsDialog)
    qtbot.waitUntil(dialog.isVisible)
    ui = dialog.ui
    _pick(qtbot, dialog, "FAN-01")
    assert ui.consent_check.isHidden()  # the fund's part: nothing to ask
    _pick(qtbot, dialog, "ADP-12V")
    assert not ui.consent_check.isHidden() and not ui.consent_check.isChecked()
    assert "ADP-12V ×1" in ui.consent_label.text() and "¥20.00" in ui.consent_label.text()
    dialog.resize(780, 620)
    keep_screenshot(dialog, "parts_consent")
    qtbot.mouseClick(ui.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "ADP-12V" in ui.consent_error.text()
    assert depot.on_hand("ADP-12V") == 3 and depot.on_hand("FAN-01") == 5  # nothing issued
    keep_screenshot(dialog, "parts_consent_refused")
    ui.consent_check.setChecked(True)
    qtbot.mouseClick(ui.issue_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert depot.on_hand("ADP-12V") == 2 and depot.on_hand("FAN-01") == 4
    charged = {tech.panel.ui.parts_table.item(r, 0).text(): tech.panel.ui.parts_table.item(r, 5).text()
               for r in range(tech.panel.ui.parts_table.rowCount())}
    assert charged == {"FAN-01": "服务基金", "ADP-12V": "客户（按成本价）"}
    assert tech.panel.detail is not None and tech.panel.detail.parts[1].charged_to is PartCharge.CUSTOMER
    keep_screenshot(tech, "panel_after_consent")
