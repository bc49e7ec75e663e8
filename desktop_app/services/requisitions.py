"""The monthly parts requisition (维修配件备料单, D8): suggestion, quota check (D6), receipt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.service_fund import ZERO, quarter_months, quarter_of, quarter_quota
from desktop_app.core.vocabulary import MovementKind, RequisitionStatus as R, ShippingMethod
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Part, Requisition, RequisitionLine, StockMovement, WorkOrderPart
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, numbering, stock_ledger
from desktop_app.services import field_checks
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.fund_ledger import fund_inputs


@dataclass(frozen=True)
class SuggestedLine:
    part_id: int
    part_no: str
    name: str
    consumed: int  # issued to orders in the month, less what came back unused (D8)
    short: int  # needed by open orders, not on hand
    on_hand: int
    reorder_level: int
    quantity: int  # what to order


@dataclass(frozen=True)
class QuotaCheck:
    quarter: str
    quota: Decimal  # D6: the fund's share of the quarter's remittances
    used: Decimal  # by the quarter's live requisitions submitted before this one
    this: Decimal
    excess: Decimal  # charged at the fee schedule; needs the manager

    @property
    def over(self) -> bool:
        return self.excess > 0


class RequisitionService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def suggest(self, actor: Actor, month: dt.date) -> list[SuggestedLine]:
        """Replace the month's consumption, cover open shortages, and top up to reorder levels.

        Decision: quantity = max(consumed, short + max(0, reorder_level - on_hand)); a part with
        nothing to order is left out.
        """
        require(actor, Permission.REQUISITIONS_MANAGE)
        start = month.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1)
        with self._sessions.read() as s:
            # Issues are negative, returns of unused parts to stock positive: their net in the month
            # is what orders really consumed (never below zero when a return follows a past month's issue).
            consumed = dict(s.execute(
                select(StockMovement.part_id, -func.sum(StockMovement.quantity))
                .where(StockMovement.kind.in_((MovementKind.ISSUE, MovementKind.RETURN_TO_STOCK)),
                       StockMovement.at >= _utc(start), StockMovement.at < _utc(end))
                .group_by(StockMovement.part_id)).all())
            short = dict(s.execute(
                select(WorkOrderPart.part_id, func.sum(WorkOrderPart.quantity))
                .where(WorkOrderPart.stock_movement_id.is_(None)).group_by(WorkOrderPart.part_id)).all())
            lines = []
            for part in s.scalars(select(Part).where(Part.active).order_by(Part.part_no)):
                have = stock_ledger.on_hand(s, part.id)
                used, needed = max(0, int(consumed.get(part.id, 0))), int(short.get(part.id, 0))
                quantity = max(used, needed + max(0, part.reorder_level - have))
                if quantity > 0:
                    lines.append(SuggestedLine(part.id, part.part_no, part.name, used, needed, have,
                                               part.reorder_level, quantity))
            return lines

    def create(self, actor: Actor, month: dt.date, lines: list[tuple[int, int]], *,
               shipping: ShippingMethod = ShippingMethod.NORMAL, urgent_cost: Decimal | None = None,
               note: str = "") -> str:
        """A draft with its lines priced from the fee schedule in force today (D6)."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        _check_lines(lines)
        if shipping is not ShippingMethod.NORMAL and urgent_cost is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Enter the urgent shipping cost difference (charged to the centre, D8)."),
                field="urgent_cost")
        # Checked before anything is written: the quarter of the month decides the quota (D6).
        first = field_checks.day(month.replace(day=1) if month is not None else None, "month")
        urgent = field_checks.money(urgent_cost, "urgent_cost", required=False)
        remark = field_checks.text(note, "note")
        with self._sessions.write() as s, s.begin():
            for part_id, _ in lines:
                field_checks.existing(s, Part, part_id, "parts")
            today = self._clock().astimezone().date()
            requisition = Requisition(number=numbering.next_number(s, numbering.REQUISITION, today),
                                      month=first, shipping=shipping,
                                      urgent_cost=urgent,
                                      note=remark, created_by_id=actor.staff_id)
            s.add(requisition)
            s.flush()
            for part_id, quantity in lines:
                price = stock_ledger.prices_on(s, part_id, today)
                if price is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Part {part} has no price in the fee schedule."),
                                          field="parts", part=s.get(Part, part_id).part_no)
                s.add(RequisitionLine(requisition_id=requisition.id, part_id=part_id, quantity=quantity,
                                      unit_price=price.fee_price))
            audit_trail.record(s, actor, "requisition", requisition.id, "create",
                               {**audit_trail.created_values(requisition), "lines": [list(x) for x in lines]})
            return requisition.number

    def quota_check(self, number: str) -> QuotaCheck:
        with self._sessions.read() as s:
            return _quota(s, _load(s, number))

    def submit(self, actor: Actor, number: str) -> R:
        """Within the quota: submitted; over it: waits for the manager (D6), excess lines marked."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        with self._sessions.write() as s, s.begin():
            month = s.scalar(select(Requisition.month).where(Requisition.number == number.strip()))
            if month is not None:  # unknown: _load says so
                _serialise_quarter(s, quarter_of(month))
            requisition = _load(s, number)  # read after the lock: its status is as the last submit left it
            _expect(requisition, R.DRAFT)
            requisition.submitted_at = _after_the_last(s, requisition, self._clock())
            check = _quota(s, requisition)
            _mark_over_quota(requisition, check.quota - check.used)
            requisition.status = R.AWAITING_APPROVAL if check.over else R.SUBMITTED
            audit_trail.record(s, actor, "requisition", requisition.id, "submit",
                               {**audit_trail.changes_of(requisition), "quota": str(check.quota),
                                "excess": str(check.excess)})
            return requisition.status

    def approve_over_quota(self, actor: Actor, number: str) -> None:
        require(actor, Permission.REQUISITIONS_APPROVE_OVER_QUOTA)
        with self._sessions.write() as s, s.begin():
            requisition = _load(s, number)
            _expect(requisition, R.AWAITING_APPROVAL)
            requisition.status, requisition.approved_by_id = R.SUBMITTED, actor.staff_id
            audit_trail.record(s, actor, "requisition", requisition.id, "approve_over_quota",
                               audit_trail.changes_of(requisition))

    def mark_shipped(self, actor: Actor, number: str) -> None:
        require(actor, Permission.REQUISITIONS_MANAGE)
        with self._sessions.write() as s, s.begin():
            requisition = _load(s, number)
            _expect(requisition, R.SUBMITTED)
            requisition.status = R.SHIPPED
            audit_trail.record(s, actor, "requisition", requisition.id, "ship", audit_trail.changes_of(requisition))

    def receive(self, actor: Actor, number: str, received: dict[int, int]) -> R:
        """Books the arrived quantities (part id -> quantity) into stock in this one transaction."""
        require(actor, Permission.STOCK_MANAGE)
        for quantity in received.values():
            if not (isinstance(quantity, int) and quantity < 0):  # a negative one: the message below names the part
                field_checks.quantity(quantity, "received", minimum=0)
        with self._sessions.write() as s, s.begin():
            # The requisition row is locked before its lines are read: two counters booking the same
            # delivery at once are queued on PostgreSQL (SQLite's write session is serialised
            # already), so the second checks its quantities against what the first booked and an
            # over-receipt is refused below instead of both being added to stock.
            s.execute(select(Requisition.id).where(Requisition.number == number.strip()).with_for_update())
            requisition = _load(s, number)  # after the lock (unknown number: _load says so)
            _expect(requisition, R.SHIPPED, R.PARTIALLY_RECEIVED)
            lines = {line.part_id: line for line in requisition.lines}
            for part_id, quantity in sorted(received.items()):
                line = lines.get(part_id)
                if line is None or quantity < 0 or line.received_quantity + quantity > line.quantity:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "More arrived of {part} than was ordered, or it is not on this requisition."),
                        field="received", part=s.get(Part, part_id).part_no if s.get(Part, part_id) else part_id)
                if quantity:
                    stock_ledger.lock_part(s, part_id)
                    s.add(StockMovement(part_id=part_id, kind=MovementKind.RECEIPT, quantity=quantity,
                                        by_id=actor.staff_id, requisition_id=requisition.id))
                    line.received_quantity += quantity
            complete = all(line.received_quantity == line.quantity for line in requisition.lines)
            requisition.status = R.RECEIVED if complete else R.PARTIALLY_RECEIVED
            if complete:
                requisition.received_at = self._clock()
            audit_trail.record(s, actor, "requisition", requisition.id, "receive",
                               {"received": {str(k): v for k, v in received.items()}, "status": requisition.status.value})
            return requisition.status

    def close_short(self, actor: Actor, number: str, reason: str) -> None:
        """结束剩余: the manufacturer will not send the rest of a shipped requisition. It ends closed
        with what arrived, its moment and reason kept on it (the tab, the detail and the printed form
        show them); from then on only what arrived counts toward the quarter's quota (D6), so the
        missing parts can be ordered again without being counted twice."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for closing the rest."),
                                  field="reason")
        kept = field_checks.text(reason, "reason", Requisition.close_reason)
        with self._sessions.write() as s, s.begin():
            # Locked as receive locks it: a delivery booked at another counter meanwhile is counted.
            s.execute(select(Requisition.id).where(Requisition.number == number.strip()).with_for_update())
            requisition = _load(s, number)
            _expect(requisition, R.SHIPPED, R.PARTIALLY_RECEIVED)
            closed = {str(line.part_id): line.quantity - line.received_quantity for line in requisition.lines
                      if line.quantity > line.received_quantity}
            requisition.status, requisition.closed_at, requisition.close_reason = R.CLOSED, self._clock(), kept
            audit_trail.record(s, actor, "requisition", requisition.id, "close_short",
                               {**audit_trail.changes_of(requisition), "reason": kept, "closed_short": closed})

    def cancel(self, actor: Actor, number: str, reason: str) -> None:
        require(actor, Permission.REQUISITIONS_MANAGE)
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for cancelling."), field="reason")
        with self._sessions.write() as s, s.begin():
            requisition = _load(s, number)
            _expect(requisition, R.DRAFT, R.AWAITING_APPROVAL, R.SUBMITTED)
            requisition.status = R.CANCELLED
            audit_trail.record(s, actor, "requisition", requisition.id, "cancel",
                               {**audit_trail.changes_of(requisition), "reason": reason.strip()})


