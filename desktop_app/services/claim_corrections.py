"""Correcting a saved claim's customer-side facts (受理单更正) and withdrawing a claim (撤销受理), W1-W12.

Who: the operator who took the claim in (a withdrawal only on the counter day it was taken in), or a
supervisor or the general manager (``Permission.CLAIMS_CORRECT_ANY``). What: the customer's name and
phones, contact and address (the customer's row: every claim of the customer reads it), the unit's
serial, the invoice, its sale date and number, the fault, the accessories handed over and the remedy
the customer asks for, checked as intake checks them (``intake_forms.validate_intake``) and judged
again on the claim date under the policy versions intake uses (W1, W10, W12).

Decisions (DOMAIN.md is silent; these are the spec):

- A claim is corrected while its work is not finished: not completed or cancelled, no order repaired,
  waiting for pickup, shipped back or closed.
- A correction that changes the warranty decision (the remedies offered, the one chosen, who pays) once an
  order is past diagnosis (the cause recorded, W11, or waiting for the quote's answer, for parts, or under
  repair) or has parts issued is a supervisor's or the manager's: the bench acted on the decision, the
  supervisor decides that it was wrong. Their correction re-judges the diagnosed orders (W11) and re-prices
  the issued parts (W6, D13, D14) as a diagnosis does.
- A decision agreed in a negotiation (W8) or a return the manager approved (W9) is not re-judged: a
  correction that would change it is refused, as is one that moves the claim between a return or
  negotiation and repair work (the claim is then withdrawn and taken in again).
- A corrected serial never renames another claim's unit; a cleared invoice takes back what it put on the unit
  (W10, services.claim_units). A phone another customer has is asked, never merged (services.claim_customers).
- A withdrawal needs a reason; it is refused once a part was issued (D9: issued parts are billed) or an
  order is repaired, waiting for pickup, shipped back or closed. It cancels the claim's open orders with
  the work-order cancellation's move and audit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.phone_numbers import normalize_phone
from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, CostBearer, CustomerKind, Remedy
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.core.warranty import ClaimFacts, TierOverride, WarrantyDecision
from desktop_app.core.work_order_flow import OPEN_STATES
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Customer, Staff, Unit, WorkOrder
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, bench_charges, claim_customers, claim_units, final_judgement
from desktop_app.services import claim_correction_rules as rules
from desktop_app.services import intake_writes as writes
from desktop_app.services import work_orders
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.claims import ClaimIntakeService, counter_day, decision_detail
from desktop_app.services.concurrency import check_version
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput
from desktop_app.services.intake_forms import validate_intake
from desktop_app.services.model_lookup import find_product
from desktop_app.services.promised_terms import judge_promised, policy_versions

CORRECT = "correct_claim"  # on each row the correction changed, with the claim's id and the reason
_OVER = (ClaimStatus.COMPLETED, ClaimStatus.CANCELLED)  # a claim whose receipt no longer changes
WITHDRAW = "withdraw_claim"  # on the claim: its status and the reason



@dataclass(frozen=True)
class ClaimCorrection:
    """The claim's facts as the desk corrects them; every field is given (the dialog starts from the saved ones)."""

    customer_name: str
    phone: str
    phone2: str | None
    contact_person: str | None
    city: str | None
    address: str | None
    serial: str
    has_invoice: bool
    sale_date: dt.date | None
    invoice_no: str | None
    fault_description: str
    accessories_received: tuple[str, ...]
    requested_remedy: Remedy | None  # None: the customer keeps the remedy chosen, if still offered
    reason: str = ""
    expected_version: int | None = None  # the claim's row_version when the dialog loaded it
    # The desk's answer when the corrected phone is another customer's on record (services.claim_customers):
    # the claim is that customer's (their id), or a different person shares the number.
    customer_id: int | None = None
    new_despite_phone: bool = False


