"""W8: how the negotiation of an escalated claim ended, settled by a supervisor or the manager.

An escalated claim is taken in without a work order (its outcome is "negotiated"), so until it is
settled it stays open, and in the overdue list (S3), for ever. Settling it records the outcome with a
mandatory note, in one transaction with its audit entry:

* repair (free or paid, as the supervisor states) or exchange: the claim is judged again as a
  supervisor's override of the tier (W10) whose written reason is the settlement's note, and gets its
  work order as intake opens one. Downstream code (the diagnosis' re-judgement, parts charges, the
  monthly report, the receipt) reads an overridden claim already; a claim both escalated and
  overridden is refused by the judge, so the escalation note moves into the claim's decision detail.
* refund: a return (W9), which only the general manager approves: settled by the manager it is
  approved at once, and the desk closes it with "Complete return" once the money is paid back.
* closed without service: the claim is completed, its outcome stays "negotiated".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, Remedy
from desktop_app.core.warranty import ESCALATED_REASON  # the judge's own text, not a copy
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Customer, Unit
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, final_judgement
from desktop_app.services import intake_writes as writes
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.claims import counter_day, decision_detail, refusal_arrival
from desktop_app.services.concurrency import check_version
from desktop_app.services.intake_forms import NEEDS_WORK_ORDER

# Settling decides the customer's remedy as a tier override does (W10): the supervisor's power, and
# the manager's (who has every permission). No new permission in the role matrix.
SETTLE = Permission.CLAIMS_OVERRIDE_TIER


class Outcome(StrEnum):
    REPAIR = "repair"
    EXCHANGE = "exchange"
    REFUND = "refund"
    CLOSED = "closed"  # closed without service


@dataclass(frozen=True)
class Negotiation:
    """An escalated claim as the settling dialog shows it."""

    claim_id: int
    number: str
    customer_name: str
    product_model: str
    serial: str
    escalation_note: str
    on_site: bool  # an on-site request: a repair or exchange asks for the arrival time (S3)
    version: int  # the claim's row_version, for the optimistic lock


@dataclass(frozen=True)
class Settled:
    claim_id: int
    number: str
    outcome: Outcome
    decision: Remedy
    status: ClaimStatus
    work_order_number: str | None


_NOT_SETTLEABLE = QT_TRANSLATE_NOOP("Errors", "Only an escalated claim that is still open can be settled (W8).")


class NegotiationService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def negotiation(self, actor: Actor, claim_id: int) -> Negotiation:
        require(actor, SETTLE)
        with self._sessions.read() as s:
            claim = _settleable(s, claim_id)
            customer, unit = s.get(Customer, claim.customer_id), s.get(Unit, claim.unit_id)
            return Negotiation(claim.id, claim.number, customer.name if customer else "",
                               unit.product.model if unit else "", unit.serial if unit else "",
                               claim.decision_note or "", claim.channel is ClaimChannel.ON_SITE_REQUEST,
                               claim.row_version)

    def settle(self, actor: Actor, claim_id: int, outcome: Outcome, note: str, expected_version: int | None, *,
               paid: bool | None = None, required_arrival_at: dt.datetime | None = None) -> Settled:
        """Records how the negotiation ended (rule W8); ``paid`` says whether a repair is charged."""
        require(actor, SETTLE)
        outcome = Outcome(outcome)
        if outcome is Outcome.REFUND:
            require(actor, Permission.RETURNS_APPROVE)  # rule W9: every return is the manager's
        note = (note or "").strip()
        if not note:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Write in the note what was agreed with the customer (W8)."), field="note")
        if outcome is Outcome.REPAIR and paid is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say whether the repair is free or paid."),
                                  field="paid")
        remedy = {Outcome.REPAIR: Remedy.PAID_REPAIR if paid else Remedy.FREE_REPAIR, Outcome.EXCHANGE: Remedy.EXCHANGE,
                  Outcome.REFUND: Remedy.RETURN, Outcome.CLOSED: Remedy.NEGOTIATED}[outcome]
        now = self._clock()
        with self._sessions.write() as s, s.begin():
            claim = _settleable(s, claim_id)
            check_version(s, claim, expected_version, "claim")
            arrival = None
            if remedy in NEEDS_WORK_ORDER and claim.channel is ClaimChannel.ON_SITE_REQUEST:
                arrival = refusal_arrival(required_arrival_at, now)  # rule S3, intake's checks and wording
            settlement = {"outcome": outcome.value, "note": note, "escalated_note": claim.decision_note,
                          "by": actor.username, "at": now.isoformat()}
            detail = {**(claim.decision_detail or {}), "settlement": settlement}
            # No flush before the audit diff is taken (the re-judgement reads): it would reset the history.
            with s.no_autoflush:
                if outcome is Outcome.CLOSED:
                    claim.status = ClaimStatus.COMPLETED
                else:
                    detail = _judged_as_agreed(s, claim, remedy, note, actor, detail)
                if remedy is Remedy.RETURN:  # settled by the general manager: approved (W9), refunded at the desk
                    claim.approved_by_id, claim.approved_at = actor.staff_id, now
                    claim.status = ClaimStatus.IN_PROGRESS
                claim.decision_detail = detail
                changes = audit_trail.changes_of(claim)
            changes.pop("decision_detail", None)  # its settlement is the outcome and note below
            changes.update(outcome=outcome.value, note=note)
            audit = writes.PendingAudit(actor)
            audit.add("claim", claim.id, "settle_negotiation", changes)
            order = None
            if remedy in NEEDS_WORK_ORDER:
                order = writes.open_work_order(s, audit, claim.id, claim.customer_id, claim.unit_id, claim.channel,
                                               counter_day(now), required_arrival_at=arrival)
            audit.flush(s)
            return Settled(claim.id, claim.number, outcome, claim.decision, claim.status, order)


def _settleable(s: Session, claim_id: int) -> Claim:
    claim = s.get(Claim, claim_id)
    if (claim is None or claim.decision is not Remedy.NEGOTIATED or not claim.decision_note
            or claim.status is not ClaimStatus.OPEN):
        raise ValidationError(_NOT_SETTLEABLE, field=None)
    return claim


def _judged_as_agreed(s: Session, claim: Claim, remedy: Remedy, note: str, actor: Actor,
                      detail: dict[str, object]) -> dict[str, object]:
    """The claim judged again from its intake facts under its policy version (W12), the agreed remedy
    as a supervisor's override (W10) with the settlement's note as its reason; the new decision detail."""
    claim.decision_note = None  # kept in the detail's settlement: a claim is escalated or overridden
    claim.override_reason, claim.override_by_id = note, actor.staff_id
    claim.offered_remedies = [remedy.value]  # the override's tier, as rejudged() reads it
    decision = final_judgement.rejudged(s, claim, None)  # type: ignore[arg-type]  # None: not diagnosed
    claim.decision, claim.cost_bearer = remedy, decision.cost_bearer
    claim.offered_remedies = [r.value for r in decision.offered]
    judged = decision_detail(decision)
    judged.pop("centre_received_date")  # intake's fact (D11), kept as it was stored
    judged["reasons"] = [ESCALATED_REASON, *judged["reasons"]]  # type: ignore[misc]
    return {**detail, **judged}
