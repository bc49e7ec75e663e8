"""A part line's payer and price as they were at each moment (rules W11, D4, D9, D13).

``work_order_parts`` holds the current payer and price: what the customer is billed and the service report
prints. A re-judgement after the issue (user damage found at diagnosis, W11; a visit's product identified,
D13) is kept in ``part_charge_changes``, so every money figure can count a line in its issue month as it was
then, and each change in the month it was made as the old payer's value out and the new one's in: a month
already settled or reconciled stays exactly as delivered, as it does for a return to stock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy.orm import Session

from desktop_app.core.vocabulary import PartCharge
from desktop_app.db.models import PartChargeChange, WorkOrderPart
from desktop_app.services.actor import Actor


class ChargeChange(NamedTuple):
    line_id: int  # work_order_parts.id
    changed_at: dt.datetime
    old_charge: PartCharge
    old_price: Decimal
    new_charge: PartCharge
    new_price: Decimal
    quantity: int  # held by the line at the change: what moves from the old payer to the new


def of_row(row: PartChargeChange) -> ChargeChange:
    return ChargeChange(row.work_order_part_id, row.changed_at, row.old_charged_to, row.old_unit_price,
                        row.new_charged_to, row.new_unit_price, row.quantity)


def value_at(charge: PartCharge, price: Decimal, changes: Sequence[ChargeChange],
             at: dt.datetime) -> tuple[PartCharge, Decimal]:
    """The payer and price in force at ``at``, from the current ones and the line's changes (oldest first):
    the old values of the first change made from ``at`` on, or the current ones when none was. At the issue
    that is the oldest change's old values; a line never changed (or changed before this history was kept,
    which has no rows) reads as it does today. A change at the very moment of a movement came after it: an
    issue always precedes its re-judgement, and a change counts what was held once earlier returns were in."""
    for change in changes:
        if change.changed_at >= at:
            return change.old_charge, change.old_price
    return charge, price


def by_line(changes: Sequence[ChargeChange]) -> dict[int, list[ChargeChange]]:
    out: dict[int, list[ChargeChange]] = {}
    for change in sorted(changes, key=lambda c: (c.changed_at, c.line_id)):
        out.setdefault(change.line_id, []).append(change)
    return out


def add(s: Session, actor: Actor, line: WorkOrderPart, charge: PartCharge, price: Decimal, held: int,
        now: dt.datetime) -> None:
    """Records, in the caller's transaction, that ``line`` goes from its current payer and price to these."""
    s.add(PartChargeChange(work_order_part_id=line.id, changed_at=now, old_charged_to=line.charged_to,
                           old_unit_price=line.unit_price, new_charged_to=charge, new_unit_price=price,
                           quantity=held, changed_by_id=actor.staff_id))
