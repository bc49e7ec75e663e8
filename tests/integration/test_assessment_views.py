"""The evaluation tab's services: complaint and fine lists (E24 flag), the sortable listing, signed sheets, report status."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    DemeritKind,
    FineReason,
    WorkOrderState as S,
)
from desktop_app.db.models import AuditEntry, PrintedDocument
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.assessment_views import AssessmentViews
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.evaluation_listing import EvaluationListing, last_month
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.report_status import sent_on
from desktop_app.services.rule_acknowledgements import RuleAcknowledgements
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
EARLIER = (MONTH - dt.timedelta(days=40)).replace(day=1)
PUBLISHED = EARLIER - dt.timedelta(days=30)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS, PUBLISHED)
    return depot


def _complaint(depot: Depot, category: ComplaintCategory, on: dt.date) -> str:
    return AssessmentService(depot.db.sessions).register_complaint(depot.staff["sup"], ComplaintInput(
        ComplaintChannel.LETTER, on, "刘洋", category, "与客户争吵", about_staff_id=depot.staff["tech"].staff_id))


def test_complaints_of_the_month_and_every_one_still_waiting(depot: Depot) -> None:
    service, views, sup = AssessmentService(depot.db.sessions), AssessmentViews(depot.db.sessions), depot.staff["sup"]
    old_waiting = _complaint(depot, ComplaintCategory.ATTITUDE, EARLIER)
    old_done = _complaint(depot, ComplaintCategory.QUARREL, EARLIER)
    service.verify_complaint(sup, old_done, upheld=True, findings="属实")
    this_month = _complaint(depot, ComplaintCategory.QUARREL, TODAY)
    service.verify_complaint(sup, this_month, upheld=True, findings="录音属实")
    listed = {c.number: c for c in views.complaints(sup, MONTH)}
    assert set(listed) == {old_waiting, this_month}
    assert listed[this_month].demerit is DemeritKind.MAJOR and listed[this_month].status is ComplaintStatus.VERIFIED
    assert listed[this_month].about_name == "李工" and listed[old_waiting].demerit is None
    assert [c.number for c in views.complaints(sup, EARLIER)] == [old_done, old_waiting]  # newest first
    assert [c.number for c in views.complaints_numbered(sup, (old_done,))] == [old_done]
    with pytest.raises(MissingPermission):
        views.complaints(depot.staff["tech"], MONTH)


def test_fines_show_their_version_and_the_unacknowledged_flag(depot: Depot) -> None:
    service, views, sup, tech = (AssessmentService(depot.db.sessions), AssessmentViews(depot.db.sessions),
                                 depot.staff["sup"], depot.staff["tech"])
    fine_id = service.record_fine(sup, tech.staff_id, FineReason.DISOBEYED_DISPATCH, TODAY)
    (fine,) = views.fines(sup, MONTH)
    assert (fine.id, fine.amount, fine.rule_version, fine.unacknowledged) == (fine_id, D("100.00"), 1, True)
    service.acknowledge(tech, 1)
    assert not views.fines(sup, MONTH)[0].unacknowledged
    old = service.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, EARLIER)
    assert {f.id for f in views.fines(sup, MONTH)} == {fine_id, old}  # still to decide: listed whatever its month
    service.decide_fine(sup, old, confirm=False, reason="误报")
    assert {f.id for f in views.fines(sup, MONTH)} == {fine_id}
    assert [f.id for f in views.fines_numbered(sup, (old,))] == [old]
    with pytest.raises(MissingPermission):
        views.fines(tech, MONTH)


def test_the_listing_sorts_searches_and_shows_nothing_to_a_technician(depot: Depot) -> None:
    saved = depot.take_in("SN-L1", TODAY - dt.timedelta(days=100))
    oid = order_id(depot.db, saved.work_order_number)
    orders, tech = WorkOrderService(depot.db.sessions), depot.staff["tech2"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    orders.set_state(tech, oid, S.REPAIRED)
    listing = EvaluationListing(depot.db.sessions, depot.staff["sup"], MONTH)
    assert listing.count() == 4  # the front desk too (E3, E21)
    listing.sort = ("completed", True)
    # ties keep the staff order; the desk's repair figures do not apply: last, as missing ones
    assert [r.name for r in listing.fetch(0, 10)] == ["王工", "张主管", "李工", "前台小陈"]
    assert listing.fetch(0, 1)[0].username == "tech2"
    listing.sort = ("satisfaction", False)
    assert len(listing.fetch(0, 10)) == 4  # nobody has surveys: all "missing", none dropped
    assert listing.count("tech2") == 1 and listing.fetch(0, 10, "王")[0].name == "王工"
    assert EvaluationListing(depot.db.sessions, depot.staff["tech"], MONTH).count() == 0
    assert last_month(dt.date(2027, 1, 2)) == dt.date(2026, 12, 1)


def test_a_signed_sheet_is_filed_by_the_manager_within_its_dates(depot: Depot) -> None:
    acks, manager, tech = RuleAcknowledgements(depot.db.sessions), depot.staff["manager"], depot.staff["tech"]
    with pytest.raises(MissingPermission):
        acks.record_signed(depot.staff["sup"], tech.staff_id, 1, TODAY)
    with pytest.raises(ValidationError, match="between the publication"):
        acks.record_signed(manager, tech.staff_id, 1, PUBLISHED - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="no rule set version 7"):
        acks.record_signed(manager, tech.staff_id, 7, TODAY)
    acks.record_signed(manager, tech.staff_id, 1, PUBLISHED + dt.timedelta(days=2))
    with pytest.raises(ValidationError, match="already acknowledged"):
        acks.record_signed(manager, tech.staff_id, 1, TODAY)
    signed = {a.username: a.acknowledged_on for a in AssessmentViews(depot.db.sessions).acknowledgements(1)}
    assert signed["tech"] == PUBLISHED + dt.timedelta(days=2) and signed["tech2"] is None
    with depot.db.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "rule_acknowledgement"))
        assert entry.user_id == manager.staff_id and entry.summary == "signed sheet filed"


def test_the_acknowledgement_sheet_is_rendered_and_logged(depot: Depot, tmp_path) -> None:
    made = RuleAcknowledgements(depot.db.sessions).make_sheet(depot.staff["sup"], depot.staff["tech"].staff_id, 1,
                                                              language="zh_CN")
    pdf = made.save_to(tmp_path / "sheet.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    with depot.db.sessions.read() as s:
        assert s.scalar(select(PrintedDocument.document)) == "rules_acknowledgement"


def test_the_report_status_follows_mark_sent(depot: Depot) -> None:
    assert sent_on(depot.db.sessions, EARLIER) is None
    MonthlyReports(depot.db.sessions).mark_sent(depot.staff["sup"], EARLIER)
    assert sent_on(depot.db.sessions, EARLIER) == dt.datetime.now().astimezone().date()
