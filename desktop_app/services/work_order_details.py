"""One work order in full, for the detail view and its documents: facts, history, parts, report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.core.addresses import full_address
from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import (
    CauseClass,
    ClaimChannel,
    CostBearer,
    CustomerKind,
    PartCharge,
    Remedy,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.core.work_order_flow import allowed_targets
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import (
    AuditEntry, Claim, Customer, FaultCategory, Staff, Survey, Unit, WorkOrder, WorkOrderEvent, WorkOrderPart,
)
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import final_judgement, quote_gate, settlement_papers
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.work_order_visits import VisitLine, visits_of


@dataclass(frozen=True)
class EventLine:
    at: dt.datetime
    source: WorkOrderState | None
    target: WorkOrderState
    by: str
    note: str | None


@dataclass(frozen=True)
class PartUse:
    part_no: str
    name: str
    quantity: int
    unit_price: Decimal
    charged_to: PartCharge
    issued: bool  # False: waiting for stock

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class Settlement:
    """How the claim's negotiation was settled (W8), as stored when it was: it replaces the escalation."""

    outcome: str  # services.negotiations.Outcome's value
    note: str
    by: str  # the settler's display name
    at: dt.datetime | None


@dataclass(frozen=True)
class WorkOrderDetail:
    id: int
    number: str
    row_version: int
    kind: WorkOrderKind
    state: WorkOrderState
    next_states: tuple[WorkOrderState, ...]
    created_at: dt.datetime
    claim_number: str | None
    channel: ClaimChannel | None
    customer_kind: CustomerKind
    customer_name: str
    contact_person: str | None
    customer_phone: str
    customer_address: str | None
    product_model: str | None
    product_name: str | None
    serial: str | None
    sale_date: dt.date | None
    fault_reported: str | None
    intake_decision: Remedy | None  # as judged at intake (provisional, W11)
    final_decision: Remedy | None  # after diagnosis
    cost_bearer: CostBearer | None  # as judged at intake
    final_cost_bearer: CostBearer | None  # after this order's diagnosis (W11); the intake's until then
    decision_reasons: tuple[str, ...]
    technician_id: int | None
    technician: str | None
    fault_category: str | None  # Chinese name
    fault_category_en: str | None
    cause: CauseClass | None
    diagnosis: str | None
    quote: tuple[Decimal | None, Decimal | None, Decimal | None]  # parts, labour, travel
    quote_accepted: bool | None
    replacement_serial: str | None
    required_arrival_at: dt.datetime | None
    travel_started_at: dt.datetime | None
    arrived_at: dt.datetime | None
    departed_at: dt.datetime | None
    called_headquarters: bool | None
    late_arrival: bool
    report_fault_cause: str | None
    report_solution: str | None
    report_customer_opinion: str | None
    report_no_parts: bool
    repeat_of: str | None
    parts: tuple[PartUse, ...]
    history: tuple[EventLine, ...]
    has_survey: bool
    settlement: Settlement | None = None  # W8: a claim escalated at intake and settled since
    # Every on-site visit in order (S3, E23): the fields above mirror the latest one.
    visits: tuple[VisitLine, ...] = ()
    # E11: the quote awaiting an answer revises one the customer accepted; refused, that one stands again.
    quote_revises_accepted: bool = False

    @property
    def charges_to_customer(self) -> Decimal:
        parts = sum((p.amount for p in self.parts if p.charged_to is PartCharge.CUSTOMER), Decimal("0.00"))
        labour = (self.quote[1] or Decimal("0")) + (self.quote[2] or Decimal("0")) if self.quote_accepted else 0
        return parts + labour


class WorkOrderDetails:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def get(self, actor: Actor, ref: int | str) -> WorkOrderDetail:
        """By id, or by number as typed or scanned."""
        require(actor, Permission.WORK_ORDERS_VIEW)
        with self._sessions.read() as s:
            return _detail(s, _find(s, ref))


def _find(s: Session, ref: int | str) -> WorkOrder:
    text = str(ref).strip()
    condition = WorkOrder.number == text
    if text.isdigit():
        condition = or_(condition, WorkOrder.id == int(text))
    order = s.scalar(select(WorkOrder).where(condition).limit(1))
    if order is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no work order “{number}”."),
                              field="work_order", number=text)
    return order


