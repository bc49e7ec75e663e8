"""The stock window: on hand and low stock, the movement ledger, stock-take, returns, tool check-in (E9), the ledger check."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import MovementKind, WorkOrderState
from desktop_app.db.models import Part, StockMovement
from desktop_app.gui.parts.stock_window import StockWindow
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def window_for(qtbot, depot: Depot, who: str = "sup") -> StockWindow:
    window = StockWindow(depot.db.sessions, depot.staff[who])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def part_nos(window: StockWindow) -> list[str]:
    return [window.model.row_at(r).part_no for r in range(window.model.rowCount())]


def ledger_rows(window: StockWindow) -> list[list[str]]:
    table = window.ui.ledger_table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def order_holding(depot: Depot, serial: str, part_no: str, quantity: int) -> tuple[int, str]:
    """A warranty order that was issued ``quantity`` of ``part_no`` (charged to the fund, D13)."""
    number = depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number
    order_id = depot.order_id(number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], order_id, WorkOrderState.DIAGNOSING)
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], order_id,
                                                     [(depot.part_ids[part_no], quantity)]).issued
    return order_id, number


def test_low_stock_is_highlighted_and_filtered(qtbot, depot: Depot) -> None:
    with depot.db.sessions.write() as s, s.begin():  # 5 fans on hand, 10 wanted: below the reorder level (D8)
        s.execute(update(Part).where(Part.part_no == "FAN-01").values(reorder_level=10))
    window = window_for(qtbot, depot)
    assert part_nos(window) == ["ADP-12V", "FAN-01", "PWR-01"]
    assert window.ui.count_label.text() == "配件：3"
    fan = window.model.index(1, 0)
    assert window.model.data(fan, Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert window.model.data(window.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert window.model.data(window.model.index(1, 6)) == "库存不足"
    qtbot.mouseClick(window.ui.low_only_check, Qt.MouseButton.LeftButton)
    assert part_nos(window) == ["FAN-01"]
    assert window.ui.count_label.text() == "库存不足的配件：1"


def test_search_as_you_type_and_the_ledger_of_the_selected_part(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    qtbot.keyClicks(window.ui.search_edit, "fan")  # typed, no Enter: the list follows
    qtbot.waitUntil(lambda: part_nos(window) == ["FAN-01"])
    window.ui.parts_view.selectRow(0)
    assert window.ui.ledger_title_label.text().startswith("FAN-01 · 风扇")
    [receipt] = ledger_rows(window)
    assert receipt[1:5] == ["入库", "+5", "5", "王总"]


def test_a_long_ledger_shows_its_latest_movements_with_the_right_balances(qtbot, depot: Depot, monkeypatch) -> None:
    """A part in daily use gathers tens of thousands of movements (issue 8): the window shows the latest,
    each with the on hand after it as the whole ledger has it, and says how many there are in all."""
    import desktop_app.gui.parts.stock_window as stock_window

    monkeypatch.setattr(stock_window, "LEDGER_LINES", 3)
    admin = StockAdmin(depot.db.sessions)
    for quantity in (2, 7, 1, 4):
        admin.receive(depot.staff["sup"], "FAN-01", quantity)
    whole = admin.ledger("FAN-01")  # oldest first: 5, then 2, 7, 1, 4 received
    window = window_for(qtbot, depot)
    qtbot.keyClicks(window.ui.search_edit, "FAN-01")
    qtbot.waitUntil(lambda: part_nos(window) == ["FAN-01"])
    window.ui.parts_view.selectRow(0)
    rows = ledger_rows(window)
    assert [(row[2], row[3]) for row in rows] == [("+4", "19"), ("+1", "15"), ("+7", "14")]
    assert [m.on_hand_after for m in whole][-3:] == [14, 15, 19]
    assert window.ui.ledger_title_label.text().endswith("（最近 3 笔，共 5 笔）")


def test_stock_take_needs_a_reason_and_is_signed_off_by_the_supervisor(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    assert window.select_part("FAN-01")
    qtbot.mouseClick(window.ui.adjust_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    assert "张主管" in dialog.ui.signoff_value.text()
    dialog.ui.counted_spin.setValue(3)
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.message("reason") == "请填写库存调整原因。"
    assert depot.on_hand("FAN-01") == 5  # nothing written
    dialog.ui.reason_edit.insert("月度盘点，少两个")  # Chinese comes through the input method
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert depot.on_hand("FAN-01") == 3
    newest = ledger_rows(window)[0]
    assert newest[1:] == ["盘点调整", "-2", "3", "张主管", "张主管", "月度盘点，少两个"]
    assert window.model.row_at(1).on_hand == 3  # the list follows
    assert "FAN-01" in window.ui.message_label.text()


def test_return_to_stock_offers_only_orders_holding_the_part(qtbot, depot: Depot) -> None:
    order_id, number = order_holding(depot, "SN-RET-1", "FAN-01", 2)
    window = window_for(qtbot, depot)
    window.select_part("FAN-01")
    dialog = window.open_return()
    combo = dialog.ui.order_combo
    assert combo.count() == 1 and combo.currentData() == order_id
    assert "2" in combo.currentText()
    dialog.ui.quantity_spin.setValue(3)  # more than the order holds: refused, named at the field
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "3" in dialog.errors.message("quantity")
    dialog.ui.quantity_spin.setValue(1)
    dialog.ui.reason_edit.insert("诊断后不需要")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert depot.on_hand("FAN-01") == 4
    newest = ledger_rows(window)[0]
    assert newest[1:4] == ["退回库存", "+1", "4"]
    assert newest[6] == f"{number} · 诊断后不需要"
    window.select_part("PWR-01")  # no order holds it: nothing to choose, nothing to book
    dialog = window.open_return()
    assert dialog.ui.order_combo.count() == 0 and not dialog.ui.ok_button.isEnabled()
    assert dialog.ui.order_error.text() != ""


def test_tool_check_in_enters_the_register(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    qtbot.mouseClick(window.ui.tool_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    dialog.ui.tool_name_edit.insert("剥线钳")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.message("bought_by") != ""  # rule E9: whose tool it is
    combo = dialog.ui.bought_by_combo
    combo.setCurrentIndex(combo.findData(depot.staff["tech"].staff_id))
    dialog.ui.reason_edit.insert("出差北京购买")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    table = window.ui.tools_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(1, 7)] == ["TOOL-0001", "剥线钳", "1", "李工", "张主管",
                                                               "出差北京购买"]
    assert "TOOL-0001" in part_nos(window)


def test_check_ledger_reports_a_clean_ledger_and_a_broken_one(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    qtbot.mouseClick(window.ui.check_button, Qt.MouseButton.LeftButton)
    assert window.ui.message_label.text().startswith("库存台账核对无误")
    with depot.db.sessions.write() as s, s.begin():  # an issue that no work order accounts for
        s.add(StockMovement(part_id=depot.part_ids["FAN-01"], kind=MovementKind.ISSUE, quantity=-1,
                            by_id=depot.staff["manager"].staff_id))
    assert window.check_ledger() != []
    assert window.ui.message_label.text().startswith("台账发现问题：1")
    assert "FAN-01" in window.ui.message_label.text()


def test_a_technician_sees_stock_but_may_not_change_it(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot, "tech")
    window.select_part("FAN-01")
    for button in (window.ui.adjust_button, window.ui.return_button, window.ui.tool_button):
        assert not button.isEnabled()
        assert "管理库存" in button.toolTip()
    assert window.ui.check_button.isEnabled()
    assert ledger_rows(window)  # reading is allowed
