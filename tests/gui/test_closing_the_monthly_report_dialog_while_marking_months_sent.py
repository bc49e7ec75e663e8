"""Rule D3: a supervisor who marks a run of unsent months and closes the monthly report dialog before the
marking is done loses nothing: the months are marked once, the main window says so, the reminder goes."""

from __future__ import annotations

import datetime as dt
import threading

from evaluation_depot import TODAY, clock_on, evaluation_depot
from gui_support import keep_screenshot
from PySide6.QtCore import QDate, QThreadPool
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import func, select, update

from desktop_app.db.models import AuditEntry, Claim, SentMonthlyReport, WorkOrder
from desktop_app.gui.evaluation.report_reminder import install_report_reminder
from desktop_app.services.sent_monthly_reports import SentMonthlyReports

SECOND = dt.date(TODAY.year, 12, 2)
MONTHS = [dt.date(TODAY.year, m, 1) for m in (8, 9, 10, 11)]


def claim_in(depot, month: dt.date) -> None:
    """D3: a month's report is due once the month has a claim; one dated ``month``."""
    saved = depot.take_in(f"SN-{month:%Y%m}", month - dt.timedelta(days=100))
    moment = dt.datetime.combine(month, dt.time(10)).astimezone(dt.timezone.utc)
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(Claim).where(Claim.number == saved.number).values(claim_date=month))
        s.execute(update(WorkOrder).where(WorkOrder.number == saved.work_order_number).values(created_at=moment))


def test_closing_the_dialog_mid_marking_still_marks_each_month_once(qtbot, database, monkeypatch, capfd):
    depot = evaluation_depot(database)
    for month in MONTHS:
        claim_in(depot, month)
    inside, go_on = threading.Event(), threading.Event()
    real = SentMonthlyReports.mark_sent

    def held(self, *args, **kwargs):  # the marking waits, on its pool thread, until the dialog is gone
        inside.set()
        assert go_on.wait(30)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SentMonthlyReports, "mark_sent", held)
    window = QMainWindow()
    window.statusBar()  # made before the window is shown, as the main window's is
    window.resize(900, 240)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reminder = install_report_reminder(window, depot.db.sessions, lambda: depot.staff["sup"], clock=clock_on(SECOND))
    assert reminder.button.isVisible()
    dialog = reminder.open_dialog()  # deleted when closed, as the app opens it
    dialog.ui.month_edit.setDate(QDate(TODAY.year, 11, 1))
    dialog.ui.range_check.setChecked(True)  # August to November at once: off the UI thread
    dialog.ui.mark_sent_button.click()
    qtbot.waitUntil(inside.is_set)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()
    go_on.set()
    qtbot.waitUntil(lambda: not reminder.button.isVisible(), timeout=30_000)  # D3: nothing left unsent
    QThreadPool.globalInstance().waitForDone()
    assert window.statusBar().currentMessage() == (
        f"已将 {MONTHS[0]:%Y-%m} 至 {MONTHS[-1]:%Y-%m} 共 4 份维修月报表标记为于 {SECOND.isoformat()} 报送。")
    keep_screenshot(window, "monthly-reports-marked-after-the-dialog-closed")
    with depot.db.sessions.read() as s:
        assert list(s.scalars(select(SentMonthlyReport.month).order_by(SentMonthlyReport.month))) == MONTHS
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "mark_sent")) == 4
    assert "Traceback" not in capfd.readouterr().err  # no task emitting from a deleted dialog
