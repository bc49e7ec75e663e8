"""Survey entry at the desk (rule E17): one per work order, re-entry edits it, audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError

from desktop_app.core.permissions import Permission
from desktop_app.core.surveys import validate_scores
from desktop_app.core.vocabulary import WorkOrderState
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Customer, Survey, WorkOrder
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services import field_checks as check
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require

# A survey is filled once the work is done: at pickup, shipping back or after the visit.
_SURVEYABLE = {WorkOrderState.REPAIRED, WorkOrderState.READY_FOR_PICKUP, WorkOrderState.SHIPPED_BACK,
               WorkOrderState.CLOSED}


@dataclass(frozen=True)
class UnreturnedSurvey:
    work_order_id: int
    number: str
    customer: str
    phone: str
    closed_at: dt.datetime | None


class SurveyService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def enter(self, actor: Actor, work_order_number: str, scores: dict[str, int], comment: str = "",
              customer_name: str = "", filled_on: dt.date | None = None) -> bool:
        """Saves the paper survey; returns True when it replaced an earlier entry."""
        require(actor, Permission.SURVEYS_ENTER)
        clean = validate_scores(scores, comment)
        comment_text = check.text(comment, "comment", Survey.comment)
        name = check.text(customer_name, "customer_name", Survey.customer_name)
        today = self._clock().astimezone().date()
        with self._sessions.write() as s, s.begin():
            order = s.scalar(select(WorkOrder).where(WorkOrder.number == work_order_number.strip()))
            if order is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no work order “{number}”."),
                                      field="work_order", number=work_order_number.strip())
            if order.state not in _SURVEYABLE:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The work on this order is not finished yet."),
                                      field="work_order")
            # Filled in once the work was done (E17), and not in the future. On a visit the customer may
            # fill it in on site before the order is marked repaired back at the office: from the arrival.
            times = [t for t in (order.arrived_at, order.completed_at) if t is not None]
            done = min(times).astimezone().date() if times else check.EARLIEST_DAY
            day = check.day(filled_on or today, "filled_on", earliest=min(done, today), latest=today)
            survey = s.scalar(select(Survey).where(Survey.work_order_id == order.id))
            values = {"scores": clean, "overall": clean["overall"], "comment": comment_text,
                      "customer_name": name, "filled_on": day}
            if survey is None:
                survey = Survey(work_order_id=order.id, entered_by_id=actor.staff_id, **values)
                try:  # another desk may be entering the same paper survey at this very instant
                    with s.begin_nested():
                        s.add(survey)
                        s.flush()
                except IntegrityError:
                    # Its entry committed first: this one replaces it, exactly as if the two desks had
                    # saved one after the other (as they do on SQLite), and the user is told "replaced".
                    survey = s.scalar(select(Survey).where(Survey.work_order_id == order.id))
                    if survey is None:
                        raise  # some other constraint: not the race this is about
                else:
                    audit_trail.record(s, actor, "survey", survey.id, "create", audit_trail.created_values(survey))
                    return False
            for key, value in values.items():
                setattr(survey, key, value)
            audit_trail.record(s, actor, "survey", survey.id, "update", audit_trail.changes_of(survey))
            return True

    def unreturned(self, actor: Actor, limit: int = 200) -> list[UnreturnedSurvey]:
        """Closed orders whose customer has not returned a survey, newest first (to chase)."""
        require(actor, Permission.SURVEYS_ENTER)
        with self._sessions.read() as s:
            rows = s.execute(
                select(WorkOrder.id, WorkOrder.number, Customer.name, Customer.phone, WorkOrder.closed_at)
                .join(Customer, WorkOrder.customer_id == Customer.id)
                # NOT EXISTS, not an outer join's NULL: PostgreSQL then knows how many are left (it
                # expected one row, sorted all 520,000 at a million orders: 2 s) and walks the state
                # index newest first, as SQLite does, to the first 200 (migration 0017).
                .where(WorkOrder.state == WorkOrderState.CLOSED, ~exists().where(Survey.work_order_id == WorkOrder.id))
                .order_by(WorkOrder.closed_at.desc(), WorkOrder.id.desc()).limit(limit)
            )
            return [UnreturnedSurvey(*row) for row in rows]
