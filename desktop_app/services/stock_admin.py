"""Stock on the append-only ledger: receipts, returns, stock-take adjustments, tool check-ins (E9), checks."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core import parts_import_rows as fields
from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import MovementKind as K
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Part, Requisition, Staff, StockMovement, WorkOrder, WorkOrderPart
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, field_checks, stock_ledger
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.parts_catalogue import PartRef, find_part, on_hand_by_part

TOOL_CATEGORY = "工具"  # E9: tools bought on the road live in the catalogue under this category
TOOL_PREFIX = "TOOL-"


@dataclass(frozen=True)
class MovementRow:
    id: int
    part_id: int
    part_no: str
    kind: K
    quantity: int  # signed: receipts and returns add, issues take, adjustments either way
    at: dt.datetime
    on_hand_after: int | None
    work_order_id: int | None = None
    requisition_id: int | None = None
    reason: str | None = None
    by_id: int | None = None
    approved_by_id: int | None = None  # the supervisor's sign-off (adjustments, tool check-ins)
    is_tool_check_in: bool = False


@dataclass(frozen=True)
class AdjustmentResult:
    previous: int
    counted: int
    movement: MovementRow | None  # None: the count matched the ledger, nothing to adjust

    @property
    def difference(self) -> int:
        return self.counted - self.previous


@dataclass(frozen=True)
class LowStockLine:
    part_id: int
    part_no: str
    name: str
    unit_of_measure: str
    on_hand: int
    reorder_level: int


@dataclass(frozen=True)
class StockProblem:
    """One finding of ``reconcile``: a translatable template, like KnownError."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    movement_id: int | None = None

    def render(self, translate: Callable[[str, str], str] = lambda context, text: text) -> str:
        return translate("Errors", self.template).format(**self.params)

    def __str__(self) -> str:
        return self.render()


def _row(m: StockMovement, part_no: str, on_hand_after: int | None) -> MovementRow:
    return MovementRow(m.id, m.part_id, part_no, m.kind, m.quantity, m.at, on_hand_after, m.work_order_id,
                       m.requisition_id, m.reason, m.by_id, m.approved_by_id, m.is_tool_check_in)


def _positive(quantity: int) -> None:
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Quantities must be at least 1."), field="quantity")
    field_checks.quantity(quantity, "quantity")  # the upper bound: the integer column ends far below 10**10


