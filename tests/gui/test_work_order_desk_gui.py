"""The desk's part of a work order: the customer's quote answer and opinion (E11, E17), overdue rows (S3),
and the fault catalogue the supervisor keeps (E2, E16)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.db.models import FaultCategory, WorkOrder
from desktop_app.gui.paged_table_model import HIGHLIGHT_BACKGROUND
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.fault_catalogue_dialog import FaultCatalogueDialog
from desktop_app.gui.work_orders.note_dialog import NoteDialog
from desktop_app.services.fault_catalogue import FaultCatalogue
from desktop_app.services.listings import WorkOrderQueue as Q
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def _order(depot: Depot, serial: str, *states: S) -> int:
    oid = depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    for target in states:
        orders.set_state(depot.staff["tech"], oid, target)
    return oid


def _state(depot: Depot, oid: int) -> S:
    with depot.db.sessions.read() as s:
        return s.get(WorkOrder, oid).state


def press(qtbot, tab: WorkOrdersTab, action: Action) -> None:
    button = tab.panel.buttons[action]
    assert button.isVisible() and button.isEnabled(), action
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_desk_hears_the_opinion_at_pickup_and_closes(qtbot, depot):
    oid = _order(depot, "SN-DESK-1", S.DIAGNOSING, S.REPAIRED, S.READY_FOR_PICKUP)
    WorkOrderService(depot.db.sessions).record_report(depot.staff["tech"], oid, fault_cause="端口虚焊",
                                                      solution="补焊", customer_opinion="", no_parts=True)
    desk = workspace(qtbot, depot, "operator")
    desk.open_order(oid)
    assert not desk.panel.buttons[Action.REPORT].isVisible()  # the desk does not write the technician's part
    press(qtbot, desk, Action.CLOSE)
    assert desk.panel.ui.message_label.text() == "服务报告不完整，缺少：客户意见。"

    press(qtbot, desk, Action.OPINION)
    dialog = desk.order_actions.dialog(NoteDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "客户意见"
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.note_error.text() == "请记下客户的意见。"  # empty refused
    dialog.ui.note_edit.insert("修得很快，满意")  # typed through an input method: QTest only types ASCII
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert desk.panel.ui.message_label.text() == f"客户意见已写入 {desk.panel.detail.number} 的服务报告。"

    press(qtbot, desk, Action.CLOSE)
    assert _state(depot, oid) is S.CLOSED
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).report_customer_opinion == "修得很快，满意"
    assert not desk.panel.buttons[Action.OPINION].isEnabled()  # a closed order's report stays as it was


def test_the_desk_records_the_answer_to_a_quote(qtbot, depot):  # rule E11
    oid = _order(depot, "SN-DESK-2", S.DIAGNOSING)
    bench = BenchService(depot.db.sessions)
    bench.record_diagnosis(depot.staff["tech"], oid, fault_category_id=depot.fault_ids["port"],
                           cause=CauseClass.USER_DAMAGE, note="进水")
    bench.quote(depot.staff["tech"], oid, labour=Decimal("80"))
    desk = workspace(qtbot, depot, "operator")
    desk.open_order(oid)
    for hidden in (Action.DIAGNOSE, Action.PARTS, Action.REPAIRED):
        assert not desk.panel.buttons[hidden].isVisible()
    assert not desk.panel.buttons[Action.OPINION].isEnabled()  # not before the unit is repaired
    press(qtbot, desk, Action.ACCEPT_QUOTE)
    assert _state(depot, oid) is S.REPAIRING
    assert not desk.panel.buttons[Action.ACCEPT_QUOTE].isEnabled()


def test_overdue_rows_stand_out_with_the_reason(qtbot, depot):  # rule S3
    late = _order(depot, "SN-LATE")
    fine = _order(depot, "SN-FINE")
    now = dt.datetime.now(dt.timezone.utc)
    with depot.db.sessions.write() as s, s.begin():
        s.get(WorkOrder, late).required_arrival_at = now - dt.timedelta(minutes=30)
        s.get(WorkOrder, fine).required_arrival_at = now + dt.timedelta(hours=4)
    sup = workspace(qtbot, depot, "sup")
    sup.show_queue(Q.ALL)
    model = sup.model
    arrival = next(i for i, c in enumerate(model.columns) if c.title == "要求到达")
    rows = {model.row_at(r).id: r for r in range(model.rowCount())}
    late_cell, fine_cell = model.index(rows[late], arrival), model.index(rows[fine], arrival)
    assert model.data(late_cell, Qt.ItemDataRole.BackgroundRole).color() == HIGHLIGHT_BACKGROUND
    assert model.data(fine_cell, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(late_cell, Qt.ItemDataRole.ToolTipRole).startswith("已超时：技术员应于")
    assert model.data(fine_cell, Qt.ItemDataRole.DisplayRole) != ""
    assert sup.queues.count(Q.OVERDUE) == 1


def test_supervisor_keeps_the_fault_catalogue(qtbot, depot):
    dialog = FaultCatalogueDialog(FaultCatalogue(depot.db.sessions), depot.staff["sup"])
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.line_combo.currentText() == "商用交换机" and ui.fault_table.rowCount() == 2
    qtbot.mouseClick(ui.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.code_edit, "fan noise")
    qtbot.keyClick(ui.code_edit, Qt.Key.Key_Return)
    assert ui.code_error.text().startswith("代码最多") and ui.name_zh_error.text() == "请输入中文名称。"
    ui.code_edit.setText("fan_noise")
    ui.name_zh_edit.insert("风扇异响")
    qtbot.keyClick(ui.name_zh_edit, Qt.Key.Key_Return)
    assert ui.message_label.text() == "故障分类 fan_noise 已添加。"
    assert ui.fault_table.rowCount() == 3 and dialog.selected().code == "fan_noise"
    qtbot.mouseClick(ui.active_button, Qt.MouseButton.LeftButton)
    with depot.db.sessions.read() as s:
        assert s.scalar(select(FaultCategory.active).where(FaultCategory.code == "fan_noise")) is False
    assert ui.active_button.text() == "重新启用(&A)" and ui.message_label.text().startswith("fan_noise 已停用")

    dialog.set_actor(depot.staff["tech"])
    assert not ui.form_box.isEnabled()


def test_the_tools_menu_offers_the_catalogue_to_those_who_may_edit_it(qtbot, main_window, accounts, manager):
    action = main_window.fault_catalogue.action
    assert action.isVisible() and action in main_window.ui.menu_tools.actions()  # the manager
    dialog = main_window.fault_catalogue.open()
    assert dialog.isVisible() and dialog.ui.form_box.isEnabled()
    accounts.add_user(manager, "desk", "前台小陈", Role.OPERATOR, "secret-123")
    main_window.set_actor(accounts.sign_in("desk", "secret-123"))
    assert not action.isVisible() and not dialog.isVisible()


def test_the_print_buttons_do_not_cover_the_opinion_button(qtbot, depot):
    from desktop_app.gui.work_orders.order_printing import connect_work_order_printing

    oid = _order(depot, "SN-GRID", S.DIAGNOSING, S.REPAIRED, S.READY_FOR_PICKUP)
    desk = connect_work_order_printing(workspace(qtbot, depot, "operator"), depot.db.sessions)
    desk.open_order(oid)
    grid = desk.panel.ui.opinion_button.parentWidget().layout()
    cells = {}
    for index in range(grid.count()):
        widget = grid.itemAt(index).widget()
        if widget is not None and not widget.isHidden():
            cell = grid.getItemPosition(index)[:2]
            assert cell not in cells, (widget.objectName() or widget.text(), cells.get(cell))
            cells[cell] = widget.objectName() or widget.text()
    assert "opinion_button" in cells.values()
