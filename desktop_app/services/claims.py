"""Taking in a claim: the live warranty preview, the one-transaction save, and return approval."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, Remedy
from desktop_app.core.warranty import ClaimFacts, TierOverride, WarrantyDecision
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Customer, Product, Unit, WarrantyPolicyVersion
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, numbering, return_refunds
from desktop_app.services import intake_writes as writes
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.concurrency import check_version
from desktop_app.services.intake_forms import (
    NEEDS_WORK_ORDER,
    FormInvalid,
    IntakeForm,
    arrival_errors,
    validate_intake,
)
from desktop_app.services.model_lookup import CatalogueProduct as _Product
from desktop_app.services.model_lookup import ModelBrief, find_product
from desktop_app.services.promised_terms import judge_promised, policy_versions
from desktop_app.services.return_refunds import RefundEntry
from desktop_app.services.sla import SlaDeadlines, check_on_site_city, deadlines

@dataclass(frozen=True)
class IntakePreview:
    decision: WarrantyDecision | None  # None while the facts are incomplete
    accessories: tuple[str, ...]  # the product's accessory checklist
    registered_sale_date: dt.date | None  # W10: from the serial's registered sale
    known_unit: bool
    sla: SlaDeadlines
    # The model is in the catalogue but deactivated (no longer sold): still taken in and judged by its
    # category, since W1-W4 run from the sale date for years after; the form only says so.
    discontinued_model: bool = False
    # The catalogue's model, name and category for the model typed in any case, active or deactivated:
    # the form shows them next to the model (the picker lists only the active models).
    product: ModelBrief | None = None


@dataclass(frozen=True)
class ClaimSaved:
    id: int
    number: str
    status: ClaimStatus
    decision: WarrantyDecision
    chosen: Remedy
    work_order_number: str | None


class ClaimIntakeService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def product_models(self) -> list[tuple[str, str]]:
        """(model, name) of the active products, for the form's model picker; the preview names any known
        model, deactivated ones too (IntakePreview.product)."""
        with self._sessions.read() as s:
            return list(s.execute(select(Product.model, Product.name).where(Product.active).order_by(Product.model)))

    def preview(self, form: IntakeForm, actor: Actor | None = None, claim_date: dt.date | None = None) -> IntakePreview:
        """The decision as the facts are typed; never writes, tolerates incomplete input.

        ``claim_date``: the day the claim is judged on when it is not today's (a visit booked from an
        earlier call, services.visit_identification: the promise in force when the customer called, W12)."""
        now = self._clock()
        today = claim_date or counter_day(now)  # the day take_in will judge with (rule W1), not UTC's
        with self._sessions.read() as s:
            product = find_product(s, form.unit.product_model)
            unit = self._unit_by_serial(s, form.unit.serial) if not form.unit.serial_unknown else None
            registered = unit.sale_date if unit is not None and unit.sale_registered else None
            city = form.customer.city
            sla = deadlines(s, now, city)
            decision = None
            if product is not None:
                versions = policy_versions(s, today, store_default=False)  # this read never stores one
                try:  # the version take_in will judge under (W12)
                    decision = judge_promised(versions, self._facts(form, product, unit, today, actor))[1]
                except ValidationError:
                    decision = None
            accessories = tuple(product.accessories) if product is not None else ()
        discontinued = product is not None and not product.active
        return IntakePreview(decision, accessories, registered, unit is not None, sla, discontinued,
                             product.brief() if product is not None else None)

    def take_in(self, actor: Actor, form: IntakeForm) -> ClaimSaved:
        """Validates every field, then writes customer, unit, claim, work order and audit at once.

        Everything that can refuse the claim is checked before a row is written; a refusal rolls
        back the claim number drawn on the way, so numbers stay without gaps.
        """
        require(actor, Permission.CLAIMS_INTAKE)
        if form.override_remedy is not None:
            require(actor, Permission.CLAIMS_OVERRIDE_TIER)  # rule W10
        now = self._clock()
        today = counter_day(now)
        form, phone = validate_intake(form, today, now)
        with self._sessions.write() as s, s.begin():
            product = product_of(s, form)
            if form.channel is ClaimChannel.ON_SITE_REQUEST:
                self._check_on_site_city(s, form.customer.city)  # rule S2
            # The counter's row lock, held to commit, serialises intakes on PostgreSQL as SQLite's write
            # lock does: the customer, unit and policy read below are as the other counters committed
            # them, so two counters taking in one new serial at once do not both insert it. A customer
            # typed by hand is found under its phone's lock too, which the call register shares.
            number = numbering.next_number(s, numbering.CLAIM, today)
            customer = self._existing_customer(s, form)
            returning = writes.returning_customer(s, form, phone) if customer is None else None
            unit, policy_row, decision = judge_form(s, form, product, today, actor)
            chosen = form.requested_remedy or decision.best
            if chosen not in decision.offered:
                raise FormInvalid([ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The customer cannot choose this remedy under the warranty."),
                    field="requested_remedy")])
            late = arrival_errors(form, chosen, now)  # rule S3, once the remedy (so the order's kind) is known
            if late:
                raise FormInvalid(late)
            # Checked: from here on only writes. Changes to known rows are flushed with the audit at
            # the end (a Core statement would autoflush them before their audit diff is taken).
            with s.no_autoflush:
                audit = writes.PendingAudit(actor)
                customer_id = writes.save_customer(s, audit, form, phone, customer, returning)
                unit_id = (writes.hand_over_unit(audit, unit, customer_id) if unit is not None else
                           writes.new_unit(s, audit, form, product.id, customer_id, placeholder_serial(number)))
                status = ClaimStatus.AWAITING_APPROVAL if chosen is Remedy.RETURN else ClaimStatus.OPEN
                override_reason = (form.override_reason or "").strip() or None
                claim_id = writes.created(audit, "claim", writes.insert_row(
                    s, Claim, number=number, channel=form.channel, customer_id=customer_id, unit_id=unit_id,
                    claim_date=today, fault_description=form.fault_description.strip(),
                    requested_remedy=form.requested_remedy,
                    accessories_received=list(form.accessories_received),
                    accessories_missing=list(_missing(product, form)),
                    has_invoice=form.unit.has_invoice, policy_version_id=policy_row.id,
                    decision=chosen, offered_remedies=[r.value for r in decision.offered],
                    cost_bearer=decision.cost_bearer,
                    decision_note=form.escalated_note.strip() if form.escalated_note else None,
                    decision_detail=decision_detail(decision, received_date(form, unit)),
                    override_reason=override_reason,
                    override_by_id=actor.staff_id if form.override_remedy is not None else None,
                    status=status, created_by_id=actor.staff_id,
                ))
                if form.override_remedy is not None:
                    audit.add("claim", claim_id, "override_tier",
                              {"tier": {"old": decision.rule_best.value, "new": form.override_remedy.value},
                               "reason": override_reason})
                order_number = None
                if chosen in NEEDS_WORK_ORDER:
                    order_number = writes.open_work_order(s, audit, claim_id, customer_id, unit_id, form.channel, today,
                                                          required_arrival_at=form.required_arrival_at)
                audit.flush(s)
            return ClaimSaved(claim_id, number, status, decision, chosen, order_number)

    def pending_returns(self, actor: Actor) -> list[tuple[int, str, str, dt.date]]:
        """The manager's approval queue (W9): (id, number, customer, claim date)."""
        require(actor, Permission.RETURNS_APPROVE)
        with self._sessions.read() as s:
            rows = s.execute(
                select(Claim.id, Claim.number, Customer.name, Claim.claim_date)
                .join(Customer, Claim.customer_id == Customer.id)
                .where(Claim.status == ClaimStatus.AWAITING_APPROVAL).order_by(Claim.id)
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]

    def decide_return(self, actor: Actor, claim_id: int, approve: bool, note: str = "",
                      required_arrival_at: dt.datetime | None = None) -> ClaimStatus:
        """Rule W9: the general manager approves a return; refused, the claim becomes an exchange.

        Refusing an on-site request's return opens an on-site order, so (rule S3) it needs the time
        the customer asked the technician to arrive, as intake does; other channels ignore it.
        """
        require(actor, Permission.RETURNS_APPROVE)
        if not approve and not note.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for refusing the return."),
                                  field="note")
        with self._sessions.write() as s, s.begin():
            claim = s.get(Claim, claim_id)
            if claim is None or claim.status is not ClaimStatus.AWAITING_APPROVAL:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This claim is not waiting for approval."),
                                      field=None)
            arrival = None
            if not approve and claim.channel is ClaimChannel.ON_SITE_REQUEST:
                arrival = refusal_arrival(required_arrival_at, self._clock())  # before any change
            if approve:
                claim.approved_by_id, claim.approved_at = actor.staff_id, self._clock()
                claim.status = ClaimStatus.IN_PROGRESS
            else:
                claim.decision = Remedy.EXCHANGE if Remedy.EXCHANGE.value in claim.offered_remedies else Remedy.FREE_REPAIR
                claim.status = ClaimStatus.OPEN
            changes = audit_trail.changes_of(claim)
            changes["note"] = note.strip() or None
            audit = writes.PendingAudit(actor)
            audit.add("claim", claim.id, "approve_return" if approve else "refuse_return", changes)
            if not approve:
                writes.open_work_order(s, audit, claim.id, claim.customer_id, claim.unit_id, claim.channel,
                                       counter_day(self._clock()), required_arrival_at=arrival)
            audit.flush(s)
            return claim.status

    def complete_return(self, actor: Actor, claim_id: int, refund: RefundEntry) -> ClaimStatus:
        """Rules W2, W9: the desk records the refund of an approved return (amount, method, the product,
        accessories and invoice back) and closes the claim (a return has no work order whose completion
        would close it). Never before the manager's approval; every field refused by name before a write."""
        require(actor, Permission.CLAIMS_INTAKE)
        with self._sessions.write() as s, s.begin():
            claim = s.get(Claim, claim_id)
            if claim is None or not completable_return(claim.decision, claim.status) or claim.approved_by_id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This claim is not an approved return."),
                                      field=None)
            return_refunds.record_refund(s, actor, claim, refund, self._clock())
            return claim.status

    def return_facts(self, actor: Actor, claim_ids: list[int]) -> dict[int, return_refunds.ReturnFacts]:
        """A return's facts as taken in (W2, W9, W10): sale date, invoice, missing accessories and whether they
        are charged, who took it in; for the manager's queue and the desk's refund (the desk saw them at intake)."""
        require(actor, Permission.CLAIMS_INTAKE)
        with self._sessions.read() as s:
            return return_refunds.return_facts(s, claim_ids)

    def recorded_refund(self, claim_id: int) -> return_refunds.RecordedRefund | None:
        """A completed return's refund for the claim's detail (its fields None before migration 0011)."""
        with self._sessions.read() as s:
            return return_refunds.recorded_refund(s, claim_id)

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _check_on_site_city(s: Session, city: str | None) -> None:
        """S2: on-site service only in the configured cities; elsewhere phone, fax, e-mail, QQ, website."""
        problems = check_on_site_city(s, city, city_field="customer_city", request_field="channel")
        if problems:
            raise FormInvalid(problems)

    @staticmethod
    def _unit_by_serial(s: Session, serial: str) -> Unit | None:
        return s.scalar(_UNIT_BY_SERIAL, {"serial": serial.strip()}) if serial.strip() else None

    @staticmethod
    def _facts(form: IntakeForm, product: _Product, unit: Unit | None, today: dt.date,
               actor: Actor | None) -> ClaimFacts:
        registered = unit.sale_date if unit is not None and unit.sale_registered else None
        override = None
        if form.override_remedy is not None and (form.override_reason or "").strip():
            override = TierOverride(form.override_remedy, form.override_reason or "",
                                    actor.username if actor else "")
        return ClaimFacts(
            claim_date=today, product_category=product.category,
            sale_date=form.unit.sale_date if form.unit.has_invoice else None,
            has_invoice=form.unit.has_invoice, registered_sale_date=registered,
            centre_received_date=received_date(form, unit),
            accessories_missing=_missing(product, form),
            escalated_note=form.escalated_note, override=override,
        )

    @staticmethod
    def _existing_customer(s: Session, form: IntakeForm) -> Customer | None:
        """The customer picked from the search, if still as the form saw it (optimistic lock)."""
        given = form.customer
        customer = s.get(Customer, given.existing_id) if given.existing_id else None
        if customer is not None:
            check_version(s, customer, given.existing_version, "customer")
        return customer


