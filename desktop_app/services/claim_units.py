"""Which unit a claim whose serial was corrected is on (services.claim_corrections): units are shared rows.

A serial corrected to a unit already on record points the claim and its orders at that unit (the same
model, the same customer's or nobody's); the mistyped unit, if nothing else refers to it, is removed. A new
serial renames the claim's unit when nothing else refers to it, else the claim gets a new unit: another
claim's unit is never renamed (W1, W10: its sale date and invoice are that claim's facts too).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Claim, Customer, ReturnLine, Unit, WorkOrder
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services import intake_writes as writes
from desktop_app.services.intake_forms import FormInvalid, IntakeForm


def target_unit(s: Session, claim: Claim, serial: str, customer_id: int | None = None) -> Unit | None:
    """The unit on record with ``serial`` (the claim's own when unchanged), None for a new serial; refused
    when it is another model's (as intake) or another customer's (a typo must not take someone's unit).
    ``customer_id``: the customer the corrected claim is on (services.claim_customers), else its own."""
    customer_id = customer_id if customer_id is not None else claim.customer_id
    if serial == claim.unit.serial:
        return claim.unit
    if s.scalar(select(ReturnLine.id).where(ReturnLine.claim_id == claim.id).limit(1)) is not None:
        raise FormInvalid([ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Claim {number} is on a return application to the manufacturer (D15): its serial can no "
                      "longer be corrected."), field="serial", number=claim.number)])
    unit = s.scalar(select(Unit).where(Unit.serial == serial))
    if unit is None:
        return None
    if unit.product_id != claim.unit.product_id:
        raise FormInvalid([ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Serial {serial} belongs to another product model."),
            field="serial", serial=unit.serial)])
    if unit.customer_id is not None and unit.customer_id != customer_id:
        owner = s.scalar(select(Customer.name).where(Customer.id == unit.customer_id))
        raise FormInvalid([ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Serial {serial} is the unit of another customer ({name}): check the label. If the unit "
                      "changed hands, withdraw this claim and take it in again."),
            field="serial", serial=unit.serial, name=owner or "?")])
    return unit


def follow_serial(s: Session, audit: writes.PendingAudit, claim: Claim, target: Unit | None, form: IntakeForm,
                  tag: dict[str, Any], action: str) -> tuple[int, Unit | None]:
    """The id of the unit the corrected claim is on: ``target`` (its own, or the one on record with the
    corrected serial, see ``target_unit``), its own renamed, or a new one; and the claim's old unit when it
    is left to nobody, for the caller to remove once the claim and its orders no longer point at it."""
    current, given = claim.unit, form.unit
    if target is not None:
        target.customer_id = claim.customer_id  # the same customer's, or nobody's (see target_unit)
        if changes := audit_trail.changes_of(target):
            audit.add("unit", target.id, action, {**changes, **tag})
        if target.id == current.id or _referred_elsewhere(s, current, claim.id):
            return target.id, None
        audit.add("unit", current.id, "delete", {**audit_trail.created_values(current), **tag})
        return target.id, current  # the mistyped serial's unit, nobody else's: removed with its audit
    if not _referred_elsewhere(s, current, claim.id):
        current.serial = given.serial.strip()  # a typo in a serial only this claim has: renamed in place
        current.customer_id = claim.customer_id  # the claim's customer, moved with the claim if it was
        apply_invoice(s, claim, current, form)
        audit.add("unit", current.id, action, {**audit_trail.changes_of(current), **tag})
        return current.id, None
    sale_date = given.sale_date if given.has_invoice else None  # W10: only the invoice's date is kept
    return writes.created(audit, "unit", writes.insert_row(  # another claim's unit keeps its serial
        s, Unit, serial=given.serial.strip(), product_id=current.product_id, customer_id=claim.customer_id,
        sale_date=sale_date, sale_registered=sale_date is not None,
        invoice_no=(given.invoice_no or "").strip() or None, centre_received_date=current.centre_received_date)), None


def apply_invoice(s: Session, claim: Claim, unit: Unit, form: IntakeForm) -> None:
    """The corrected invoice on the claim's own unit, in memory before judging (W1, W10).

    As intake sets it (``apply_unit_form``: a sale date seen on an invoice registers the serial's sale), and
    what intake never has to: an invoice number cleared (typed by mistake) is cleared, and an invoice the claim
    turns out not to have takes back the sale it registered, so that the claim, and the serial's later
    claims, are judged without it (W10: from a sale registered by another invoice seen for the serial, else
    as paid repair). Only what this claim put there is taken back: while another claim of the unit has an
    invoice, its number stays and its sale date is the registered one again (the newest invoice seen wins);
    a replacement unit's facts came from the unit it replaced and stay. Read before ``claim.has_invoice`` is
    set to the corrected value.
    """
    writes.apply_unit_form(unit, form)
    given = form.unit
    if not claim.has_invoice or s.scalar(select(Unit.id).where(Unit.replaced_by_unit_id == unit.id).limit(1)):
        return  # the unit's invoice facts were never this claim's
    others = list(s.scalars(select(Claim.decision_detail).where(
        Claim.unit_id == unit.id, Claim.id != claim.id, Claim.has_invoice.is_(True)).order_by(Claim.id.desc())))
    if not (given.invoice_no or "").strip() and not others:
        unit.invoice_no = None
    used = (claim.decision_detail or {}).get("sale_date_used")
    if given.has_invoice or not unit.sale_registered or used != _iso(unit.sale_date):
        return
    dates = [d.get("sale_date_used") for d in others if d and d.get("sale_date_used")]
    if dates:
        unit.sale_date = dt.date.fromisoformat(dates[0])  # the latest other invoice's
    else:
        unit.sale_date, unit.sale_registered = None, False


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _referred_elsewhere(s: Session, unit: Unit, claim_id: int) -> bool:
    """Whether anything but this claim and its orders refers to the unit (its serial is then not ours to change)."""
    checks = (
        select(func.count()).select_from(Claim).where(Claim.unit_id == unit.id, Claim.id != claim_id),
        select(func.count()).select_from(WorkOrder).where(
            or_(WorkOrder.replacement_unit_id == unit.id,
                (WorkOrder.unit_id == unit.id) & (or_(WorkOrder.claim_id.is_(None), WorkOrder.claim_id != claim_id)))),
        select(func.count()).select_from(Unit).where(Unit.replaced_by_unit_id == unit.id),
        select(func.count()).select_from(ReturnLine).where(ReturnLine.unit_id == unit.id),
    )
    return unit.replaced_by_unit_id is not None or any(s.scalar(check) for check in checks)
