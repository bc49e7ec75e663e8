"""The evaluation sheet proves the rules it applies (E24): every rule version the month's fines and
demerits cite is printed with the person's own signature of that version, never the signature of a
later version that does not cover them; on both databases."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel, FineReason
from desktop_app.db.opening import Database
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.report_documents import ReportDocuments

# A fixed clock: the second version is published mid-month, after the month's first fine.
TODAY = dt.date(2026, 11, 20)
MONTH = TODAY.replace(day=1)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _service(depot: Depot) -> AssessmentService:
    return AssessmentService(depot.db.sessions, clock=lambda: dt.datetime(2026, 11, 20, 4, tzinfo=dt.timezone.utc))


def _sheet(depot: Depot, language: str = "zh_CN") -> str:
    made = ReportDocuments(depot.db.sessions).make_evaluation(depot.staff["sup"], "tech", MONTH,
                                                              language=language)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(made.content)).pages)
    return text.replace(" ", "").replace("\n", "")


def test_a_fine_under_an_unsigned_version_is_printed_unsigned_although_a_later_one_is_signed(
        depot: Depot) -> None:
    svc = _service(depot)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    svc.publish_rules(mgr, TERMS, MONTH - dt.timedelta(days=60))  # v1: 李工 never signs it
    fine = svc.record_fine(sup, tech.staff_id, FineReason.DISOBEYED_DISPATCH, MONTH)
    svc.decide_fine(mgr, fine, confirm=True, reason="拒绝派工")
    svc.publish_rules(mgr, TERMS, TODAY)  # v2 mid-month, signed by him
    svc.acknowledge(tech, 2, TODAY)
    text = _sheet(depot)
    v1 = f"第1版（{MONTH - dt.timedelta(days=60):%Y-%m-%d}公布）制度确认未签收"
    assert v1 in text
    assert "第2版" not in text  # nothing this month cites v2: its signature proves nothing here
    assert f"已签字确认（{TODAY:%Y-%m-%d}）" not in text


def test_fines_and_a_demerit_under_two_versions_print_both_with_their_own_signature(
        depot: Depot) -> None:
    svc = _service(depot)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    v1_day = MONTH - dt.timedelta(days=60)
    svc.publish_rules(mgr, TERMS, v1_day)
    svc.acknowledge(tech, 1, v1_day + dt.timedelta(days=3))
    fine = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, MONTH)
    svc.decide_fine(mgr, fine, confirm=True, reason="迟到")
    svc.publish_rules(mgr, TERMS, TODAY)  # v2: not signed by him; the complaint's demerit cites it
    number = svc.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, TODAY, "刘洋",
                                                        ComplaintCategory.QUARREL, "顶撞客户",
                                                        about_staff_id=tech.staff_id))
    svc.verify_complaint(mgr, number, upheld=True, findings="录音属实")
    text = _sheet(depot)
    assert f"第1版（{v1_day:%Y-%m-%d}公布）制度确认已签字确认（{v1_day + dt.timedelta(days=3):%Y-%m-%d}）" in text
    assert f"第2版（{TODAY:%Y-%m-%d}公布）制度确认未签收" in text


def test_a_month_without_fines_shows_the_version_in_force_and_the_persons_signature(
        depot: Depot) -> None:
    svc = _service(depot)
    day = MONTH - dt.timedelta(days=60)
    svc.publish_rules(depot.staff["manager"], TERMS, day)
    svc.acknowledge(depot.staff["sup"], 1, day)  # someone else's signature does not count
    assert f"第1版（{day:%Y-%m-%d}公布）制度确认未签收" in _sheet(depot)
    svc.acknowledge(depot.staff["tech"], 1, day + dt.timedelta(days=1))
    assert f"已签字确认（{day + dt.timedelta(days=1):%Y-%m-%d}）" in _sheet(depot)