def _detail(s: Session, order: WorkOrder) -> WorkOrderDetail:
    claim, customer = order.claim, s.get(Customer, order.customer_id)
    unit = s.get(Unit, order.unit_id) if order.unit_id else None
    names = {staff_id: name for staff_id, name in s.execute(select(Staff.id, Staff.display_name))}
    fault = s.get(FaultCategory, order.fault_category_id) if order.fault_category_id else None
    lines = s.execute(select(WorkOrderPart).where(WorkOrderPart.work_order_id == order.id).order_by(WorkOrderPart.id))
    parts = tuple(PartUse(w.part.part_no, w.part.name, w.quantity, w.unit_price, w.charged_to,
                          w.stock_movement_id is not None) for (w,) in lines)
    events = tuple(EventLine(e.at, e.from_state, e.to_state, names.get(e.by_id, "?"), e.note) for e in
                   s.scalars(select(WorkOrderEvent).where(WorkOrderEvent.work_order_id == order.id)
                             .order_by(WorkOrderEvent.id)))
    if not any(e.target is WorkOrderState.RECEIVED for e in events):
        events = (_received(s, order, names), *events)
    replacement = s.get(Unit, order.replacement_unit_id) if order.replacement_unit_id else None
    repeat = s.get(WorkOrder, order.repeat_of_id) if order.repeat_of_id else None
    return WorkOrderDetail(
        id=order.id, number=order.number, row_version=order.row_version, kind=order.kind, state=order.state,
        next_states=allowed_targets(order.state), created_at=order.created_at,
        claim_number=claim.number if claim else None, channel=claim.channel if claim else None,
        customer_kind=customer.kind, customer_name=customer.name, contact_person=customer.contact_person,
        customer_phone=customer.phone,
        customer_address=full_address(customer.city, customer.address),
        product_model=unit.product.model if unit else None, product_name=unit.product.name if unit else None,
        serial=unit.serial if unit else None,
        # The sale date the decision ran from (W10), not the unit's today: never a date beside "no registered sale".
        sale_date=final_judgement.claim_sale_date(claim) if claim else unit.sale_date if unit else None,
        fault_reported=claim.fault_description if claim else None,
        intake_decision=claim.decision if claim else None, final_decision=order.final_decision,
        cost_bearer=claim.cost_bearer if claim else None,
        final_cost_bearer=final_judgement.judged(
            claim.decision, claim.cost_bearer, final_judgement.overridden(claim.override_reason, claim.override_by_id),
            order.final_decision, order.cause_class).cost_bearer if claim else None,
        decision_reasons=_reasons(s, order) if claim else (), settlement=_settlement(s, claim) if claim else None,
        technician_id=order.technician_id, technician=names.get(order.technician_id),
        fault_category=fault.name_zh if fault else None, fault_category_en=fault.name_en if fault else None,
        cause=order.cause_class, diagnosis=order.diagnosis_note,
        quote=(order.quote_parts, order.quote_labour, order.quote_travel), quote_accepted=order.quote_accepted,
        replacement_serial=replacement.serial if replacement else None,
        required_arrival_at=order.required_arrival_at, travel_started_at=order.travel_started_at,
        arrived_at=order.arrived_at, departed_at=order.departed_at,
        called_headquarters=order.called_headquarters, late_arrival=order.late_arrival,
        report_fault_cause=order.report_fault_cause, report_solution=order.report_solution,
        report_customer_opinion=order.report_customer_opinion, report_no_parts=order.report_no_parts,
        repeat_of=repeat.number if repeat else None, parts=parts, history=events,
        has_survey=s.scalar(select(Survey.id).where(Survey.work_order_id == order.id)) is not None,
        visits=visits_of(s, order.id) if order.arrived_at is not None else (),
        quote_revises_accepted=order.state is WorkOrderState.AWAITING_APPROVAL
        and quote_gate.revises_accepted(s, order.id),
    )


def _reasons(s: Session, order: WorkOrder) -> tuple[str, ...]:
    """The intake's reasons while the tier is provisional; once the bench found the cause, the final
    judgement's (W11), judged as the diagnosis judged it (services.final_judgement.rejudged)."""
    claim = order.claim
    intake = tuple((claim.decision_detail or {}).get("reasons", []))
    if order.cause_class is not None:
        try:
            reasons = final_judgement.final_reasons(final_judgement.rejudged(s, claim, order.cause_class),
                                                    order.cause_class)
        except ValidationError:  # an old claim whose facts no longer judge: what it was told stands
            reasons = intake
    else:
        reasons = intake
    if (claim.decision_detail or {}).get("settlement"):  # W8: settled, the "escalated, see the note" is stale
        return tuple(settlement_papers.without_escalation(reasons))
    return reasons


def _settlement(s: Session, claim: Claim) -> Settlement | None:
    """The settlement kept in the claim's decision detail (services.negotiations), the settler by name."""
    stored = (claim.decision_detail or {}).get("settlement")
    agreed = settlement_papers.agreed(s, claim.decision_detail)
    if not stored or agreed is None:
        return None
    at = stored.get("at")
    return Settlement(str(stored.get("outcome") or ""), agreed.note, agreed.by,
                      dt.datetime.fromisoformat(at) if at else None)


def _received(s: Session, order: WorkOrder, names: dict[int, str]) -> EventLine:
    """受理: orders opened at intake or from a call start "received" without a state event (only
    moves are events); their creation is that step, by whoever took the claim or the call."""
    by_id = s.scalar(select(AuditEntry.user_id).where(  # who opened it: an intake, a call, a refused return (W9)
        AuditEntry.entity == "work_order", AuditEntry.entity_id == order.id, AuditEntry.action == "create").limit(1))
    if by_id is None and order.claim is not None:
        by_id = order.claim.created_by_id
    return EventLine(order.created_at, None, WorkOrderState.RECEIVED, names.get(by_id, "") if by_id else "", None)
