"""An on-site order's visits (S3, E23, E24): the times a form gives checked, which visit a new record belongs
to, the latest one corrected in place, and the visits in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Staff, WorkOrder, WorkOrderVisit
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import field_checks as check

# Rule S3: visit times are typed at minute precision on counters whose clocks differ a little.
CLOCK_TOLERANCE = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class VisitLine:
    """One visit as the detail panel and the service report show it."""

    technician_id: int | None  # None for a visit copied by migration 0009 from an order naming nobody
    technician: str | None  # display name
    travel_started_at: dt.datetime | None
    arrived_at: dt.datetime
    departed_at: dt.datetime | None
    called_headquarters: bool | None
    late_arrival: bool


def record(s: Session, order: WorkOrder, *, arrived_at: dt.datetime, departed_at: dt.datetime | None,
           called_headquarters: bool | None, travel_started_at: dt.datetime | None) -> WorkOrderVisit:
    """Adds or updates the current visit, in the caller's transaction, and mirrors it on the order.

    The current visit is the latest one. A record by another technician than its own (the order was
    reassigned, 改派) or arriving after it departed (a second trip, parts missing the first time) starts
    a new visit, and so does any record after it ended; anything else completes or corrects the current
    one (the departure added later, a mistyped time): the visit form shows the latest visit while it is
    under way, and saving it again must not make a copy.
    """
    visits = ordered_visits(s, order.id)
    current = visits[-1] if visits else None
    # A visit that has ended is never changed here: an arrival before its departure is refused below
    # (the visits follow each other), and a mistyped time is fixed by ``correct_latest``, whose checks
    # (signed months, fines, who may clear a fact) this path would otherwise slip past.
    if current is None or current.technician_id != order.technician_id or current.departed_at is not None:
        previous, visit = current, WorkOrderVisit(work_order_id=order.id, technician_id=order.technician_id)
        s.add(visit)
    else:
        previous, visit = (visits[-2] if len(visits) > 1 else None), current
        if travel_started_at is None:  # the form left the journey out: what was recorded stays
            travel_started_at = current.travel_started_at
    _write(order, visit, previous, arrived_at=arrived_at, departed_at=departed_at,
           called_headquarters=called_headquarters, travel_started_at=travel_started_at)
    return visit


def checked_times(now: dt.datetime, arrived_at: dt.datetime | None, departed_at: dt.datetime | None,
                  travel_started_at: dt.datetime | None) -> tuple[dt.datetime, dt.datetime | None, dt.datetime | None]:
    """The times a visit form gives, checked as a first entry and a correction both need, each with its
    field; aware (a time without a zone is the counter's local time, as the form means it)."""
    if arrived_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the arrival time."), field="arrived_at")
    arrived_at, departed_at, travel_started_at = (_aware(x) for x in (arrived_at, departed_at, travel_started_at))
    if arrived_at > now + CLOCK_TOLERANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The arrival cannot be in the future."),
                              field="arrived_at")
    check.day(arrived_at.astimezone().date(), "arrived_at")  # not before 2000
    # An arrival before the dispatch was recorded stands: a supervisor busy at the desk often
    # sends the technician by phone and clicks 派工 afterwards; refusing would make the
    # technician enter a false time and S3 would misjudge the visit.
    if departed_at is not None and departed_at < arrived_at:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The departure is before the arrival."),
                              field="departed_at")
    if departed_at is not None and departed_at > now + CLOCK_TOLERANCE:  # E23 judges the call on it
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The departure cannot be in the future."),
                              field="departed_at")
    if travel_started_at is not None and travel_started_at > arrived_at:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The journey cannot start after the arrival."),
                              field="travel_started_at")
    return arrived_at, departed_at, travel_started_at


def correct_latest(order: WorkOrder, found: list[WorkOrderVisit], *, arrived_at: dt.datetime,
                   departed_at: dt.datetime | None, called_headquarters: bool | None,
                   travel_started_at: dt.datetime | None) -> WorkOrderVisit:
    """Replaces the latest of the order's visits ``found`` (``ordered_visits``) with the times given (a time
    mistyped after the visit ended) and mirrors it on the order, in the caller's transaction. Unlike
    ``record`` it never starts a visit: a corrected arrival after the recorded departure is still the
    same trip, and an unticked set-off is removed rather than kept."""
    visit = latest_to_correct(order, found)
    _write(order, visit, found[-2] if len(found) > 1 else None, arrived_at=arrived_at, departed_at=departed_at,
           called_headquarters=called_headquarters, travel_started_at=travel_started_at)
    return visit


