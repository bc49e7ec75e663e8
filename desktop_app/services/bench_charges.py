"""Who pays for a part fitted on an order, and at what price (W3, W5, W6, W11, D9, D11-D13)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.vocabulary import CostBearer, PartCharge, Remedy
from desktop_app.core import part_fit
from desktop_app.db.models import Part, Product, StockMovement, Unit, WorkOrder, WorkOrderPart
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, final_judgement, stock_ledger, wear_flags
from desktop_app.services import field_checks as check
from desktop_app.services.actor import Actor
from desktop_app.services.fund_ledger import rejudge_lines


def charge_for(order: WorkOrder, wear_part: bool) -> PartCharge:
    """W6: wear parts are the customer's; W5/W11 paid repairs too; D11/D12 the manufacturer's; else the fund."""
    claim = order.claim
    if wear_part or claim is None:
        return PartCharge.CUSTOMER
    return charge_under(final_judgement.judged(
        claim.decision, claim.cost_bearer, final_judgement.overridden(claim.override_reason, claim.override_by_id),
        order.final_decision, order.cause_class))


def charge_under(final: final_judgement.FinalJudgement) -> PartCharge:
    """A non-wear part's payer under a judgement (also one not stored yet: a visit's preview, W6, D13)."""
    if final.decision is Remedy.PAID_REPAIR or final.cost_bearer is CostBearer.CUSTOMER:
        return PartCharge.CUSTOMER
    if final.cost_bearer in (CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_EARLY_DEFECT):
        return PartCharge.MANUFACTURER
    return PartCharge.FUND


def wear_flags_of(s: Session, order: WorkOrder, part_ids: list[int]) -> dict[int, bool]:
    """Each part's wear flag under the claim's policy (W6, W12): the flag in force when the claim was
    taken, not today's. Without a claim every part is the customer's whatever its flag."""
    if order.claim_id is None:
        return dict.fromkeys(part_ids, False)
    return wear_flags.for_claim(s, order.claim_id, part_ids)


def price(s: Session, part_id: int, day: dt.date, charge: PartCharge) -> Decimal:
    line = stock_ledger.prices_on(s, part_id, day)
    if line is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Part {part} has no price in the fee schedule."),
                              field="parts", part=s.get(Part, part_id).part_no)
    return line.cost_price if charge is PartCharge.CUSTOMER else line.fee_price  # W5 at cost; D9


def customer_lines_on_free_order(s: Session, order: WorkOrder, lines: list[tuple[int, int]],
                                  wear: dict[int, bool], day: dt.date, consent: bool) -> dict | None:
    """W3, W6: on a free remedy a wear part is the customer's at cost, only if they want it: refused
    without consent, else what they agreed to (for the audit). Fund and manufacturer parts are
    never held up; a paid repair or an order without a claim is the quote's business (W5, E11).
    Only for parts issued now: a line left waiting for stock is a promise, not a charge; the consent
    is asked when it is issued (``waiting_consent``)."""
    return wear_consent(s, order, [(part_id, qty, day) for part_id, qty in lines], wear, consent)


def wear_consent(s: Session, order: WorkOrder, lines: list[tuple[int, int, dt.date]], wear: dict[int, bool],
                 consent: bool, refusal: str | None = None) -> dict | None:
    """``customer_lines_on_free_order`` for lines priced each on its own day (parts fitted on a visit before its
    product was identified, at their issue: services.visit_identification); ``refusal`` says what to do instead."""
    if order.claim is None or charge_for(order, False) is PartCharge.CUSTOMER:
        return None
    theirs = [(part_id, qty, day) for part_id, qty, day in lines
              if qty > 0 and charge_for(order, wear[part_id]) is PartCharge.CUSTOMER]
    if not theirs:
        return None
    names = ", ".join(s.get(Part, part_id).part_no for part_id, _, _ in theirs)
    if not consent:
        raise ValidationError(refusal or QT_TRANSLATE_NOOP(
            "Errors", "{parts}: wear parts are not covered by a free remedy and the customer pays them at "
                      "cost (W3, W6). Tick the customer's consent, or leave them off."),
            field="customer_consent", parts=names)
    amount = sum((price(s, p, day, PartCharge.CUSTOMER) * q for p, q, day in theirs), Decimal("0.00"))
    return {"lines": [[s.get(Part, p).part_no, q] for p, q, _ in theirs], "amount": str(amount)}  # at cost


# Rules W3, W6: a wear part that waited for stock is asked about when it arrives; a customer who no longer
# wants it has the waiting line dropped (services.waiting_parts), never a part fitted they did not agree to.
WAITING_REFUSAL = QT_TRANSLATE_NOOP(
    "Errors", "{parts}: wear parts are not covered by a free remedy and the customer pays them at cost (W3, W6). "
              "Issue them with the customer's consent, or drop the waiting line if the customer does not want them.")


def waiting_consent(s: Session, order: WorkOrder, lines: list[WorkOrderPart], day: dt.date,
                    consent: bool) -> dict | None:
    """W3, W6 at the issue of lines that waited for stock: the wear parts among them, on a free remedy, are
    the customer's at cost only with their consent, priced at the schedule of the issue day (D9)."""
    wear = wear_flags_of(s, order, [line.part_id for line in lines])
    return wear_consent(s, order, [(line.part_id, line.quantity, day) for line in lines], wear, consent,
                        WAITING_REFUSAL)