# PostgreSQL advisory locks are keyed (space, key); this space is the quarter's quota (rule D6).
_QUOTA_LOCK_SPACE = 0x4436  # "D6"


def _serialise_quarter(s: Session, quarter: str) -> None:
    """Rule D6: one submission of a quarter at a time, until its transaction ends.

    The quota is used in submission order, so each submission must see every earlier one. Two
    transactions reading the quota at once would each miss the other's uncommitted submission and
    could both pass it. On PostgreSQL a transaction-scoped advisory lock on the quarter queues the
    second submission until the first commits (READ COMMITTED then shows it the first); on SQLite
    the write session's BEGIN IMMEDIATE already holds the database's single write lock, and a
    submission kept waiting past the busy timeout gets the plain "try again" message.
    """
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(CAST(:space AS integer), CAST(:key AS integer))"),
                  {"space": _QUOTA_LOCK_SPACE, "key": int(quarter[:4]) * 10 + int(quarter[-1])})


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.datetime.now().astimezone().tzinfo)


def _check_lines(lines: list[tuple[int, int]]) -> None:
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A requisition needs at least one line."), field="lines")
    if any(isinstance(q, int) and q <= 0 for _, q in lines) or len({p for p, _ in lines}) != len(lines):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Each part once, with a quantity of at least 1."),
                              field="lines")
    for _, quantity in lines:
        field_checks.quantity(quantity, "lines")  # also the upper bound: the integer column ends far below 10**10


