"""The facts behind the staff evaluation, for many people and months in a few set-wise queries (issue 8)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, any_, case, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from desktop_app.core.kpis import MonthFigures, OrderFacts, month_bounds, month_figures
from desktop_app.core.vocabulary import ComplaintStatus, DemeritKind, FineStatus, WorkOrderKind, WorkOrderState
from desktop_app.core.work_order_flow import REPORT_FIELDS, opinion_due, unfilled_report_fields
from desktop_app.db.month_reads import prefer_index_lookups
from desktop_app.db.models import (
    Complaint,
    Demerit,
    Fine,
    Staff,
    Survey,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderPart,
    WorkOrderVisit,
)
from desktop_app.services.evaluation_hand_overs import Holders, holders
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
    fines: list[tuple[int, Decimal]] = field(default_factory=list)  # confirmed: the month's total (E23)
    # Suggested, not yet decided: shown on their own and never in the total (E24: nothing is fined
    # silently), so that nobody signs a month whose total may still change.
    pending_fines: list[tuple[int, Decimal]] = field(default_factory=list)

    def figures(self) -> MonthFigures:
        # E16: a later repeat counts against the technician of the earlier order.
        repeats = [OrderFacts(n, False, None, False, None, True, False) for n in self.repeats]
        return month_figures([*self.orders, *repeats], [score for _, score in self.surveys],
                             len(self.complaints), self.major_demerits, [amount for _, amount in self.fines])


Facts = defaultdict[tuple[int, dt.date], MonthFacts]  # (staff id, month) -> facts; empty when none


def gather(s: Session, staff_ids: Sequence[int], calendar: Calendar) -> Facts:
    """Six statements whatever the number of people and months (no round per person or month), two
    more when orders in the span changed hands (evaluation_hand_overs)."""
    out: Facts = defaultdict(MonthFacts)
    if not staff_ids:
        return out
    ids = list(staff_ids)
    prefer_index_lookups(s)
    _orders(s, ids, calendar, out, s.get_bind().dialect.name)
    _repeats(s, ids, calendar, out)
    _surveys(s, ids, calendar, out)
    _people_records(s, ids, calendar, out)
    return out


def orders_statement(ids: list[int], calendar: Calendar, dialect: str = "sqlite") -> Any:
    """Orders these people completed or were dispatched in the span, and visits they made in it, with
    only what the figures need.

    The three ranges use ix_work_orders_tech_completed, ix_work_orders_tech_dispatched and, for the
    visits, ix_work_order_visits_tech_arrived (an OR of the three); each order's first visit is found
    through ix_work_order_visits_order_arrived; the diagnosis start is each order's first
    step out of "dispatched", found through ix_work_order_events_order_from, and whether it changed
    hands, through ix_work_order_events_work_order_id.

    A fourth range, for orders these people held before a hand-over (S3/E14: their answer, or their day
    run out, stays theirs): orders of everyone else dispatched in the span and handed over, through
    ix_work_orders_tech_dispatched again. Nobody else when everyone is evaluated (the month's table);
    for one person (his sheet, his chart) a pass over the others' orders of the span, each looked up in
    the events' index: no indexed column says who held an order before, and a schema change is out.

    PostgreSQL cannot serve that OR from indexes (the visits' branch is a subquery): it read every
    order, its cost estimate switched on JIT compilation (1.4 s at 100,000 orders) and planned the
    hand-over test as one pass over every event. There the orders come from a UNION of the four
    ranges, each read through its index, and the rest is probed per order (0.2 s to 15 ms). The union's
    orders are then read by key, as ``= ANY`` of an array of their ids: joined as a set, a busy month's
    25,000 let the planner hash them against a read of every order (1.07 s just after a restart at a
    million orders; 0.32 s by key)."""
    order = WorkOrder
    first_step = (select(WorkOrderEvent.at)
                  .where(WorkOrderEvent.work_order_id == order.id,
                         WorkOrderEvent.from_state == WorkOrderState.DISPATCHED,
                         # a hand-over before the work starts is a line dispatched → dispatched, no step
                         WorkOrderEvent.to_state != WorkOrderState.DISPATCHED)
                  .order_by(WorkOrderEvent.id).limit(1).scalar_subquery())
    # A hand-over is the only line whose state does not change (work_orders._hand_over).
    handed_over = (select(WorkOrderEvent.id)
                   .where(WorkOrderEvent.work_order_id == order.id, WorkOrderEvent.from_state == WorkOrderEvent.to_state)
                   .exists())
    others = select(Staff.id).where(Staff.id.not_in(ids))
    on_site = order.kind == WorkOrderKind.ON_SITE
    filled = report_filled(order)

    def within(column: Any) -> Any:
        return and_(column >= calendar.start, column < calendar.end)

    # S3/E23: the promptness of a visit is its first arrival's, to whoever made it (work_order_visits,
    # migration 0009: the order's own columns mirror the latest visit, which may be someone else's).
    first = aliased(WorkOrderVisit)
    first_id = (select(WorkOrderVisit.id).where(WorkOrderVisit.work_order_id == order.id)
                .order_by(WorkOrderVisit.arrived_at, WorkOrderVisit.id).limit(1).scalar_subquery())
    visited = select(WorkOrderVisit.work_order_id).where(WorkOrderVisit.technician_id.in_(ids),
                                                         within(WorkOrderVisit.arrived_at))
    completed_in = calendar.month_of(order.completed_at).label("completed_in")
    ranges = [and_(order.technician_id.in_(ids), within(order.completed_at)),
              and_(order.technician_id.in_(ids), within(order.dispatched_at)),
              order.id.in_(visited),
              and_(order.technician_id.in_(others), within(order.dispatched_at), handed_over)]
    if dialect == "postgresql":
        spans = union(*(select(order.id).where(r) for r in ranges)).subquery()
        ranges = [order.id == any_(func.array(select(spans.c.id).scalar_subquery()))]
    return (select(order.technician_id, first.technician_id, order.number, order.kind, order.created_at,
                   order.dispatched_at, order.required_arrival_at, first.arrived_at,
                   calendar.month_of(order.dispatched_at).label("dispatched_in"), completed_in,
                   calendar.month_of(first.arrived_at).label("arrived_in"),
                   case((on_site, None), else_=first_step).label("diagnosis_start"), order.state,
                   order.id, handed_over.label("handed_over"), *filled)
            .select_from(order).outerjoin(first, first.id == first_id)
            .where(or_(*ranges))
            # The evidence's order of completed orders. The month first: an order no index gives, so
            # that SQLite keeps to the three ranges rather than walk a person's every order to skip a sort.
            .order_by(completed_in, order.completed_at, order.id))


def report_filled(order: Any = WorkOrder) -> list[Any]:
    """E17/E23: whether each field of the core's REPORT_FIELDS is filled, in that order, tested in the
    database so that the long texts are never fetched; the replaced parts as the closing checks them
    (an issued part line, or "no parts replaced" ticked). Judge the row with ``report_incomplete``."""
    issued_part = (select(WorkOrderPart.id)
                   .where(WorkOrderPart.work_order_id == order.id, WorkOrderPart.stock_movement_id.is_not(None))
                   .exists())
    filled = {
        "report_fault_cause": _has_text(order.report_fault_cause),
        "report_solution": _has_text(order.report_solution),
        "parts": or_(order.report_no_parts.is_(True), issued_part),
        "report_customer_opinion": _has_text(order.report_customer_opinion),
    }
    return [filled[key].label(f"filled_{key}") for key in REPORT_FIELDS]  # KeyError if the core adds a field


def _has_text(column: Any) -> Any:
    return func.coalesce(func.trim(column), "") != ""


def report_incomplete(state: WorkOrderState, filled: Sequence[Any]) -> bool:
    """The closing rule (core) applied to a row's ``report_filled`` values; the customer's opinion
    counts as missing only once the order is closed (picked up), not while the unit waits for pickup."""
    return _incomplete(state, tuple(bool(f) for f in filled))


@lru_cache(maxsize=256)  # a few states × 16 fillings, asked for each of a month's tens of thousands of orders
def _incomplete(state: WorkOrderState, filled: tuple[bool, ...]) -> bool:
    return bool(unfilled_report_fields(dict(zip(REPORT_FIELDS, filled)), opinion_due=opinion_due(state)))


def _orders(s: Session, ids: list[int], calendar: Calendar, out: Facts, dialect: str) -> None:
    """Each fact once, in its own month and to its own person (S3/E14, E23): the completion (and the
    report) to the order's technician in the month of completion; the promptness of a visit to whoever
    was on site, in the month of the arrival (a re-dispatch since leaves it his); any other promptness
    to the technician who held the order when it was answered (or holds it unanswered) in the month of
    the dispatch, where its 24-hour clock starts (an order not yet answered has no response to date it
    by); a holder before a hand-over whose own day ran out unanswered is late in that month too
    (evaluation_hand_overs.resolve says why)."""
    now, months, wanted = calendar.now, calendar.months, set(ids)
    # Plain tuples, through Core (the ORM's row loading doubled the time): a busy month is tens of
    # thousands of rows (issue 8).
    rows = s.connection().execute(orders_statement(ids, calendar, dialect)).all()
    # Column 13 is the order's id, 14 whether it changed hands; a visit at a time the customer asked
    # for is judged by that time alone, whoever held the order before.
    held = holders(s, {row[13]: row[0] for row in rows
                       if row[14] and not (row[3] is WorkOrderKind.ON_SITE and row[6] is not None)})
    for (staff_id, visit_staff_id, number, kind, created_at, dispatched_at, required_at, arrived_at, dispatched_in,
         completed_in, arrived_in, diagnosis_start, state, order_id, _, *filled) in rows:
        on_site = kind is WorkOrderKind.ON_SITE
        answered, on_time = _promptness(on_site, dispatched_at or created_at, required_at, arrived_at,
                                        diagnosis_start, now, cancelled=state is WorkOrderState.CANCELLED)
        holding = held.get(order_id) or Holders(staff_id)
        for who in holding.late:
            if dispatched_in is not None and who in wanted:
                bucket = out[(who, months[dispatched_in])]
                bucket.orders.append(OrderFacts(number, False, False, on_site, None, False, False))
                _slow(bucket, number)
        if on_site and arrived_at is not None:
            judged = (visit_staff_id or staff_id, arrived_in)
        else:
            judged = (holding.answerer, dispatched_in if dispatched_at is not None else completed_in)
        done = (staff_id, completed_in)
        if completed_in is not None and staff_id in wanted:
            same = judged == done
            facts = OrderFacts(number, True, answered if same else None, on_site, on_time if same else None, False,
                               report_incomplete(state, filled))  # E23
            bucket = out[(staff_id, months[completed_in])]
            bucket.orders.append(facts)
            bucket.completed.append(facts)
            if same and (answered is False or on_time is False):
                _slow(bucket, number)
            if same:
                continue
        who, index = judged
        if index is None or who not in wanted:
            continue
        bucket = out[(who, months[index])]
        bucket.orders.append(OrderFacts(number, False, answered, on_site, on_time, False, False))
        if answered is False or on_time is False:
            _slow(bucket, number)


def _slow(bucket: MonthFacts, number: str) -> None:
    """Once in the evidence, though late twice (an order handed back to a holder whose day ran out)."""
    if bucket.slow[-1:] != [number]:
        bucket.slow.append(number)


def _promptness(on_site: bool, dispatched_at: dt.datetime, required_at: dt.datetime | None,
                arrived_at: dt.datetime | None, diagnosis_start: dt.datetime | None,
                now: dt.datetime, *, cancelled: bool = False) -> tuple[bool | None, bool | None]:
    """S3 = E14, as the technician's own promptness: (answered within 24 h, arrived on time).

    An on-site visit for which the customer asked a time is judged by that time only (arriving on the
    third day as asked is not "late"); missed once the time has passed without an arrival (unless the
    visit was cancelled). Every other order is answered within a day of reaching the technician
    (dispatch: a slow dispatch is not his), by arriving on site or starting the diagnosis; None while
    the day has not yet passed."""
    if on_site and required_at is not None:
        if arrived_at is None:
            return None, (False if now > required_at and not cancelled else None)
        return None, arrived_at <= required_at
    return _answered_within_24h(dispatched_at, arrived_at if on_site else diagnosis_start, now), None


def _answered_within_24h(since: dt.datetime, response: dt.datetime | None, now: dt.datetime) -> bool | None:
    """None while a day has not yet passed without a response."""
    if response is None:
        return None if now - since <= ANSWER_WITHIN else False
    return response - since <= ANSWER_WITHIN


def repeats_statement(ids: list[int], calendar: Calendar) -> Any:
    """E16: later orders created in the span that repeat a repair by one of these people; a later order
    cancelled (opened twice, withdrawn) repaired nothing again, so it is not counted (its link stays)."""
    earlier = aliased(WorkOrder)
    # "+ 0": SQLite keeps no statistics, and would otherwise start from every order these people
    # ever had (hundreds of thousands) rather than from the span's orders (ix_work_orders_created_at).
    return (select(earlier.technician_id, WorkOrder.number, calendar.month_of(WorkOrder.created_at))
            .select_from(WorkOrder).join(earlier, earlier.id == WorkOrder.repeat_of_id)
            .where(WorkOrder.created_at >= calendar.start, WorkOrder.created_at < calendar.end,
                   (earlier.technician_id + 0).in_(ids), WorkOrder.state != WorkOrderState.CANCELLED)
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
    """Upheld complaints (E3, E21), major demerits (E21), confirmed and still pending fines (E23): small
    tables. The pending fines come in the same statement as the confirmed ones (issue 8: no extra round)."""
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
    fines = s.execute(select(Fine.staff_id, Fine.id, Fine.amount, calendar.month_of_day(Fine.facts_on), Fine.status)
                      .where(Fine.staff_id.in_(ids), Fine.status.in_((FineStatus.CONFIRMED, FineStatus.SUGGESTED)),
                             Fine.facts_on >= first, Fine.facts_on < after).order_by(Fine.id))
    for staff_id, fine_id, amount, index, status in fines:
        if index is not None:
            bucket = out[(staff_id, months[index])]
            (bucket.fines if status is FineStatus.CONFIRMED else bucket.pending_fines).append((fine_id, amount))
