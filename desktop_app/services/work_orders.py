"""Work-order life cycle: dispatch and hand-over, moves, service report, closing and cancelling (E1, E17, E23)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import quote_rules
from desktop_app.core.permissions import Permission, allows
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimStatus, WorkOrderState
from desktop_app.core.work_order_flow import (
    OPEN_STATES,
    REPORT_FIELDS,
    ServiceReport,
    check_reassignable,
    missing_report_fields,
    plan_move,
)
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Staff, WorkOrder, WorkOrderEvent, WorkOrderPart
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services import field_checks as check
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.concurrency import check_version

Clock = Callable[[], dt.datetime]


class IncompleteReport(ValidationError):
    """Closing refused: the service report lacks the named parts (rule E17)."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The service report is incomplete: {missing}."),
                         field=missing[0], missing=", ".join(REPORT_FIELDS[m] for m in missing))
        self.missing = missing

    def render(self, translate=lambda context, text: text) -> str:  # type: ignore[no-untyped-def]
        # The list separator is the interface language's: 「、」 in Chinese, ", " in English.
        names = translate("Errors", QT_TRANSLATE_NOOP("Errors", ", ")).join(
            translate("Errors", REPORT_FIELDS[m]) for m in self.missing)
        return translate("Errors", self.template).format(missing=names)


_LARGEST_ID = 2**31 - 1  # PostgreSQL's INTEGER


def load_order(s: Session, order_id: int, expected_version: int | None = None) -> WorkOrder:
    """The order, refused if it changed since the user loaded ``expected_version`` (optimistic lock)."""
    # An id no INTEGER column holds (a stale or hand-made reference) is no order, not a database error.
    order = s.get(WorkOrder, order_id) if 0 < order_id <= _LARGEST_ID else None
    if order is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order no longer exists."), field=None)
    check_version(s, order, expected_version, "work_order")
    return order


def move(s: Session, actor: Actor, order: WorkOrder, target: WorkOrderState, note: str | None = None,
         *, now: dt.datetime, permission_checked: bool = False) -> None:
    """One checked, recorded and audited state change (the only way an order's state changes).

    ``permission_checked``: the caller already required a right of its own for this move (the
    customer's answer to a quote moves the order for whoever may record that answer)."""
    planned = plan_move(order.state, target, is_assignee=order.technician_id == actor.staff_id)
    if not permission_checked:
        require(actor, planned.permission)
    # E10/E11: here, not in a screen, so no path (set_state, parts, a visit) repairs a paid unit unquoted.
    with s.no_autoflush:  # loading the claim must not flush: callers audit their pending changes after the move
        refusal = quote_rules.move_refusal(paid_repair(order), order.quote_accepted, target)
    if refusal is not None:
        raise ValidationError(refusal, field="quote")
    order.state = target
    if target is WorkOrderState.REPAIRED and order.completed_at is None:
        order.completed_at = now
    s.add(WorkOrderEvent(work_order_id=order.id, from_state=planned.source, to_state=target,
                         by_id=actor.staff_id, at=now, note=note))
    audit_trail.record(s, actor, "work_order", order.id, "state_change",
                       {"state": {"old": planned.source.value, "new": target.value}, "note": note})


def paid_repair(order: WorkOrder) -> bool:
    """W5, W11: the order's claim is now judged a paid repair, so the customer's quote governs the work."""
    claim = order.claim
    return quote_rules.paid_repair(claim is not None, claim.decision if claim else None, order.final_decision)


def require_work(actor: Actor, order: WorkOrder) -> None:
    """Technicians work on their own orders; working on someone else's needs the supervisor's right."""
    own = order.technician_id == actor.staff_id
    require(actor, Permission.WORK_ORDERS_WORK_OWN if own else Permission.WORK_ORDERS_WORK_ANY)


def require_customer_answer(actor: Actor, order: WorkOrder) -> None:
    """The desk and the supervisor record what the customer said; a technician on their own order too."""
    if allows(actor.role, Permission.CUSTOMER_ANSWERS):
        return
    if order.technician_id == actor.staff_id and allows(actor.role, Permission.WORK_ORDERS_WORK_OWN):
        return
    require(actor, Permission.CUSTOMER_ANSWERS)


