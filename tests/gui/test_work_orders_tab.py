"""The work-orders tab: queues with counts per role, scanning, the detail panel, permissions, user switch."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.tabs.list_tab import EMPTY_PAGE, TABLE_PAGE
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.report_dialog import ReportDialog
from desktop_app.services.listings import WorkOrderQueue as Q
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


@pytest.fixture
def orders(depot) -> dict[str, int]:
    """Three orders: one waiting for dispatch, one on the technician's bench, one ready for pickup."""
    service, bench, sup, tech = (WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions),
                                 depot.staff["sup"], depot.staff["tech"])
    ids = {name: depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number)
           for name, serial in (("waiting", "SN-W"), ("bench", "SN-B"), ("ready", "SN-R"))}
    for name in ("bench", "ready"):
        service.dispatch(sup, ids[name], tech.staff_id)
        service.set_state(tech, ids[name], S.DIAGNOSING)
    bench.record_diagnosis(tech, ids["ready"], fault_category_id=depot.fault_ids["port"],
                           cause=CauseClass.NOT_REPRODUCIBLE, note="")
    for state in (S.REPAIRED, S.READY_FOR_PICKUP):
        service.set_state(tech, ids["ready"], state)
    return ids


def numbers(tab: WorkOrdersTab) -> list[str]:
    return [tab.model.row_at(r).number for r in range(tab.model.rowCount())]


def shown(tab: WorkOrdersTab, action: Action) -> bool:
    return not tab.panel.buttons[action].isHidden()


def test_each_role_starts_in_its_queue_with_counts(qtbot, depot, orders):
    expected = {"sup": (Q.TO_DISPATCH, 1), "tech": (Q.MINE, 2), "operator": (Q.READY_FOR_PICKUP, 1),
                "manager": (Q.ALL, 3)}
    for who, (queue, rows) in expected.items():
        tab = workspace(qtbot, depot, who)
        assert tab.queues.current is queue, who
        assert tab.model.rowCount() == rows, who
    sup = workspace(qtbot, depot, "sup")
    buttons = sup.queues.buttons
    assert [buttons[q].text() for q in Q] == ["全部（3）", "我的工单（0）", "待派工（1）", "待配件（0）", "待取机（1）",
                                              "已超时（0）"]
    assert buttons[Q.TO_DISPATCH].isChecked()
    assert workspace(qtbot, depot, "operator").queues.buttons[Q.MINE].isHidden()  # the desk has no orders of its own


def test_queues_switch_by_click_and_keyboard(qtbot, depot, orders):
    tab = workspace(qtbot, depot, "manager")
    qtbot.mouseClick(tab.queues.buttons[Q.AWAITING_PARTS], Qt.MouseButton.LeftButton)
    assert tab.model.listing.queue is Q.AWAITING_PARTS
    assert tab.ui.pages.currentIndex() == EMPTY_PAGE
    assert tab.ui.empty_label.text() == "“待配件”中目前没有工单。"
    tab.focus_search()
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert tab.queues.current is Q.READY_FOR_PICKUP
    assert tab.ui.pages.currentIndex() == TABLE_PAGE and tab.model.rowCount() == 1


def test_sorting_by_a_header_click(qtbot, depot, orders):
    tab = workspace(qtbot, depot, "manager")
    newest_first = numbers(tab)
    header = tab.ui.table_view.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert numbers(tab) == sorted(newest_first)


def test_a_scanned_number_opens_its_order_whatever_the_queue(qtbot, depot, orders):
    tab = workspace(qtbot, depot, "operator")
    assert tab.queues.current is Q.READY_FOR_PICKUP
    detail = tab._services.details.get(depot.staff["operator"], orders["waiting"])
    tab.focus_search()
    qtbot.keyClicks(tab.ui.search_edit, detail.number)
    with qtbot.waitSignal(tab.order_opened) as opened:
        qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Return)
    assert opened.args == [orders["waiting"]]
    assert tab.queues.current is Q.ALL  # not in the pickup queue: shown among all
    assert numbers(tab) == [detail.number]
    assert tab.ui.table_view.selectionModel().isRowSelected(0)
    assert tab.panel.ui.title_label.text() == f"{detail.number} · 待派工"
    assert QApplication.focusWidget() is tab.ui.search_edit  # ready for the next scan
    # The receipt's code is the claim number: it opens the claim's order.
    tab.ui.search_edit.setText(detail.claim_number)
    with qtbot.waitSignal(tab.order_opened) as opened:
        qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Return)
    assert opened.args == [orders["waiting"]]


def test_the_operator_sees_no_dispatch_or_bench_buttons(qtbot, depot, orders):
    tab = workspace(qtbot, depot, "operator")
    tab.ui.table_view.selectRow(0)
    assert tab.panel.detail is not None and tab.panel.detail.id == orders["ready"]
    for action in (Action.DISPATCH, Action.START_DIAGNOSIS, Action.DIAGNOSE, Action.PARTS, Action.REPORT,
                   Action.CANCEL):
        assert not shown(tab, action), action
    assert tab.panel.ui.technician_combo.isHidden()
    assert shown(tab, Action.CLOSE) and tab.panel.buttons[Action.CLOSE].isEnabled()


