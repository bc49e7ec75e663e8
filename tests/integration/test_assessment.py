"""Rule sets (E24), complaints and demerits (E3, E21), fines (E23) and the month's evaluation."""

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
    DemeritKind,
    FineReason,
    FineStatus,
    WorkOrderKind,
    WorkOrderState as S,
)
from desktop_app.db.models import Demerit, Fine, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.surveys import SurveyService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS, MONTH - dt.timedelta(days=40))
    return depot


def _complaint(category: ComplaintCategory, about: int) -> ComplaintInput:
    return ComplaintInput(ComplaintChannel.CALL, TODAY, "刘洋", category, "与客户争吵", about_staff_id=about)


def test_verified_complaints_lead_to_demerits_citing_the_rules(depot: Depot) -> None:
    service, sup, tech = AssessmentService(depot.db.sessions), depot.staff["sup"], depot.staff["tech"]
    with pytest.raises(MissingPermission):
        service.register_complaint(depot.staff["operator"], _complaint(ComplaintCategory.QUARREL, tech.staff_id))
    quarrel = service.register_complaint(sup, _complaint(ComplaintCategory.QUARREL, tech.staff_id))
    attitude = service.register_complaint(sup, _complaint(ComplaintCategory.ATTITUDE, tech.staff_id))
    dismissed = service.register_complaint(sup, _complaint(ComplaintCategory.QUARREL, tech.staff_id))
    assert service.verify_complaint(sup, quarrel, upheld=True, findings="录音属实") is DemeritKind.MAJOR  # E21
    assert service.verify_complaint(sup, attitude, upheld=True, findings="态度冷淡") is DemeritKind.CRITICISM  # E3
    assert service.verify_complaint(sup, dismissed, upheld=False, findings="客户误会") is None
    with depot.db.sessions.read() as s:
        demerits = {d.kind: d for d in s.scalars(select(Demerit))}
    assert set(demerits) == {DemeritKind.MAJOR, DemeritKind.CRITICISM}
    assert demerits[DemeritKind.CRITICISM].bonus_deduction == D("200.00") and demerits[DemeritKind.MAJOR].rule_set_id
    with pytest.raises(ValidationError):
        service.register_complaint(sup, ComplaintInput(ComplaintChannel.LETTER, TODAY, "客户", ComplaintCategory.DESIGN_DEFECT,
                                                       "风扇设计噪音大"))  # E6 needs the model


def test_fines_are_suggested_from_on_site_facts_and_decided_by_the_supervisor(depot: Depot) -> None:
    saved = depot.take_in("SN-F", TODAY - dt.timedelta(days=100))
    oid = order_id(depot.db, saved.work_order_number)
    required = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=3)
    with depot.db.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)
        order.kind, order.required_arrival_at = WorkOrderKind.ON_SITE, required
    orders, bench, tech = WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions), depot.staff["tech"]
    # Dispatched before the arrival asked for: an arrival never precedes its dispatch (S3).
    WorkOrderService(depot.db.sessions, clock=lambda: required - dt.timedelta(hours=1)).dispatch(
        depot.staff["sup"], oid, tech.staff_id)
    bench.record_visit(tech, oid, arrived_at=required + dt.timedelta(minutes=40),
                       departed_at=required + dt.timedelta(hours=2), called_headquarters=False)
    orders.set_state(tech, oid, S.DIAGNOSING)
    orders.set_state(tech, oid, S.REPAIRED)  # report not written: incomplete
    service = AssessmentService(depot.db.sessions)
    assert service.suggest_fines(depot.staff["sup"], MONTH) == 3
    assert service.suggest_fines(depot.staff["sup"], MONTH) == 0  # never twice for the same facts
    with depot.db.sessions.read() as s:
        fines = {f.reason: f for f in s.scalars(select(Fine))}
    assert {r: f.amount for r, f in fines.items()} == {FineReason.LATE_ARRIVAL: D("30.00"),
                                                       FineReason.LEFT_WITHOUT_CALLING_HQ: D("50.00"),
                                                       FineReason.INCOMPLETE_REPORT: D("20.00")}
    assert all(f.status is FineStatus.SUGGESTED for f in fines.values())  # nothing fined silently
    late = fines[FineReason.LATE_ARRIVAL].id
    assert service.unacknowledged(late)  # E24: the technician has not acknowledged the rules
    service.acknowledge(tech, 1)
    assert not service.unacknowledged(late)
    with pytest.raises(ValidationError):
        service.decide_fine(depot.staff["sup"], late, confirm=True, reason="")
    service.decide_fine(depot.staff["sup"], late, confirm=True, reason="未提前出发")
    service.decide_fine(depot.staff["sup"], fines[FineReason.INCOMPLETE_REPORT].id, confirm=False, reason="系统故障")

    (evaluation,) = [m for m in EvaluationService(depot.db.sessions).month(depot.staff["sup"], MONTH)
                     if m.staff_id == tech.staff_id]
    assert evaluation.figures.fines_total == D("30.00") and evaluation.figures.on_time_rate == D("0.000")
    assert evaluation.figures.completed == 1 and evaluation.figures.incomplete_reports == 1
    assert evaluation.evidence.late_or_slow == (saved.work_order_number,)