def _assignable(s: Session, technician_id: int) -> Staff:
    """An active technician or supervisor (rule E1: the supervisor may take an order himself)."""
    technician = s.get(Staff, technician_id) if 0 < technician_id <= _LARGEST_ID else None
    if technician is None or not technician.active or technician.role not in (Role.TECHNICIAN, Role.SUPERVISOR):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose an active technician."), field="technician")
    return technician


def _hand_over(s: Session, actor: Actor, order: WorkOrder, technician: Staff, reason: str | None,
               now: dt.datetime) -> None:
    """The order changes hands, its state does not: audited, and a history line says who had it when."""
    before = order.technician_id
    if before == technician.id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order is already assigned to {name}."),
                              field="technician", name=technician.display_name)
    if order.state is WorkOrderState.DISPATCHED:  # nobody started: the new technician's clock starts now
        order.dispatched_by_id, order.dispatched_at = actor.staff_id, now
    order.technician_id = technician.id
    previous = s.scalar(select(Staff.display_name).where(Staff.id == before)) if before is not None else None
    # Names and the reason only, no words of ours: the history shows the stored note in any language.
    note = f"{previous or '?'} → {technician.display_name}" + (f": {reason}" if reason else "")
    s.add(WorkOrderEvent(work_order_id=order.id, from_state=order.state, to_state=order.state,
                         by_id=actor.staff_id, at=now, note=note))
    audit_trail.record(s, actor, "work_order", order.id, "reassign",
                       {"technician_id": {"old": before, "new": technician.id}, "reason": reason})