def product_of(s: Session, form: IntakeForm) -> _Product:
    """The form's product model, or the field-named refusal."""
    product = find_product(s, form.unit.product_model)  # any case: the claim gets the catalogue's row
    if product is None:
        raise FormInvalid([ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no product model “{model}”."),
            field="product_model", model=form.unit.product_model.strip())])
    return product


def judge_form(s: Session, form: IntakeForm, product: _Product, day: dt.date,
               actor: Actor | None) -> tuple[Unit | None, WarrantyPolicyVersion, WarrantyDecision]:
    """Intake's judgement of a validated form on the claim date ``day``: the known unit by its serial
    (its registered sale counts, W10; the form's invoice date registers it in memory, W1, W10), the
    policy version it is judged under (in force at the sale or on ``day``, the kinder: W1, W4, W12),
    and the decision; refusals are FormInvalid, nothing is written."""
    unit = None if form.unit.serial_unknown else ClaimIntakeService._unit_by_serial(s, form.unit.serial)
    if unit is not None and unit.product_id != product.id:
        raise FormInvalid([ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Serial {serial} belongs to another product model."),
            field="serial", serial=unit.serial)])
    versions = policy_versions(s, day, store_default=True)  # read before the unit changes in memory
    if unit is not None:
        writes.apply_unit_form(unit, form)  # judged with the sale date the form gives (W1)
    try:
        policy_row, decision = judge_promised(versions, ClaimIntakeService._facts(form, product, unit, day, actor))
    except ValidationError as error:
        raise FormInvalid([error]) from None
    return unit, policy_row, decision


