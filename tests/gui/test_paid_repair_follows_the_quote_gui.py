"""A paid repair in the work-orders tab goes on only as the customer's accepted quote says (E10, E11, W5, W11):
the work buttons wait for it and say why, the parts dialog starts with the quoted parts and refuses more than
the quote, a ¥0.00 quote is refused at 工时费, and Tab leaves the picker's tables for 数量 / 添加."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.parts_dialog import PartsDialog
from desktop_app.gui.work_orders.quote_dialog import QuoteDialog
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService
from gui_support import keep_screenshot

QUOTE_FIRST = "收费维修须先报价并经客户同意"


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def _user_damaged(depot: Depot, serial: str) -> int:
    """In warranty by date, but dropped (W11): a paid repair once diagnosed."""
    order_id = depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=100)).work_order_number)
    tech, orders = depot.staff["tech"], WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], order_id, tech.staff_id)
    orders.set_state(tech, order_id, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, order_id, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.USER_DAMAGE, note="摔坏")
    return order_id


def _opened(qtbot, tab, action: Action, kind: type):
    qtbot.mouseClick(tab.panel.buttons[action], Qt.MouseButton.LeftButton)
    dialog = tab.order_actions.dialog(kind)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # the keys below go to the dialog
    return dialog


def _tab_from(qtbot, widget) -> object:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_the_work_buttons_wait_for_the_accepted_quote_and_a_zero_quote_is_refused(qtbot, depot):
    order_id = _user_damaged(depot, "SN-WET")
    tech = workspace(qtbot, depot, "tech")
    tech.open_order(order_id)
    buttons = tech.panel.buttons
    for action in (Action.PARTS, Action.REPAIRING, Action.REPAIRED):
        assert not buttons[action].isEnabled() and QUOTE_FIRST in buttons[action].toolTip(), action
    assert buttons[Action.QUOTE].isEnabled()
    keep_screenshot(tech, "paid_repair_waits_for_quote")

    quote = _opened(qtbot, tech, Action.QUOTE, QuoteDialog)
    picker = quote.ui.parts_picker.ui
    assert _tab_from(qtbot, picker.results_table) is picker.quantity_spin  # not cell by cell through the list
    qtbot.mouseClick(quote.ui.save_button, Qt.MouseButton.LeftButton)  # nothing quoted
    assert quote.isVisible() and "¥0.00 的报价不成立" in quote.ui.labour_error.text()
    assert tech.panel.detail.state is S.DIAGNOSING
    keep_screenshot(quote, "zero_quote_refused")
    quote.reject()

    BenchService(depot.db.sessions).quote(depot.staff["tech"], order_id, labour=Decimal("85"),
                                          parts=[(depot.part_ids["FAN-01"], 1)])
    BenchService(depot.db.sessions).record_quote_answer(depot.staff["operator"], order_id, accepted=True)
    tech.open_order(order_id)
    assert buttons[Action.PARTS].isEnabled() and buttons[Action.REPAIRED].isEnabled()
    assert buttons[Action.PARTS].toolTip() == "从库存领用配件；缺货时工单转为待配件"


def test_the_parts_dialog_starts_with_the_quoted_parts_and_refuses_more_than_the_quote(qtbot, depot):
    order_id = _user_damaged(depot, "SN-OVER")
    bench = BenchService(depot.db.sessions)
    bench.quote(depot.staff["tech"], order_id, labour=Decimal("85"), parts=[(depot.part_ids["FAN-01"], 1)])
    bench.record_quote_answer(depot.staff["operator"], order_id, accepted=True)  # ¥35.50 + ¥85.00
    tech = workspace(qtbot, depot, "tech")
    tech.open_order(order_id)
    dialog = _opened(qtbot, tech, Action.PARTS, PartsDialog)
    picker = dialog.ui.parts_picker
    assert [(part.part_no, qty) for part, qty in picker.chosen()] == [("FAN-01", 1)]  # as quoted
    assert _tab_from(qtbot, picker.ui.results_table) is picker.ui.quantity_spin
    assert _tab_from(qtbot, picker.ui.chosen_table) is picker.ui.remove_button

    picker.ui.find_edit.setFocus()
    qtbot.keyClicks(picker.ui.find_edit, "ADP-12V")
    qtbot.keyClick(picker.ui.find_edit, Qt.Key.Key_Return)
    qtbot.keyClick(picker.ui.results_table, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.ui.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.ui.parts_error.text()  # under the list of parts, where the extra part is
    assert "客户同意的报价为 ¥120.50" in message and "¥140.50" in message and "重新报价" in message, message
    assert depot.on_hand("FAN-01") == 5 and depot.on_hand("ADP-12V") == 3  # nothing issued
    dialog.resize(780, 620)
    keep_screenshot(dialog, "parts_over_quote")

    picker.ui.chosen_table.selectRow(1)
    qtbot.mouseClick(picker.ui.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.issue_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and depot.on_hand("FAN-01") == 4
    assert tech.panel.detail.charges_to_customer == Decimal("120.50")

    # More parts needed: 报价 is offered again while repairing, starting from the accepted quote (E11).
    quote = _opened(qtbot, tech, Action.QUOTE, QuoteDialog)
    assert [(part.part_no, qty) for part, qty in quote.ui.parts_picker.chosen()] == [("FAN-01", 1)]
    assert quote.ui.labour_spin.value() == 85 and "¥120.50" in quote.ui.total_label.text()
    keep_screenshot(quote, "revised_quote")