def _reason(text: str | None) -> str:
    if not (text or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the adjustment."), field="reason")
    return text.strip()


class StockAdmin:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def _book(self, s: Session, actor: Actor, part: Part, kind: K, quantity: int, action: str,
              **extra: Any) -> MovementRow:
        """The only write to the ledger: one new movement and its audit entry (never an update or delete)."""
        extra.setdefault("by_id", actor.staff_id)
        movement = StockMovement(part_id=part.id, kind=kind, quantity=quantity, at=self._clock(), **extra)
        s.add(movement)
        s.flush()
        audit_trail.record(s, actor, "stock_movement", movement.id, action, audit_trail.created_values(movement))
        return _row(movement, part.part_no, stock_ledger.on_hand(s, part.id))

    def receive(self, actor: Actor, part: PartRef, quantity: int, requisition_id: int | None = None,
                note: str | None = None) -> MovementRow:
        """Parts arrived (D8); the requisition workflow books its own lines, this links one if given."""
        require(actor, Permission.STOCK_MANAGE)
        _positive(quantity)
        with self._sessions.write() as s, s.begin():
            target = find_part(s, part)
            stock_ledger.lock_part(s, target.id)
            if requisition_id is not None and s.get(Requisition, requisition_id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no such requisition."), field="requisition")
            return self._book(s, actor, target, K.RECEIPT, quantity, "receive", requisition_id=requisition_id,
                              reason=(note or "").strip() or None)

    def return_to_stock(self, actor: Actor, work_order: int | str, part: PartRef, quantity: int,
                        reason: str | None = None) -> MovementRow:
        """Unused parts back from an order: never more than the order was issued and still holds."""
        require(actor, Permission.STOCK_MANAGE)
        _positive(quantity)
        with self._sessions.write() as s, s.begin():
            order = s.get(WorkOrder, work_order) if isinstance(work_order, int) else s.scalar(
                select(WorkOrder).where(WorkOrder.number == work_order.strip()))
            if order is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This work order no longer exists."),
                                      field="work_order")
            target = find_part(s, part)
            stock_ledger.lock_part(s, target.id)
            held = -int(s.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
                StockMovement.work_order_id == order.id, StockMovement.part_id == target.id,
                StockMovement.kind.in_((K.ISSUE, K.RETURN_TO_STOCK)))) or 0)
            if quantity > held:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Work order {order} holds {held} of {part}; it cannot return {quantity}."),
                    field="quantity", order=order.number, held=held, part=target.part_no, quantity=quantity)
            return self._book(s, actor, target, K.RETURN_TO_STOCK, quantity, "return_to_stock",
                              work_order_id=order.id, reason=(reason or "").strip() or None)

    def adjust(self, actor: Actor, part: PartRef, counted_qty: int, reason: str, *,
               seen_on_hand: int | None = None) -> AdjustmentResult:
        """Stock-take: books the difference to the count, signed off by the acting supervisor."""
        require(actor, Permission.STOCK_MANAGE)  # the sign-off: only a supervisor or the manager adjusts
        text = _reason(reason)
        if not isinstance(counted_qty, int) or counted_qty < 0:  # on hand never goes negative
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The counted quantity cannot be below zero."),
                                  field="counted_qty")
        field_checks.quantity(counted_qty, "counted_qty", minimum=0)  # a count of 10**12 is a typing slip
        with self._sessions.write() as s, s.begin():
            target = find_part(s, part)
            stock_ledger.lock_part(s, target.id)
            previous = stock_ledger.on_hand(s, target.id)
            if seen_on_hand is not None and seen_on_hand != previous:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The stock of {part} changed from {seen} to {now} since the count began; count again."),
                    field="counted_qty", part=target.part_no, seen=seen_on_hand, now=previous)
            if counted_qty == previous:
                audit_trail.record(s, actor, "part", target.id, "stock_take", {"counted": counted_qty, "reason": text})
                return AdjustmentResult(previous, counted_qty, None)
            movement = self._book(s, actor, target, K.ADJUSTMENT, counted_qty - previous, "adjust", reason=text,
                                  approved_by_id=actor.staff_id)
            return AdjustmentResult(previous, counted_qty, movement)

    def check_in_tool(self, actor: Actor, *, bought_by: int, quantity: int = 1, note: str = "",
                      part: PartRef | None = None, name: str | None = None, unit: str = "把") -> MovementRow:
        """E9: a tool bought on the road enters the warehouse register (else it is not reimbursed); ``by_id``
        is the staff member who bought it, ``approved_by_id`` the supervisor who took it in."""
        require(actor, Permission.STOCK_MANAGE)
        _positive(quantity)
        try:
            with self._sessions.write() as s, s.begin():
                if s.get(Staff, bought_by) is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose who bought the tool."), field="bought_by")
                target = find_part(s, part) if part is not None else self._tool_part(s, actor, name or "", unit)
                stock_ledger.lock_part(s, target.id)
                return self._book(s, actor, target, K.RECEIPT, quantity, "tool_check_in", by_id=bought_by,
                                  approved_by_id=actor.staff_id, is_tool_check_in=True, reason=note.strip() or None)
        except IntegrityError:  # two first check-ins took the same TOOL- number at once (PostgreSQL)
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Another check-in took the same tool number; try again."),
                                  field="name") from None

    @staticmethod
    def _tool_part(s: Session, actor: Actor, name: str, unit: str) -> Part:
        """The catalogue entry of a tool by name, created on its first check-in."""
        name, unit = fields.check_name(name), fields.check_unit(unit)
        existing = s.scalar(select(Part).where(Part.category == TOOL_CATEGORY, Part.name == name))
        if existing is not None:
            return existing
        numbers = s.scalars(select(Part.part_no).where(Part.part_no.like(f"{TOOL_PREFIX}%")))
        taken = [int(n[len(TOOL_PREFIX):]) for n in numbers if n[len(TOOL_PREFIX):].isdigit()]
        part = Part(part_no=f"{TOOL_PREFIX}{max(taken, default=0) + 1:04d}", name=name, category=TOOL_CATEGORY,
                    unit_of_measure=unit)
        s.add(part)
        s.flush()
        audit_trail.record(s, actor, "part", part.id, "create", audit_trail.created_values(part))
        return part

    def ledger(self, part: PartRef, *, newest: int | None = None) -> list[MovementRow]:
        """A part's movements in ledger order, each with the on hand after it; with ``newest``, only
        that many of the latest. A part in daily use has tens of thousands of movements after a few
        years (58,000 at a million claims: 2.6 s to read whole, and more to show); the latest are
        read by id, and the on hand after each is worked back from the part's total."""
        with self._sessions.read() as s:
            target = find_part(s, part)
            mine = StockMovement.part_id == target.id
            if newest is None:
                rows, total = [], 0
                for m in s.scalars(select(StockMovement).where(mine).order_by(StockMovement.id)):
                    total += m.quantity
                    rows.append(_row(m, target.part_no, total))
                return rows
            # The total in the same statement as the rows: one snapshot, even with another counter booking.
            total = select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(mine).scalar_subquery()
            latest = s.execute(select(StockMovement, total).where(mine).order_by(StockMovement.id.desc())
                               .limit(newest)).all()
            rows, after = [], int(latest[0][1]) if latest else 0
            for m, _total in latest:  # newest first: each one's "after" is the total less what came later
                rows.append(_row(m, target.part_no, after))
                after -= m.quantity
            return rows[::-1]

    def movement_count(self, part: PartRef) -> int:
        """How many movements the part's ledger holds."""
        with self._sessions.read() as s:
            target = find_part(s, part)
            return s.scalar(select(func.count()).select_from(StockMovement)
                            .where(StockMovement.part_id == target.id)) or 0

    def tool_check_ins(self) -> list[MovementRow]:
        """E9's warehouse register of tools bought on the road, newest first."""
        with self._sessions.read() as s:
            query = (select(StockMovement, Part.part_no).join(Part, StockMovement.part_id == Part.id)
                     # "= true", as the partial index of tool check-ins is written (migration 0020)
                     .where(StockMovement.is_tool_check_in == true())
                     .order_by(StockMovement.at.desc(), StockMovement.id.desc()))
            return [_row(m, part_no, None) for m, part_no in s.execute(query)]

    def low_stock(self) -> list[LowStockLine]:
        """Active parts below their reorder level (they feed the monthly requisition, D8)."""
        stock = (select(StockMovement.part_id, func.sum(StockMovement.quantity).label("qty"))
                 .group_by(StockMovement.part_id).subquery())
        have = func.coalesce(stock.c.qty, 0)
        query = (select(Part, have).outerjoin(stock, stock.c.part_id == Part.id)
                 .where(Part.active.is_(True), have < Part.reorder_level).order_by(Part.part_no))
        with self._sessions.read() as s:
            return [LowStockLine(p.id, p.part_no, p.name, p.unit_of_measure, int(q), p.reorder_level)
                    for p, q in s.execute(query)]

    def reconcile(self) -> list[StockProblem]:
        with self._sessions.read() as s:
            return reconcile(s)


