"""A visit's times mistyped after it ended are corrected in place (S3, E23, E24), on both databases: the same
visit row and the order's columns change, the audit keeps the old and new times, the fines and the
on-time figure follow as if the right times had been entered first, clearing a fined fact is the
supervisor's, and a visit in a month whose evaluation sheet is signed stays as signed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import FineReason, FineStatus, WorkOrderKind
from desktop_app.db.models import AuditEntry, Fine, SignedEvaluationMonth, WorkOrder, WorkOrderVisit
from desktop_app.db.opening import Database
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})
HOUR, MINUTE = dt.timedelta(hours=1), dt.timedelta(minutes=1)


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS,
                                                       dt.date.today() - dt.timedelta(days=80))
    return depot


def _on_site_order(depot: Depot, serial: str, required: dt.datetime) -> int:
    """An on-site order the customer wants attended by ``required``, dispatched to 李工."""
    oid = order_id(depot.db, depot.take_in(serial, dt.date.today() - dt.timedelta(days=100)).work_order_number)
    with depot.db.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)
        order.kind, order.required_arrival_at = WorkOrderKind.ON_SITE, required
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    return oid


def _visits(depot: Depot, oid: int) -> list[tuple[dt.datetime, dt.datetime | None, bool | None, bool]]:
    with depot.db.sessions.read() as s:
        return [(v.arrived_at, v.departed_at, v.called_headquarters, v.late_arrival) for v in s.scalars(
            select(WorkOrderVisit).where(WorkOrderVisit.work_order_id == oid).order_by(WorkOrderVisit.id))]


def _fines(depot: Depot) -> list[tuple[FineReason, FineStatus]]:
    with depot.db.sessions.read() as s:
        return [(f.reason, f.status) for f in s.scalars(select(Fine).order_by(Fine.id))]


def _on_time(depot: Depot, month: dt.date) -> D | None:
    (found,) = [m for m in EvaluationService(depot.db.sessions).month(depot.staff["sup"], month)
                if m.staff_id == depot.staff["tech"].staff_id]
    return found.figures.on_time_rate


def test_a_mistyped_departure_is_corrected_on_the_same_visit_with_the_old_time_audited(depot: Depot) -> None:
    """李工 typed 11:00 for leaving at 12:00: correcting it changes that visit and the order's columns, the
    audit says 11:00 → 12:00; a "new" visit arriving before it ended is refused, and the correction is
    checked as a first entry is, each message at its field."""
    required = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0) - 8 * HOUR
    oid = _on_site_order(depot, "SN-CV1", required)
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    bench.record_visit(tech, oid, arrived_at=required - 10 * MINUTE, departed_at=required + HOUR,
                       called_headquarters=True, travel_started_at=required - HOUR)
    assert bench.correct_visit(tech, oid, arrived_at=required - 10 * MINUTE, departed_at=required + 2 * HOUR,
                               called_headquarters=True, travel_started_at=required - HOUR) is False
    assert _visits(depot, oid) == [(required - 10 * MINUTE, required + 2 * HOUR, True, False)]
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).departed_at == required + 2 * HOUR  # the mirror the listings read
        (entry,) = s.scalars(select(AuditEntry).where(AuditEntry.entity == "work_order",
                                                      AuditEntry.entity_id == oid, AuditEntry.action == "correct_visit"))
        assert entry.user_id == tech.staff_id and set(entry.changes) == {"visit_id", "departed_at"}
        assert entry.changes["departed_at"] == {"old": (required + HOUR).isoformat(),
                                                "new": (required + 2 * HOUR).isoformat()}

    with pytest.raises(ValidationError) as overlapping:  # not a second, false visit either (E23)
        bench.record_visit(tech, oid, arrived_at=required, departed_at=required + 3 * HOUR, called_headquarters=True)
    assert overlapping.value.field == "arrived_at"
    now = dt.datetime.now(dt.timezone.utc)
    for field, times in (("departed_at", (required, required - MINUTE, None)),
                         ("departed_at", (required, now + HOUR, None)),
                         ("arrived_at", (now + HOUR, None, None)),
                         ("travel_started_at", (required, required + HOUR, required + MINUTE))):
        with pytest.raises(ValidationError) as refused:
            bench.correct_visit(tech, oid, arrived_at=times[0], departed_at=times[1], called_headquarters=True,
                                travel_started_at=times[2])
        assert refused.value.field == field
    assert _visits(depot, oid) == [(required - 10 * MINUTE, required + 2 * HOUR, True, False)]


def test_fines_and_the_on_time_figure_follow_a_corrected_arrival(depot: Depot) -> None:
    """E23: an arrival corrected to late is fined by the month's run as a late first entry would be; 李工
    cannot take his own lateness back (the evidence of a fine, E24): the supervisor corrects it, the
    suggestion is withdrawn and the order is on time again; once a fine is confirmed it stands."""
    required = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0) - 8 * HOUR
    oid = _on_site_order(depot, "SN-CV2", required)
    bench, tech, sup = BenchService(depot.db.sessions), depot.staff["tech"], depot.staff["sup"]
    assessment = AssessmentService(depot.db.sessions)
    month = required.astimezone().date().replace(day=1)
    bench.record_visit(tech, oid, arrived_at=required - MINUTE, departed_at=required + HOUR, called_headquarters=True)
    assert assessment.suggest_fines(sup, month) == 0 and _on_time(depot, month) == D("1.000")

    late = dict(arrived_at=required + 40 * MINUTE, departed_at=required + HOUR, called_headquarters=True)
    assert bench.correct_visit(tech, oid, **late) is True
    assert assessment.suggest_fines(sup, month) == 1 and _on_time(depot, month) == D("0.000")
    assert _fines(depot) == [(FineReason.LATE_ARRIVAL, FineStatus.SUGGESTED)]

    on_time = dict(arrived_at=required - MINUTE, departed_at=required + HOUR, called_headquarters=True)
    with pytest.raises(PermissionDenied):
        bench.correct_visit(tech, oid, **on_time)
    assert bench.correct_visit(sup, oid, **on_time) is False
    assert _fines(depot) == []  # the suggestion withdrawn, as if the right time had been entered first
    assert assessment.suggest_fines(sup, month) == 0 and _on_time(depot, month) == D("1.000")
    assert len(_visits(depot, oid)) == 1

    bench.correct_visit(tech, oid, **late)  # late after all: suggested again, and confirmed
    assert assessment.suggest_fines(sup, month) == 1
    with depot.db.sessions.read() as s:
        fine_id = s.scalar(select(Fine.id).where(Fine.status == FineStatus.SUGGESTED))
    assessment.decide_fine(sup, fine_id, confirm=True, reason="客户证实晚到")
    with pytest.raises(ValidationError) as confirmed:
        bench.correct_visit(sup, oid, **on_time)
    assert confirmed.value.field == "arrived_at"
    assert _visits(depot, oid) == [(required + 40 * MINUTE, required + HOUR, True, True)]


def test_a_visit_in_a_signed_month_is_not_corrected(depot: Depot) -> None:
    """E24: 李工 signed last month's sheet; a visit of that month keeps the times it was signed with (the
    evaluation reads arrivals from the visits, so a correction would change the signed figures)."""
    last_month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=10)
    required = dt.datetime.combine(last_month, dt.time(10, 0)).astimezone()
    oid = _on_site_order(depot, "SN-CV3", required)
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    bench.record_visit(tech, oid, arrived_at=required - MINUTE, departed_at=required + HOUR, called_headquarters=True)
    with depot.db.sessions.write() as s, s.begin():  # as services.evaluation_signatures records it
        s.add(SignedEvaluationMonth(staff_id=tech.staff_id, month=last_month.replace(day=1),
                                    recorded_by_id=depot.staff["sup"].staff_id,
                                    recorded_at=dt.datetime.now(dt.timezone.utc), fines_total=D("0.00"),
                                    major_demerits=0, fine_ids=[], demerit_ids=[]))
    with pytest.raises(ValidationError) as refused:
        bench.correct_visit(tech, oid, arrived_at=required - MINUTE, departed_at=required + 2 * HOUR,
                            called_headquarters=True)
    assert refused.value.field == "arrived_at" and f"{last_month:%Y-%m}" in str(refused.value)
    assert _visits(depot, oid) == [(required - MINUTE, required + HOUR, True, False)]
