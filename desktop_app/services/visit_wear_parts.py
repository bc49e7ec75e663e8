"""Wear parts fitted on a visit before its product was identified: the customer's at cost only with consent (W3, W6)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.vocabulary import PartCharge
from desktop_app.core.warranty import WarrantyDecision
from desktop_app.db.models import Part, StockMovement, WorkOrder, WorkOrderPart
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, final_judgement, wear_flags
from desktop_app.services import bench_charges as charges
from desktop_app.services.actor import Actor
from desktop_app.services.fund_ledger import returned_parts

# Rules W3, W6: a wear part is never covered, so the fund cannot take it over (D5, D13 pay for the repair,
# not for wear parts). A customer who does not want to pay for it gets it taken off again: the technician
# brings it back, it is returned to stock (the stock window's 退回库存), and then the product is identified.
REFUSAL = QT_TRANSLATE_NOOP(
    "Errors", "{parts}: wear parts fitted before the product was identified are not covered by the free repair; "
              "the customer pays them at cost (W3, W6). Tick the customer's consent, or take them back and "
              "return them to stock first.")


@dataclass(frozen=True)
class FittedWearParts:
    """What the customer would pay for at cost if the visit is judged a free repair (W3, W6)."""

    lines: tuple[tuple[str, int], ...]  # part no., quantity the order still holds
    amount: Decimal  # at the fee schedule's cost price of each issue day (W5, D9)


def held_lines(s: Session, order: WorkOrder, now: dt.datetime) -> list[tuple[int, int, dt.date]]:
    """(part, quantity still on the order, issue day) of each line issued: a quantity returned to stock is the
    customer's no more (returns matched to lines as the fund matches them). A line still waiting for stock
    is a promise, not a charge (W3, W6): not in the unit, it is not agreed to now; its consent is asked when
    it is issued (BenchService.issue_waiting_parts), or the line is dropped (services.waiting_parts)."""
    returned: dict[int, int] = {}
    for back in returned_parts(s, StockMovement.work_order_id == order.id):
        returned[back.line_id] = returned.get(back.line_id, 0) - back.quantity  # a return is below zero
    lines = s.scalars(select(WorkOrderPart).where(WorkOrderPart.work_order_id == order.id,
                                                  WorkOrderPart.stock_movement_id.is_not(None))
                      .order_by(WorkOrderPart.id))
    return [(line.part_id, line.quantity - returned.get(line.id, 0), charges.issue_day(s, line, now)) for line in lines]


def require_consent(s: Session, actor: Actor, order: WorkOrder, now: dt.datetime, consent: bool) -> Decimal | None:
    """In the identification's transaction, once the claim is linked and the parts re-rated: the wear parts
    the order holds on a free repair are judged as the parts dialog judges them at issue (W3, W6): refused
    without the customer's consent, else the consent is audited with the parts and the amount at cost."""
    lines = held_lines(s, order, now)
    wear = charges.wear_flags_of(s, order, [part_id for part_id, _, _ in lines])
    agreed = charges.wear_consent(s, order, lines, wear, consent, REFUSAL)
    if agreed is None:
        return None
    audit_trail.record(s, actor, "work_order", order.id, "customer_consent", agreed)
    return Decimal(agreed["amount"])


def to_agree(s: Session, order: WorkOrder, decision: WarrantyDecision, claimed_at: dt.datetime,
             now: dt.datetime) -> FittedWearParts | None:
    """Before saving: the wear parts the customer would pay for under the previewed decision, with the wear
    flags in force when they called (W6, W12), and a diagnosis already made (W11); None when none apply."""
    final = final_judgement.judged(decision.best, decision.cost_bearer, False, None, order.cause_class)
    if charges.charge_under(final) is PartCharge.CUSTOMER:  # a paid repair: the quote's business (W5, E11)
        return None
    lines = [line for line in held_lines(s, order, now) if line[1] > 0]
    wear = wear_flags.in_force_at(s, claimed_at, [part_id for part_id, _, _ in lines])
    theirs = [(part_id, qty, day) for part_id, qty, day in lines if wear[part_id]]
    if not theirs:
        return None
    amount = sum((charges.price(s, p, day, PartCharge.CUSTOMER) * q for p, q, day in theirs), Decimal("0.00"))
    return FittedWearParts(tuple((s.get(Part, p).part_no, q) for p, q, _ in theirs), amount)
