"""Sample claims judged by the warranty engine, with their calls and work orders, written batch by batch."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop_app.core.return_refunds import RefundMethod
from desktop_app.core.vocabulary import (
    CallChannel,
    CauseClass,
    ClaimChannel,
    ClaimStatus,
    Remedy,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.core.warranty import ClaimFacts, TierOverride, WarrantyDecision, judge
from desktop_app.services.claims import decision_detail
from desktop_app.core.warranty_policy import DEFAULT_POLICY
from desktop_app.db.models import (
    Call,
    Claim,
    Customer,
    StockMovement,
    Survey,
    Unit,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderPart,
    WorkOrderVisit,
)
from desktop_app.services import numbering
from desktop_app.services.sample_data_catalogue import Catalogue, ProductInfo
from desktop_app.services.sample_data_customers import HISTORY_DAYS, CustomerMaker
from desktop_app.services.sample_data_names import FAULTS, FAULTS_BY_CATEGORY
from desktop_app.services.sample_data_orders import Intake, Order, OrderMaker
from desktop_app.services.sample_data_support import (
    Record,
    at_cst,
    cst_date,
    insert_plain,
    insert_records,
    number_records,
    set_references,
)
from desktop_app.services.work_order_visits import visit_records

ON_SITE_CITIES = ("深圳", "北京", "上海", "南京", "成都", "西安")  # rule S2
LOCAL_CITIES = ("深圳", "东莞", "广州")  # close enough to walk in
VISIT_CATEGORIES = ("industrial_ethernet", "switch", "router")
RECENT_DAYS = 10
RECENT_MINIMUM = 20
REPEAT_WINDOW = dt.timedelta(days=90)  # rule E16 (configuration in the app)
SUPERVISOR_USERNAME = "sup.zhang"
OVERRIDE_REASON = "客户发票遗失，经销商出具出货单证明购买未满三年，按免费维修处理"
ESCALATION_NOTE = "该批次主板已停产无备件，经与客户协商以同系列新型号折价更换"


@dataclass
class Batch:
    customers: list[Record] = field(default_factory=list)
    units: list[Record] = field(default_factory=list)
    claims: list[Record] = field(default_factory=list)
    calls: list[Record] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    replaced: list[tuple[Record, Record]] = field(default_factory=list)  # unit, its replacement
    repeats: list[tuple[Record, Record]] = field(default_factory=list)  # order, the earlier one (E16)


@dataclass(frozen=True)
class Slot:
    """One claim to make: when it came in, and whether it is a fresh return awaiting approval."""

    t0: dt.datetime
    day: dt.date
    pending_return: bool = False


class ClaimMaker:
    def __init__(self, rng: random.Random, catalogue: Catalogue, today: dt.date, now: dt.datetime,
                 serials: set[str], phones: set[str]) -> None:
        self.rng = rng
        self.cat = catalogue
        self.today = today
        self.now = now
        # One rng for all: its draws interleave in claim order, so a seed gives the same rows.
        self.customers = CustomerMaker(rng, catalogue, today, serials, phones)
        self.orders = OrderMaker(rng, catalogue, now)

    # -- planning -------------------------------------------------------------------------
    def plan(self, count: int) -> list[Slot]:
        """Claim dates over six years, growing with the installed base, in time order.

        The density rises fourfold from the oldest day to today. A small load would leave
        the counter with no open work, so the last ten days get at least 20 claims, and a
        few fresh returns wait for the manager's approval (W9).
        """
        rng = self.rng
        pending = min(6, max(2, count // 60)) if count >= 20 else min(count, 1)
        expected_recent = round(count * RECENT_DAYS * 1.6 / HISTORY_DAYS)
        recent = max(0, min(count - pending, RECENT_MINIMUM - pending - expected_recent))
        days = [self.today - dt.timedelta(days=self._age()) for _ in range(count - pending - recent)]
        days += [self.today - dt.timedelta(days=rng.randrange(RECENT_DAYS)) for _ in range(recent)]
        days += [self.today - dt.timedelta(days=rng.randint(0, 4)) for _ in range(pending)]
        slots = []
        for i, day in enumerate(days):
            last_hour = 17 if day < self.today else 11  # "now" is noon of today
            t0 = at_cst(day, rng.randint(8, last_hour), rng.randint(0, 59))
            slots.append(Slot(t0, day, pending_return=i >= count - pending))
        return sorted(slots, key=lambda s: (s.t0, s.pending_return))

    def _age(self) -> int:
        """Days before today: a mix of uniform and recent-weighted (triangular) draws."""
        u = self.rng.random()
        share = u if self.rng.random() < 0.4 else 1 - (1 - u) ** 0.5
        return min(HISTORY_DAYS - 1, int(HISTORY_DAYS * share))

    # -- one batch ------------------------------------------------------------------------
    def make_batch(self, slots: list[Slot]) -> Batch:
        batch = Batch()
        for slot in slots:
            self._claim(batch, slot)
        return batch

    def _claim(self, batch: Batch, slot: Slot) -> None:
        rng, day, t0 = self.rng, slot.day, slot.t0
        customer = self.customers.customer(t0, batch.customers)
        unit, reused = self.customers.unit(customer, t0, day, slot.pending_return, batch.units)
        product: ProductInfo = unit["_product"]
        channel = self._channel(customer, slot)
        wants_visit = (channel is ClaimChannel.PHONE and customer["city"] in ON_SITE_CITIES
                       and product.category in VISIT_CATEGORIES and rng.random() < 0.35)
        fault = self._fault(product, unit, day, reused)
        cause = self._cause(fault, slot)
        received, missing = self._accessories(product, channel, wants_visit, slot)
        has_invoice = unit["invoice_no"] is not None
        facts = ClaimFacts(
            claim_date=day, product_category=product.category,
            sale_date=unit["sale_date"] if has_invoice else None, has_invoice=has_invoice,
            registered_sale_date=unit["sale_date"] if unit["sale_registered"] else None,
            centre_received_date=unit["centre_received_date"], accessories_missing=tuple(missing),
        )
        if not has_invoice and unit["sale_date"] is None and rng.random() < 0.3:
            override = TierOverride(Remedy.FREE_REPAIR, OVERRIDE_REASON, SUPERVISOR_USERNAME)  # W10
            facts = replace(facts, override=override)
        elif cause is CauseClass.QUALITY_DEFECT and (self.today - day).days > 60 and rng.random() < 0.01:
            facts = replace(facts, escalated_note=ESCALATION_NOTE)  # rule W8
        at_intake = judge(facts, DEFAULT_POLICY)  # provisional: cause unknown until diagnosis (W11)
        final = judge(replace(facts, cause=cause), DEFAULT_POLICY)
        requested = self._request(at_intake, cause, slot)
        decision = requested if requested in final.offered else final.best
        kind = WorkOrderKind.ON_SITE if wants_visit and decision in (Remedy.FREE_REPAIR, Remedy.PAID_REPAIR) \
            else WorkOrderKind.BENCH
        approval_at = None
        if decision is Remedy.RETURN and not slot.pending_return:
            approval_at = t0 + dt.timedelta(minutes=rng.randint(120, 1800))  # W9
            if approval_at > self.now:
                approval_at = None
        operator = rng.choice(self.cat.operator_ids)
        claim: Record = {
            "number": None, "_day": day, "channel": channel, "@customer": customer, "@unit": unit,
            "claim_date": day, "fault_description": rng.choice(FAULTS[fault][2]),
            "requested_remedy": requested, "accessories_received": received, "accessories_missing": missing,
            "has_invoice": has_invoice, "policy_version_id": self.cat.policy_version_id,
            "decision_note": facts.escalated_note,
            "override_reason": facts.override.reason if facts.override else None,
            "override_by_id": self.cat.supervisor_id if facts.override else None,
            "approved_by_id": self.cat.manager_id if approval_at else None, "approved_at": approval_at,
            "created_by_id": operator, "created_at": t0, "row_version": 1,
        }
        order = self.orders.make(Intake(
            t0=t0, kind=kind, channel=channel, product=product, fault=fault, cause=cause, decision=decision,
            cost_bearer=final.cost_bearer, operator_id=operator, customer=customer, unit=unit, claim=claim,
            approval_at=approval_at,
        ))
        if order.diagnosed:
            self._decide(claim, final, decision)
        else:
            self._decide(claim, at_intake, requested if requested in at_intake.offered else at_intake.best)
        claim["status"] = self._status(order.state, claim)
        # Every claim gets the same keys (one bulk insert), a completed return its refund (W2, W9).
        claim.update(_refund(unit["serial"], order.work_order["closed_at"])
                     if claim["decision"] is Remedy.RETURN and claim["status"] is ClaimStatus.COMPLETED
                     else _NO_REFUND)
        batch.claims.append(claim)
        batch.orders.append(order)
        if channel is ClaimChannel.PHONE:
            call = self._call_for(customer, claim, t0, operator, kind is WorkOrderKind.ON_SITE)
            batch.calls.append(call)
            if kind is WorkOrderKind.ON_SITE:
                order.work_order["@call"] = call
        self._after_order(batch, unit, order, fault, day)

    @staticmethod
    def _decide(claim: Record, decision: WarrantyDecision, chosen: Remedy) -> None:
        claim.update(decision=chosen, offered_remedies=[r.value for r in decision.offered],
                     cost_bearer=decision.cost_bearer, decision_detail=decision_detail(decision))

    @staticmethod
    def _status(state: WorkOrderState, claim: Record) -> ClaimStatus:
        if claim["decision"] is Remedy.RETURN and claim["approved_at"] is None:
            return ClaimStatus.AWAITING_APPROVAL  # W9
        if state is WorkOrderState.RECEIVED:
            return ClaimStatus.OPEN
        if state is WorkOrderState.CLOSED:
            return ClaimStatus.COMPLETED
        if state is WorkOrderState.CANCELLED:
            return ClaimStatus.CANCELLED
        return ClaimStatus.IN_PROGRESS

    def _after_order(self, batch: Batch, unit: Record, order: Order, fault: str, day: dt.date) -> None:
        wo = order.work_order
        previous = unit.get("_last_order")
        if (previous is not None and order.diagnosed and unit.get("_last_fault") == fault
                and previous["completed_at"] is not None
                and wo["created_at"] - previous["completed_at"] <= REPEAT_WINDOW):
            batch.repeats.append((wo, previous))  # E16: counted against the earlier technician
        unit["_last_order"], unit["_last_fault"] = wo, fault
        cancelled = order.state is WorkOrderState.CANCELLED
        unit["_free_at"] = wo["closed_at"] or (order.events[-1]["at"] if cancelled else None)
        replacement = order.replacement_unit
        if replacement is not None:
            replacement["serial"] = self.customers.serial(replacement["_prefix"], replacement["_year"])
            replacement["_product"] = unit["_product"]
            replacement["_free_at"] = replacement["created_at"]
            unit["_replaced"] = True
            unit["_owner"]["_units"].append(replacement)
            replacement["_owner"] = unit["_owner"]
            batch.units.append(replacement)
            batch.replaced.append((unit, replacement))

    # -- the claim's facts ----------------------------------------------------------------
    def _channel(self, customer: Record, slot: Slot) -> ClaimChannel:
        if slot.pending_return:
            return ClaimChannel.WALK_IN
        local = customer["city"] in LOCAL_CITIES
        # Walk-ins near the centre, post from afar; now and then every other channel (S2).
        weights = (60, 22, 8, 2, 3, 2, 2, 1) if local else (25, 22, 40, 2, 4, 3, 3, 1)
        channels = [ClaimChannel.WALK_IN, ClaimChannel.PHONE, ClaimChannel.MAIL, ClaimChannel.FAX, ClaimChannel.EMAIL,
                    ClaimChannel.QQ, ClaimChannel.WEBSITE, ClaimChannel.ON_SITE_REQUEST]
        return self.rng.choices(channels, weights=weights)[0]

    def _fault(self, product: ProductInfo, unit: Record, day: dt.date, reused: bool) -> str:
        last = unit.get("_last_order")
        if reused and last is not None and last["completed_at"] is not None and self.rng.random() < 0.5 \
                and day - cst_date(last["completed_at"]) <= REPEAT_WINDOW:
            return unit["_last_fault"]  # the same fault comes back (E16)
        codes = FAULTS_BY_CATEGORY[product.category]
        return self.rng.choices(codes, weights=[1 if c == "physical_damage" else 4 for c in codes])[0]

    def _cause(self, fault: str, slot: Slot) -> CauseClass:
        if fault == "physical_damage":
            return CauseClass.USER_DAMAGE
        if slot.pending_return:
            return CauseClass.QUALITY_DEFECT
        roll = self.rng.random()
        if roll < 0.08:
            return CauseClass.USER_DAMAGE  # W11
        return CauseClass.NOT_REPRODUCIBLE if roll < 0.17 else CauseClass.QUALITY_DEFECT

    def _accessories(self, product: ProductInfo, channel: ClaimChannel, on_site: bool,
                     slot: Slot) -> tuple[list[str], list[str]]:
        if on_site:
            return [], []  # the unit stays at the customer's
        accessories = list(product.accessories)
        missing: list[str] = []
        if not slot.pending_return and self.rng.random() < (0.25 if channel is ClaimChannel.MAIL else 0.15):
            missing = [self.rng.choice(accessories)]  # W2: charged at cost on return or exchange
        return [a for a in accessories if a not in missing], missing

    def _request(self, decision: WarrantyDecision, cause: CauseClass, slot: Slot) -> Remedy | None:
        """The customer's choice among the offered remedies (W2, W3)."""
        rng, offered = self.rng, decision.offered
        if slot.pending_return:
            return Remedy.RETURN
        if Remedy.RETURN in offered:
            options = [Remedy.EXCHANGE, Remedy.FREE_REPAIR] if cause is CauseClass.USER_DAMAGE \
                else [Remedy.RETURN, Remedy.EXCHANGE, Remedy.FREE_REPAIR]
            return rng.choices(options, weights=[3, 5] if len(options) == 2 else [2, 3, 5])[0]
        if Remedy.EXCHANGE in offered:
            return Remedy.EXCHANGE if rng.random() < 0.35 else Remedy.FREE_REPAIR
        if offered == (Remedy.FREE_REPAIR,):
            return Remedy.FREE_REPAIR if rng.random() < 0.5 else None
        return None

    def _call_for(self, customer: Record, claim: Record, t0: dt.datetime, operator: int, visit: bool) -> Record:
        """E1: a phone claim starts as a registered call; registering the repair is the reply (S1)."""
        received = t0 - dt.timedelta(minutes=self.rng.randint(3, 60))
        return {
            "number": None, "_day": cst_date(received), "channel": CallChannel.PHONE, "received_at": received,
            "@customer": customer, "caller_name": customer["contact_person"] or customer["name"],
            "phone": customer["phone"], "subject": "设备故障报修", "details": claim["fault_description"],
            "needs_visit": visit, "reply_due_at": received + dt.timedelta(hours=8), "replied_at": t0,
            "replied_by_id": operator, "reply_note": "已登记报修，安排上门" if visit else "已登记报修，请客户送修",
            "@claim": claim, "registered_by_id": operator, "created_at": received,
        }