def test_actions_follow_the_state_and_the_assignee(qtbot, depot, orders):
    other = workspace(qtbot, depot, "tech2")  # not the bench order's technician
    assert other.open_order(orders["bench"])
    assert shown(other, Action.DIAGNOSE) and not other.panel.buttons[Action.DIAGNOSE].isEnabled()
    tech = workspace(qtbot, depot, "tech")
    tech.open_order(orders["bench"])
    enabled = {a for a, b in tech.panel.buttons.items() if b.isEnabled() and not b.isHidden()}
    assert {Action.DIAGNOSE, Action.QUOTE, Action.PARTS, Action.REPORT} <= enabled
    assert Action.EXCHANGE not in enabled  # W11: not before the diagnosis settles the remedy
    assert Action.CLOSE not in enabled and Action.DISPATCH not in enabled
    assert not shown(tech, Action.CANCEL)  # cancelling is the supervisor's


def test_the_detail_shows_facts_decisions_and_history_with_local_times(qtbot, depot, orders):
    tab = workspace(qtbot, depot, "sup")
    tab.open_order(orders["ready"])
    ui = tab.panel.ui
    assert ui.customer_value.text() == "刘洋 · 个人"
    assert ui.serial_value.text() == "SN-R"
    assert ui.intake_decision_value.text() == "换货"
    assert ui.final_decision_value.text() == "换货"
    assert ui.cause_value.text() == "故障未复现"
    assert ui.fault_category_value.text() == "端口故障"
    detail = tab.panel.detail
    history = [[ui.history_table.item(r, c).text() for c in range(5)] for r in range(ui.history_table.rowCount())]
    assert [row[1:4] for row in history] == [["—", "待派工", "前台小陈"],  # 受理: the order's creation
                                             ["待派工", "已派工", "张主管"], ["已派工", "检测中", "李工"],
                                             ["检测中", "已修复", "李工"], ["已修复", "待取机", "李工"]]
    assert [row[0] for row in history] == [local_time_text(e.at) for e in detail.history]
    assert history[1][4] == "李工"  # the dispatch names the technician
    assert "故障原因、解决方法、更换配件、客户意见" in ui.report_missing_value.text()


def test_switching_user_discards_open_forms_and_changes_the_queue(qtbot, depot, orders):
    tab = workspace(qtbot, depot, "tech")
    tab.open_order(orders["bench"])
    qtbot.mouseClick(tab.panel.buttons[Action.REPORT], Qt.MouseButton.LeftButton)
    dialog = tab.order_actions.dialog(ReportDialog)
    assert dialog.isVisible() and not tab.has_unsaved_changes()
    qtbot.keyClicks(dialog.ui.solution_edit, "replaced the fan")
    assert tab.has_unsaved_changes()
    tab.discard_changes()  # what the idle lock does once the next user chose to discard
    assert not dialog.isVisible() and not tab.has_unsaved_changes()
    tab.set_actor(depot.staff["operator"])
    assert tab.queues.current is Q.READY_FOR_PICKUP and numbers(tab) == [tab.model.row_at(0).number]
    assert tab.panel.detail.id == orders["bench"]  # the open order stays, with the desk's actions only
    assert not shown(tab, Action.REPORT) and not shown(tab, Action.DIAGNOSE)


def test_print_buttons_emit_the_order_when_printing_is_connected(qtbot, depot, orders):
    tab = workspace(qtbot, depot, "operator")
    tab.open_order(orders["ready"])
    assert not shown(tab, Action.PRINT_REPORT)  # nobody would print it
    printed: list[int] = []
    tab.report_print_requested.connect(printed.append)
    tab.survey_print_requested.connect(printed.append)
    tab.open_order(orders["ready"])
    assert shown(tab, Action.PRINT_REPORT) and shown(tab, Action.PRINT_SURVEY)
    with qtbot.waitSignal(tab.report_print_requested) as report:
        qtbot.mouseClick(tab.panel.buttons[Action.PRINT_REPORT], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.survey_print_requested) as survey:
        qtbot.mouseClick(tab.panel.buttons[Action.PRINT_SURVEY], Qt.MouseButton.LeftButton)
    assert report.args == survey.args == [orders["ready"]]


def test_the_first_screen_of_the_list_shows_whose_machine_it_is(qtbot, depot, orders):
    """On a 1366-wide screen the list pane is about 620 px: the customer a desk is asked about is in it,
    before the technician and the required arrival; a name cut to fit reads whole in its tooltip."""
    tab = workspace(qtbot, depot, "operator")
    tab.queues.select(Q.ALL)
    view, model = tab.ui.table_view, tab.model
    titles = [column.title for column in model.columns]
    assert titles[:5] == ["工单号", "状态", "客户", "技术员", "要求到达"]
    customer = titles.index("客户")
    header = view.horizontalHeader()
    assert header.sectionPosition(customer) + header.sectionSize(customer) <= 620
    index = model.index(0, customer)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index) == model.row_at(0).customer_name
    for title in ("状态", "类型"):  # English states ("Awaiting customer approval") are cut to fit
        index = model.index(0, titles.index(title))
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index) != ""


def test_one_or_two_letters_wait_for_a_third(qtbot, depot, orders):
    """As in the claims tab (issue 8): “S” alone would test every order's number; the queue stays whole."""
    tab = workspace(qtbot, depot, "sup")
    tab.show_queue(Q.ALL)
    everything = numbers(tab)
    tab.ui.search_edit.setText("SN")
    tab.apply_search()
    assert numbers(tab) == everything and "3 个以上字母或数字" in tab.ui.count_label.text()
    tab.ui.search_edit.setText("SN-W")
    tab.apply_search()
    assert len(numbers(tab)) == 1 and "3 个以上" not in tab.ui.count_label.text()