def placeholder_serial(claim_number: str) -> str:
    """The serial of a unit whose label is gone: unique and searchable by the claim's number."""
    return f"{_PLACEHOLDER_PREFIX}{claim_number}"


def received_date(form: IntakeForm, unit: Unit | None) -> dt.date | None:
    """The centre's receipt of the goods a claim is judged with (D11): the form's, else the unit's."""
    return form.unit.centre_received_date or (unit.centre_received_date if unit is not None else None)


def decision_detail(decision: WarrantyDecision, centre_received_date: dt.date | None = None) -> dict[str, object]:
    """The decision's explanation as stored on the claim (JSON), printed on its receipt; with the
    centre's receipt date it was judged with (D11), so the diagnosis re-judges from the same facts."""
    def day(value: dt.date | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "reasons": list(decision.reasons), "notes": list(decision.notes),
        "rule_best": decision.rule_best.value, "provisional": decision.provisional,
        "needs_manager_approval": decision.needs_manager_approval,
        "charge_missing_accessories": decision.charge_missing_accessories,
        "sale_date_used": day(decision.sale_date_used), "return_until": day(decision.return_until),
        "exchange_until": day(decision.exchange_until), "repair_until": day(decision.repair_until),
        "centre_received_date": day(centre_received_date),
    }


