"""A visit booked from a call gets its product on site: the claim, the unit and the warranty judgement (W1-W6, W10, D13, E16)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission, allows
from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, CostBearer, Remedy, WorkOrderKind, WorkOrderState
from desktop_app.core.warranty import COUNTER_ONLY_NOTES, WarrantyDecision
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Call, Claim, Product, Unit, WorkOrder
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, field_checks, numbering, visit_wear_parts
from desktop_app.services import intake_writes as writes
from desktop_app.services.actor import Actor
from desktop_app.services.claims import (
    ClaimIntakeService,
    IntakePreview,
    decision_detail,
    judge_form,
    placeholder_serial,
    product_of,
    received_date,
)
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput, validate_intake
from desktop_app.services.lookup import UnitBrief
from desktop_app.services.visit_wear_parts import FittedWearParts
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import load_order, require_work

# Rules W2, W3, W9: a return or an exchange needs the product, all its accessories and the invoice
# handed over at the counter, and a return the general manager's approval. None of that happens at
# the customer's site, so a visit's remedy is repair: free in a free period (W2-W4), paid after (W5,
# W10). The judge's notes about return and exchange (COUNTER_ONLY_NOTES) do not apply to it.
ON_SITE_REPAIR = QT_TRANSLATE_NOOP("Warranty", "On-site visit: the remedy is repair, no return or exchange (W2, W3)")
_FINISHED = frozenset({WorkOrderState.CLOSED, WorkOrderState.CANCELLED})


@dataclass(frozen=True)
class VisitProductForm:
    """What the technician reads off the product on site (the intake form's unit facts and the fault)."""

    product_model: str = ""
    serial: str = ""  # scanned or typed
    fault_description: str = ""
    serial_unknown: bool = False  # a worn-off label: the unit gets a placeholder serial, as at intake
    has_invoice: bool = True  # rule W10
    sale_date: dt.date | None = None  # from the invoice (rule W1)
    invoice_no: str | None = None


@dataclass(frozen=True)
class VisitContext:
    """The order as the dialog starts from it: the claim date is the call's (W12)."""

    order_id: int
    claim_date: dt.date
    call_number: str | None
    call_subject: str | None  # pre-fills the fault: what the customer said on the phone


@dataclass(frozen=True)
class VisitIdentified:
    claim_id: int
    claim_number: str
    serial: str
    remedy: Remedy
    cost_bearer: CostBearer
    decision: WarrantyDecision
    wear_parts_amount: Decimal | None = None  # what the customer agreed to pay for wear parts at cost (W3, W6)


def repair_on_site(decision: WarrantyDecision) -> WarrantyDecision:
    """The judged decision as a visit offers it: repair only (``COUNTER_ONLY_NOTES`` dropped)."""
    remedy = Remedy.FREE_REPAIR if Remedy.FREE_REPAIR in decision.offered else Remedy.PAID_REPAIR
    return replace(decision, offered=(remedy,), best=remedy, needs_manager_approval=False,
                   charge_missing_accessories=False,
                   notes=tuple(n for n in decision.notes if n not in COUNTER_ONLY_NOTES),
                   reasons=(*decision.reasons, ON_SITE_REPAIR))


def identifiable(kind: WorkOrderKind, has_claim: bool, state: WorkOrderState) -> bool:
    """An on-site order booked without a product (E1, S3) and not finished yet."""
    return kind is WorkOrderKind.ON_SITE and not has_claim and state not in _FINISHED


class VisitIdentificationService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock
        self._intake = ClaimIntakeService(sessions, clock)

    def product_models(self) -> list[tuple[str, str]]:
        return self._intake.product_models()

    def context(self, actor: Actor, order_id: int) -> VisitContext:
        with self._sessions.read() as s:
            order = load_order(s, order_id)
            self._check(actor, order)
            call = s.get(Call, order.call_id) if order.call_id else None
            return VisitContext(order.id, self._claimed_at(s, order).astimezone().date(), call.number if call else None,
                                " ".join(filter(None, (call.subject, call.details))) if call else None)

    def known_unit(self, serial: str) -> UnitBrief | None:
        """A serial already on record, to pre-fill its model and sale as intake does (W10)."""
        if not serial.strip() or _has_control(serial):  # PostgreSQL refuses a NUL even in a lookup
            return None
        with self._sessions.read() as s:
            row = s.execute(select(Unit.id, Unit.serial, Product.model, Unit.sale_date, Unit.invoice_no,
                                   Unit.sale_registered)
                            .join(Product, Unit.product_id == Product.id)
                            .where(Unit.serial == serial.strip())).first()
        return UnitBrief(*row) if row is not None else None

    def preview(self, form: VisitProductForm, claim_date: dt.date, actor: Actor | None = None) -> IntakePreview:
        """Intake's live preview on the call's date, as the visit offers it; never writes."""
        preview = self._intake.preview(_intake_form(form, ()), actor, claim_date=claim_date)
        if preview.decision is None:
            return preview
        return replace(preview, decision=repair_on_site(preview.decision))

    def wear_parts_to_agree(self, actor: Actor, order_id: int,
                            decision: WarrantyDecision | None) -> FittedWearParts | None:
        """The wear parts already fitted that the customer pays for at cost if ``decision`` (the preview's)
        stands: the dialog asks for their consent before saving (W3, W6). None when none apply."""
        if decision is None:
            return None
        with self._sessions.read() as s:
            order = load_order(s, order_id)
            self._check(actor, order)
            return visit_wear_parts.to_agree(s, order, decision, self._claimed_at(s, order), self._clock())

    def identify(self, actor: Actor, order_id: int, form: VisitProductForm,
                 expected_version: int | None = None, *, customer_consent: bool = False) -> VisitIdentified:
        """One transaction: the claim judged as intake judges it on the call's date, linked to this very
        order (its visit times kept), the unit set, parts already issued re-rated; or nothing at all.

        ``customer_consent``: the customer agreed to pay at cost for the wear parts already fitted, on a
        visit judged a free repair (W3, W6); without it such an identification is refused."""
        now = self._clock()
        check_form(form, now.astimezone().date())
        with self._sessions.write() as s, s.begin():
            # The counter's row lock first (as intake): a second identification of the order waits
            # here and then finds the claim the first one linked.
            number = numbering.next_number(s, numbering.CLAIM, now.astimezone().date())
            order = load_order(s, order_id, expected_version)
            self._check(actor, order)
            claimed_at = self._claimed_at(s, order)
            claim_date = claimed_at.astimezone().date()
            product = product_of(s, _intake_form(form, ()))
            # Nothing is handed over on site: no accessory is missing (W2 charges only a return's).
            intake_form = _intake_form(form, tuple(product.accessories))
            unit, policy_row, judged = judge_form(s, intake_form, product, claim_date, actor)
            decision = repair_on_site(judged)
            with s.no_autoflush:
                audit = writes.PendingAudit(actor)
                unit_id = (writes.hand_over_unit(audit, unit, order.customer_id) if unit is not None else
                           writes.new_unit(s, audit, intake_form, product.id, order.customer_id,
                                           placeholder_serial(number)))
                claim = Claim(
                    number=number, channel=ClaimChannel.ON_SITE_REQUEST, customer_id=order.customer_id,
                    unit_id=unit_id, claim_date=claim_date, fault_description=form.fault_description.strip(),
                    accessories_received=[], accessories_missing=[], has_invoice=form.has_invoice,
                    policy_version_id=policy_row.id, decision=decision.best,
                    offered_remedies=[r.value for r in decision.offered], cost_bearer=decision.cost_bearer,
                    decision_detail=decision_detail(decision, received_date(intake_form, unit)), status=ClaimStatus.OPEN,
                    created_by_id=actor.staff_id,
                    # The customer claimed when calling: the wear flags in force then (W6, W12) and the
                    # S1/S3 clocks run from the call, not from the identification on site.
                    created_at=claimed_at)
                s.add(claim)
                audit.flush(s)  # the unit's changes, and the claim gets its id
            audit_trail.record(s, actor, "claim", claim.id, "create", audit_trail.created_values(claim))
            order.claim, order.claim_id, order.unit_id = claim, claim.id, unit_id
            changes = audit_trail.changes_of(order)
            changes["claim_number"] = number
            audit_trail.record(s, actor, "work_order", order.id, "identify_product", changes)
            BenchService(self._sessions, self._clock).follow_new_claim(s, actor, order)
            # Parts fitted before the product was known were the customer's (nothing else could pay);
            # under the judgement now known, wear parts stay theirs only if they agree (W3, W6).
            amount = visit_wear_parts.require_consent(s, actor, order, now, customer_consent)
            serial = s.scalar(select(Unit.serial).where(Unit.id == unit_id))
            return VisitIdentified(claim.id, number, serial, decision.best, decision.cost_bearer, decision, amount)

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _check(actor: Actor, order: WorkOrder) -> None:
        """The desk (who took the call) or whoever works the order: its technician, a supervisor."""
        if not allows(actor.role, Permission.CLAIMS_INTAKE):
            require_work(actor, order)
        if order.claim_id is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order already has its product and claim."),
                                  field=None)
        if not identifiable(order.kind, False, order.state):
            if order.state in _FINISHED:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order is already finished."), field=None)
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Only an on-site visit booked from a call is identified here."), field=None)

    @staticmethod
    def _claimed_at(s: Session, order: WorkOrder) -> dt.datetime:
        """When the customer called (W12: the promise in force then), else when the order was opened."""
        received = s.scalar(select(Call.received_at).where(Call.id == order.call_id)) if order.call_id else None
        return received or order.created_at


