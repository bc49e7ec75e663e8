"""Bench work through the GUI: dispatch, diagnosis (W11), parts and shortages, quote, report (E17), pickup."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update
from printing_support import pdf_text, private_settings  # noqa: F401
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import ClaimStatus, MovementKind, WorkOrderState as S
from desktop_app.db.models import Claim, PrintedDocument, StockMovement, WorkOrder
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.diagnosis_dialog import DiagnosisDialog
from desktop_app.gui.work_orders.note_dialog import NoteDialog
from desktop_app.gui.work_orders.order_printing import WorkOrderPrinter, connect_work_order_printing
from desktop_app.gui.work_orders.parts_dialog import PartsDialog
from desktop_app.gui.work_orders.quote_dialog import QuoteDialog
from desktop_app.gui.work_orders.report_dialog import ReportDialog
from desktop_app.gui.work_orders.visit_dialog import VisitDialog
from desktop_app.services.listings import WorkOrderQueue as Q


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def take_in(depot: Depot, serial: str, days_since_sale: int = 200) -> int:
    return depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=days_since_sale)).work_order_number)


def press(qtbot, tab: WorkOrdersTab, action: Action) -> None:
    button = tab.panel.buttons[action]
    assert button.isVisible() and button.isEnabled(), action
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def state(depot: Depot, order_id: int) -> S:
    with depot.db.sessions.read() as s:
        return s.scalar(select(WorkOrder.state).where(WorkOrder.id == order_id))


def focused():
    return QApplication.focusWidget()


def opened(qtbot, tab: WorkOrdersTab, kind):
    """The dialog the last button opened, active, with the cursor where typing starts."""
    dialog = tab.order_actions.dialog(kind)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def dispatched(qtbot, depot: Depot, serial: str, **kwargs) -> tuple[int, WorkOrdersTab]:
    """The supervisor dispatches the new order to 李工; the technician's tab has it open."""
    order_id = take_in(depot, serial, **kwargs)
    sup = workspace(qtbot, depot, "sup")
    sup.open_order(order_id)
    combo = sup.panel.ui.technician_combo
    combo.setCurrentIndex(combo.findData(depot.staff["tech"].staff_id))
    press(qtbot, sup, Action.DISPATCH)
    assert sup.panel.ui.message_label.text().endswith("已派给 李工。")
    assert sup.model.rowCount() == 0 and sup.queues.count(Q.TO_DISPATCH) == 0  # it left the queue
    assert sup.panel.ui.title_label.text().endswith("已派工")  # and stays open
    tech = workspace(qtbot, depot, "tech")
    tech.open_order(order_id)
    press(qtbot, tech, Action.START_DIAGNOSIS)
    return order_id, tech


