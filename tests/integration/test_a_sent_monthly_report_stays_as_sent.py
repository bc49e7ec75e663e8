"""D3 on both databases: a month marked sent keeps the figures the manufacturer received, whatever the
bench finds later (W11); the desk gives the day it went out, may mark a run of past months at once, and
a month already marked changes only by an explicit, audited correction. Both reprints say which they are."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update
from sqlalchemy.engine import make_url
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.cli import main
from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.db.models import AuditEntry, Claim, WorkOrder
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import ValidationError
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.report_status import sent_on
from desktop_app.services.sent_monthly_reports import SentMonthlyReports, sent_record
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

THIS_MONTH = dt.date.today().replace(day=1)
LAST = (THIS_MONTH - dt.timedelta(days=1)).replace(day=1)
TODAY = dt.date.today()


def _shift(month: dt.date, months: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _claim_in(depot: Depot, serial: str, month: dt.date) -> str:
    """An in-warranty claim (D13, provisional until diagnosed: W11) dated the 10th of ``month``."""
    saved = depot.take_in(serial, month - dt.timedelta(days=100))
    day = month.replace(day=10)
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(Claim).where(Claim.number == saved.number).values(claim_date=day))
        s.execute(update(WorkOrder).where(WorkOrder.number == saved.work_order_number).values(
            created_at=dt.datetime.combine(day, dt.time(10)).astimezone(dt.timezone.utc)))
    return saved.work_order_number


def _user_damage_found(depot: Depot, number: str) -> None:
    oid, tech = order_id(depot.db, number), depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.USER_DAMAGE, note="进水")


def _warranty(report) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return sum(m.in_warranty for m in report.models), sum(m.out_of_warranty for m in report.models)


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_a_diagnosis_after_sending_does_not_change_the_report_as_sent(depot: Depot) -> None:  # D3, W11
    number = _claim_in(depot, "SN-SENT", LAST)
    sup, reports = depot.staff["sup"], MonthlyReports(depot.db.sessions)
    assert reports.mark_sent(sup, LAST) == [LAST]
    _user_damage_found(depot, number)  # the bench finds water damage after the report went out

    assert _warranty(reports.repair_monthly(sup, LAST)) == (0, 1)  # today's data: out of warranty
    assert _warranty(sent_record(depot.db.sessions, LAST).report) == (1, 0)  # what the manufacturer got
    documents = ReportDocuments(depot.db.sessions)
    as_sent = _text(documents.make_monthly(sup, LAST, language="zh_CN", as_sent=True).content)
    current = _text(documents.make_monthly(sup, LAST, language="zh_CN").content)
    assert f"已于 {TODAY.isoformat()} 报送" in as_sent and "当前数据" not in as_sent
    assert "当前数据，与已报送版本可能不同" in current and "已于" not in current
    english = _text(documents.make_monthly(sup, LAST, language="en", as_sent=True).content)
    assert f"Sent on {TODAY.isoformat()}" in english  # the figures are drawn again in either language


def test_current_data_that_still_matches_is_not_marked_as_differing(depot: Depot) -> None:
    _claim_in(depot, "SN-SAME", LAST)
    sup = depot.staff["sup"]
    MonthlyReports(depot.db.sessions).mark_sent(sup, LAST)
    current = _text(ReportDocuments(depot.db.sessions).make_monthly(sup, LAST, language="zh_CN").content)
    assert "当前数据" not in current


def test_the_day_given_is_recorded_not_the_day_it_was_typed_in(depot: Depot) -> None:  # D3
    _claim_in(depot, "SN-LATE", LAST)
    fifth = dt.datetime.combine(_shift(LAST, 1).replace(day=5), dt.time(9)).astimezone(dt.timezone.utc)
    MonthlyReports(depot.db.sessions, clock=lambda: fifth).mark_sent(depot.staff["sup"], LAST,
                                                                     _shift(LAST, 1).replace(day=2))
    assert sent_on(depot.db.sessions, LAST) == _shift(LAST, 1).replace(day=2)  # on time, not "late on the 5th"


def test_a_day_still_to_come_or_before_the_month_ended_is_refused(depot: Depot) -> None:  # D3
    reports, sup = MonthlyReports(depot.db.sessions), depot.staff["sup"]
    with pytest.raises(ValidationError) as future:
        reports.mark_sent(sup, LAST, TODAY + dt.timedelta(days=1))
    assert future.value.field == "sent_on" and "still to come" in future.value.render()
    with pytest.raises(ValidationError) as early:
        reports.mark_sent(sup, LAST, LAST.replace(day=28))
    assert early.value.field == "sent_on" and "before the month was over" in early.value.render()
    with pytest.raises(ValidationError):  # the current month is not over: nothing to send yet
        reports.mark_sent(sup, THIS_MONTH)
    assert sent_on(depot.db.sessions, LAST) is None


def test_all_past_months_can_be_marked_at_once_keeping_those_already_sent(depot: Depot) -> None:
    first = _shift(LAST, -4)
    for n in range(5):
        _claim_in(depot, f"SN-R{n}", _shift(first, n))
    reports, sup = MonthlyReports(depot.db.sessions), depot.staff["sup"]
    middle = _shift(first, 2)
    reports.mark_sent(sup, middle, _shift(middle, 1).replace(day=2))
    assert reports.due(TODAY) == [first, _shift(first, 1), _shift(first, 3), LAST]
    marked = reports.mark_sent(sup, LAST, from_month=first)  # a centre starting to use the program
    assert marked == [first, _shift(first, 1), _shift(first, 3), LAST]
    assert reports.due(TODAY) == []
    assert sent_on(depot.db.sessions, middle) == _shift(middle, 1).replace(day=2)  # its own day stands
    assert all(sent_record(depot.db.sessions, m).report.models for m in marked)  # each with its figures


def test_a_month_already_sent_changes_only_by_a_correction_with_a_reason(depot: Depot) -> None:
    number = _claim_in(depot, "SN-CORR", LAST)
    reports, sup = MonthlyReports(depot.db.sessions), depot.staff["sup"]
    reports.mark_sent(sup, LAST)
    with pytest.raises(ValidationError) as again:
        reports.mark_sent(depot.staff["manager"], LAST)
    assert "already marked sent" in again.value.render() and "张主管" in again.value.render()
    sent = SentMonthlyReports(depot.db.sessions)
    day = _shift(LAST, 1)
    with pytest.raises(ValidationError) as bare:
        sent.correct(sup, LAST, day, "  ")
    assert bare.value.field == "reason"
    _user_damage_found(depot, number)
    sent.correct(sup, LAST, day, "厂家要求按诊断结果重报", retake_figures=True)
    record = sent_record(depot.db.sessions, LAST)
    assert (record.sent_on, _warranty(record.report)) == (day, (0, 1))
    with depot.db.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "correct_sent"))
    assert entry.changes["reason"] == "厂家要求按诊断结果重报" and entry.changes["sent_on"]["new"] == day.isoformat()
    assert entry.changes["figures_retaken"] is True


def test_the_command_line_reprints_as_sent(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    database = open_database(make_url(db_url))
    try:
        depot = build_depot(database)
        number = _claim_in(depot, "SN-CLI", LAST)
        MonthlyReports(database.sessions).mark_sent(depot.staff["sup"], LAST)
        _user_damage_found(depot, number)
    finally:
        database.dispose()
    out = tmp_path / "sent.pdf"
    assert main(["--database-url", db_url, "report", "monthly", "--month", f"{LAST:%Y-%m}", "--as-sent",
                 "-o", str(out)]) == 0
    assert f"已于 {TODAY.isoformat()} 报送" in _text(out.read_bytes())
    assert main(["--database-url", db_url, "report", "monthly", "--month", f"{LAST:%Y-%m}",
                 "-o", str(tmp_path / "now.pdf")]) == 0
    assert "当前数据，与已报送版本可能不同" in _text((tmp_path / "now.pdf").read_bytes())