@dataclass(frozen=True)
class ClaimOnRecord:
    """A saved claim as the correction dialog shows it, with why it cannot be corrected or withdrawn."""

    id: int
    number: str
    version: int
    status: ClaimStatus
    claim_date: dt.date
    channel: ClaimChannel
    taken_in_by: str
    customer_kind: CustomerKind
    correction: ClaimCorrection  # the saved facts, as a correction that changes nothing
    product_model: str
    accessories: tuple[str, ...]  # the product's checklist (W2)
    decision: Remedy | None
    offered: tuple[Remedy, ...]
    cost_bearer: CostBearer | None
    work_orders: tuple[tuple[str, S], ...]
    correct_refusal: ValidationError | None  # None: this user may correct it now
    withdraw_refusal: ValidationError | None


@dataclass(frozen=True)
class CorrectionPreview:
    decision: WarrantyDecision  # as the corrected facts are judged (W1-W11 under W12)
    chosen: Remedy
    decision_changed: bool  # remedies offered, the one chosen or who pays differ from the saved ones


@dataclass(frozen=True)
class CorrectionSaved:
    number: str
    decision: WarrantyDecision
    chosen: Remedy
    decision_changed: bool


@dataclass(frozen=True)
class ClaimWithdrawn:
    number: str
    cancelled_orders: tuple[str, ...]