def test_each_suggested_fine_is_dated_by_its_own_facts(depot: Depot) -> None:  # E23, E24
    """Late on the last day of last month, the report left undone when the work ended this month: the
    lateness and the missed call count in last month, the incomplete report in this one."""
    saved = depot.take_in("SN-FD", TODAY - dt.timedelta(days=100))
    oid = order_id(depot.db, saved.work_order_number)
    eve = MONTH - dt.timedelta(days=1)
    required = dt.datetime.combine(eve, dt.time(9)).astimezone()
    with depot.db.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)
        order.kind, order.required_arrival_at = WorkOrderKind.ON_SITE, required
    orders, bench, tech = WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions), depot.staff["tech"]
    # Dispatched before the arrival asked for: an arrival never precedes its dispatch (S3).
    WorkOrderService(depot.db.sessions, clock=lambda: required - dt.timedelta(hours=1)).dispatch(
        depot.staff["sup"], oid, tech.staff_id)
    bench.record_visit(tech, oid, arrived_at=required + dt.timedelta(hours=1),
                       departed_at=required + dt.timedelta(hours=2), called_headquarters=False)
    orders.set_state(tech, oid, S.DIAGNOSING)
    orders.set_state(tech, oid, S.REPAIRED)  # completed today, the report not written
    service = AssessmentService(depot.db.sessions)
    # Each month's run finds its own facts: last month's the visit's, this month's the report.
    assert service.suggest_fines(depot.staff["sup"], eve.replace(day=1)) == 2
    assert service.suggest_fines(depot.staff["sup"], MONTH) == 1
    with depot.db.sessions.read() as s:
        days = {f.reason: f.facts_on for f in s.scalars(select(Fine))}
    assert days == {FineReason.LATE_ARRIVAL: eve, FineReason.LEFT_WITHOUT_CALLING_HQ: eve,
                    FineReason.INCOMPLETE_REPORT: TODAY}


def test_no_rule_set_in_force_means_no_fine(database: Database) -> None:
    depot = build_depot(database)
    with pytest.raises(ValidationError, match="E24"):
        AssessmentService(database.sessions).record_fine(depot.staff["sup"], depot.staff["tech"].staff_id,
                                                         FineReason.DISOBEYED_DISPATCH, TODAY)


def test_evaluation_counts_surveys_and_staff_without_any(depot: Depot) -> None:
    saved = depot.take_in("SN-E", TODAY - dt.timedelta(days=100))
    oid = order_id(depot.db, saved.work_order_number)
    orders, tech = WorkOrderService(depot.db.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    for state in (S.DIAGNOSING, S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, oid, state)
    orders.record_report(tech, oid, fault_cause="虚焊", solution="补焊", customer_opinion="满意", no_parts=True)
    orders.close(depot.staff["operator"], oid)
    SurveyService(depot.db.sessions).enter(depot.staff["operator"], saved.work_order_number,
                                           {"speed": 5, "attitude": 5, "explanation": 5, "quality": 4, "on_time": 5,
                                            "overall": 4})
    months = {m.name: m for m in EvaluationService(depot.db.sessions).month(depot.staff["sup"], MONTH)}
    assert months["李工"].figures.surveys == 1 and months["李工"].figures.satisfaction == D("4.00")
    assert months["李工"].figures.answered_24h_rate == D("1.000")
    assert months["王工"].figures.completed == 0 and months["王工"].figures.satisfaction is None
    with pytest.raises(MissingPermission):
        EvaluationService(depot.db.sessions).month(depot.staff["tech"], MONTH)
    history = EvaluationService(depot.db.sessions).history(depot.staff["sup"], tech.staff_id, MONTH)
    assert len(history) == 12 and history[-1][0] == MONTH and history[-1][1].completed == 1
