"""A paid repair's quote as the limit of the work: accepted before parts are fitted, never exceeded (W5, E10, E11)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import quote_rules
from desktop_app.core.money import format_yuan, to_money
from desktop_app.core.vocabulary import PartCharge
from desktop_app.db.models import AuditEntry, WorkOrder, WorkOrderPart
from desktop_app.errors import ValidationError
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.work_orders import paid_repair

QUOTE_ACTION = "quote"  # the audit entry of a quote; it keeps the quoted part lines (no column holds them)
RESTORED_ACTION = "quote_restored"  # a revised quote refused: the one accepted before stands again


def require_accepted(order: WorkOrder) -> None:
    """E10/E11: no part is fitted to (or ordered for) a paid repair before the customer accepted its quote."""
    if paid_repair(order) and order.quote_accepted is not True:
        raise ValidationError(quote_rules.QUOTE_FIRST, field="quote")


def require_within(s: Session, order: WorkOrder, more: Decimal = Decimal("0.00")) -> None:
    """The customer's parts on a paid repair (those on the order, issued or waiting, plus ``more`` about to be
    added) stay within the parts of the quote they accepted; otherwise the quote is revised and accepted
    again (E11). Parts the customer does not pay for (fund, manufacturer) never count against it."""
    if not paid_repair(order) or order.quote_accepted is not True:
        return
    # In Python, not a SQL sum: the money column's type (fen in the database) converts each value.
    parts = sum((price * qty for price, qty in s.execute(
        select(WorkOrderPart.unit_price, WorkOrderPart.quantity).where(
            WorkOrderPart.work_order_id == order.id, WorkOrderPart.charged_to == PartCharge.CUSTOMER))),
        Decimal("0.00")) + more
    quoted = order.quote_parts or Decimal("0.00")
    if parts > quoted:
        rest = (order.quote_labour or Decimal("0.00")) + (order.quote_travel or Decimal("0.00"))
        raise ValidationError(quote_rules.OVER_QUOTE, field="parts",
                              quote=format_yuan(quoted + rest), amount=format_yuan(parts + rest))


def quoted_lines(s: Session, order_id: int) -> list[tuple[int, int]]:
    """(part id, quantity) of the order's latest quote, as recorded with it; empty for a quote without parts
    or one recorded before the lines were kept."""
    entries = _quote_entries(s, order_id, 1)
    return [(int(part_id), int(qty)) for part_id, qty in (entries[0] if entries else {}).get("lines", [])]


def restore_previous(s: Session, actor: Actor, order: WorkOrder) -> bool:
    """E11: a customer who refuses a revised quote keeps the one they accepted before (amounts and lines, from
    the revision's audit entry); True when that is so, False when the refused quote was the first one."""
    entries = _quote_entries(s, order.id, 2)
    latest = entries[0] if entries else {}
    if not _revision(latest):
        return False
    for key in ("quote_parts", "quote_labour", "quote_travel"):
        if key in latest:  # only what the revision changed
            old = latest[key]["old"]
            setattr(order, key, None if old is None else to_money(old))
    order.quote_accepted = True
    lines = entries[1].get("lines", []) if len(entries) > 1 else []
    audit_trail.record(s, actor, "work_order", order.id, RESTORED_ACTION,
                       {**audit_trail.changes_of(order), "lines": lines})
    return True


def revises_accepted(s: Session, order_id: int) -> bool:
    """E11: whether the order's latest quote revised one the customer had accepted, so that refusing it
    restores that one (``restore_previous``) rather than sending the unit back unrepaired."""
    entries = _quote_entries(s, order_id, 1)
    return _revision(entries[0] if entries else {})


def _revision(changes: dict) -> bool:
    """A quote entry made while the order's quote stood accepted."""
    return (changes.get("quote_accepted") or {}).get("old") is True


def _quote_entries(s: Session, order_id: int, limit: int) -> list[dict]:
    """The changes of the order's latest quotes and restorations, newest first."""
    return list(s.scalars(select(AuditEntry.changes).where(
        AuditEntry.entity == "work_order", AuditEntry.entity_id == order_id,
        AuditEntry.action.in_((QUOTE_ACTION, RESTORED_ACTION))).order_by(AuditEntry.id.desc()).limit(limit)))


def lines_left(s: Session, order_id: int) -> list[tuple[int, int]]:
    """The quoted lines not yet on the order (issued or waiting): what the parts dialog starts with."""
    on_order: dict[int, int] = {}
    for part_id, qty in s.execute(select(WorkOrderPart.part_id, WorkOrderPart.quantity)
                                  .where(WorkOrderPart.work_order_id == order_id)):
        on_order[part_id] = on_order.get(part_id, 0) + qty
    left = []
    for part_id, qty in quoted_lines(s, order_id):
        rest = qty - on_order.pop(part_id, 0)
        if rest > 0:
            left.append((part_id, rest))
    return left

