"""客户拒绝 says what a refusal does to this order's quote (E11): a first quote refused sends the unit back
unrepaired; a revised quote refused restores the quote the customer accepted before, and the repair goes on
within it (services.quote_gate.restore_previous), so the button's tooltip and the message after it say so."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

FIRST = "客户拒绝报价：不修退回"
REVISED = "恢复客户此前已接受的报价，在原报价范围内继续维修"


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def _quoted(depot: Depot, serial: str) -> int:
    """Dropped in warranty (W11): a paid repair, quoted ¥80 of labour and waiting for the answer."""
    order_id = depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=100)).work_order_number)
    tech, orders, bench = depot.staff["tech"], WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], order_id, tech.staff_id)
    orders.set_state(tech, order_id, S.DIAGNOSING)
    bench.record_diagnosis(tech, order_id, fault_category_id=depot.fault_ids["port"], cause=CauseClass.USER_DAMAGE,
                           note="摔坏")
    bench.quote(tech, order_id, labour=Decimal("80"))
    return order_id


def test_a_first_quote_refused_sends_the_unit_back(qtbot, depot) -> None:
    order_id = _quoted(depot, "SN-Q1")
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(order_id)
    button = tab.panel.buttons[Action.REFUSE_QUOTE]
    assert button.isEnabled() and button.toolTip().startswith(FIRST)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.panel.detail.state is S.READY_FOR_PICKUP)
    assert "不修退回" in tab.panel.ui.message_label.text()


def test_a_revised_quote_refused_keeps_the_accepted_one_and_the_tooltip_says_so(qtbot, depot) -> None:
    order_id = _quoted(depot, "SN-Q2")
    tech, bench = depot.staff["tech"], BenchService(depot.db.sessions)
    bench.record_quote_answer(tech, order_id, True)  # accepted: the repair begins
    bench.quote(tech, order_id, labour=Decimal("150"))  # more work found: revised, asked again (E11)
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(order_id)
    button = tab.panel.buttons[Action.REFUSE_QUOTE]
    assert button.isEnabled()
    assert REVISED in button.toolTip() and "不修退回" not in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.panel.detail.state is S.REPAIRING)
    assert "恢复此前已接受的报价" in tab.panel.ui.message_label.text()
    assert "不修退回" not in tab.panel.ui.message_label.text()
    assert tab.panel.detail.quote[1] == Decimal("80.00") and tab.panel.detail.quote_accepted is True
    assert not tab.panel.detail.quote_revises_accepted  # nothing waits for an answer any more

    # Another order, quoted for the first time, gets the first-quote tooltip back in the same panel.
    first = _quoted(depot, "SN-Q3")
    tab.open_order(first)
    assert button.toolTip().startswith(FIRST)