def recharge(s: Session, actor: Actor, order: WorkOrder, now: dt.datetime) -> None:
    """Parts issued before the diagnosis (a part swapped in to find the fault) follow it: user
    damage found makes them the customer's at cost (W5, W11), not the fund's (D13)."""
    changed, moves = [], []
    lines = list(s.scalars(select(WorkOrderPart).where(WorkOrderPart.work_order_id == order.id)
                           .order_by(WorkOrderPart.id)))
    wear = wear_flags_of(s, order, [line.part_id for line in lines])
    for line in lines:
        charge = charge_for(order, wear[line.part_id])
        if charge is line.charged_to:
            continue
        new_price = price(s, line.part_id, issue_day(s, line, now), charge)  # the schedule of its issue day (D9)
        changed.append({"part": line.part.part_no, "charged_to": {"old": line.charged_to.value, "new": charge.value},
                        "unit_price": {"old": str(line.unit_price), "new": str(new_price)}})
        moves.append((line, charge, new_price))
    rejudge_lines(s, actor, moves, now)  # with their history: settled months stay (D4, D9)
    if changed:
        audit_trail.record(s, actor, "work_order", order.id, "parts_recharged", {"lines": changed})


def issue_day(s: Session, line: WorkOrderPart, now: dt.datetime) -> dt.date:
    """The local day a line was issued on (a line still waiting for stock: today), whose schedule prices it (D9)."""
    issued = s.get(StockMovement, line.stock_movement_id) if line.stock_movement_id else None
    return (issued.at if issued is not None else now).astimezone().date()


def parts_not_for_model(s: Session, order: WorkOrder, part_ids: list[int], reason: str | None) -> dict | None:
    """D5, D9, W3: the fund and the manufacturer's reconciliation pay for the unit's own parts; a part the
    catalogue lists only for other models (an AP mainboard on a switch) is issued only with a reason, kept
    with the issue for the audit (what is returned). Universal parts (no model listed) and orders whose unit is
    not identified yet (a visit booked from a call) are never held up (core.part_fit)."""
    model = s.scalar(select(Product.model).join(Unit, Unit.product_id == Product.id)
                     .where(Unit.id == order.unit_id)) if order.unit_id is not None else None
    if model is None:
        return None
    others = [part.part_no for part in (s.get(Part, part_id) for part_id in part_ids)
              if not part_fit.fits(part.compatible_models, model)]
    if not others:
        return None
    why = check.text(reason, "incompatible_reason", part_fit.REASON_LIMIT)
    if why is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{parts}: not listed for the {model} in the parts catalogue. Say why this part is fitted, "
                      "or choose one listed for this model."), field="incompatible_reason",
            parts=", ".join(others), model=model)
    return {"parts": others, "products": model, "reason": why}  # audit keys the log already names
