"""The facts behind the staff evaluation, for many people and months in a few set-wise queries (issue 8)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop_app.core.kpis import MonthFigures, OrderFacts, month_bounds, month_figures
from desktop_app.core.vocabulary import ComplaintStatus, DemeritKind, FineStatus, WorkOrderKind, WorkOrderState
from desktop_app.db.models import Complaint, Demerit, Fine, Survey, WorkOrder, WorkOrderEvent
from desktop_app.services.sla import ANSWER_WITHIN


class Calendar:
    """The months evaluated, in one local time zone: the span to query, and the month of a fact as an
    index into ``months``, computed by the database with the same bounds as a one-month query."""

    def __init__(self, months: Sequence[dt.date], now: dt.datetime) -> None:
        """``now``: the service's clock (aware); its time zone is the counter's local one."""
        tz = now.astimezone().tzinfo
        self.now = now  # one instant for every order still waiting for its first response
        self.months = sorted({m.replace(day=1) for m in months})
        self._bounds = [month_bounds(m, tz) for m in self.months]
        self.start, self.end = self._bounds[0][0], self._bounds[-1][1]
        self.first_day, self.after_last_day = self.start.date(), self.end.date()

    def month_of(self, column: Any) -> Any:
        """``CASE WHEN start <= column < end THEN i … END`` for a timestamp column: NULL outside the months."""
        return case(*((and_(column >= start, column < end), i) for i, (start, end) in enumerate(self._bounds)),
                    else_=None)

    def month_of_day(self, column: Any) -> Any:
        """The same for a date column."""
        return case(*((and_(column >= start.date(), column < end.date()), i)
                      for i, (start, end) in enumerate(self._bounds)), else_=None)


@dataclass
class MonthFacts:
    """One person's month as gathered; evidence lists in the order the evaluation shows them."""

    orders: list[OrderFacts] = field(default_factory=list)
    completed: list[OrderFacts] = field(default_factory=list)  # by completion time, then id
    slow: list[str] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)  # by work-order id
    surveys: list[tuple[str, int]] = field(default_factory=list)  # (number, overall) by work-order id
    complaints: list[str] = field(default_factory=list)
    major_demerits: int = 0
    fines: list[tuple[int, Decimal]] = field(default_factory=list)

    def figures(self) -> MonthFigures:
        # E16: a later repeat counts against the technician of the earlier order.
        repeats = [OrderFacts(n, False, None, False, None, True, False) for n in self.repeats]
        return month_figures([*self.orders, *repeats], [score for _, score in self.surveys],
                             len(self.complaints), self.major_demerits, [amount for _, amount in self.fines])


Facts = defaultdict[tuple[int, dt.date], MonthFacts]  # (staff id, month) -> facts; empty when none


def gather(s: Session, staff_ids: Sequence[int], calendar: Calendar) -> Facts:
    """Six statements whatever the number of people and months (no round per person or month)."""
    out: Facts = defaultdict(MonthFacts)
    if not staff_ids:
        return out
    ids = list(staff_ids)
    _orders(s, ids, calendar, out)
    _repeats(s, ids, calendar, out)
    _surveys(s, ids, calendar, out)
    _people_records(s, ids, calendar, out)
    return out


def orders_statement(ids: list[int], calendar: Calendar) -> Any:
    """Orders completed or dispatched in the span, with only what the figures need.

    The two ranges use ix_work_orders_tech_completed and ix_work_orders_tech_dispatched (an OR of
    both); the diagnosis start is each order's first step out of "dispatched", found through
    ix_work_order_events_order_from."""
    order = WorkOrder
    first_step = (select(WorkOrderEvent.at)
                  .where(WorkOrderEvent.work_order_id == order.id,
                         WorkOrderEvent.from_state == WorkOrderState.DISPATCHED)
                  .order_by(WorkOrderEvent.id).limit(1).scalar_subquery())
    on_site = order.kind == WorkOrderKind.ON_SITE
    # S3: arrived by the time the customer asked for (both stored the same way, so compared there).
    on_time = case((and_(on_site, order.arrived_at.is_not(None), order.required_arrival_at.is_not(None)),
                    order.arrived_at <= order.required_arrival_at), else_=None)
    # E17/E23: a report is complete with a fault cause, a solution and the customer's opinion;
    # tested here so the long texts themselves are never fetched.
    report_complete = and_(*(func.coalesce(text, "") != "" for text in (
        order.report_fault_cause, order.report_solution, order.report_customer_opinion)))

    def within(column: Any) -> Any:
        return and_(column >= calendar.start, column < calendar.end)

    completed_in = calendar.month_of(order.completed_at).label("completed_in")
    return (select(order.technician_id, order.number, order.kind, order.created_at, order.arrived_at,
                   calendar.month_of(order.dispatched_at).label("dispatched_in"), completed_in,
                   on_time.label("on_time"), report_complete.label("report_complete"),
                   case((on_site, None), else_=first_step).label("diagnosis_start"))
            .where(order.technician_id.in_(ids), or_(within(order.completed_at), within(order.dispatched_at)))
            # The evidence's order of completed orders. The month first: an order no index gives, so
            # that SQLite keeps to the two ranges rather than walk a person's every order to skip a sort.
            .order_by(completed_in, order.completed_at, order.id))


