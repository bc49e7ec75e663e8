"""Who may correct or withdraw a claim, and when (受理单更正, 撤销受理): the refusals, each a message.

The decisions are listed in ``services.claim_corrections``; the service asks these before it writes, and
the claims tab shows the same refusals as its buttons' tooltips.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission, allows
from desktop_app.core.vocabulary import ClaimStatus, Remedy
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import Claim, WorkOrder, WorkOrderPart
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.intake_forms import NEEDS_WORK_ORDER

# An order in these states has finished its work: the claim is no longer corrected or withdrawn.
_FINISHED = frozenset({S.REPAIRED, S.READY_FOR_PICKUP, S.SHIPPED_BACK, S.CLOSED})
# Past diagnosis (W11): the bench acts on the decision.
_PAST_DIAGNOSIS = frozenset({S.AWAITING_APPROVAL, S.AWAITING_PARTS, S.REPAIRING}) | _FINISHED


def claim_or_refuse(s: Session, claim_id: int) -> Claim:
    claim = s.get(Claim, claim_id) if 0 < claim_id <= 2**31 - 1 else None
    if claim is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This claim no longer exists."), field=None)
    return claim


def orders_of(s: Session, claim_id: int) -> list[WorkOrder]:
    return list(s.scalars(select(WorkOrder).where(WorkOrder.claim_id == claim_id).order_by(WorkOrder.id)))


def parts_issued(s: Session, orders: list[WorkOrder]) -> WorkOrder | None:
    """The first order with a part issued from stock (D9), if any."""
    ids = [o.id for o in orders]
    found = s.scalar(select(WorkOrderPart.work_order_id).where(
        WorkOrderPart.work_order_id.in_(ids), WorkOrderPart.stock_movement_id.is_not(None))
        .order_by(WorkOrderPart.work_order_id).limit(1)) if ids else None
    return next((o for o in orders if o.id == found), None)


def may_act(actor: Actor, claim: Claim) -> bool:
    return allows(actor.role, Permission.CLAIMS_CORRECT_ANY) or (
        claim.created_by_id == actor.staff_id and allows(actor.role, Permission.CLAIMS_INTAKE))


def over_refusal(claim: Claim, orders: list[WorkOrder], *, withdrawing: bool) -> ValidationError | None:
    """What stops any change to the claim: it is over, or an order's work is done."""
    finished = next((o for o in orders if o.state in _FINISHED), None)
    if claim.status is ClaimStatus.COMPLETED:
        template = (QT_TRANSLATE_NOOP("Errors", "Claim {number} is completed: it can no longer be withdrawn.")
                    if withdrawing else
                    QT_TRANSLATE_NOOP("Errors", "Claim {number} is completed: it can no longer be corrected."))
    elif claim.status is ClaimStatus.CANCELLED:
        template = (QT_TRANSLATE_NOOP("Errors", "Claim {number} is cancelled: it can no longer be withdrawn.")
                    if withdrawing else
                    QT_TRANSLATE_NOOP("Errors", "Claim {number} is cancelled: it can no longer be corrected."))
    elif finished is not None:
        template = (QT_TRANSLATE_NOOP("Errors", "Work order {order} is already repaired or finished: claim {number} "
                                                "can no longer be withdrawn. Close the order when the unit is handed back.")
                    if withdrawing else
                    QT_TRANSLATE_NOOP("Errors", "Work order {order} is already repaired or finished: claim {number} "
                                                "can no longer be corrected."))
    else:
        return None
    return ValidationError(template, field="status", number=claim.number,
                           order=finished.number if finished is not None else "")


def correct_refusal(s: Session, actor: Actor, claim: Claim, orders: list[WorkOrder]) -> ValidationError | None:
    if not may_act(actor, claim):
        return ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Only the operator who took claim {number} in, a supervisor or the general manager may "
                      "correct it."), field=None, number=claim.number)
    return over_refusal(claim, orders, withdrawing=False)


def withdraw_refusal(s: Session, actor: Actor, claim: Claim, orders: list[WorkOrder],
                      today: dt.date) -> ValidationError | None:
    if not allows(actor.role, Permission.CLAIMS_CORRECT_ANY) and not (
            may_act(actor, claim) and claim.claim_date == today):
        return ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Only the operator who took claim {number} in, on the day it was taken in, a supervisor or "
                      "the general manager may withdraw it."), field=None, number=claim.number)
    if (refusal := over_refusal(claim, orders, withdrawing=True)) is not None:
        return refusal
    issued = parts_issued(s, orders)
    if issued is not None:
        return ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Parts were issued to work order {order} (D9): the claim can no longer be withdrawn."),
            field="status", order=issued.number)
    return None


def check_decision_change(s: Session, actor: Actor, claim: Claim, orders: list[WorkOrder], chosen: Remedy) -> None:
    """Raises when a correction may not change the warranty decision (services.claim_corrections' docstring)."""
    if (claim.decision_detail or {}).get("settlement") or claim.approved_by_id is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The decision of this claim was agreed in a negotiation (W8) or approved as a return (W9): "
                      "a correction may not change it. Withdraw the claim and take it in again."), field="sale_date")
    if (chosen in NEEDS_WORK_ORDER) != (claim.decision in NEEDS_WORK_ORDER):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The correction would change the remedy between a return or negotiation and repair work: "
                      "withdraw the claim and take it in again."), field="requested_remedy")
    if allows(actor.role, Permission.CLAIMS_CORRECT_ANY):
        return
    acted = next((o for o in orders if o.cause_class is not None or o.state in _PAST_DIAGNOSIS), None)
    acted = acted or parts_issued(s, orders)
    if acted is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The correction changes the warranty decision, and work order {order} is past diagnosis or "
                      "has parts issued: only a supervisor or the general manager may make it."),
            field="sale_date", order=acted.number)
