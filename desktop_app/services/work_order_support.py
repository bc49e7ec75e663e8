"""Read-only look-ups for the work-order screens: parts with stock and prices, faults, technicians, codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.core import part_fit
from desktop_app.core.roles import Role
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import (
    Claim,
    FaultCategory,
    FeeSchedule,
    LabourRate,
    Part,
    Product,
    Staff,
    StockMovement,
    Unit,
    WorkOrder,
)
from desktop_app.db.types import utcnow
from desktop_app.services import part_views, quote_gate, stock_ledger, wear_flags
from desktop_app.services.listings import OPEN_ORDER_STATES
from desktop_app.services.text_search import like_pattern

PART_MATCHES = 50  # a picker, not a catalogue: refine the search for more


@dataclass(frozen=True)
class PartChoice:
    id: int
    part_no: str
    name: str
    on_hand: int
    cost_price: Decimal | None  # W5: what a paying customer is charged; None: not in the fee schedule
    fee_price: Decimal | None  # D6, D9: what the fund is charged
    is_wear_part: bool  # W6: always the customer's; for an order's claim, the flag of its policy (W12)
    unit_of_measure: str
    fits_model: bool  # listed for the order's model, universal (no model listed), or no model known
    compatible_models: tuple[str, ...] = ()  # as the catalogue lists them; empty: any model


@dataclass(frozen=True)
class FaultChoice:
    id: int
    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class TechnicianChoice:
    id: int
    display_name: str
    role: Role
    open_orders: int  # how busy they are: the supervisor balances the load


@dataclass(frozen=True)
class LabourChoice:
    code: str
    name_zh: str
    name_en: str
    amount: Decimal


class WorkOrderSupport:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def _today(self) -> dt.date:
        return self._clock().astimezone().date()

    def parts(self, text: str = "", *, model: str | None = None, order_id: int | None = None,
              limit: int = PART_MATCHES) -> list[PartChoice]:
        """Active parts whose number or name contains ``text``; those fitting ``model`` first (ordered in
        the database, so the first ``limit`` fitting parts are never cut off by others, core.part_fit).
        With ``order_id``, the wear flag is the one the order's claim is charged under (W6, W12)."""
        query = select(Part).where(Part.active.is_(True)).order_by(
            case((part_views.fitting(model), 0), else_=1), Part.part_no)
        if text.strip():
            pattern = like_pattern(text.strip())
            query = query.where(or_(Part.part_no.like(pattern, escape="\\"), Part.name.like(pattern, escape="\\")))
        with self._sessions.read() as s:
            return self._choices(s, list(s.scalars(query.limit(limit))), model, order_id)

    def quoted_parts(self, order_id: int, *, model: str | None = None,
                     not_yet_on_order: bool = False) -> list[tuple[PartChoice, int]]:
        """The parts of the order's latest quote with their quantities (E11), as the picker lists them; with
        ``not_yet_on_order``, only what is still to be issued once the customer accepted it."""
        with self._sessions.read() as s:
            if not_yet_on_order:
                accepted = s.scalar(select(WorkOrder.quote_accepted).where(WorkOrder.id == order_id))
                lines = quote_gate.lines_left(s, order_id) if accepted else []
            else:
                lines = quote_gate.quoted_lines(s, order_id)
            parts = {p.id: p for p in s.scalars(select(Part).where(Part.id.in_([i for i, _ in lines])))}
            choices = {c.id: c for c in self._choices(s, [parts[i] for i, _ in lines if i in parts], model, order_id)}
            return [(choices[i], qty) for i, qty in lines if i in choices]

    def _choices(self, s: Session, found: list[Part], model: str | None, order_id: int | None) -> list[PartChoice]:
        """The picker's view of these parts: stock, today's prices, the order's wear flags (W6, W12)."""
        ids = [p.id for p in found]
        # One grouped sum: the same figure as stock_ledger.on_hand, for every listed part at once.
        totals = (select(StockMovement.part_id, func.coalesce(func.sum(StockMovement.quantity), 0))
                  .where(StockMovement.part_id.in_(ids)).group_by(StockMovement.part_id))
        stock = {part_id: total for part_id, total in s.execute(totals)} if ids else {}
        claim_id = s.scalar(select(WorkOrder.claim_id).where(WorkOrder.id == order_id)) if order_id else None
        wear = wear_flags.for_claim(s, claim_id, ids) if claim_id else {}
        day = self._today()
        choices = []
        for part in found:
            price = stock_ledger.prices_on(s, part.id, day)
            choices.append(PartChoice(
                part.id, part.part_no, part.name, int(stock.get(part.id, 0)),
                price.cost_price if price else None, price.fee_price if price else None,
                wear.get(part.id, part.is_wear_part), part.unit_of_measure,
                part_fit.fits(part.compatible_models, model), tuple(part.compatible_models or ())))
        return choices

    def fault_categories(self, order_id: int) -> list[FaultChoice]:
        """The faults of the order's product line (E2, E16); every active one when it has no unit."""
        with self._sessions.read() as s:
            category_id = s.scalar(select(Product.category_id).join(Unit, Unit.product_id == Product.id)
                                   .join(WorkOrder, WorkOrder.unit_id == Unit.id).where(WorkOrder.id == order_id))
            query = select(FaultCategory).where(FaultCategory.active.is_(True))
            if category_id is not None:
                query = query.where(FaultCategory.product_category_id == category_id)
            return [FaultChoice(f.id, f.code, f.name_zh, f.name_en)
                    for f in s.scalars(query.order_by(FaultCategory.id))]

    def technicians(self) -> list[TechnicianChoice]:
        """Who may be dispatched (E1): active technicians, then supervisors, with their open orders."""
        open_orders = (select(func.count(WorkOrder.id))
                       .where(WorkOrder.technician_id == Staff.id, WorkOrder.state.in_(OPEN_ORDER_STATES))
                       .scalar_subquery())
        with self._sessions.read() as s:
            rows = s.execute(select(Staff.id, Staff.display_name, Staff.role, open_orders)
                             .where(Staff.active.is_(True), Staff.role.in_([Role.TECHNICIAN, Role.SUPERVISOR])))
            choices = [TechnicianChoice(i, name, role, int(n or 0)) for i, name, role, n in rows]
        return sorted(choices, key=lambda c: (c.role is not Role.TECHNICIAN, c.display_name))

    def labour_rates(self) -> list[LabourChoice]:
        """Labour and travel charges of the fee schedule in force today (E11 quotes)."""
        with self._sessions.read() as s:
            schedule_id = s.scalar(select(FeeSchedule.id).where(FeeSchedule.effective_from <= self._today())
                                   .order_by(FeeSchedule.effective_from.desc()).limit(1))
            if schedule_id is None:
                return []
            return [LabourChoice(r.code, r.name_zh, r.name_en, r.amount) for r in
                    s.scalars(select(LabourRate).where(LabourRate.schedule_id == schedule_id).order_by(LabourRate.id))]

    def find_order(self, code: str) -> int | None:
        """A scanned code: a work-order number, or a claim number or serial (the newest of its orders)."""
        code = code.strip()
        if not code:
            return None
        with self._sessions.read() as s:
            found = s.scalar(select(WorkOrder.id).where(WorkOrder.number == code))
            if found is None:
                found = s.scalar(select(WorkOrder.id).join(Claim, WorkOrder.claim_id == Claim.id)
                                 .where(Claim.number == code).order_by(WorkOrder.id.desc()).limit(1))
            if found is None:
                found = s.scalar(select(WorkOrder.id).join(Unit, WorkOrder.unit_id == Unit.id)
                                 .where(Unit.serial == code).order_by(WorkOrder.id.desc()).limit(1))
            return found