def diagnose(qtbot, tab: WorkOrdersTab, cause_index: int = 0) -> DiagnosisDialog:
    """Fault 不通电 and the cause chosen with the keyboard, saved with Ctrl+S."""
    press(qtbot, tab, Action.DIAGNOSE)
    dialog = opened(qtbot, tab, DiagnosisDialog)
    ui = dialog.ui
    qtbot.waitUntil(lambda: focused() is ui.fault_combo)
    qtbot.keyClick(ui.fault_combo, Qt.Key.Key_Down)
    assert ui.fault_combo.currentText() == "不通电"  # the Chinese UI shows no English
    qtbot.keyClick(ui.fault_combo, Qt.Key.Key_Tab)
    for _ in range(cause_index):
        qtbot.keyClick(ui.cause_combo, Qt.Key.Key_Down)
    qtbot.keyClicks(ui.note_edit, "C12 bulging")
    qtbot.keyClick(ui.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui.pages.currentIndex() == 1, ui.error_label.text()
    return dialog


def pick(qtbot, dialog, part_no: str, quantity: int = 1) -> None:
    """Find the part by number, set the quantity, Enter in the list adds it."""
    picker = dialog.ui.parts_picker.ui
    picker.find_edit.setFocus()
    qtbot.keyClicks(picker.find_edit, part_no)
    qtbot.keyClick(picker.find_edit, Qt.Key.Key_Return)
    assert focused() is picker.results_table
    picker.quantity_spin.setValue(quantity)
    qtbot.keyClick(picker.results_table, Qt.Key.Key_Return)


def test_from_dispatch_to_pickup(qtbot, depot):
    order_id, tech = dispatched(qtbot, depot, "SN-FLOW")
    assert tech.queues.current is Q.MINE and tech.model.row_at(0).id == order_id
    assert tech.panel.ui.assigned_value.text() == "李工"
    result = diagnose(qtbot, tech).ui
    assert result.final_value.text() == "换货" and result.warning_label.text() == ""
    qtbot.keyClick(result.close_button, Qt.Key.Key_Space)

    press(qtbot, tech, Action.PARTS)
    parts = opened(qtbot, tech, PartsDialog)
    pick(qtbot, parts, "PWR")
    assert parts.ui.parts_picker.lines() == [(depot.part_ids["PWR-01"], 1)]
    assert parts.ui.parts_picker.ui.short_label.text() == ""
    qtbot.keyClick(parts.ui.parts_picker.ui.chosen_table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not parts.isVisible()
    assert depot.on_hand("PWR-01") == 0
    assert tech.panel.ui.message_label.text() == "已从库存领用配件：PWR-01 ×1。"
    assert tech.panel.ui.parts_table.item(0, 0).text() == "PWR-01"
    assert tech.panel.ui.parts_table.item(0, 5).text() == "服务基金"

    for action, expected in ((Action.REPAIRING, S.REPAIRING), (Action.REPAIRED, S.REPAIRED),
                             (Action.READY, S.READY_FOR_PICKUP)):
        press(qtbot, tech, action)
        assert state(depot, order_id) is expected
    assert tech.model.row_at(0).state is S.READY_FOR_PICKUP  # the list follows

    desk = workspace(qtbot, depot, "operator")
    assert desk.queues.count(Q.READY_FOR_PICKUP) == 1
    desk.ui.table_view.selectRow(0)
    press(qtbot, desk, Action.CLOSE)
    assert desk.panel.ui.message_label.text() == "服务报告不完整，缺少：故障原因、解决方法、客户意见。"
    assert state(depot, order_id) is S.READY_FOR_PICKUP

    tech.open_order(order_id)
    press(qtbot, tech, Action.REPORT)
    report = opened(qtbot, tech, ReportDialog)
    assert report.ui.cause_edit.toPlainText() == "C12 bulging"  # the findings, to start from
    assert not report.ui.no_parts_check.isEnabled()  # the issued part is the replaced-parts list
    qtbot.keyClick(report.ui.cause_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "replaced the power board")
    report.ui.opinion_edit.setFocus()
    qtbot.keyClicks(report.ui.opinion_edit, "very satisfied")
    qtbot.keyClick(report.ui.opinion_edit, Qt.Key.Key_Return)
    assert not report.isVisible()
    assert tech.panel.ui.message_label.text() == "服务报告已保存，内容完整。"

    desk.reload()
    press(qtbot, desk, Action.CLOSE)
    assert state(depot, order_id) is S.CLOSED
    assert desk.panel.ui.message_label.text().endswith("已结单。请将服务报告和满意度调查表交给客户（E17）。")
    assert desk.queues.count(Q.READY_FOR_PICKUP) == 0
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Claim.status)) is ClaimStatus.COMPLETED
    history = [desk.panel.ui.history_table.item(r, 2).text() for r in range(desk.panel.ui.history_table.rowCount())]
    assert history == ["待派工", "已派工", "检测中", "维修中", "已修复", "待取机", "已结单"]  # from 受理


def test_a_shortage_sends_the_order_to_awaiting_parts(qtbot, depot):
    order_id, tech = dispatched(qtbot, depot, "SN-SHORT")
    qtbot.keyClick(diagnose(qtbot, tech).ui.close_button, Qt.Key.Key_Space)
    press(qtbot, tech, Action.PARTS)
    parts = opened(qtbot, tech, PartsDialog)
    pick(qtbot, parts, "PWR-01", quantity=2)
    assert parts.ui.parts_picker.ui.short_label.text() == (
        "库存不足：PWR-01（需 2，库存 1）。领用后工单将转为“待配件”，直至到货。")
    qtbot.mouseClick(parts.ui.issue_button, Qt.MouseButton.LeftButton)
    assert parts.isVisible() and parts.ui.pages.currentIndex() == 1
    assert parts.ui.result_title.text() == "库存不足：工单转为待配件"
    table = parts.ui.shortage_table
    assert [table.item(0, c).text() for c in range(4)] == ["PWR-01", "2", "1", "1"]
    assert state(depot, order_id) is S.AWAITING_PARTS and depot.on_hand("PWR-01") == 1
    assert tech.panel.ui.message_label.text() == "库存不足：PWR-01（需 2，库存 1）。工单等待配件。"
    assert tech.panel.ui.parts_table.item(0, 6).text() == "待到货"
    assert tech.queues.count(Q.AWAITING_PARTS) == 1
    parts.accept()

    press(qtbot, tech, Action.ISSUE_WAITING)
    assert tech.panel.ui.message_label.text() == "库存仍然不足：PWR-01（需 2，库存 1）。"
    with depot.db.sessions.write() as s, s.begin():  # the requisition arrives
        s.add(StockMovement(part_id=depot.part_ids["PWR-01"], kind=MovementKind.RECEIPT, quantity=3,
                            by_id=depot.staff["sup"].staff_id))
    press(qtbot, tech, Action.ISSUE_WAITING)
    assert state(depot, order_id) is S.REPAIRING and depot.on_hand("PWR-01") == 2
    assert tech.panel.ui.message_label.text() == "待料配件已领出：继续维修。"