def latest_to_correct(order: WorkOrder, found: list[WorkOrderVisit]) -> WorkOrderVisit:
    """The latest visit, refused when there is none or it is not by the order's technician: after a
    reassignment (改派) it is the other technician's evidence (E23, E24), not this one's to correct."""
    if not found or found[-1].technician_id != order.technician_id:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "There is no visit by this order's technician to correct."), field="arrived_at")
    return found[-1]


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    return moment.astimezone() if moment is not None and moment.tzinfo is None else moment


def ordered_visits(s: Session, order_id: int) -> list[WorkOrderVisit]:
    return list(s.scalars(select(WorkOrderVisit).where(WorkOrderVisit.work_order_id == order_id)
                          .order_by(WorkOrderVisit.arrived_at, WorkOrderVisit.id)))


def _write(order: WorkOrder, visit: WorkOrderVisit, previous: WorkOrderVisit | None, *, arrived_at: dt.datetime,
           departed_at: dt.datetime | None, called_headquarters: bool | None,
           travel_started_at: dt.datetime | None) -> None:
    """The visit's times, its lateness judged as on a first entry, and the order's mirror of it."""
    if previous is not None:
        ended = previous.departed_at or previous.arrived_at
        if arrived_at <= ended:  # visits follow each other: the order of the evidence (E24)
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "This visit must arrive after the previous visit ended ({time})."),
                field="arrived_at", time=ended.astimezone().strftime("%Y-%m-%d %H:%M"))
    visit.travel_started_at, visit.arrived_at = travel_started_at, arrived_at
    visit.departed_at, visit.called_headquarters = departed_at, called_headquarters
    # S3: the customer asked for a time for the first arrival only; a later visit (another technician
    # after a reassignment, a second trip for parts) has no time asked of it, so it is never "late".
    visit.late_arrival = previous is None and order.required_arrival_at is not None \
        and arrived_at > order.required_arrival_at
    # The order's columns mirror the latest visit: the listings (the OVERDUE queue), the survey, the
    # service report and older readers go on reading them. The facts of every visit, the first one's
    # lateness included, are in work_order_visits, and the evaluation and the fines read them there.
    order.travel_started_at, order.arrived_at = visit.travel_started_at, visit.arrived_at
    order.departed_at, order.called_headquarters = visit.departed_at, visit.called_headquarters
    order.late_arrival, order.visit_technician_id = visit.late_arrival, visit.technician_id


def visits_of(s: Session, order_id: int) -> tuple[VisitLine, ...]:
    """The order's visits in the order they were made, with who made each (one statement)."""
    rows = s.execute(select(WorkOrderVisit, Staff.display_name)
                     .outerjoin(Staff, Staff.id == WorkOrderVisit.technician_id)
                     .where(WorkOrderVisit.work_order_id == order_id)
                     .order_by(WorkOrderVisit.arrived_at, WorkOrderVisit.id))
    return tuple(VisitLine(v.technician_id, name, v.travel_started_at, v.arrived_at, v.departed_at, v.called_headquarters,
                           v.late_arrival) for v, name in rows)


def visit_records(orders: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """For the bulk writers of sample and benchmark data, which write orders' columns directly: each
    order's recorded visit as a work_order_visits record (``@work_order`` resolved once it is inserted)."""
    return [{"@work_order": o, "technician_id": o.get("visit_technician_id") or o.get("technician_id"),
             "travel_started_at": o.get("travel_started_at"), "arrived_at": o["arrived_at"],
             "departed_at": o.get("departed_at"), "called_headquarters": o.get("called_headquarters"),
             "late_arrival": bool(o.get("late_arrival")), "created_at": o.get("departed_at") or o["arrived_at"]}
            for o in orders if o.get("arrived_at") is not None]