class ClaimCorrectionService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def on_record(self, actor: Actor, claim_id: int) -> ClaimOnRecord:
        """The claim's saved facts for the dialog (read-only when ``correct_refusal`` is set)."""
        require(actor, Permission.CUSTOMERS_VIEW)
        with self._sessions.read() as s:
            claim = rules.claim_or_refuse(s, claim_id)
            customer, unit, orders = claim.customer, claim.unit, rules.orders_of(s, claim.id)
            product = find_product(s, unit.product.model)
            detail = claim.decision_detail or {}
            sale = dt.date.fromisoformat(detail["sale_date_used"]) if detail.get("sale_date_used") else None
            saved = ClaimCorrection(
                customer_name=customer.name, phone=customer.phone, phone2=customer.phone2,
                contact_person=customer.contact_person, city=customer.city, address=customer.address,
                serial=unit.serial, has_invoice=claim.has_invoice,
                sale_date=sale if claim.has_invoice else None,
                invoice_no=unit.invoice_no if claim.has_invoice else None,
                fault_description=claim.fault_description, accessories_received=tuple(claim.accessories_received),
                requested_remedy=claim.requested_remedy, expected_version=claim.row_version)
            return ClaimOnRecord(
                claim.id, claim.number, claim.row_version, claim.status, claim.claim_date, claim.channel,
                claim.created_by.display_name, customer.kind, saved, unit.product.model,
                tuple(product.accessories) if product is not None else (), claim.decision,
                tuple(Remedy(r) for r in claim.offered_remedies), claim.cost_bearer,
                tuple((o.number, o.state) for o in orders),
                rules.correct_refusal(s, actor, claim, orders),
                rules.withdraw_refusal(s, actor, claim, orders, self._today()))

    def phone_holder(self, actor: Actor, customer_id: int) -> claim_customers.PhoneHolder:
        """The customer on record the desk says the claim is (a corrected phone is theirs), to fill the fields."""
        require(actor, Permission.CUSTOMERS_VIEW)
        with self._sessions.read() as s:
            return claim_customers.holder(s, customer_id)

    def preview(self, actor: Actor, claim_id: int, correction: ClaimCorrection) -> CorrectionPreview:
        """The decision the corrected facts give, shown before saving; checks as ``correct`` does, writes nothing."""
        with self._sessions.read() as s, s.no_autoflush:  # the units changed in memory are never flushed here
            judged = self._judged(s, actor, claim_id, correction, for_preview=True)
            return CorrectionPreview(judged.decision, judged.chosen, judged.changed)

    def correct(self, actor: Actor, claim_id: int, correction: ClaimCorrection) -> CorrectionSaved:
        """Validates every field, re-judges, then writes the claim, customer, unit and orders with their audit."""
        with self._sessions.write() as s, s.begin():
            with s.no_autoflush:  # the audit diffs are taken from the pending changes below
                j = self._judged(s, actor, claim_id, correction)
                claim, reason, now = j.claim, correction.reason.strip(), self._clock()
                audit = writes.PendingAudit(actor)
                tag = {"claim_id": claim.id, "reason": reason}
                customer = j.customer  # the claim's own, or the phone's holder the desk chose
                moved_from = claim.customer_id if customer.id != claim.customer_id else None
                claim.customer_id = customer.id
                customer.name, customer.phone = correction.customer_name.strip(), j.phone
                customer.phone2, customer.contact_person = j.phone2, _blank(correction.contact_person)
                customer.city, customer.address = _blank(correction.city), _blank(correction.address)
                if changes := audit_trail.changes_of(customer):
                    audit.add("customer", customer.id, CORRECT, {**changes, **tag})
                    # The customer's other open claims print these facts on their receipts too: each is
                    # corrected with them, so its reprint says which edition supersedes the customer's paper.
                    for other_id in s.scalars(select(Claim.id).where(
                            Claim.customer_id == customer.id, Claim.id != claim.id, Claim.status.not_in(_OVER))):
                        audit.add("claim", other_id, CORRECT, {**changes, **tag})
                old_unit = claim.unit
                unit_id, orphan = claim_units.follow_serial(s, audit, claim, j.target, j.form, tag, CORRECT)
                claim.unit_id = unit_id
                claim.fault_description = correction.fault_description.strip()
                claim.requested_remedy = correction.requested_remedy
                claim.accessories_received = list(correction.accessories_received)
                claim.accessories_missing = [a for a in j.accessories if a not in set(correction.accessories_received)]
                claim.has_invoice = correction.has_invoice
                claim.policy_version_id = j.policy_row.id
                claim.decision, claim.cost_bearer = j.chosen, j.decision.cost_bearer
                claim.offered_remedies = [r.value for r in j.decision.offered]
                claim.decision_detail = {**decision_detail(j.decision, j.received), **_kept(claim.decision_detail)}
                changes = audit_trail.changes_of(claim)
                for order in j.orders:  # the claim's orders are on the corrected unit and customer too
                    if order.unit_id == old_unit.id and unit_id != old_unit.id:
                        order.unit_id = unit_id
                    order.customer_id = customer.id
                    if order_changes := audit_trail.changes_of(order):
                        audit.add("work_order", order.id, CORRECT, {**order_changes, **tag})
                if not changes and not audit.entries:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "Nothing was changed: correct a field, or close the window."), field=None)
                audit.add("claim", claim.id, CORRECT, {**changes, "reason": reason})
                audit.flush(s)
            if orphan is not None:  # after the claim and its orders left it (no FK points at it any more)
                s.delete(orphan)
                s.flush()
            if moved_from is not None and (duplicate := claim_customers.left_to_nobody(s, moved_from)) is not None:
                # The row the intake made under the mistyped phone: removed, kept whole in the audit log.
                audit_trail.record(s, actor, "customer", duplicate.id, "delete",
                                   {**audit_trail.created_values(duplicate), **tag})
                s.delete(duplicate)
                s.flush()
            s.expire(claim, ["unit", "customer"])
            if j.changed:  # the bench's work follows the new decision, as after a diagnosis (W11)
                for order in j.orders:
                    if order.cause_class is not None:
                        decision = final_judgement.rejudged(s, claim, order.cause_class)
                        order.final_decision = (claim.decision if claim.decision in decision.offered
                                                else decision.best)
                        if changes := audit_trail.changes_of(order):
                            audit_trail.record(s, actor, "work_order", order.id, CORRECT, {**changes, **tag})
                    bench_charges.recharge(s, actor, order, now)
            return CorrectionSaved(claim.number, j.decision, j.chosen, j.changed)

    def withdraw(self, actor: Actor, claim_id: int, reason: str, *, expected_version: int | None = None
                 ) -> ClaimWithdrawn:
        """撤销受理: the claim and its open work orders are cancelled in one transaction, audited."""
        require(actor, Permission.CLAIMS_INTAKE)
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for withdrawing the claim."),
                                  field="reason")
        why = _checked_text(reason, "reason")
        with self._sessions.write() as s, s.begin():
            claim = rules.claim_or_refuse(s, claim_id)
            check_version(s, claim, expected_version, "claim")
            orders = rules.orders_of(s, claim.id)
            refusal = rules.withdraw_refusal(s, actor, claim, orders, self._today())
            if refusal is not None:
                raise refusal
            now, cancelled = self._clock(), []
            for order in orders:
                if order.state in OPEN_STATES:
                    # The rights were checked above: the operator who took it in cancels its orders with it.
                    work_orders.cancel_order(s, actor, order, why, now=now, permission_checked=True)
                    cancelled.append(order.number)
            claim.status = ClaimStatus.CANCELLED
            audit_trail.record(s, actor, "claim", claim.id, WITHDRAW,
                               {**audit_trail.changes_of(claim), "reason": why})
            return ClaimWithdrawn(claim.number, tuple(cancelled))

    # -- helpers ---------------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return counter_day(self._clock())

    def _judged(self, s: Session, actor: Actor, claim_id: int, correction: ClaimCorrection, *,
                for_preview: bool = False) -> _Judged:
        """Every check before a write: rights, state, fields (intake's), the decision and who may change it."""
        require(actor, Permission.CLAIMS_INTAKE)
        claim = rules.claim_or_refuse(s, claim_id)
        if not for_preview:
            check_version(s, claim, correction.expected_version, "claim")
        orders = rules.orders_of(s, claim.id)
        refusal = rules.correct_refusal(s, actor, claim, orders)
        if refusal is not None:
            raise refusal
        form = _form(claim, correction)
        errors: list[ValidationError] = []
        try:
            form, phone = validate_intake(form, self._today())
        except FormInvalid as invalid:
            errors, phone = list(invalid.errors), None
        phone2 = None
        if (correction.phone2 or "").strip():
            try:
                phone2 = normalize_phone(correction.phone2 or "", field="phone2")
            except ValidationError as error:
                errors.append(error)
        if not for_preview and not correction.reason.strip():
            errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the correction."),
                                          field="reason"))
        elif not for_preview:
            try:
                _checked_text(correction.reason, "reason")
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise FormInvalid(errors)
        if claim.channel is ClaimChannel.ON_SITE_REQUEST:
            ClaimIntakeService._check_on_site_city(s, form.customer.city)  # noqa: SLF001 - intake's own S2 check
        customer = claim_customers.customer_for(s, claim, phone or "", customer_id=correction.customer_id,
                                                new_despite_phone=correction.new_despite_phone, asking=not for_preview)
        product = find_product(s, claim.unit.product.model)
        target = claim_units.target_unit(s, claim, form.unit.serial.strip(), customer.id)
        versions = policy_versions(s, claim.claim_date, store_default=False)  # read before units change in memory
        if target is claim.unit:  # a cleared invoice takes back what it put on the unit (W10)
            claim_units.apply_invoice(s, claim, target, form)
        elif target is not None:
            writes.apply_unit_form(target, form)  # judged with the sale date the form gives (W1, W10)
        judged_unit = target if target is not None else claim.unit
        received = _received(claim)
        facts = ClaimFacts(
            claim_date=claim.claim_date, product_category=product.category,
            sale_date=form.unit.sale_date if form.unit.has_invoice else None, has_invoice=form.unit.has_invoice,
            registered_sale_date=judged_unit.sale_date if target is not None and target.sale_registered else None,
            centre_received_date=received,
            accessories_missing=tuple(a for a in product.accessories if a not in set(form.accessories_received)),
            escalated_note=claim.decision_note, override=_override(s, claim))
        try:
            policy_row, decision = judge_promised(versions, facts)
        except ValidationError as error:  # e.g. a sale date after the claim date (W1)
            raise FormInvalid([error]) from None
        chosen = correction.requested_remedy or (claim.decision if claim.decision in decision.offered
                                                 else decision.best)
        if chosen not in decision.offered:
            raise FormInvalid([ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The customer cannot choose this remedy under the warranty."),
                field="requested_remedy")])
        changed = (chosen is not claim.decision or decision.cost_bearer is not claim.cost_bearer
                   or [r.value for r in decision.offered] != list(claim.offered_remedies))
        if changed:
            rules.check_decision_change(s, actor, claim, orders, chosen)
        return _Judged(claim, customer, orders, phone or "", phone2, target, policy_row, decision, chosen, changed,
                       tuple(product.accessories), received, form)


