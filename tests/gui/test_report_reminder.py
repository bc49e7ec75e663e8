"""Month-end reports (D3, E2): the reminder in the status bar, the monthly report's PDF, XLSX and "sent", the improvement report."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update
from evaluation_depot import TODAY, clock_on, evaluation_depot, repaired_order
from openpyxl import load_workbook
from printing_support import pdf_text

from desktop_app.db.models import Claim, WorkOrder
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.report_dialogs import ImprovementReportDialog, MonthlyReportDialog
from desktop_app.gui.evaluation.report_reminder import install_report_reminder
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.report_status import sent_on

SECOND = dt.date(TODAY.year, 12, 2)  # the reminder's days are injected: the 2nd, then the 5th
DUE_MONTH = dt.date(TODAY.year, 11, 1)


def claim_in(depot, month: dt.date) -> None:
    """D3: a report is due only from the first month with a claim or a work order; one dated ``month``."""
    saved = depot.take_in(f"SN-{month:%Y%m}", month - dt.timedelta(days=100))
    moment = dt.datetime.combine(month, dt.time(10)).astimezone(dt.timezone.utc)
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(Claim).where(Claim.number == saved.number).values(claim_date=month))
        s.execute(update(WorkOrder).where(WorkOrder.number == saved.work_order_number).values(created_at=moment))


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    claim_in(depot, DUE_MONTH)
    return depot


def window_for(qtbot, depot, who: str) -> MainWindow:
    window = MainWindow([], depot.staff[who], "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_supervisor_is_reminded_on_the_2nd_until_it_is_marked_sent(qtbot, depot):
    window = window_for(qtbot, depot, "sup")
    reminder = install_report_reminder(window, depot.db.sessions, lambda: window.actor, clock=clock_on(SECOND))
    assert reminder.button.isVisible()
    assert reminder.text() == f"{DUE_MONTH.year}年{DUE_MONTH.month}月售后维修月报表须于次月 3 日前报送"
    dialog = reminder.open_dialog()  # a click on the notice
    qtbot.waitExposed(dialog)
    assert reminder.button.parent() is window.statusBar()  # a notice in the status bar, never a modal box
    assert dialog.month() == DUE_MONTH
    assert dialog.ui.status_label.text() == f"须于 {SECOND.replace(day=3).isoformat()} 前报送，尚未标记为已报送。"
    with qtbot.waitSignal(dialog.sent):
        dialog.ui.mark_sent_button.click()
    assert not reminder.button.isVisible() and reminder.text() == ""
    assert sent_on(depot.db.sessions, DUE_MONTH) == SECOND
    assert dialog.ui.status_label.text() == f"{DUE_MONTH:%Y-%m} 的月报表已于 {SECOND.isoformat()} 标记为已报送。"
    assert not dialog.ui.mark_sent_button.isEnabled()


def test_a_dialog_left_open_while_another_counter_marked_it_sent_keeps_the_first_marking(qtbot, depot):  # D3
    window = window_for(qtbot, depot, "sup")
    reminder = install_report_reminder(window, depot.db.sessions, lambda: window.actor, clock=clock_on(SECOND))
    dialog = reminder.open_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.ui.mark_sent_button.isEnabled()
    dialog._services.reports.mark_sent(depot.staff["manager"], DUE_MONTH)  # the manager, at another counter
    dialog.ui.mark_sent_button.click()
    assert "王总" in dialog.ui.error_label.text()  # who marked it first
    assert "已于" in dialog.ui.status_label.text() and not dialog.ui.mark_sent_button.isEnabled()
    assert sent_on(depot.db.sessions, DUE_MONTH) == SECOND


def test_after_the_3rd_it_says_overdue(qtbot, depot):
    window = window_for(qtbot, depot, "manager")
    reminder = install_report_reminder(window, depot.db.sessions, lambda: window.actor,
                                       clock=clock_on(SECOND + dt.timedelta(days=3)))
    assert reminder.text() == f"{DUE_MONTH.year}年{DUE_MONTH.month}月售后维修月报表已逾期（须于次月 3 日前报送）"


def test_a_technician_never_sees_it_and_a_shift_change_rechecks(qtbot, depot):
    window = window_for(qtbot, depot, "tech")
    reminder = install_report_reminder(window, depot.db.sessions, lambda: window.actor, clock=clock_on(SECOND))
    assert not reminder.button.isVisible() and reminder.open_dialog() is None
    window.set_actor(depot.staff["sup"])
    assert reminder.button.isVisible()
    dialog = reminder.open_dialog()
    qtbot.waitExposed(dialog)
    window.set_actor(depot.staff["operator"])
    assert not reminder.button.isVisible()
    assert not dialog.isVisible()  # it acted for the supervisor: gone with them


def test_marking_sent_from_the_tab_clears_the_main_windows_reminder(qtbot, database):
    from desktop_app.app import build_main_window  # as the app builds it (imported here: heavy)

    depot = evaluation_depot(database)
    claim_in(depot, (TODAY.replace(day=1) - dt.timedelta(days=1)).replace(day=1))  # last month, by the real clock
    main_window = build_main_window(depot.db, depot.staff["manager"])
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    reminder = main_window.report_reminder
    assert reminder.button.isVisible()  # a manager, and last month's report is not sent yet
    tab = main_window.tabs[3]
    dialog = tab.open_monthly_report()
    assert dialog.month() == tab.month() == reminder.due_month
    dialog.ui.mark_sent_button.click()
    assert not reminder.button.isVisible()


def test_the_monthly_report_is_made_off_the_ui_thread_as_pdf_and_xlsx(qtbot, depot, tmp_path):
    repaired_order(depot, "SN-M1")
    month = TODAY.replace(day=1)
    dialog = MonthlyReportDialog(EvaluationServices.for_sessions(depot.db.sessions), depot.staff["sup"], month)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.jobs.preview_opened, timeout=20_000) as opened:
        dialog.ui.preview_button.click()
        assert dialog.is_busy() and not dialog.ui.preview_button.isEnabled()  # the busy bar while it is made
    assert not dialog.is_busy()
    text = pdf_text(opened.args[0].pdf)
    assert "售后维修月报表" in text and f"{month:%Y-%m}" in text and "S5720-28P" in text
    opened.args[0].close()
    target = tmp_path / "月报表.xlsx"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_xlsx_to(target)
    assert dialog.ui.message_label.text() == f"已保存：{target}"
    cells = [str(c.value) for row in load_workbook(target).active.iter_rows() for c in row if c.value is not None]
    assert any("S5720-28P" in c for c in cells)
    assert "尚未结束" in dialog.ui.status_label.text() and not dialog.ui.mark_sent_button.isEnabled()


def test_the_improvement_report_covers_a_range_of_months(qtbot, depot):
    month = TODAY.replace(day=1)
    dialog = ImprovementReportDialog(EvaluationServices.for_sessions(depot.db.sessions), depot.staff["manager"], month)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.last_edit.setDate(dialog.ui.first_edit.date().addMonths(-1))
    dialog.ui.preview_button.click()
    assert dialog.ui.error_label.text() == "“起始”不能晚于“截止”。"
    dialog.ui.last_edit.setDate(dialog.ui.first_edit.date().addMonths(2))
    with qtbot.waitSignal(dialog.jobs.preview_opened, timeout=20_000) as opened:
        dialog.ui.preview_button.click()
    text = pdf_text(opened.args[0].pdf)
    assert "产品改进报告" in text and f"{month:%Y-%m}" in text
    opened.args[0].close()
