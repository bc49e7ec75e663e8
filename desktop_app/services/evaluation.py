"""The month's evaluation per staff member, with the evidence behind each figure (E17, E21, E23, S3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.kpis import MonthFigures, OrderFacts, month_bounds, month_figures
from desktop_app.core.permissions import Permission
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ComplaintStatus, DemeritKind, FineStatus, WorkOrderKind, WorkOrderState
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Complaint, Demerit, Fine, Staff, Survey, WorkOrder, WorkOrderEvent
from desktop_app.db.types import utcnow
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.sla import ANSWER_WITHIN


@dataclass(frozen=True)
class Evidence:
    completed: tuple[str, ...] = ()
    surveys: tuple[str, ...] = ()  # work-order numbers with a survey in the month
    late_or_slow: tuple[str, ...] = ()  # orders answered after 24 h or arrived late
    repeats: tuple[str, ...] = ()  # later orders that repeat this person's repair (E16)
    incomplete_reports: tuple[str, ...] = ()
    complaints: tuple[str, ...] = ()
    fines: tuple[int, ...] = ()


@dataclass(frozen=True)
class StaffMonth:
    staff_id: int
    name: str
    role: Role
    figures: MonthFigures
    evidence: Evidence = field(default_factory=Evidence)


class EvaluationService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def month(self, actor: Actor, month: dt.date) -> list[StaffMonth]:
        """Every active technician and supervisor (and anyone with facts that month)."""
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        with self._sessions.read() as s:
            staff = s.scalars(select(Staff).order_by(Staff.id))
            return [self._one(s, person, month) for person in staff
                    if person.active and person.role in (Role.TECHNICIAN, Role.SUPERVISOR)]

    def for_staff(self, actor: Actor, staff_id: int, month: dt.date) -> StaffMonth:
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        with self._sessions.read() as s:
            return self._one(s, s.get(Staff, staff_id), month)

    def history(self, actor: Actor, staff_id: int, last_month: dt.date, months: int = 12) -> list[tuple[dt.date, MonthFigures]]:
        """The chart's series: the figures of the last ``months`` months, oldest first."""
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        series, month = [], last_month.replace(day=1)
        for _ in range(months):
            series.append(month)
            month = (month - dt.timedelta(days=1)).replace(day=1)
        with self._sessions.read() as s:
            person = s.get(Staff, staff_id)
            return [(m, self._one(s, person, m).figures) for m in reversed(series)]

    def _one(self, s: Session, person: Staff, month: dt.date) -> StaffMonth:
        tz = self._clock().astimezone().tzinfo
        start, end = month_bounds(month, tz)
        first_day, next_first = start.date(), end.date()
        # Plain rows with the columns used, not ORM objects: a busy month has thousands (issue 8).
        completed = list(s.execute(select(*_ORDER_FACTS).where(
            WorkOrder.technician_id == person.id, WorkOrder.completed_at >= start, WorkOrder.completed_at < end)))
        dispatched = list(s.execute(select(*_ORDER_FACTS).where(
            WorkOrder.technician_id == person.id, WorkOrder.dispatched_at >= start, WorkOrder.dispatched_at < end)))
        facts, slow = {}, []
        orders = {o.id: o for o in completed + dispatched}
        completed_ids = {o.id for o in completed}
        responses = _diagnosis_starts(s, [o.id for o in orders.values() if o.kind is not WorkOrderKind.ON_SITE])
        for order in orders.values():
            answered = _answered_within_24h(order, responses.get(order.id))
            on_time = (order.arrived_at <= order.required_arrival_at
                       if order.kind is WorkOrderKind.ON_SITE and order.arrived_at and order.required_arrival_at else None)
            if answered is False or on_time is False:
                slow.append(order.number)
            done = order.id in completed_ids
            facts[order.id] = OrderFacts(order.number, done, answered, order.kind is WorkOrderKind.ON_SITE, on_time,
                                         False, done and not (order.report_fault_cause and order.report_solution
                                                              and order.report_customer_opinion))
        repeats = self._repeats_against(s, person.id, start, end)
        surveys = list(s.execute(select(WorkOrder.number, Survey.overall).join(Survey, Survey.work_order_id == WorkOrder.id)
                                 .where(WorkOrder.technician_id == person.id, Survey.filled_on >= first_day,
                                        Survey.filled_on < next_first)))
        complaints = list(s.scalars(select(Complaint.number).where(
            Complaint.about_staff_id == person.id, Complaint.status == ComplaintStatus.VERIFIED,
            Complaint.received_on >= first_day, Complaint.received_on < next_first)))
        majors = s.scalars(select(Demerit.id).where(Demerit.staff_id == person.id, Demerit.kind == DemeritKind.MAJOR,
                                                    Demerit.facts_on >= first_day, Demerit.facts_on < next_first)).all()
        fines = list(s.execute(select(Fine.id, Fine.amount).where(
            Fine.staff_id == person.id, Fine.status == FineStatus.CONFIRMED, Fine.facts_on >= first_day,
            Fine.facts_on < next_first)))
        figures = month_figures(
            [*facts.values(), *(OrderFacts(n, False, None, False, None, True, False) for n in repeats)],
            [score for _, score in surveys], len(complaints), len(majors), [amount for _, amount in fines])
        evidence = Evidence(tuple(o.number for o in completed), tuple(n for n, _ in surveys), tuple(sorted(slow)),
                            tuple(repeats), tuple(f.number for f in facts.values() if f.report_incomplete),
                            tuple(complaints), tuple(i for i, _ in fines))
        return StaffMonth(person.id, person.display_name, person.role, figures, evidence)

    @staticmethod
    def _repeats_against(s: Session, staff_id: int, start: dt.datetime, end: dt.datetime) -> list[str]:
        """E16: later orders created in the month that repeat a repair this person completed."""
        earlier_ids = select(WorkOrder.id).where(WorkOrder.technician_id == staff_id)
        return list(s.scalars(select(WorkOrder.number).where(
            WorkOrder.repeat_of_id.in_(earlier_ids), WorkOrder.created_at >= start, WorkOrder.created_at < end)
            .order_by(WorkOrder.id)))


_ORDER_FACTS = (WorkOrder.id, WorkOrder.number, WorkOrder.kind, WorkOrder.created_at, WorkOrder.arrived_at,
                WorkOrder.required_arrival_at, WorkOrder.report_fault_cause, WorkOrder.report_solution,
                WorkOrder.report_customer_opinion)


def _diagnosis_starts(s: Session, order_ids: list[int]) -> dict[int, dt.datetime]:
    """Each order's first step out of "dispatched" (the diagnosis starting), for all orders in one
    query rather than one per order (issue 8: a busy month has thousands)."""
    if not order_ids:
        return {}
    first = (select(func.min(WorkOrderEvent.id))
             .where(WorkOrderEvent.work_order_id.in_(order_ids), WorkOrderEvent.from_state == WorkOrderState.DISPATCHED)
             .group_by(WorkOrderEvent.work_order_id))
    rows = s.execute(select(WorkOrderEvent.work_order_id, WorkOrderEvent.at).where(WorkOrderEvent.id.in_(first)))
    return {order_id: at for order_id, at in rows}


def _answered_within_24h(order: Any, diagnosis_start: dt.datetime | None) -> bool | None:
    """S3: the technician's first response (arrival on site, or starting the diagnosis) within a day."""
    response = order.arrived_at if order.kind is WorkOrderKind.ON_SITE else diagnosis_start
    if response is None:
        return None if utcnow() - order.created_at <= ANSWER_WITHIN else False
    return response - order.created_at <= ANSWER_WITHIN
