"""What the month-end evaluation holds against staff, and who may decide it (E14/S3, E17, E21, E23, E24).

The service report is judged by the same rule that closing applies (fault cause, solution, replaced
parts, and the customer's opinion once the order is closed); rule versions cannot be back-dated;
nobody decides his own case; a technician who has left is still evaluated for his work; promptness is
the technician's own (an on-site visit at the time the customer asked for, a bench order from dispatch)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select, update
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import (
    CallChannel,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    DemeritKind,
    FineReason,
    FineStatus,
    WorkOrderState as S,
)
from desktop_app.db.models import AssessmentRuleSet, Complaint, Fine, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.accounts import AccountService
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.evaluation import EvaluationService, StaffMonth
from desktop_app.services.evaluation_listing import EvaluationListing
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

NOW = dt.datetime.now(dt.timezone.utc)
TODAY = NOW.astimezone().date()  # the services' local day
MONTH = TODAY.replace(day=1)
PAPER_RULES = MONTH - dt.timedelta(days=40)  # the first version: the centre's existing rules, digitised
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})
HARSHER = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "500", "late_arrival": "300",
                                         "incomplete_report": "200", "disobeyed_dispatch": "1000"},
                               "attitude_bonus_deduction": "2000"})


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS, PAPER_RULES)
    return depot


def _repaired(depot: Depot, serial: str, *, until: S = S.REPAIRED, part: str | None = None) -> tuple[int, str]:
    """An order the technician repaired this month, brought to ``until`` (no report written yet)."""
    saved = depot.take_in(serial, TODAY - dt.timedelta(days=100))
    oid = order_id(depot.db, saved.work_order_number)
    orders, tech = WorkOrderService(depot.db.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    if part is not None:
        assert BenchService(depot.db.sessions).use_parts(tech, oid, [(depot.part_ids[part], 1)]).issued
    orders.set_state(tech, oid, S.REPAIRED)
    if until is S.READY_FOR_PICKUP:
        orders.set_state(tech, oid, S.READY_FOR_PICKUP)
    return oid, saved.work_order_number


def _technician_month(depot: Depot, who: str = "tech", month: dt.date = MONTH) -> StaffMonth:
    months = EvaluationService(depot.db.sessions).month(depot.staff["sup"], month)
    return next(m for m in months if m.staff_id == depot.staff[who].staff_id)


def _suggested(depot: Depot) -> dict[int, set[FineReason]]:
    with depot.db.sessions.read() as s:
        out: dict[int, set[FineReason]] = {}
        for fine in s.scalars(select(Fine)):
            out.setdefault(fine.work_order_id, set()).add(fine.reason)
        return out


# --- E17/E23: one definition of a complete report -----------------------------------------------------

def test_a_report_without_the_replaced_parts_counts_as_incomplete_and_is_suggested_a_fine(depot: Depot) -> None:
    """Closing refuses a report that lists no replaced parts (nor says "none"); the evaluation and the
    fines now judge it the same way, where they used to count it complete."""
    orders, tech = WorkOrderService(depot.db.sessions), depot.staff["tech"]
    no_parts_line, bare = _repaired(depot, "SN-P1")
    assert orders.record_report(tech, no_parts_line, fault_cause="虚焊", solution="补焊",
                                customer_opinion="满意") == ["parts"]  # what closing says is missing
    with_part, fine_one = _repaired(depot, "SN-P2", part="FAN-01")
    orders.record_report(tech, with_part, fault_cause="风扇卡死", solution="更换风扇", customer_opinion="满意")
    said_none, _ = _repaired(depot, "SN-P3")
    orders.record_report(tech, said_none, fault_cause="虚焊", solution="补焊", customer_opinion="满意", no_parts=True)

    month = _technician_month(depot)
    assert month.figures.completed == 3
    assert month.figures.incomplete_reports == 1 and month.evidence.incomplete_reports == (bare,)
    assert AssessmentService(depot.db.sessions).suggest_fines(depot.staff["sup"], MONTH) == 1
    assert _suggested(depot) == {no_parts_line: {FineReason.INCOMPLETE_REPORT}}


def test_an_order_waiting_for_pickup_is_not_held_against_the_technician_for_the_customers_opinion(
        depot: Depot) -> None:
    """E17: the customer's opinion is heard at the counter on pickup. Until then the technician's own
    fields decide: no incomplete report, no fine suggested that the pickup would prove unfounded."""
    orders, tech, op = WorkOrderService(depot.db.sessions), depot.staff["tech"], depot.staff["operator"]
    waiting, _ = _repaired(depot, "SN-K1", until=S.READY_FOR_PICKUP)
    orders.record_report(tech, waiting, fault_cause="虚焊", solution="补焊", customer_opinion="", no_parts=True)
    half_done, half_number = _repaired(depot, "SN-K2", until=S.READY_FOR_PICKUP)
    orders.record_report(tech, half_done, fault_cause="虚焊", solution="", customer_opinion="", no_parts=True)

    month = _technician_month(depot)
    assert month.figures.incomplete_reports == 1 and month.evidence.incomplete_reports == (half_number,)
    assessment = AssessmentService(depot.db.sessions)
    assert assessment.suggest_fines(depot.staff["sup"], MONTH) == 1  # the technician's missing solution only
    assert _suggested(depot) == {half_done: {FineReason.INCOMPLETE_REPORT}}

    orders.record_customer_opinion(op, waiting, "满意")
    orders.close(op, waiting)
    assert _technician_month(depot).figures.incomplete_reports == 1
    # Once closed the opinion is due: a closed order without one (older data) counts as incomplete.
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(WorkOrder).where(WorkOrder.id == waiting).values(report_customer_opinion=None))
    assert _technician_month(depot).figures.incomplete_reports == 2
    assert assessment.suggest_fines(depot.staff["sup"], MONTH) == 1


# --- E24: rule versions are not back-dated -------------------------------------------------------------

def test_a_harsher_rule_version_cannot_be_dated_back_to_govern_past_facts(depot: Depot) -> None:
    service, boss = AssessmentService(depot.db.sessions, clock=lambda: NOW), depot.staff["manager"]
    with pytest.raises(ValidationError, match=r"from today") as backdated:
        service.publish_rules(boss, HARSHER, TODAY - dt.timedelta(days=1))
    assert backdated.value.field == "published_on" and backdated.value.params["today"] == TODAY.isoformat()
    with pytest.raises(ValidationError, match="before the latest one") as before_latest:
        service.publish_rules(boss, HARSHER, PAPER_RULES - dt.timedelta(days=1))
    assert before_latest.value.field == "published_on"
    with depot.db.sessions.read() as s:
        assert s.scalars(select(AssessmentRuleSet.version)).all() == [1]

    # Facts of last week stay under the version announced then, whatever is published today.
    assert service.publish_rules(boss, HARSHER, TODAY) == 2
    fine = service.record_fine(depot.staff["sup"], depot.staff["tech"].staff_id, FineReason.DISOBEYED_DISPATCH,
                               TODAY - dt.timedelta(days=7))
    with depot.db.sessions.read() as s:
        assert s.get(Fine, fine).amount == D("100.00")
    assert service.publish_rules(boss, TERMS, TODAY + dt.timedelta(days=30)) == 3  # announced ahead: fine


def test_the_first_version_may_carry_the_date_the_paper_rules_were_announced(database: Database) -> None:
    depot = build_depot(database)
    service = AssessmentService(database.sessions, clock=lambda: NOW)
    assert service.publish_rules(depot.staff["manager"], TERMS, TODAY - dt.timedelta(days=400)) == 1
    with pytest.raises(ValidationError, match=r"from today"):
        service.publish_rules(depot.staff["manager"], HARSHER, TODAY - dt.timedelta(days=399))


# --- E21/E24: nobody decides his own case ----------------------------------------------------------------

def test_a_supervisor_cannot_decide_a_complaint_or_a_fine_about_himself(depot: Depot) -> None:
    service, sup, boss = AssessmentService(depot.db.sessions), depot.staff["sup"], depot.staff["manager"]
    number = service.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, TODAY, "刘洋",
                                                             ComplaintCategory.QUARREL, "主管与客户争吵",
                                                             about_staff_id=sup.staff_id))
    with pytest.raises(ValidationError, match="another supervisor or the general manager") as own_complaint:
        service.verify_complaint(sup, number, upheld=False, findings="客户误会")
    assert own_complaint.value.field == "number"
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Complaint.status).where(Complaint.number == number)) is ComplaintStatus.REGISTERED
    assert service.verify_complaint(boss, number, upheld=True, findings="录音属实") is DemeritKind.MAJOR

    fine = service.record_fine(boss, sup.staff_id, FineReason.DISOBEYED_DISPATCH, TODAY)
    with pytest.raises(ValidationError, match="another supervisor or the general manager") as own_fine:
        service.decide_fine(sup, fine, confirm=False, reason="不成立")
    assert own_fine.value.field == "fine"
    service.decide_fine(boss, fine, confirm=True, reason="拒不执行派工")
    with depot.db.sessions.read() as s:
        assert s.get(Fine, fine).status is FineStatus.CONFIRMED


# --- who is evaluated -----------------------------------------------------------------------------------

def test_a_technician_who_left_is_still_evaluated_for_the_month_he_worked(depot: Depot) -> None:
    _, number = _repaired(depot, "SN-I1")
    accounts, boss = AccountService(depot.db.sessions), depot.staff["manager"]
    accounts.set_active(boss, "tech", False)
    accounts.set_active(boss, "tech2", False)  # left too, but did nothing this month

    months = EvaluationService(depot.db.sessions).month(depot.staff["sup"], MONTH)
    assert [m.name for m in months] == ["张主管", "李工", "前台小陈"]  # the desk is always listed (E3, E21)
    assert months[1].figures.completed == 1 and months[1].evidence.completed == (number,)
    previous = (MONTH - dt.timedelta(days=1)).replace(day=1)
    assert [m.name for m in EvaluationService(depot.db.sessions).month(depot.staff["sup"], previous)] == [
        "张主管", "前台小陈"]

    listing = EvaluationListing(depot.db.sessions, depot.staff["sup"], MONTH)  # the staff tab's rows
    assert listing.count() == 3
    assert [r.username for r in listing.fetch(0, 10)] == ["sup", "tech", "operator"]  # his sheet can be printed from it


# --- S3 = E14: answered within 24 h, and on site at the time asked for -------------------------------------

def _month_of(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date().replace(day=1)


def _visit_asked_for(depot: Depot, serial_note: str, *, called: dt.datetime, wanted: dt.datetime) -> int:
    """A call registered at ``called`` for a visit the customer wants at ``wanted``, dispatched at once."""
    saved = CallRegister(depot.db.sessions, clock=lambda: called).register(depot.staff["operator"], CallForm(
        CallChannel.PHONE, "刘洋", "13812345678", serial_note, needs_visit=True, required_arrival_at=wanted,
        city="深圳"))
    oid = order_id(depot.db, saved.work_order_number)
    with depot.db.sessions.write() as s, s.begin():
        s.get(WorkOrder, oid).created_at = called  # the column's own clock is the real one
    WorkOrderService(depot.db.sessions, clock=lambda: called).dispatch(depot.staff["sup"], oid,
                                                                       depot.staff["tech"].staff_id)
    return oid


def test_an_on_site_visit_is_judged_by_the_time_the_customer_asked_for_not_by_24_hours(depot: Depot) -> None:
    """The customer asked for the technician in three days; arriving then, as asked, is on time and
    not "answered after 24 h"; a visit whose time passed without anyone arriving is a miss."""
    called = NOW - dt.timedelta(days=4)
    as_asked = _visit_asked_for(depot, "交换机不通电", called=called, wanted=NOW - dt.timedelta(days=1))
    BenchService(depot.db.sessions).record_visit(depot.staff["tech"], as_asked,
                                                 arrived_at=NOW - dt.timedelta(days=1, minutes=10),
                                                 departed_at=NOW - dt.timedelta(hours=20), called_headquarters=True)
    _visit_asked_for(depot, "端口不通", called=called, wanted=NOW - dt.timedelta(hours=2))  # nobody went
    called_off = _visit_asked_for(depot, "风扇异响", called=called, wanted=NOW - dt.timedelta(hours=3))
    WorkOrderService(depot.db.sessions).cancel(depot.staff["sup"], called_off, "客户自行解决")

    month = _technician_month(depot, month=_month_of(called))  # dispatched then: counted in that month
    assert month.figures.answered_24h_rate is None  # no order here is measured by 24 h
    assert month.figures.on_time_rate == D("0.500")  # the visit as asked, and the missed one
    with depot.db.sessions.read() as s:
        missed = s.scalar(select(WorkOrder.number).where(WorkOrder.arrived_at.is_(None),
                                                         WorkOrder.state != S.CANCELLED))
    assert month.evidence.late_or_slow == (missed,)


def test_a_bench_orders_day_starts_when_it_reaches_the_technician(depot: Depot) -> None:
    """The supervisor dispatched two days after intake; the technician started within minutes: his
    answer was prompt. One who lets a day pass after the dispatch is not."""
    def bench_order(serial: str, who: str, dispatched: dt.datetime, started: dt.datetime) -> str:
        saved = depot.take_in(serial, TODAY - dt.timedelta(days=100))
        oid = order_id(depot.db, saved.work_order_number)
        with depot.db.sessions.write() as s, s.begin():
            s.get(WorkOrder, oid).created_at = NOW - dt.timedelta(days=3)
        WorkOrderService(depot.db.sessions, clock=lambda: dispatched).dispatch(depot.staff["sup"], oid,
                                                                               depot.staff[who].staff_id)
        WorkOrderService(depot.db.sessions, clock=lambda: started).set_state(depot.staff[who], oid, S.DIAGNOSING)
        return saved.work_order_number

    dispatched = NOW - dt.timedelta(days=1, hours=2)
    bench_order("SN-B1", "tech", dispatched, dispatched + dt.timedelta(minutes=5))
    slow = bench_order("SN-B2", "tech2", dispatched, dispatched + dt.timedelta(hours=25))
    prompt, late = (_technician_month(depot, who, _month_of(dispatched)) for who in ("tech", "tech2"))
    assert prompt.figures.answered_24h_rate == D("1.000") and prompt.evidence.late_or_slow == ()
    assert late.figures.answered_24h_rate == D("0.000") and late.evidence.late_or_slow == (slow,)