def _intake_form(form: VisitProductForm, accessories: tuple[str, ...]) -> IntakeForm:
    """The intake form the visit's facts make: the customer is the order's, already on record."""
    return IntakeForm(
        customer=CustomerInput(), channel=ClaimChannel.ON_SITE_REQUEST,
        unit=UnitInput(product_model=form.product_model, serial=form.serial, serial_unknown=form.serial_unknown,
                       has_invoice=form.has_invoice, sale_date=form.sale_date, invoice_no=form.invoice_no),
        fault_description=form.fault_description, accessories_received=accessories)


def check_form(form: VisitProductForm, today: dt.date) -> None:
    """Intake's field checks, every field at once (FormInvalid); its customer checks do not apply:
    the order's customer is on record."""
    try:
        validate_intake(_intake_form(form, ()), today)
        errors: list[ValidationError] = []
    except FormInvalid as invalid:
        errors = [e for e in invalid.errors if not (e.field or "").startswith("customer_")]
    flagged = {e.field for e in errors}
    # Intake checks the texts it stores; the model is chosen from the catalogue there, typed here.
    _collect(errors, flagged, field_checks.text, form.product_model, "product_model")
    if errors:
        raise FormInvalid(errors)


def _collect(errors: list[ValidationError], flagged: set[str | None], check: Callable[..., object],
             *args: object, **kwargs: object) -> None:
    try:
        check(*args, **kwargs)
    except ValidationError as error:
        if error.field not in flagged:
            errors.append(error)


def _has_control(value: str) -> bool:
    try:
        field_checks.text(value, "serial")
    except ValidationError:
        return True
    return False
