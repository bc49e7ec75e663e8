"""Two counters on one SQLite file (each its own connection): a form on an order the other counter changed
says what changed; the lists catch up without F5; a save waiting for the other counter's lock says so."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event
from sqlalchemy.engine import make_url
from gui_support import keep_screenshot
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.app import build_main_window
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.opening import open_database
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.report_dialog import ReportDialog
from desktop_app.services.listings import WorkOrderListing, WorkOrderQueue as Q


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


@pytest.fixture
def other_counter(sqlite_url):
    """The same database file opened again: another counter's own connection and services."""
    db = open_database(make_url(sqlite_url))
    yield WorkOrderServices.for_sessions(db.sessions)
    db.dispose()


def take_in(depot: Depot, serial: str) -> int:
    return depot.order_id(depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number)


def counter(qtbot, depot: Depot, who: str) -> WorkOrdersTab:
    tab = WorkOrdersTab(WorkOrderListing(depot.db.sessions), WorkOrderServices.for_sessions(depot.db.sessions),
                        depot.staff[who])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.reload()
    # The key clock is application-wide: a key an earlier test pressed must not read as typing here.
    tab.auto_refresh.keys.last.invalidate()
    return tab


def version(services: WorkOrderServices, depot: Depot, order_id: int) -> int:
    return services.details.get(depot.staff["manager"], order_id).row_version


def at_the_bench(depot: Depot, serial: str) -> int:
    """Dispatched to 李工, who started the diagnosis."""
    services = WorkOrderServices.for_sessions(depot.db.sessions)
    order_id = take_in(depot, serial)
    services.orders.dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id,
                             expected_version=version(services, depot, order_id))
    services.orders.set_state(depot.staff["tech"], order_id, S.DIAGNOSING,
                              expected_version=version(services, depot, order_id))
    return order_id


