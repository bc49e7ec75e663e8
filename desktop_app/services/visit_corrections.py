"""Correcting the latest on-site visit's times (S3, E23, E24): the same row, audited with the old and new
times; signed months left as signed; who may clear a fined fact; the fines of the facts that changed follow."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import FineReason, FineStatus
from desktop_app.db.models import Fine, SignedEvaluationMonth, Staff, WorkOrder, WorkOrderVisit
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services import work_order_visits as visits
from desktop_app.services.actor import Actor
from desktop_app.services.assessment import rule_set_in_force
from desktop_app.services.authorization import require

AUDIT_ACTION = "correct_visit"  # on the work order, with the visit's id and each changed time's old and new
_KEPT = ("travel_started_at", "arrived_at", "departed_at", "called_headquarters", "late_arrival")

Facts = dict[FineReason, dt.date]  # the visit's E23 facts and the day each falls on


def correct(s: Session, actor: Actor, order: WorkOrder, *,
            arrived_at: dt.datetime, departed_at: dt.datetime | None, called_headquarters: bool | None,
            travel_started_at: dt.datetime | None) -> WorkOrderVisit:
    """In the caller's transaction, after ``require_work`` (whoever may record the visit may correct a
    mistyped time, as the visit form always let them while it was under way)."""
    found = visits.ordered_visits(s, order.id)
    visit = visits.latest_to_correct(order, found)
    old = {key: getattr(visit, key) for key in _KEPT}
    old_facts = _facts(visit)
    visits.correct_latest(order, found, arrived_at=arrived_at, departed_at=departed_at,
                          called_headquarters=called_headquarters, travel_started_at=travel_started_at)
    # Taken now: the queries below flush the session, and the old values with it.
    changes: dict[str, Any] = {"visit_id": visit.id, **audit_trail.changes_of(visit)}
    if len(changes) == 1:
        return visit  # saved unchanged: nothing to audit
    new = {key: getattr(visit, key) for key in _KEPT}
    if visit.technician_id is not None:
        _refuse_signed_months(s, visit.technician_id, old, new)
        new_facts = _facts(visit)
        _require_right_to_clear(actor, visit, old_facts, new_facts)
        _follow_fines(s, actor, order, visit.technician_id, old_facts, new_facts, visit.id)
    audit_trail.record(s, actor, "work_order", order.id, AUDIT_ACTION, changes)
    return visit


def _facts(visit: WorkOrderVisit) -> Facts:
    """What E23 fines on this visit, on the day suggest_fines dates it (assessment._day_of_the_facts):
    the late arrival on the arrival, the missed call on the departure (the arrival without one)."""
    facts: Facts = {}
    if visit.late_arrival:
        facts[FineReason.LATE_ARRIVAL] = _day(visit.arrived_at)
    if visit.called_headquarters is False:
        facts[FineReason.LEFT_WITHOUT_CALLING_HQ] = _day(visit.departed_at or visit.arrived_at)
    return facts


def _day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()  # the counter's day, as the fines and the evaluation count days


def _refuse_signed_months(s: Session, staff_id: int, old: dict[str, Any], new: dict[str, Any]) -> None:
    """E24: a signed sheet never changes. Its fines entered later are carried to the next unsigned month
    (补记), but the evaluation reads a month's arrivals from the visits themselves: a visit corrected in a
    signed month would change the signed figures, and carrying the correction instead needs a record of
    the visit as signed, which the schema does not have. So the correction is refused, naming the month."""
    fields = {}
    for key in ("arrived_at", "departed_at"):
        for moment in (old[key], new[key]):
            if moment is not None:
                fields.setdefault(_day(moment).replace(day=1), key)
    signed = s.scalars(select(SignedEvaluationMonth.month).where(
        SignedEvaluationMonth.staff_id == staff_id, SignedEvaluationMonth.month.in_(list(fields)))
        .order_by(SignedEvaluationMonth.month)).first()
    if signed is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The evaluation sheet of {name} for {month} is already signed: a visit of that month can "
                      "no longer be corrected (E24)."),
            field=fields[signed], name=s.get(Staff, staff_id).display_name, month=f"{signed:%Y-%m}")


def _require_right_to_clear(actor: Actor, visit: WorkOrderVisit, old: Facts, new: Facts) -> None:
    """A correction that takes away a fined fact (late no more, the call made after all) takes away the
    evidence of a fine (E23, E24): the supervisor who decides the fines makes it, never on his own visit,
    as he never decides his own fine (assessment.decide_fine)."""
    cleared = [reason for reason in old if reason not in new]
    if not cleared:
        return
    field = "arrived_at" if FineReason.LATE_ARRIVAL in cleared else "departed_at"
    require(actor, Permission.FINES_RECORD)
    if visit.technician_id == actor.staff_id:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This is your own visit: another supervisor or the general manager must correct it so "
                      "that it is no longer late or the call to headquarters counts (E24)."), field=field)


def _follow_fines(s: Session, actor: Actor, order: WorkOrder, staff_id: int, old: Facts, new: Facts,
                  visit_id: int) -> None:
    """The fines suggested from the visit follow it as if the corrected times had been entered first: a
    fact gone withdraws its suggestion (the next run of suggest_fines suggests it again if the fact comes
    back, as for any visit), a fact moved to another day moves its fine (with that day's rule version,
    E24), and a fact that appears is suggested by the next run. A dismissed fine stays dismissed. A
    confirmed fine is a decision on the evidence: a correction that contradicts it is refused."""
    for reason, day in old.items():
        if new.get(reason) == day:
            continue
        fines = s.scalars(select(Fine).where(Fine.work_order_id == order.id, Fine.staff_id == staff_id,
                                             Fine.reason == reason, Fine.facts_on == day).order_by(Fine.id)).all()
        if any(f.status is FineStatus.CONFIRMED for f in fines):
            field = "arrived_at" if reason is FineReason.LATE_ARRIVAL else "departed_at"
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A confirmed fine of {day} rests on this time (E23): the visit cannot be corrected so "
                          "that the fine no longer holds."), field=field, day=day.isoformat())
        for fine in fines:
            if reason in new:
                rules = rule_set_in_force(s, new[reason])
                fine.facts_on, fine.rule_set_id = new[reason], rules.id
                fine.amount = RuleTerms.from_dict(rules.rules).fines[reason]
                audit_trail.record(s, actor, "fine", fine.id, AUDIT_ACTION, audit_trail.changes_of(fine))
            elif fine.status is FineStatus.SUGGESTED:  # never decided: as if never suggested
                audit_trail.record(s, actor, "fine", fine.id, "withdraw",
                                   {**audit_trail.created_values(fine), "visit_id": visit_id})
                s.delete(fine)
