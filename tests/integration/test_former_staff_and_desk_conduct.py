"""Staff are held to the rules whatever their desk or their leaving (E3, E21, E24), on both databases:
a complaint may name the front desk or someone who has left (for a day he still worked); the staff
listing shows their complaints, demerits and deductions with the repair figures "not applicable";
the sheet a technician signed before leaving is filed afterwards, and his fines are then covered."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel, FineReason
from desktop_app.db.models import AuditEntry, Staff
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.accounts import AccountService
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.assessment_views import AssessmentViews
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_listing import EvaluationListing
from desktop_app.services.rule_acknowledgements import RuleAcknowledgements

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
PUBLISHED = MONTH - dt.timedelta(days=60)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS, PUBLISHED)
    return depot


def _leave(depot: Depot, who: str, days_ago: int | None) -> dt.date | None:
    """``who`` leaves ``days_ago`` days ago as the account screen records it; None: made inactive
    without a trace in the audit trail (an old import), so his last day is unknown."""
    person = depot.staff[who]
    if days_ago is None:
        with depot.db.sessions.write() as s, s.begin():
            s.execute(update(Staff).where(Staff.id == person.staff_id).values(active=False))
        return None
    if days_ago == 0:
        AccountService(depot.db.sessions).set_active(depot.staff["manager"], person.username, False)
        return TODAY
    moment = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days_ago)
    with depot.db.sessions.write() as s, s.begin():  # as AccountService.set_active did back then
        s.execute(update(Staff).where(Staff.id == person.staff_id).values(active=False))
        s.add(AuditEntry(user_id=depot.staff["manager"].staff_id, entity="staff", entity_id=person.staff_id,
                         action="deactivate", changes={"active": [True, False]}, at=moment))
    return moment.astimezone().date()


def test_the_sheet_a_technician_signed_before_leaving_is_filed_and_covers_his_fine(depot: Depot) -> None:
    service, manager, tech = AssessmentService(depot.db.sessions), depot.staff["manager"], depot.staff["tech"]
    fine = service.record_fine(depot.staff["sup"], tech.staff_id, FineReason.LATE_ARRIVAL, PUBLISHED + dt.timedelta(days=5))
    service.decide_fine(manager, fine, confirm=True, reason="迟到")
    left_on = _leave(depot, "tech", 20)
    acks = RuleAcknowledgements(depot.db.sessions)
    with pytest.raises(ValidationError, match="left on") as after:  # a paper dated after he left
        acks.record_signed(manager, tech.staff_id, 1, left_on + dt.timedelta(days=1))
    assert after.value.field == "signed_on"
    acks.record_signed(manager, tech.staff_id, 1, PUBLISHED + dt.timedelta(days=2))
    assert service.unacknowledged(fine) is False
    views = AssessmentViews(depot.db.sessions)
    assert tech.staff_id not in [p.staff_id for p in views.acknowledgements(1)]
    former = {p.staff_id: p for p in views.acknowledgements(1, former=True)}
    assert former[tech.staff_id].acknowledged_on == PUBLISHED + dt.timedelta(days=2)
    assert (former[tech.staff_id].active, former[tech.staff_id].left_on) == (False, left_on)


def test_a_former_technician_whose_leaving_day_is_unknown_may_have_any_allowed_day_filed(depot: Depot) -> None:
    manager, tech = depot.staff["manager"], depot.staff["tech"]
    _leave(depot, "tech", None)
    RuleAcknowledgements(depot.db.sessions).record_signed(manager, tech.staff_id, 1, TODAY)
    with pytest.raises(ValidationError, match="between the publication"):  # the usual dates still hold
        RuleAcknowledgements(depot.db.sessions).record_signed(manager, depot.staff["tech2"].staff_id, 1,
                                                              PUBLISHED - dt.timedelta(days=1))


def test_someone_who_left_before_a_version_was_published_is_not_offered_for_it(depot: Depot) -> None:
    _leave(depot, "tech2", (TODAY - PUBLISHED).days + 5)  # five days before the rules were published
    listed = [p.staff_id for p in AssessmentViews(depot.db.sessions).acknowledgements(1, former=True)]
    assert depot.staff["tech2"].staff_id not in listed


def test_leaving_today_through_the_account_screen_is_the_known_last_day(depot: Depot) -> None:
    manager, tech = depot.staff["manager"], depot.staff["tech"]
    _leave(depot, "tech", 0)
    RuleAcknowledgements(depot.db.sessions).record_signed(manager, tech.staff_id, 1, TODAY)
    former = {p.staff_id: p for p in AssessmentViews(depot.db.sessions).acknowledgements(1, former=True)}
    assert former[tech.staff_id].left_on == TODAY and former[tech.staff_id].acknowledged_on == TODAY


def test_a_complaint_may_name_the_front_desk_or_someone_who_left_after_that_day(depot: Depot) -> None:
    views = AssessmentViews(depot.db.sessions)
    operator, tech, tech2 = depot.staff["operator"], depot.staff["tech"], depot.staff["tech2"]
    assert operator.staff_id in [c.id for c in views.complaint_subjects(TODAY)]
    left_on = _leave(depot, "tech", 10)
    _leave(depot, "tech2", None)
    before = {c.id: c for c in views.complaint_subjects(left_on)}
    assert before[tech.staff_id].former and before[tech2.staff_id].former
    after = {c.id for c in views.complaint_subjects(left_on + dt.timedelta(days=1))}
    assert tech.staff_id not in after and tech2.staff_id in after  # unknown leaving day: still offered


def test_the_staff_listing_shows_the_front_desks_attitude_deduction_and_no_repair_figures(depot: Depot) -> None:
    service, sup, operator = AssessmentService(depot.db.sessions), depot.staff["sup"], depot.staff["operator"]
    number = service.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, TODAY, "刘洋",
                                                            ComplaintCategory.ATTITUDE, "电话里很不耐烦",
                                                            about_staff_id=operator.staff_id))
    service.verify_complaint(sup, number, upheld=True, findings="录音属实")
    rows = {r.username: r for r in EvaluationListing(depot.db.sessions, sup, MONTH).fetch(0, 20)}
    desk = rows[operator.username]
    assert desk.figures.verified_complaints == 1 and desk.evidence.complaints == (number,)
    assert desk.bonus_deducted == Decimal("200.00")
    # The one-person path (the detail panel, the sheet) says the same.
    assert EvaluationService(depot.db.sessions).for_staff(sup, operator.staff_id, MONTH).bonus_deducted \
        == Decimal("200.00")
    assert desk.repair_figures is False and desk.value("completed") is None
    assert rows[depot.staff["tech"].username].repair_figures is True
    assert rows[depot.staff["tech"].username].bonus_deducted == Decimal("0.00")


def test_the_front_desks_evaluation_sheet_prints_its_complaint_and_no_repair_counts(depot: Depot) -> None:
    import io

    from pypdf import PdfReader

    from desktop_app.services.report_documents import ReportDocuments

    service, sup, operator = AssessmentService(depot.db.sessions), depot.staff["sup"], depot.staff["operator"]
    number = service.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, TODAY, "刘洋",
                                                            ComplaintCategory.ATTITUDE, "电话里很不耐烦",
                                                            about_staff_id=operator.staff_id))
    service.verify_complaint(sup, number, upheld=True, findings="录音属实")
    made = ReportDocuments(depot.db.sessions).make_evaluation(sup, operator.username, MONTH, language="zh_CN")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(made.content)).pages).replace(" ", "")
    assert number in text and "扣奖金¥200.00" in text.replace("\n", "")
    assert "完成工单—" in text.replace("\n", "") and "0单" not in text
