"""Closing an approved return by its refund (W2, W9), the refund as recorded, and what the manager
weighs before approving a return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.money import MoneyError, to_money
from desktop_app.core.return_refunds import RETURNED_ITEMS, RefundMethod, refund_due
from desktop_app.core.vocabulary import ClaimStatus, Remedy
from desktop_app.db.models import Claim, Staff, Unit
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.intake_forms import FormInvalid


@dataclass(frozen=True)
class RefundEntry:
    """What the desk typed: amounts as typed (text or Decimal yuan), the method's code, the W2 checklist."""

    purchase_price: str | Decimal | None
    amount: str | Decimal | None
    method: str | None
    product_returned: bool
    accessories_returned: bool
    invoice_returned: bool
    accessories_charge: str | Decimal | None = None  # only when intake recorded missing accessories
    note: str = ""


@dataclass(frozen=True)
class RecordedRefund:
    """A completed return's refund; None fields on a return completed before refunds were recorded."""

    amount: Decimal | None
    purchase_price: Decimal | None
    accessories_charge: Decimal | None
    method: RefundMethod | None
    note: str | None
    refunded_at: dt.datetime | None


@dataclass(frozen=True)
class ReturnFacts:
    """What the manager needs to decide a return (W2, W9, W10), from the claim as taken in."""

    claim_id: int
    has_invoice: bool
    sale_date: dt.date | None
    invoice_no: str | None
    accessories_missing: tuple[str, ...]
    charge_missing_accessories: bool  # W2: the refund is then less their cost price
    return_until: dt.date | None
    taken_in_by: str


def charges_missing_accessories(claim: Claim) -> bool:
    """W2 as judged at intake: missing accessories are charged (the judgement stored its verdict)."""
    return bool(claim.accessories_missing) and bool((claim.decision_detail or {}).get(
        "charge_missing_accessories", True))


def record_refund(s: Session, actor: Actor, claim: Claim, entry: RefundEntry, now: dt.datetime) -> None:
    """Validates every field (all errors at once, field-named), then writes the refund, closes the claim
    and audits the values, in the caller's transaction."""
    charged = charges_missing_accessories(claim)
    errors: list[ValidationError] = []
    price = _amount(entry.purchase_price, "purchase_price", errors, QT_TRANSLATE_NOOP(
        "Errors", "Enter the purchase price on the invoice, in yuan."))
    charge = None
    if charged:  # W2: missing accessories are charged at their cost price, deducted from the refund
        charge = _amount(entry.accessories_charge, "accessories_charge", errors, QT_TRANSLATE_NOOP(
            "Errors", "Enter the cost price of the missing accessories, in yuan (W2)."))
    elif entry.accessories_charge is not None and str(entry.accessories_charge).strip():
        errors.append(ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "No accessory was missing at intake: there is nothing to deduct."), field="accessories_charge"))
    amount = None
    if price is not None:  # without the price the amount cannot be judged: its field's message is enough
        amount = _amount(entry.amount, "amount", errors, QT_TRANSLATE_NOOP(
            "Errors", "Enter the amount refunded, in yuan."))
    if price is not None and amount is not None and (not charged or charge is not None):
        due = refund_due(price, charge)
        if due <= 0:
            errors.append(ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The accessories charge must be less than the purchase price."), field="accessories_charge"))
        elif amount != due:  # W2: the full price, less the missing accessories; never more, never less
            errors.append(ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The refund must be the purchase price less the missing accessories: ¥{due} (W2)."),
                field="amount", due=f"{due:,.2f}"))
    method = _method(entry.method)
    if method is None:
        errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how the refund was paid."),
                                      field="method"))
    ticks = (entry.product_returned, entry.accessories_returned, entry.invoice_returned)
    for item, ticked, text in zip(RETURNED_ITEMS, ticks, _NOT_BACK, strict=True):
        if not ticked:  # W2: a return needs the product, all its accessories and the invoice back
            errors.append(ValidationError(text, field=f"{item}_returned"))
    if errors:
        raise FormInvalid(errors)
    claim.refund_amount, claim.refund_purchase_price, claim.refund_accessories_charge = amount, price, charge
    claim.refund_method, claim.refund_note = method.value, entry.note.strip() or None  # type: ignore[union-attr]
    claim.refunded_at = now
    claim.status = ClaimStatus.COMPLETED
    changes = audit_trail.changes_of(claim)
    changes["note"] = entry.note.strip() or None
    changes["returned"] = list(RETURNED_ITEMS)  # the checklist as ticked (all three, or it was refused)
    audit_trail.record(s, actor, "claim", claim.id, "complete_return", changes)


def recorded_refund(s: Session, claim_id: int) -> RecordedRefund | None:
    """The refund of a completed return (its fields None if completed before 0011); None otherwise."""
    row = s.execute(select(Claim.decision, Claim.status, Claim.refund_amount, Claim.refund_purchase_price,
                           Claim.refund_accessories_charge, Claim.refund_method, Claim.refund_note,
                           Claim.refunded_at).where(Claim.id == claim_id)).one_or_none()
    if row is None or row.decision is not Remedy.RETURN or row.status is not ClaimStatus.COMPLETED:
        return None
    return RecordedRefund(row.refund_amount, row.refund_purchase_price, row.refund_accessories_charge,
                          _method(row.refund_method), row.refund_note, row.refunded_at)


def return_facts(s: Session, claim_ids: list[int]) -> dict[int, ReturnFacts]:
    """The approval queue's facts per claim, in one query."""
    if not claim_ids:
        return {}
    rows = s.execute(select(Claim, Unit.sale_date, Unit.invoice_no, Staff.display_name)
                     .join(Unit, Claim.unit_id == Unit.id).join(Staff, Claim.created_by_id == Staff.id)
                     .where(Claim.id.in_(claim_ids), Claim.decision == Remedy.RETURN))
    facts = {}
    for claim, sale_date, invoice_no, taken_in_by in rows:
        detail = claim.decision_detail or {}
        until = detail.get("return_until")
        facts[claim.id] = ReturnFacts(
            claim.id, claim.has_invoice, sale_date, invoice_no, tuple(claim.accessories_missing or ()),
            charges_missing_accessories(claim), dt.date.fromisoformat(until) if until else None, taken_in_by)
    return facts


_NOT_BACK = (
    QT_TRANSLATE_NOOP("Errors", "The faulty product must come back before the refund (W2)."),
    QT_TRANSLATE_NOOP("Errors", "All accessories received at intake must come back before the refund (W2)."),
    QT_TRANSLATE_NOOP("Errors", "The invoice must come back before the refund (W2)."),
)


def _amount(value: str | Decimal | None, field: str, errors: list[ValidationError], missing: str) -> Decimal | None:
    """A positive amount in yuan, or None with the field's error added."""
    text = "" if value is None else str(value).strip()
    if not text:
        errors.append(ValidationError(missing, field=field))
        return None
    try:
        amount = to_money(value if isinstance(value, Decimal) else text)
    except MoneyError:
        errors.append(ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“{text}” is not an amount in yuan (at most two decimals)."), field=field, text=text))
        return None
    if amount <= 0:
        errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount must be more than zero."),
                                      field=field))
        return None
    return amount


def _method(code: str | None) -> RefundMethod | None:
    try:
        return RefundMethod(code) if code else None
    except ValueError:
        return None