@dataclass
class _Judged:
    claim: Claim
    customer: Customer  # the claim's own, or the corrected phone's holder the desk chose (claim_customers)
    orders: list[WorkOrder]
    phone: str
    phone2: str | None
    target: Unit | None  # the unit on record with the corrected serial (the claim's own when unchanged)
    policy_row: Any
    decision: WarrantyDecision
    chosen: Remedy
    changed: bool
    accessories: tuple[str, ...]
    received: dt.date | None
    form: IntakeForm  # the correction as intake's form, checked


def _form(claim: Claim, c: ClaimCorrection) -> IntakeForm:
    """The correction as the intake form it is checked as (intake's validation, not a copy of it)."""
    customer, detail = claim.customer, claim.decision_detail or {}
    overridden = final_judgement.overridden(claim.override_reason, claim.override_by_id)
    return IntakeForm(
        customer=CustomerInput(existing_id=customer.id, kind=customer.kind, name=c.customer_name, phone=c.phone,
                               contact_person=c.contact_person, city=c.city, address=c.address),
        unit=UnitInput(product_model=claim.unit.product.model, serial=c.serial, has_invoice=c.has_invoice,
                       sale_date=c.sale_date, invoice_no=c.invoice_no,
                       centre_received_date=_received(claim) if "centre_received_date" in detail else None),
        channel=claim.channel, fault_description=c.fault_description,
        accessories_received=tuple(c.accessories_received), requested_remedy=c.requested_remedy,
        escalated_note=claim.decision_note,
        override_remedy=Remedy(claim.offered_remedies[0]) if overridden else None,
        override_reason=claim.override_reason if overridden else None)


def _override(s: Session, claim: Claim) -> TierOverride | None:
    """W10: the supervisor's override made at intake stands, in his name (as the diagnosis re-judges it)."""
    if not final_judgement.overridden(claim.override_reason, claim.override_by_id):
        return None
    username = s.scalar(select(Staff.username).where(Staff.id == claim.override_by_id)) or "?"
    return TierOverride(Remedy(claim.offered_remedies[0]), claim.override_reason or "", username)


def _received(claim: Claim) -> dt.date | None:
    """The centre's receipt date the claim was judged with (D11), as stored on it."""
    detail = claim.decision_detail or {}
    if "centre_received_date" in detail:
        return dt.date.fromisoformat(detail["centre_received_date"]) if detail["centre_received_date"] else None
    return claim.unit.centre_received_date


def _kept(detail: dict[str, Any] | None) -> dict[str, Any]:
    """What the decision detail holds beyond the judgement (a settled negotiation, W8) stays."""
    return {key: value for key, value in (detail or {}).items() if key == "settlement"}


def _blank(text: str | None) -> str | None:
    return (text or "").strip() or None


def _checked_text(text: str, field: str) -> str:
    from desktop_app.services import field_checks

    return field_checks.text(text, field) or ""