class WorkOrderService:
    def __init__(self, sessions: SessionFactory, clock: Clock = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def dispatch(self, actor: Actor, order_id: int, technician_id: int, *, expected_version: int | None = None) -> None:
        """Rule E1: the supervisor assigns a technician; re-dispatch while dispatched reassigns."""
        require(actor, Permission.WORK_ORDERS_DISPATCH)
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            technician = _assignable(s, technician_id)
            now = self._clock()
            if order.state is WorkOrderState.DISPATCHED:  # reassignment before the work starts
                if technician.id != order.technician_id:  # the same choice again changes nothing
                    _hand_over(s, actor, order, technician, None, now)
                return
            order.technician_id, order.dispatched_by_id, order.dispatched_at = technician.id, actor.staff_id, now
            move(s, actor, order, WorkOrderState.DISPATCHED, technician.display_name, now=now)

    def reassign(self, actor: Actor, order_id: int, technician_id: int, reason: str, *,
                 expected_version: int | None = None) -> None:
        """Rules E1, E16, E17, E23: the supervisor hands an order still being worked on to another
        technician (the first left, is ill or overloaded), saying why; the state stays. From then on
        the completion, the service report and the survey are the new technician's."""
        require(actor, Permission.WORK_ORDERS_DISPATCH)
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the hand-over."), field="reason")
        why = check.text(reason, "reason")
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            check_reassignable(order.state)
            _hand_over(s, actor, order, _assignable(s, technician_id), why, self._clock())

    def set_state(self, actor: Actor, order_id: int, target: WorkOrderState, note: str | None = None, *,
                  expected_version: int | None = None) -> None:
        """Plain moves (start diagnosis, repairing, repaired, ready for pickup, shipped back)."""
        if target in (WorkOrderState.CLOSED, WorkOrderState.CANCELLED, WorkOrderState.DISPATCHED):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Use dispatch, close or cancel for this."), field="state")
        with self._sessions.write() as s, s.begin():
            move(s, actor, load_order(s, order_id, expected_version), target, note, now=self._clock())

    def record_report(self, actor: Actor, order_id: int, *, fault_cause: str, solution: str,
                      customer_opinion: str, no_parts: bool = False, expected_version: int | None = None) -> list[str]:
        """Saves the service report (E17); returns what is still missing for closing."""
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            require_work(actor, order)
            order.report_fault_cause = fault_cause.strip() or None
            order.report_solution = solution.strip() or None
            order.report_customer_opinion = customer_opinion.strip() or None
            order.report_no_parts = no_parts
            changes = audit_trail.changes_of(order)
            if changes:
                audit_trail.record(s, actor, "work_order", order.id, "service_report", changes)
            return missing_report_fields(self._report(s, order))

    def record_customer_opinion(self, actor: Actor, order_id: int, opinion: str, *,
                                expected_version: int | None = None) -> list[str]:
        """The customer's opinion of the service (E17), heard at the counter at pickup."""
        if not opinion.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write down what the customer said."),
                                  field="customer_opinion")
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            require_customer_answer(actor, order)
            if order.state in (WorkOrderState.CLOSED, WorkOrderState.CANCELLED):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order is already finished."),
                                      field="state")
            order.report_customer_opinion = opinion.strip()
            changes = audit_trail.changes_of(order)
            if changes:
                audit_trail.record(s, actor, "work_order", order.id, "customer_opinion", changes)
            return missing_report_fields(self._report(s, order))

    def close(self, actor: Actor, order_id: int, *, expected_version: int | None = None) -> None:
        """Closing needs the complete service report; the claim completes with its last order."""
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            missing = missing_report_fields(self._report(s, order))
            if missing:
                raise IncompleteReport(missing)
            now = self._clock()
            move(s, actor, order, WorkOrderState.CLOSED, now=now)
            order.closed_at = now
            order.completed_at = order.completed_at or now
            self._complete_claim(s, actor, order)

    def cancel(self, actor: Actor, order_id: int, reason: str, *, expected_version: int | None = None) -> None:
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for cancelling."), field="reason")
        with self._sessions.write() as s, s.begin():
            order = load_order(s, order_id, expected_version)
            cancel_order(s, actor, order, reason.strip(), now=self._clock())
            self._end_claim(s, actor, order)

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _report(s: Session, order: WorkOrder) -> ServiceReport:
        has_parts = s.scalar(select(WorkOrderPart.id).where(
            WorkOrderPart.work_order_id == order.id, WorkOrderPart.stock_movement_id.is_not(None)).limit(1))
        return ServiceReport(order.report_fault_cause, order.report_solution, order.report_customer_opinion,
                             parts_recorded=order.report_no_parts or has_parts is not None)

    @staticmethod
    def _complete_claim(s: Session, actor: Actor, order: WorkOrder) -> None:
        if order.claim_id is None:
            return
        still_open = s.scalar(select(WorkOrder.id).where(
            WorkOrder.claim_id == order.claim_id, WorkOrder.id != order.id,
            WorkOrder.state.in_(sorted(OPEN_STATES))).limit(1))
        claim = s.get(Claim, order.claim_id)
        if still_open is None and claim is not None and claim.status is not ClaimStatus.COMPLETED:
            claim.status = ClaimStatus.COMPLETED
            audit_trail.record(s, actor, "claim", claim.id, "complete", audit_trail.changes_of(claim))

    @staticmethod
    def _end_claim(s: Session, actor: Actor, order: WorkOrder) -> None:
        """The claim's last open order cancelled: nothing more is done on the claim. It is completed when
        another of its orders was closed (as closing that order would have made it, had it been last), else
        cancelled (the monthly report counts no return of a cancelled claim, W9)."""
        if order.claim_id is None:
            return
        others = set(s.scalars(select(WorkOrder.state).where(
            WorkOrder.claim_id == order.claim_id, WorkOrder.id != order.id)))
        claim = s.get(Claim, order.claim_id)
        if claim is None or claim.status not in (ClaimStatus.OPEN, ClaimStatus.IN_PROGRESS) or others & OPEN_STATES:
            return
        claim.status = ClaimStatus.COMPLETED if WorkOrderState.CLOSED in others else ClaimStatus.CANCELLED
        action = "complete" if claim.status is ClaimStatus.COMPLETED else "cancel"
        audit_trail.record(s, actor, "claim", claim.id, action,
                           {**audit_trail.changes_of(claim), "work_order_id": order.id, "reason": order.cancel_reason})


def cancel_order(s: Session, actor: Actor, order: WorkOrder, reason: str, *, now: dt.datetime,
                 permission_checked: bool = False) -> None:
    """An open order cancelled with its reason: the checked, recorded and audited move (the claim is the
    caller's: ``WorkOrderService.cancel`` ends it with its last order, a claim's withdrawal cancels it)."""
    if order.state not in OPEN_STATES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order is already finished."), field="state")
    move(s, actor, order, WorkOrderState.CANCELLED, reason, now=now, permission_checked=permission_checked)
    order.cancel_reason = reason
