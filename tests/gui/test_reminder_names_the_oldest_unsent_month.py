"""D3: the status-bar reminder names the oldest unsent monthly report as overdue, with how many more are
unsent, and sending a later month never silences an earlier one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMainWindow
from evaluation_depot import clock_on, evaluation_depot
from sqlalchemy import update

from desktop_app.db.models import Claim, WorkOrder
from desktop_app.gui.evaluation.report_reminder import install_report_reminder
from desktop_app.services.monthly_reports import MonthlyReports
from gui_support import keep_screenshot

SECOND = dt.date(2026, 11, 2)
AUG, SEP, OCT = (dt.date(2026, m, 1) for m in (8, 9, 10))


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    saved = depot.take_in("SN-AUG", dt.date(2026, 1, 5))
    moment = dt.datetime(2026, 8, 14, 2, tzinfo=dt.timezone.utc)
    with depot.db.sessions.write() as s, s.begin():  # the centre's first claim: August
        s.execute(update(Claim).where(Claim.number == saved.number).values(claim_date=moment.date()))
        s.execute(update(WorkOrder).where(WorkOrder.number == saved.work_order_number).values(created_at=moment))
    return depot


def test_the_oldest_unsent_month_is_named_with_the_count_of_others(qtbot, depot):
    window = QMainWindow()  # the reminder needs only a status bar and whoever is signed in
    window.statusBar()  # made before the window shows, as the main window's is
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reminder = install_report_reminder(window, depot.db.sessions, lambda: depot.staff["sup"], clock=clock_on(SECOND))
    assert reminder.text() == "2026年8月售后维修月报表已逾期（须于次月 3 日前报送）；另有 2 个月未报送"
    assert reminder.due_month == AUG
    keep_screenshot(window.statusBar(), "reminder")
    reports = MonthlyReports(depot.db.sessions, clock_on(SECOND))
    reports.mark_sent(depot.staff["sup"], OCT)  # October's sent on time: August and September are not
    reminder.check()
    assert reminder.text() == "2026年8月售后维修月报表已逾期（须于次月 3 日前报送）；另有 1 个月未报送"
    reports.mark_sent(depot.staff["sup"], AUG)
    reminder.check()
    assert reminder.text() == "2026年9月售后维修月报表已逾期（须于次月 3 日前报送）" and reminder.due_month == SEP
    dialog = reminder.open_dialog()
    assert dialog.month() == SEP
    dialog.reject()
    reports.mark_sent(depot.staff["sup"], SEP)
    reminder.check()
    assert reminder.text() == ""
