"""The monthly report dialog (D3): the desk gives the day the report went out, marks a run of past months
at once, reprints a sent month as sent or from current data (each paper says which), and corrects a sent
record only with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from evaluation_depot import TODAY, clock_on, evaluation_depot
from gui_support import keep_screenshot
from PySide6.QtCore import QDate
from printing_support import pdf_text
from sqlalchemy import select, update

from desktop_app.db.models import AuditEntry, Claim, WorkOrder
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.report_dialogs import MonthlyReportDialog
from desktop_app.services.report_status import sent_on

NOV = dt.date(TODAY.year, 11, 1)
SECOND, FIFTH = dt.date(TODAY.year, 12, 2), dt.date(TODAY.year, 12, 5)


def claim_in(depot, serial: str, month: dt.date) -> None:
    saved = depot.take_in(serial, month - dt.timedelta(days=100))
    moment = dt.datetime.combine(month, dt.time(10)).astimezone(dt.timezone.utc)
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(Claim).where(Claim.number == saved.number).values(claim_date=month))
        s.execute(update(WorkOrder).where(WorkOrder.number == saved.work_order_number).values(created_at=moment))


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    claim_in(depot, "SN-NOV", NOV)
    return depot


def dialog_on(qtbot, depot, day: dt.date, month: dt.date = NOV) -> MonthlyReportDialog:
    services = EvaluationServices.for_sessions(depot.db.sessions, clock_on(day))
    dialog = MonthlyReportDialog(services, depot.staff["sup"], month)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def reprint(qtbot, dialog: MonthlyReportDialog, version: int) -> str:
    dialog.ui.version_combo.setCurrentIndex(version)
    with qtbot.waitSignal(dialog.jobs.preview_opened, timeout=20_000) as opened:
        dialog.ui.preview_button.click()
    text = pdf_text(opened.args[0].pdf)
    opened.args[0].close()
    return text


def test_a_report_posted_on_the_2nd_and_recorded_on_the_5th_reads_as_on_time(qtbot, depot):
    dialog = dialog_on(qtbot, depot, FIFTH)
    edit = dialog.ui.sent_on_edit
    assert edit.date().toPython() == FIFTH and edit.maximumDate().toPython() == FIFTH  # not a day to come
    assert edit.minimumDate().toPython() == dt.date(TODAY.year, 12, 1)  # not before November ended
    assert not dialog.ui.version_combo.isVisible()  # nothing sent yet: only today's figures exist
    keep_screenshot(dialog, "monthly-report-unsent")
    edit.setDate(QDate(SECOND.year, SECOND.month, SECOND.day))
    with qtbot.waitSignal(dialog.sent):
        dialog.ui.mark_sent_button.click()
    assert sent_on(depot.db.sessions, NOV) == SECOND
    assert dialog.ui.status_label.text() == f"{NOV:%Y-%m} 的月报表已于 {SECOND.isoformat()} 标记为已报送。"
    assert dialog.ui.version_combo.isVisible() and dialog.ui.correct_button.isEnabled()


def test_a_sent_month_reprints_as_sent_or_from_current_data(qtbot, depot):
    dialog = dialog_on(qtbot, depot, SECOND)
    dialog.ui.mark_sent_button.click()
    claim_in(depot, "SN-LATE", NOV)  # a November claim entered after the report went out
    assert dialog.ui.version_combo.currentText() == "按报送时重印（厂家收到的数字）"
    keep_screenshot(dialog, "monthly-report-sent")
    as_sent = reprint(qtbot, dialog, 0)
    current = reprint(qtbot, dialog, 1)
    assert f"已于 {SECOND.isoformat()} 报送" in as_sent and "当前数据" not in as_sent
    assert "当前数据，与已报送版本可能不同" in current and "已于" not in current


def test_every_unsent_month_up_to_one_is_marked_at_once(qtbot, depot):
    for month in (8, 9, 10):
        claim_in(depot, f"SN-{month}", dt.date(TODAY.year, month, 1))
    dialog = dialog_on(qtbot, depot, SECOND)
    assert dialog.ui.range_check.isEnabled()
    dialog.ui.range_check.setChecked(True)
    with qtbot.waitSignal(dialog.sent, timeout=20_000):
        dialog.ui.mark_sent_button.click()
        assert dialog.is_busy()  # years of months are computed off the UI thread
    assert not dialog.is_busy()
    assert dialog.ui.message_label.text() == (f"已将 {TODAY.year}-08 至 {TODAY.year}-11 共 4 份月报表标记为于 "
                                              f"{SECOND.isoformat()} 报送。")
    assert dialog._services.reports.due(SECOND) == []


def test_a_sent_record_is_corrected_only_with_a_reason(qtbot, depot):
    dialog = dialog_on(qtbot, depot, FIFTH)
    dialog.ui.mark_sent_button.click()  # recorded as sent today, the 5th, by mistake
    assert not dialog.ui.mark_sent_button.isEnabled()
    dialog.ui.sent_on_edit.setDate(QDate(SECOND.year, SECOND.month, SECOND.day))
    assert not dialog.correct_with("")
    assert dialog.ui.error_label.text() == "请填写更正原因。"
    assert dialog.correct_with("实际 2 日已寄出")
    assert sent_on(depot.db.sessions, NOV) == SECOND
    with depot.db.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "correct_sent"))
    assert entry.changes["reason"] == "实际 2 日已寄出"