def _load(s: Session, number: str) -> Requisition:
    requisition = s.scalar(select(Requisition).where(Requisition.number == number.strip()))
    if requisition is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no requisition “{number}”."),
                              field="requisition", number=number.strip())
    return requisition


def _expect(requisition: Requisition, *states: R) -> None:
    if requisition.status not in states:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Requisition {number} is {status}: not possible now."),
                              field="status", number=requisition.number, status=requisition.status.value)


def _total(requisition: Requisition) -> Decimal:
    """D6: what a requisition takes of the quota: while open, what was ordered; once received or
    closed short (结束剩余), what actually arrived."""
    if requisition.status in (R.RECEIVED, R.CLOSED):
        return sum((line.unit_price * line.received_quantity for line in requisition.lines), ZERO)
    return sum((line.unit_price * line.quantity for line in requisition.lines), ZERO)


def _quota(s: Session, requisition: Requisition) -> QuotaCheck:
    quarter = quarter_of(requisition.month)
    remittances, rates = fund_inputs(s)
    quota = quarter_quota(remittances, rates, quarter)
    months = list(quarter_months(quarter))
    # D6: the quota is used in the order requisitions were submitted (ties by id), so a later one
    # never turns an earlier one's figures (and its printed form) into an excess, and the
    # quarter's excess is counted once, by the requisition that went past the quota. A draft is
    # checked as if submitted now: after every submitted one.
    earlier = [Requisition.month.in_(months), Requisition.id != requisition.id, Requisition.submitted_at.is_not(None),
               Requisition.status.in_([R.AWAITING_APPROVAL, R.SUBMITTED, R.SHIPPED, R.PARTIALLY_RECEIVED, R.RECEIVED,
                                    R.CLOSED])]
    if requisition.submitted_at is not None:
        earlier.append(or_(Requisition.submitted_at < requisition.submitted_at,
                           and_(Requisition.submitted_at == requisition.submitted_at, Requisition.id < requisition.id)))
    used = sum((_total(r) for r in s.scalars(select(Requisition).where(*earlier))), ZERO)
    this = _total(requisition)
    excess = max(ZERO, used + this - quota)
    return QuotaCheck(quarter, quota, used, this, min(excess, this))


def _after_the_last(s: Session, requisition: Requisition, now: dt.datetime) -> dt.datetime:
    """The submission time, a microsecond after the quarter's latest if a counter's clock is behind
    another's: the quota is used in submission order (D6), and a requisition submitted later must
    never come before one whose check (and printed form) already counted without it."""
    latest = s.scalar(select(Requisition.submitted_at).where(
        Requisition.month.in_(quarter_months(quarter_of(requisition.month))), Requisition.submitted_at.is_not(None))
        .order_by(Requisition.submitted_at.desc()).limit(1))
    return max(now, latest + dt.timedelta(microseconds=1)) if latest is not None else now


def _mark_over_quota(requisition: Requisition, available: Decimal) -> None:
    """Lines fill the quota in their order; those reaching past it are the excess (D6)."""
    running = ZERO
    for line in sorted(requisition.lines, key=lambda x: x.id):
        running += line.unit_price * line.quantity
        line.over_quota = running > available
