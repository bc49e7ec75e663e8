"""Read-only stock views for the stock window: a part's ledger with names, the tool register (E9), orders holding a part."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.core.vocabulary import MovementKind as K
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Part, Requisition, Staff, StockMovement, WorkOrder
from desktop_app.services.parts_catalogue import PartRef, find_part
from desktop_app.services.stock_admin import StockAdmin


@dataclass(frozen=True)
class LedgerLine:
    """One movement as the clerk reads it: signed quantity, on hand after it, who, and why."""

    id: int
    at: dt.datetime  # UTC
    kind: K
    quantity: int
    on_hand_after: int
    by: str
    signed_off_by: str | None  # the supervisor's sign-off (stock-take adjustments, tool check-ins)
    work_order: str | None
    requisition: str | None
    reason: str | None
    is_tool_check_in: bool


@dataclass(frozen=True)
class ToolCheckIn:
    """E9: a tool bought on the road, taken into the warehouse (else it is not reimbursed)."""

    id: int
    at: dt.datetime
    part_no: str
    name: str
    quantity: int
    bought_by: str
    taken_in_by: str | None
    note: str | None


@dataclass(frozen=True)
class HeldPart:
    """A work order that was issued a part and has not returned all of it."""

    work_order_id: int
    number: str
    held: int


class StockViews:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions
        self._admin = StockAdmin(sessions)

    def _names(self) -> dict[int, str]:
        with self._sessions.read() as s:
            return {i: n for i, n in s.execute(select(Staff.id, Staff.display_name))}

    def ledger(self, part: PartRef, *, newest: int | None = None) -> list[LedgerLine]:
        """The part's movements (with ``newest``, only that many of the latest), newest first, each
        with the on hand after it."""
        rows = self._admin.ledger(part, newest=newest)
        names = self._names()
        with self._sessions.read() as s:
            orders = _numbers(s, WorkOrder, {r.work_order_id for r in rows} - {None})
            requisitions = _numbers(s, Requisition, {r.requisition_id for r in rows} - {None})
        return [LedgerLine(r.id, r.at, r.kind, r.quantity, r.on_hand_after or 0, names.get(r.by_id, ""),
                           names.get(r.approved_by_id) if r.approved_by_id else None,
                           orders.get(r.work_order_id), requisitions.get(r.requisition_id), r.reason,
                           r.is_tool_check_in) for r in reversed(rows)]

    def movement_count(self, part: PartRef) -> int:
        return self._admin.movement_count(part)

    def tool_register(self) -> list[ToolCheckIn]:
        """E9's warehouse register, newest first."""
        rows = self._admin.tool_check_ins()
        names = self._names()
        with self._sessions.read() as s:
            parts = {i: n for i, n in s.execute(select(Part.id, Part.name).where(
                Part.id.in_({r.part_id for r in rows})))} if rows else {}
        return [ToolCheckIn(r.id, r.at, r.part_no, parts.get(r.part_id, ""), r.quantity, names.get(r.by_id, ""),
                            names.get(r.approved_by_id) if r.approved_by_id else None, r.reason) for r in rows]

    def orders_holding(self, part: PartRef, *, newest: int | None = None) -> list[HeldPart]:
        """Orders that could return this part to stock (issued and not yet returned), newest first;
        with ``newest``, only that many. Every order a part went into holds it, so a part in daily
        use has tens of thousands (49,000 at a million claims): grouped in the order of the part's
        index (part_id, work_order_id), the newest holders come first and the grouping stops there."""
        with self._sessions.read() as s:
            part_id = find_part(s, part).id
            held = -func.sum(StockMovement.quantity)
            holders = (select(StockMovement.work_order_id.label("order_id"), held.label("held"))
                       .where(StockMovement.part_id == part_id, StockMovement.work_order_id.is_not(None),
                              StockMovement.kind.in_((K.ISSUE, K.RETURN_TO_STOCK)))
                       .group_by(StockMovement.work_order_id).having(held > 0)
                       .order_by(StockMovement.work_order_id.desc()))
            if newest is not None:
                holders = holders.limit(newest)
            holders = holders.subquery()
            query = (select(WorkOrder.id, WorkOrder.number, holders.c.held)
                     .join(holders, holders.c.order_id == WorkOrder.id).order_by(WorkOrder.id.desc()))
            return [HeldPart(i, number, int(qty)) for i, number, qty in s.execute(query)]


def _numbers(s, model, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {i: n for i, n in s.execute(select(model.id, model.number).where(model.id.in_(ids)))}