def _orders(s: Session, ids: list[int], calendar: Calendar, out: Facts) -> None:
    now = calendar.now
    months = calendar.months
    # Plain tuples unpacked: a busy month is tens of thousands of rows (issue 8).
    for (staff_id, number, kind, created_at, arrived_at, dispatched_in, completed_in, on_time, report_complete,
         diagnosis_start) in s.execute(orders_statement(ids, calendar)):
        on_site = kind is WorkOrderKind.ON_SITE
        answered = _answered_within_24h(created_at, arrived_at if on_site else diagnosis_start, now)
        if on_time is not None:
            on_time = bool(on_time)
        slow = answered is False or on_time is False
        for index in (completed_in,) if dispatched_in in (None, completed_in) else (completed_in, dispatched_in):
            if index is None:
                continue
            done = index == completed_in
            facts = OrderFacts(number, done, answered, on_site, on_time, False,
                               done and not report_complete)  # E23
            bucket = out[(staff_id, months[index])]
            bucket.orders.append(facts)
            if slow:
                bucket.slow.append(number)
            if done:
                bucket.completed.append(facts)


def _answered_within_24h(created_at: dt.datetime, response: dt.datetime | None, now: dt.datetime) -> bool | None:
    """S3: the technician's first response (arrival on site, or starting the diagnosis) within a day;
    None while a day has not yet passed without one."""
    if response is None:
        return None if now - created_at <= ANSWER_WITHIN else False
    return response - created_at <= ANSWER_WITHIN


def repeats_statement(ids: list[int], calendar: Calendar) -> Any:
    """E16: later orders created in the span that repeat a repair by one of these people."""
    earlier = aliased(WorkOrder)
    # "+ 0": SQLite keeps no statistics, and would otherwise start from every order these people
    # ever had (hundreds of thousands) rather than from the span's orders (ix_work_orders_created_at).
    return (select(earlier.technician_id, WorkOrder.number, calendar.month_of(WorkOrder.created_at))
            .select_from(WorkOrder).join(earlier, earlier.id == WorkOrder.repeat_of_id)
            .where(WorkOrder.created_at >= calendar.start, WorkOrder.created_at < calendar.end,
                   (earlier.technician_id + 0).in_(ids))
            .order_by(WorkOrder.id))


def surveys_statement(ids: list[int], calendar: Calendar) -> Any:
    """E17: surveys filled in the span on these people's orders, from ix_surveys_filled_on ("+ 0" as above)."""
    return (select(WorkOrder.technician_id, WorkOrder.number, Survey.overall, calendar.month_of_day(Survey.filled_on))
            .select_from(Survey).join(WorkOrder, WorkOrder.id == Survey.work_order_id)
            .where(Survey.filled_on >= calendar.first_day, Survey.filled_on < calendar.after_last_day,
                   (WorkOrder.technician_id + 0).in_(ids))
            .order_by(WorkOrder.id))


def _repeats(s: Session, ids: list[int], calendar: Calendar, out: Facts) -> None:
    for staff_id, number, index in s.execute(repeats_statement(ids, calendar)):
        if index is not None:
            out[(staff_id, calendar.months[index])].repeats.append(number)


def _surveys(s: Session, ids: list[int], calendar: Calendar, out: Facts) -> None:
    for staff_id, number, overall, index in s.execute(surveys_statement(ids, calendar)):
        if index is not None:
            out[(staff_id, calendar.months[index])].surveys.append((number, overall))


def _people_records(s: Session, ids: list[int], calendar: Calendar, out: Facts) -> None:
    """Upheld complaints (E3, E21), major demerits (E21) and confirmed fines (E23): small tables."""
    first, after, months = calendar.first_day, calendar.after_last_day, calendar.months
    complaints = s.execute(select(Complaint.about_staff_id, Complaint.number,
                                  calendar.month_of_day(Complaint.received_on)).where(
        Complaint.about_staff_id.in_(ids), Complaint.status == ComplaintStatus.VERIFIED,
        Complaint.received_on >= first, Complaint.received_on < after).order_by(Complaint.id))
    for staff_id, number, index in complaints:
        if index is not None:
            out[(staff_id, months[index])].complaints.append(number)
    majors = s.execute(select(Demerit.staff_id, calendar.month_of_day(Demerit.facts_on)).where(
        Demerit.staff_id.in_(ids), Demerit.kind == DemeritKind.MAJOR,
        Demerit.facts_on >= first, Demerit.facts_on < after))
    for staff_id, index in majors:
        if index is not None:
            out[(staff_id, months[index])].major_demerits += 1
    fines = s.execute(select(Fine.staff_id, Fine.id, Fine.amount, calendar.month_of_day(Fine.facts_on)).where(
        Fine.staff_id.in_(ids), Fine.status == FineStatus.CONFIRMED,
        Fine.facts_on >= first, Fine.facts_on < after).order_by(Fine.id))
    for staff_id, fine_id, amount, index in fines:
        if index is not None:
            out[(staff_id, months[index])].fines.append((fine_id, amount))