def report_typed(qtbot, tab: WorkOrdersTab, order_id: int) -> ReportDialog:
    tab.open_order(order_id)
    qtbot.mouseClick(tab.panel.buttons[Action.REPORT], Qt.MouseButton.LeftButton)
    dialog = tab.order_actions.dialog(ReportDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.ui.cause_edit.setPlainText("主板电源芯片击穿")
    dialog.ui.solution_edit.setPlainText("更换电源芯片，老化测试 4 小时")
    return dialog


def test_report_on_an_order_cancelled_at_another_counter_names_who_and_refreshes(qtbot, depot, other_counter):
    order_id = at_the_bench(depot, "SN-CANCELLED")
    tech = counter(qtbot, depot, "tech")
    dialog = report_typed(qtbot, tech, order_id)
    assert tech.panel.ui.title_label.text().endswith("检测中")
    other_counter.orders.cancel(depot.staff["sup"], order_id, "客户来电取消维修，取回原机",
                                expected_version=version(other_counter, depot, order_id))
    dialog.save()
    # A cancelled order takes no report: the form closes with what happened, the panel and list follow.
    assert not dialog.isVisible()
    message = tech.panel.ui.message_label.text()
    assert message.startswith("该工单已被 张主管 取消（") and message.endswith("）。本次未保存任何内容。"), message
    assert tech.panel.ui.title_label.text().endswith("已取消")
    assert not tech.panel.buttons[Action.REPORT].isEnabled()
    keep_screenshot(tech, "order_cancelled_at_another_counter")
    assert [tech.model.row_at(r).id for r in range(tech.model.rowCount())] == []  # left 我的工单


def test_report_form_stays_open_with_the_typing_when_the_order_still_takes_it(qtbot, depot, other_counter):
    order_id = at_the_bench(depot, "SN-KEPT")
    tech = counter(qtbot, depot, "tech")
    dialog = report_typed(qtbot, tech, order_id)
    other_counter.orders.record_report(depot.staff["manager"], order_id, fault_cause="电容鼓包", solution="",
                                       customer_opinion="", expected_version=version(other_counter, depot, order_id))
    dialog.save()
    assert dialog.isVisible()
    assert dialog.ui.cause_edit.toPlainText() == "主板电源芯片击穿"  # what was typed is kept
    text = dialog.ui.error_label.text()
    assert text.startswith("该工单已被 王总 修改（") and "仍为“检测中”。本次未保存；您输入的内容已保留" in text, text
    assert tech.panel.ui.message_label.text() == text
    keep_screenshot(dialog, "report_kept_after_another_counter_saved")
    dialog.ui.opinion_edit.setText("满意")
    dialog.save()  # based on what the other counter saved: accepted now
    assert not dialog.isVisible()
    assert WorkOrderServices.for_sessions(depot.db.sessions).details.get(
        depot.staff["tech"], order_id).report_fault_cause == "主板电源芯片击穿"


def queue_counts_after_refresh(qtbot, tab: WorkOrdersTab) -> None:
    with qtbot.waitSignal(tab.auto_refresh.timer.timeout, timeout=2000):
        pass


def test_supervisor_sees_another_counters_dispatch_without_refreshing(qtbot, depot, other_counter):
    first, second, third = (take_in(depot, f"SN-Q{n}") for n in range(3))
    sup = counter(qtbot, depot, "sup")
    assert sup.queues.count(Q.TO_DISPATCH) == 3
    sup.ui.table_view.selectRow(2)  # the oldest order, at the bottom of the list
    assert sup.panel.detail.id == first
    sup.auto_refresh.set_interval(20)
    other_counter.orders.dispatch(depot.staff["manager"], third, depot.staff["tech"].staff_id,
                                  expected_version=version(other_counter, depot, third))
    qtbot.waitUntil(lambda: sup.queues.count(Q.TO_DISPATCH) == 2, timeout=3000)
    assert sup.queues.buttons[Q.TO_DISPATCH].text() == "待派工（2）"
    assert [sup.model.row_at(r).id for r in range(sup.model.rowCount())] == [second, first]
    assert sup.selected_row().id == first and sup.panel.detail.id == first  # the selection stayed on its order
    # The open order is read again too: another counter's dispatch of it shows in the panel.
    other_counter.orders.dispatch(depot.staff["manager"], first, depot.staff["tech2"].staff_id,
                                  expected_version=version(other_counter, depot, first))
    qtbot.waitUntil(lambda: sup.panel.ui.title_label.text().endswith("已派工"), timeout=3000)
    assert sup.panel.detail.id == first and sup.queues.count(Q.TO_DISPATCH) == 1


def test_no_refresh_while_a_form_is_open_or_someone_types(qtbot, depot, other_counter):
    order_id = take_in(depot, "SN-FORM")
    take_in(depot, "SN-OTHER")
    sup = counter(qtbot, depot, "sup")
    sup.open_order(order_id)
    qtbot.mouseClick(sup.panel.buttons[Action.CANCEL], Qt.MouseButton.LeftButton)
    assert QApplication.activeModalWidget() is not None
    sup.auto_refresh.set_interval(10)
    other_counter.orders.dispatch(depot.staff["manager"], order_id, depot.staff["tech"].staff_id,
                                  expected_version=version(other_counter, depot, order_id))
    for _ in range(3):
        queue_counts_after_refresh(qtbot, sup)
    assert sup.queues.count(Q.TO_DISPATCH) == 2 and sup.panel.ui.title_label.text().endswith("待派工")
    QApplication.activeModalWidget().done(0)
    sup.activateWindow()  # the window manager does it when the form closes; the offscreen platform does not
    qtbot.waitUntil(sup.isActiveWindow)
    sup.ui.search_edit.setFocus()
    qtbot.keyClick(sup.ui.search_edit, Qt.Key.Key_End)  # a key just pressed: someone is at the keyboard
    assert not sup.auto_refresh.quiet()
    sup.auto_refresh.keys.last.invalidate()  # the typing pause is over
    qtbot.waitUntil(lambda: sup.queues.count(Q.TO_DISPATCH) == 1, timeout=3000)


def test_a_refresh_reads_the_same_few_statements_however_long_the_list(qtbot, depot):
    for n in range(3):
        take_in(depot, f"SN-S{n}")
    sup = counter(qtbot, depot, "sup")
    sup.ui.table_view.selectRow(0)

    def statements() -> int:
        seen: list[str] = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
        event.listen(depot.db.engine, "before_cursor_execute", listener)
        try:
            sup.refresh_quietly()
        finally:
            event.remove(depot.db.engine, "before_cursor_execute", listener)
        return len([s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))])

    few = statements()
    for n in range(12):
        take_in(depot, f"SN-M{n}")
    assert statements() == few  # no statement per row


def test_a_save_waiting_for_another_counters_lock_shows_a_busy_cursor(qtbot, depot, sqlite_url):
    order_id = take_in(depot, "SN-LOCK")
    window = build_main_window(depot.db, depot.staff["sup"])
    qtbot.addWidget(window)
    window.show()
    tab = next(t for t in window.tabs if isinstance(t, WorkOrdersTab))
    window.show_tab(window.tabs.index(tab))
    tab.open_order(order_id)
    holder = sqlite3.connect(make_url(sqlite_url).database, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # the other counter is in the middle of a save
    seen: list[tuple[object, str]] = []

    def on_statement(_conn, _cursor, statement, *_args) -> None:
        if statement.startswith("BEGIN IMMEDIATE") and not seen:  # our save is about to wait for the lock
            cursor = QApplication.overrideCursor()
            seen.append((cursor.shape() if cursor else None, window.statusBar().currentMessage()))
            keep_screenshot(window, "save_waiting_for_another_counter")
            threading.Thread(target=holder.execute, args=("ROLLBACK",)).start()  # the other save ends

    event.listen(depot.db.engine, "before_cursor_execute", on_statement)
    try:
        combo = tab.panel.ui.technician_combo
        combo.setCurrentIndex(combo.findData(depot.staff["tech"].staff_id))
        qtbot.mouseClick(tab.panel.buttons[Action.DISPATCH], Qt.MouseButton.LeftButton)
    finally:
        event.remove(depot.db.engine, "before_cursor_execute", on_statement)
        holder.close()
    assert seen == [(Qt.CursorShape.WaitCursor, "等待其他柜台…")]
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""
    assert tab.panel.ui.message_label.text().endswith("已派给 李工。")