# A unit whose label is gone gets "NOSN-<claim number>" as its serial (unique, searchable).
_PLACEHOLDER_PREFIX = "NOSN-"

_UNIT_BY_SERIAL = select(Unit).where(Unit.serial == bindparam("serial"))


def _missing(product: _Product, form: IntakeForm) -> tuple[str, ...]:
    received = set(form.accessories_received)
    return tuple(a for a in product.accessories if a not in received)  # rule W2


def completable_return(decision: Remedy | None, status: ClaimStatus) -> bool:
    """Rule W9: a return the general manager approved (it is then in progress) whose refund has not
    closed it yet; one awaiting approval is not in progress."""
    return decision is Remedy.RETURN and status is ClaimStatus.IN_PROGRESS


def refusal_arrival(at: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    """Rule S3 for the on-site order a refused return opens: intake's checks and wording (see
    ``intake_forms.arrival_errors``), the time returned in UTC as the column stores it."""
    if at is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Enter the date and time the customer asked the technician to arrive (S3)."),
            field="required_arrival_at")
    at = at.astimezone(dt.timezone.utc)  # naive: the counter's local time
    if at < now:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The requested arrival time has already passed."),
                              field="required_arrival_at")
    return at


def counter_day(now: dt.datetime) -> dt.date:
    """The claim date: the counter's local day. Preview and save must agree, or between 00:00 and
    08:00 Beijing time the preview (on UTC's yesterday) offers a remedy the save then refuses (W1)."""
    return now.astimezone().date()

