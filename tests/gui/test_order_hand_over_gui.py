"""改派…: the supervisor hands an order in progress to another technician from the detail panel (E1, E17, E23)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import WorkOrder
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.reassign_dialog import ReassignDialog
from desktop_app.gui.work_orders.grids import grid_text
from desktop_app.services.work_orders import WorkOrderService


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def under_diagnosis(depot: Depot, serial: str) -> int:
    order_id = depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=100)).work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], order_id, S.DIAGNOSING)
    return order_id


def technician_of(depot: Depot, order_id: int) -> int | None:
    with depot.db.sessions.read() as s:
        return s.scalar(select(WorkOrder.technician_id).where(WorkOrder.id == order_id))


def open_reassign(qtbot, depot: Depot, order_id: int):  # type: ignore[no-untyped-def]
    sup = workspace(qtbot, depot, "sup")
    sup.open_order(order_id)
    button = sup.panel.buttons[Action.REASSIGN]
    assert button.isVisible() and button.isEnabled() and button.text() == "改派…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = sup.order_actions.dialog(ReassignDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return sup, dialog


def test_the_supervisor_hands_an_order_under_diagnosis_to_another_technician(qtbot, depot: Depot) -> None:
    order_id = under_diagnosis(depot, "SN-G1")
    sup, dialog = open_reassign(qtbot, depot, order_id)
    combo = dialog.ui.technician_combo
    choices = [combo.itemData(i) for i in range(combo.count())]
    assert depot.staff["tech"].staff_id not in choices  # not to whoever has it already
    assert "李工" in dialog.ui.current_label.text()
    combo.setCurrentIndex(combo.findData(depot.staff["tech2"].staff_id))
    dialog.ui.reason_edit.setFocus()
    qtbot.keyClicks(dialog.ui.reason_edit, "sick leave")
    qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)  # the default button: 改派
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert technician_of(depot, order_id) == depot.staff["tech2"].staff_id
    assert sup.panel.ui.message_label.text().endswith("已改派给 王工。")
    assert sup.panel.ui.title_label.text().endswith("检测中")  # the state stays
    history = grid_text(sup.panel.ui.history_table)
    assert any("改派" in line and "李工 → 王工: sick leave" in line for line in history), history


def test_a_hand_over_without_a_reason_is_refused_at_the_reason(qtbot, depot: Depot) -> None:
    order_id = under_diagnosis(depot, "SN-G2")
    _, dialog = open_reassign(qtbot, depot, order_id)
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.reason_error.text() == "请填写改派原因。"
    assert technician_of(depot, order_id) == depot.staff["tech"].staff_id


def test_reassign_is_offered_to_the_supervisor_only_while_the_work_is_still_to_be_done(qtbot, depot: Depot) -> None:
    order_id = under_diagnosis(depot, "SN-G3")
    tech = workspace(qtbot, depot, "tech")
    tech.open_order(order_id)
    assert not tech.panel.buttons[Action.REASSIGN].isVisible()  # E1: the supervisor's decision
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], order_id, S.REPAIRED)
    sup = workspace(qtbot, depot, "sup")
    sup.open_order(order_id)
    button = sup.panel.buttons[Action.REASSIGN]
    assert button.isVisible() and not button.isEnabled()  # a repaired unit is not handed over