def test_user_damage_changes_the_tier_and_the_quote_is_answered(qtbot, depot):
    order_id, tech = dispatched(qtbot, depot, "SN-DROP")
    dialog = diagnose(qtbot, tech, cause_index=1)
    assert dialog.ui.intake_value.text() == "换货" and dialog.ui.final_value.text() == "收费维修"
    assert dialog.ui.warning_label.text() == "保修等级已由换货变为收费维修：继续维修前请告知客户（W11）。"
    dialog.accept()
    panel = tech.panel.ui
    assert panel.final_decision_value.text() == "收费维修：检测后已改判，须告知客户（W11）"
    assert "b00020" in panel.final_decision_value.styleSheet()
    assert panel.cost_bearer_value.text() == "客户；受理时：服务基金（保修期内，D13）"  # W11: the customer pays now
    assert panel.message_label.text() == dialog.ui.warning_label.text()

    press(qtbot, tech, Action.QUOTE)
    quote = opened(qtbot, tech, QuoteDialog)
    quote.ui.labour_spin.setValue(80)
    pick(qtbot, quote, "FAN-01")
    assert quote.ui.total_label.text() == "客户应付合计：¥115.50（其中配件 ¥35.50）"
    qtbot.mouseClick(quote.ui.save_button, Qt.MouseButton.LeftButton)
    assert state(depot, order_id) is S.AWAITING_APPROVAL
    assert panel.quote_value.text() == "配件 ¥35.50 + 工时 ¥80.00 + 差旅 ¥0.00 = ¥115.50"
    assert not tech.panel.buttons[Action.REPAIRING].isEnabled()  # the customer's answer moves it on
    press(qtbot, tech, Action.ACCEPT_QUOTE)
    assert state(depot, order_id) is S.REPAIRING and panel.quote_answer_value.text() == "已接受"


def test_the_supervisor_cancels_with_a_reason(qtbot, depot):
    order_id = take_in(depot, "SN-CANCEL")
    sup = workspace(qtbot, depot, "sup")
    sup.ui.table_view.selectRow(0)
    press(qtbot, sup, Action.CANCEL)
    dialog = opened(qtbot, sup, NoteDialog)
    assert dialog.windowTitle() == "取消工单"
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.note_error.text() == "请填写取消原因。"
    qtbot.keyClicks(dialog.ui.note_edit, "customer withdrew")
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and state(depot, order_id) is S.CANCELLED
    assert sup.model.rowCount() == 0 and sup.queues.count(Q.TO_DISPATCH) == 0
    assert sup.panel.ui.history_table.item(1, 4).text() == "customer withdrew"  # after 受理


def test_a_late_on_site_arrival_shows_red(qtbot, depot):
    order_id, tech = dispatched(qtbot, depot, "SN-SITE")
    required = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0) - dt.timedelta(hours=2)
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(WorkOrder).where(WorkOrder.id == order_id).values(kind="on_site", required_arrival_at=required))
    tech.open_order(order_id)
    press(qtbot, tech, Action.VISIT)
    visit = opened(qtbot, tech, VisitDialog)
    assert visit.ui.late_label.text() == "迟到：晚于客户要求的时间（S3）。"  # arriving now is late
    visit.ui.departed_check.setChecked(True)
    visit.ui.called_check.setChecked(True)
    qtbot.keyClick(visit.ui.arrived_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not visit.isVisible()
    panel = tech.panel.ui
    assert panel.late_value.text() == "是：晚于要求时间到达（S3、E23）" and "b00020" in panel.late_value.styleSheet()
    assert panel.called_value.text() == "是"
    assert panel.message_label.text() == "上门记录已保存。到达迟于要求时间（S3），已记入考核（E23）。"


def test_the_desk_previews_the_service_report_and_the_survey_form(qtbot, depot, private_settings, tmp_path):
    order_id, tech = dispatched(qtbot, depot, "SN-PRINT")
    desk = connect_work_order_printing(workspace(qtbot, depot, "operator"))
    desk.open_order(order_id)
    assert desk.panel.buttons[Action.PRINT_REPORT].isEnabled()
    assert not desk.panel.buttons[Action.PRINT_SURVEY].isEnabled()  # not before the repair is done
    press(qtbot, tech, Action.REPAIRED)
    desk.open_order(order_id)
    printer = desk.findChild(WorkOrderPrinter)
    number = desk.panel.detail.number
    for action, title in ((Action.PRINT_REPORT, "服务报告"), (Action.PRINT_SURVEY, "满意度调查表")):
        with qtbot.waitSignal(printer.preview_opened, timeout=15_000) as opened:
            press(qtbot, desk, action)
        preview = opened.args[0]
        assert number in pdf_text(preview.pdf)
        assert preview.windowTitle() == f"打印预览：{title} {number}"
        assert preview.save_to(tmp_path / f"{action.name}.pdf")  # logged once saved (E17)
        preview.close()
    with depot.db.sessions.read() as s:
        assert list(s.scalars(select(PrintedDocument.document))) == ["service_report", "survey_form"]