def write_batch(session: Session, batch: Batch) -> Counter[str]:
    """Insert one batch in dependency order, with bulk statements; returns what it added."""
    number_records(session, numbering.CLAIM, batch.claims)
    number_records(session, numbering.WORK_ORDER, [o.work_order for o in batch.orders])
    number_records(session, numbering.CALL, batch.calls)
    insert_records(session, Customer, batch.customers)
    insert_records(session, Unit, batch.units)
    insert_records(session, Claim, batch.claims)
    insert_records(session, Call, batch.calls)
    insert_records(session, WorkOrder, [o.work_order for o in batch.orders])
    insert_plain(session, WorkOrderVisit, visit_records([o.work_order for o in batch.orders]))  # migration 0009
    set_references(session, WorkOrder, "repeat_of_id", batch.repeats)
    set_references(session, Unit, "replaced_by_unit_id", batch.replaced)
    events = insert_plain(session, WorkOrderEvent, [e for o in batch.orders for e in o.events])
    movements = [m for o in batch.orders for m in o.movements]
    insert_records(session, StockMovement, movements)
    lines = insert_plain(session, WorkOrderPart, [line for o in batch.orders for line in o.part_lines])
    surveys = insert_plain(session, Survey, [o.survey for o in batch.orders if o.survey is not None])
    return Counter(
        customers=len(batch.customers), units=len(batch.units), claims=len(batch.claims),
        calls=len(batch.calls), work_orders=len(batch.orders), work_order_events=events,
        stock_movements=len(movements), work_order_parts=lines, surveys=surveys,
    )


_REFUND_METHODS = tuple(RefundMethod)
_NO_REFUND: Record = dict.fromkeys(("refund_purchase_price", "refund_accessories_charge", "refund_amount",
                                    "refund_method", "refund_note", "refunded_at"))


def _refund(serial: str, closed_at: dt.datetime | None) -> Record:
    """A completed return's refund (W2, W9) as the desk records it: the invoice's price, refunded in full.
    From the serial, not the generator: the same seed keeps giving the same rows after it."""
    key = sum(map(ord, serial))
    price = Decimal(380 + 20 * (key % 120))
    return {"refund_purchase_price": price, "refund_accessories_charge": None, "refund_amount": price,
            "refund_method": _REFUND_METHODS[key % len(_REFUND_METHODS)].value, "refund_note": None,
            "refunded_at": closed_at}