def reconcile(s: Session) -> list[StockProblem]:
    """Proves the ledger: signs match kinds, running sums never dip below zero, issues are on work orders."""
    problems: list[StockProblem] = []

    def found(template: str, m: StockMovement | None = None, **params: Any) -> None:
        problems.append(StockProblem(template, {"id": m.id if m else None, **params}, m.id if m else None))

    part_nos: dict[int, str] = {pid: no for pid, no in s.execute(select(Part.id, Part.part_no))}
    lines = {line.stock_movement_id: line for line in s.scalars(
        select(WorkOrderPart).where(WorkOrderPart.stock_movement_id.is_not(None)))}
    running: dict[int, int] = defaultdict(int)
    held: dict[tuple[int | None, int], int] = defaultdict(int)  # (order, part) -> issued and not returned
    negative: set[int] = set()
    issues: set[int] = set()
    # Ledger order is append order: ids follow the part lock, while ``at`` comes from each client's clock.
    query = select(StockMovement).order_by(StockMovement.part_id, StockMovement.id)
    for m in s.scalars(query.execution_options(yield_per=2000)):
        part_no = part_nos.get(m.part_id, m.part_id)
        if (m.kind in (K.RECEIPT, K.RETURN_TO_STOCK) and m.quantity <= 0) or (m.kind is K.ISSUE and m.quantity >= 0) \
                or m.quantity == 0:
            found(QT_TRANSLATE_NOOP(
                "Errors", "Movement {id} of {part}: kind {kind} with quantity {quantity} has the wrong sign."),
                m, part=part_no, kind=m.kind.value, quantity=m.quantity)
        running[m.part_id] += m.quantity
        if running[m.part_id] < 0 and m.part_id not in negative:
            negative.add(m.part_id)
            found(QT_TRANSLATE_NOOP("Errors", "Movement {id} takes {part} below zero ({total})."),
                  m, part=part_no, total=running[m.part_id])
        if m.kind is K.ISSUE:
            issues.add(m.id)
            line = lines.get(m.id)
            if m.work_order_id is None or line is None or line.work_order_id != m.work_order_id \
                    or line.part_id != m.part_id or line.quantity != -m.quantity:
                found(QT_TRANSLATE_NOOP("Errors", "Issue {id} of {part} has no matching part line on a work order."),
                      m, part=part_no)
        if m.kind in (K.ISSUE, K.RETURN_TO_STOCK):
            held[(m.work_order_id, m.part_id)] -= m.quantity
            if m.kind is K.RETURN_TO_STOCK and (m.work_order_id is None or held[(m.work_order_id, m.part_id)] < 0):
                found(QT_TRANSLATE_NOOP(
                    "Errors", "Return {id} of {part} gives back more than its work order was issued."), m, part=part_no)
        if m.kind is K.ADJUSTMENT and (not (m.reason or "").strip() or m.approved_by_id is None):
            found(QT_TRANSLATE_NOOP("Errors", "Adjustment {id} of {part} lacks its reason or sign-off."), m,
                  part=part_no)
        if m.is_tool_check_in and m.kind is not K.RECEIPT:
            found(QT_TRANSLATE_NOOP("Errors", "Tool check-in {id} of {part} is not a receipt."), m, part=part_no)
    for movement_id in sorted(set(lines) - issues):
        found(QT_TRANSLATE_NOOP("Errors", "A work-order part line points at movement {movement}, not an issue."),
              movement=movement_id)
    totals = on_hand_by_part(s)
    for part_id in sorted(set(totals) | set(running)):
        if totals.get(part_id, 0) != running.get(part_id, 0):
            found(QT_TRANSLATE_NOOP("Errors", "On hand of {part} is {on_hand}, but its movements add up to {total}."),
                  part=part_nos.get(part_id, part_id), on_hand=totals.get(part_id, 0), total=running.get(part_id, 0))
    return problems
