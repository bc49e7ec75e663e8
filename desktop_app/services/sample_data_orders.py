"""Sample work orders: one repair's state history, diagnosis, quote, parts, report and survey."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop_app.core.vocabulary import (
    CauseClass,
    ClaimChannel,
    CostBearer,
    MovementKind,
    PartCharge,
    Remedy,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.services.sample_data_catalogue import Catalogue, PartInfo, ProductInfo
from desktop_app.services.sample_data_names import (
    FAULTS,
    NO_PART_SOLUTIONS,
    NOT_REPRODUCED,
    OPINIONS,
    QUALITY_CAUSES,
    SOLUTIONS,
    SURVEY_COMMENTS,
    USER_DAMAGE_CAUSES,
)
from desktop_app.services.sample_data_support import CST, Record, cst_date

S = WorkOrderState
HOUR = dt.timedelta(hours=1)
SHOWCASE_STATES = (S.RECEIVED, S.DISPATCHED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.AWAITING_PARTS, S.REPAIRING, S.REPAIRED,
                   S.READY_FOR_PICKUP, S.SHIPPED_BACK)
SHOWCASE_WITHIN = dt.timedelta(days=14)  # an order stuck longer than two weeks would look wrong

# Which kinds of part a fault usually needs; empty means it is fixed without parts.
PART_KINDS: dict[str, tuple[str, ...]] = {
    "no_power": ("power", "adapter"), "port_failure": ("port", "mainboard"),
    "intermittent": ("port", "mainboard"), "reboot": ("mainboard", "power"), "firmware": (),
    "fan_noise": ("fan",), "optical": ("optics",), "overheating": ("fan",),
    "wifi_weak": ("antenna", "mainboard"), "poe_failure": ("poe", "mainboard"),
    "physical_damage": ("housing", "terminal", "bracket"),
}
SURVEY_QUESTIONS = ("attitude", "timeliness", "quality", "communication")
DEFAULT_LABOUR = Decimal("80.00")  # a schedule entered by hand may lack our labour codes


@dataclass
class Intake:
    """What the claim decided, for the order to follow."""

    t0: dt.datetime  # the claim's reception, UTC
    kind: WorkOrderKind
    channel: ClaimChannel
    product: ProductInfo
    fault: str
    cause: CauseClass
    decision: Remedy  # final, after diagnosis
    cost_bearer: CostBearer
    operator_id: int
    customer: Record
    unit: Record
    claim: Record
    approval_at: dt.datetime | None = None  # a return's approval by the manager (W9)


@dataclass
class Order:
    work_order: Record
    events: list[Record]
    movements: list[Record] = field(default_factory=list)  # receipts before issues, in time order
    part_lines: list[Record] = field(default_factory=list)
    survey: Record | None = None
    replacement_unit: Record | None = None

    @property
    def state(self) -> WorkOrderState:
        return self.work_order["state"]

    @property
    def diagnosed(self) -> bool:
        return self.work_order["cause_class"] is not None


class OrderMaker:
    def __init__(self, rng: random.Random, catalogue: Catalogue, now: dt.datetime) -> None:
        self.rng = rng
        self.cat = catalogue
        self.now = now
        self.on_hand = catalogue.on_hand  # shared: issues never drive it negative
        # A newcomer should meet every open state at least once: recent orders stop in one not yet shown.
        self.states_to_show = set(SHOWCASE_STATES)

    def _hours(self, low: float, high: float) -> dt.timedelta:
        return dt.timedelta(minutes=self.rng.randint(round(low * 60), round(high * 60)))

    def _working_time(self, moment: dt.datetime) -> dt.datetime:
        """Staff act between 08:30 and 18:00 at the counter; later work waits for the morning."""
        local = moment.astimezone(CST)
        if local.hour >= 18:
            local += dt.timedelta(days=1)
        if local.hour >= 18 or local.hour < 8:
            local = local.replace(hour=8, minute=self.rng.randint(30, 59))
        return local.astimezone(dt.timezone.utc)

    def make(self, intake: Intake) -> Order:
        rng = self.rng
        tech = rng.choice(self.cat.technician_ids)
        sup = self.cat.supervisor_id
        op = intake.operator_id
        steps, parts, extra = self._timeline(intake, tech, sup, op)
        kept = self._showcase([s for s in steps if s[1] <= self.now], intake)
        reached = [s[0] for s in kept]
        state = reached[-1]
        wo: Record = {
            "number": None, "_day": intake.claim["claim_date"], "@claim": intake.claim, "@call": None,
            "@customer": intake.customer, "@unit": intake.unit, "kind": intake.kind, "state": state,
            "priority": 1 if intake.kind is WorkOrderKind.ON_SITE or intake.customer["is_key_customer"] else 0,
            "technician_id": None, "dispatched_by_id": None, "dispatched_at": None,
            "fault_category_id": None, "cause_class": None, "diagnosis_note": None, "final_decision": None,
            "quote_parts": None, "quote_labour": None, "quote_travel": None, "quote_accepted": None,
            "quote_decided_at": None, "@replacement_unit": None,
            "required_arrival_at": extra.get("required_arrival_at"), "arrived_at": None, "departed_at": None,
            "called_headquarters": None, "late_arrival": False, "visit_technician_id": None,
            "report_fault_cause": None, "report_solution": None, "report_customer_opinion": None,
            "report_no_parts": False, "completed_at": None, "closed_at": None, "cancel_reason": None,
            "created_at": intake.t0, "row_version": len(kept),
        }
        times = {s[0]: s[1] for s in kept}
        order = Order(wo, [
            {"@work_order": wo, "from_state": prev[0] if prev else None, "to_state": s[0], "by_id": s[2],
             "at": s[1], "note": s[3]}
            for prev, s in zip([None, *kept[:-1]], kept, strict=True)
        ])
        if S.DISPATCHED in times:
            wo.update(technician_id=tech, dispatched_by_id=sup, dispatched_at=times[S.DISPATCHED])
        if S.DIAGNOSING in times and state is not S.DIAGNOSING:
            self._diagnosis(intake, wo, parts)
        if intake.kind is WorkOrderKind.ON_SITE and S.DIAGNOSING in times:
            wo.update(arrived_at=times[S.DIAGNOSING], late_arrival=extra["late"], visit_technician_id=tech)
            if S.REPAIRED in times:
                wo.update(departed_at=times[S.REPAIRED] + dt.timedelta(minutes=rng.randint(10, 40)),
                          called_headquarters=rng.random() < 0.92)  # E23: a few forget to call in
        if "quote" in extra and S.AWAITING_APPROVAL in times and state is not S.AWAITING_APPROVAL:
            decided = kept[reached.index(S.AWAITING_APPROVAL) + 1][1]
            wo.update(quote_accepted=state is not S.CANCELLED, quote_decided_at=decided)
        if state is S.CANCELLED:
            wo["cancel_reason"] = "客户不接受报价，原样取回"
        if S.REPAIRING in times and parts:
            self._issue_parts(order, intake, parts, times[S.REPAIRING], tech, S.AWAITING_PARTS in times)
        done = times.get(S.REPAIRED) or times.get(S.READY_FOR_PICKUP) or times.get(S.SHIPPED_BACK)
        if intake.decision is Remedy.RETURN and S.CLOSED in times:
            done = times[S.CLOSED]
        if done is not None:
            wo["completed_at"] = done
            self._report(intake, wo, parts)
            wo["report_no_parts"] = not (S.REPAIRING in times and parts)  # E23: "none replaced" said, as close() needs
            if intake.decision is Remedy.EXCHANGE:
                order.replacement_unit = self._replacement(intake, done)
                wo["@replacement_unit"] = order.replacement_unit
        if state is S.CLOSED:
            wo["closed_at"] = times[S.CLOSED]
            wo["report_customer_opinion"] = rng.choice(OPINIONS)
            if rng.random() < 0.45:  # E17: not every customer hands the survey back
                order.survey = self._survey(intake, wo, op)
        return order

    def _showcase(self, kept: list[tuple[WorkOrderState, dt.datetime, int, str | None]],
                  intake: Intake) -> list[tuple[WorkOrderState, dt.datetime, int, str | None]]:
        """Cuts a recent order at an open state no other order shows yet (its history stays true)."""
        final = kept[-1][0]
        if final in self.states_to_show or self.now - intake.t0 > SHOWCASE_WITHIN:
            self.states_to_show.discard(final)
            return kept
        for index, (state, *_rest) in enumerate(kept):
            if state in self.states_to_show:
                self.states_to_show.discard(state)
                return kept[:index + 1]
        return kept

    def _timeline(self, intake: Intake, tech: int, sup: int, op: int):
        """Every step the order would take, with who and when; the caller cuts it at now."""
        rng, t = self.rng, intake.t0
        steps: list[tuple[WorkOrderState, dt.datetime, int, str | None]] = [(S.RECEIVED, t, op, "前台受理")]
        extra: dict[str, Any] = {}
        parts: list[PartInfo] = []

        def step(state: WorkOrderState, low: float, high: float, by: int, note: str | None = None) -> None:
            nonlocal t
            t = self._working_time(t + self._hours(low, high))
            steps.append((state, t, by, note))

        if intake.decision is Remedy.RETURN:
            if intake.approval_at is None:  # W9: nothing moves before the manager approves
                return steps, parts, extra
            t = max(t, intake.approval_at)
            step(S.DISPATCHED, 0.3, 3, sup, "退货已获总经理批准，派工检测")
            step(S.DIAGNOSING, 1, 8, tech, "退货检测")
            step(S.CLOSED, 2, 30, op, "退货完成，货款已按原价退还")
            return steps, parts, extra
        # Some days the supervisor dispatches bench work only the next morning(s); visits go first.
        busy = intake.kind is WorkOrderKind.BENCH and rng.random() < 0.15
        step(S.DISPATCHED, *((20, 72) if busy else (0.3, 6)), sup, "主管派工")
        if intake.kind is WorkOrderKind.ON_SITE:
            # S3: arrive by the time the customer asked for; late for about one visit in ten (E23).
            wanted = intake.t0.astimezone(CST).replace(hour=rng.choice((9, 10, 14)), minute=0) + dt.timedelta(
                days=rng.randint(1, 2))
            extra["required_arrival_at"] = wanted.astimezone(dt.timezone.utc)
            late = rng.random() < 0.1
            offset = dt.timedelta(minutes=rng.randint(20, 120) if late else -rng.randint(5, 45))
            t = max(extra["required_arrival_at"] + offset, t + HOUR)
            extra["late"] = t > extra["required_arrival_at"]
            steps.append((S.DIAGNOSING, t, tech, "到达现场"))
        else:
            step(S.DIAGNOSING, 2, 30, tech, "开始检测")
        if intake.decision is Remedy.EXCHANGE:
            last = S.SHIPPED_BACK if intake.channel is ClaimChannel.MAIL else S.READY_FOR_PICKUP
            step(last, 2, 30, tech, "故障确认，换新机")
            step(S.CLOSED, 24 if last is S.SHIPPED_BACK else 4, 120, op, "客户已取新机")
            return steps, parts, extra
        if intake.decision is Remedy.NEGOTIATED:
            step(S.CLOSED, 24, 96, sup, "与客户协商一致后结案 (W8)")
            return steps, parts, extra
        if intake.cause is not CauseClass.NOT_REPRODUCIBLE:
            parts = self._choose_parts(intake)
        if intake.decision is Remedy.PAID_REPAIR:
            extra["quote"] = True
            step(S.AWAITING_APPROVAL, 1, 6, tech, "已报价，等待客户确认")
            if rng.random() < 0.15:
                step(S.CANCELLED, 4, 72, op, "客户不接受报价")
                return steps, parts, extra
            step(S.REPAIRING, 4, 72, tech, "客户同意报价")
            if parts and intake.kind is WorkOrderKind.BENCH and rng.random() < 0.2:
                steps[-1] = (S.AWAITING_PARTS, t, tech, "缺件，等待备件到货")
                step(S.REPAIRING, *self._parts_wait(), tech, "备件到货")
        elif parts and intake.kind is WorkOrderKind.BENCH and rng.random() < 0.2:
            step(S.AWAITING_PARTS, 1, 6, tech, "缺件，等待备件到货")
            step(S.REPAIRING, *self._parts_wait(), tech, "备件到货")
        else:
            step(S.REPAIRING, 0.5, 24, tech, None)
        if intake.kind is WorkOrderKind.ON_SITE:
            step(S.REPAIRED, 1, 4, tech, "现场修复")
            step(S.CLOSED, 2, 48, sup, "电话回访确认")
            return steps, parts, extra
        step(S.REPAIRED, 2, 48, tech, "维修完成")
        if intake.channel is ClaimChannel.MAIL:
            step(S.SHIPPED_BACK, 2, 24, op, "快递寄回客户 (W4)")
            step(S.CLOSED, 48, 96, op, "客户签收")
        else:
            step(S.READY_FOR_PICKUP, 0.2, 3, tech, "通知客户取机")
            step(S.CLOSED, 4, 240, op, "客户凭单取机")
        return steps, parts, extra

    def _parts_wait(self) -> tuple[float, float]:
        return (240, 960) if self.rng.random() < 0.08 else (48, 240)

    def _choose_parts(self, intake: Intake) -> list[PartInfo]:
        rng, model = self.rng, intake.product.model
        kinds = PART_KINDS[intake.fault]
        if not kinds or rng.random() < 0.3:
            return []
        fitting = [p for p in self.cat.parts if p.kind in kinds and p.fits(model)]
        if not fitting:
            return []
        chosen = [rng.choice(fitting)]
        wear = [p for p in self.cat.parts if p.wear and p.fits(model) and p not in chosen]
        if wear and rng.random() < 0.15:  # e.g. a worn cable swapped too, charged to the customer (W6)
            chosen.append(rng.choice(wear))
        return chosen

    def _charge(self, intake: Intake, part: PartInfo) -> PartCharge:
        if part.wear or intake.cost_bearer is CostBearer.CUSTOMER:
            return PartCharge.CUSTOMER  # W6 wear parts, W5 paid repairs
        if intake.cost_bearer in (CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_EARLY_DEFECT):
            return PartCharge.MANUFACTURER  # D11, D12
        return PartCharge.FUND  # D13, D14

    def _diagnosis(self, intake: Intake, wo: Record, parts: list[PartInfo]) -> None:
        fault_zh = FAULTS[intake.fault][0]
        cause = self._cause_text(intake)
        category = intake.product.category
        wo.update(
            fault_category_id=self.cat.fault_ids[(category, intake.fault)], cause_class=intake.cause,
            diagnosis_note=f"{fault_zh}：{cause}", final_decision=intake.decision, _cause_text=cause,
        )
        if intake.decision is Remedy.PAID_REPAIR:
            prices = self.cat.prices_on(cst_date(intake.t0))
            cost = sum((prices.parts[p.id][0] for p in parts), Decimal("0.00"))  # W5: at cost, no margin
            on_site = intake.kind is WorkOrderKind.ON_SITE
            code = "onsite_labour" if on_site else "firmware_labour" if intake.fault == "firmware" else "bench_labour"
            wo.update(quote_parts=cost, quote_labour=prices.labour.get(code, DEFAULT_LABOUR),
                      quote_travel=prices.labour.get("travel_local", DEFAULT_LABOUR) if on_site else None)

    def _cause_text(self, intake: Intake) -> str:
        if intake.cause is CauseClass.USER_DAMAGE:
            return self.rng.choice(USER_DAMAGE_CAUSES)
        if intake.cause is CauseClass.NOT_REPRODUCIBLE:
            return NOT_REPRODUCED
        return QUALITY_CAUSES[intake.fault]

    def _report(self, intake: Intake, wo: Record, parts: list[PartInfo]) -> None:
        """E17/E23: fault cause, solution and replaced parts; the customer's opinion at pickup."""
        wo["report_fault_cause"] = wo.get("_cause_text") or self._cause_text(intake)
        if intake.decision is Remedy.RETURN:
            solution = "经检测确认质量问题，按W2办理退货"
        elif intake.decision is Remedy.EXCHANGE:
            solution = "经检测确认质量问题，更换同型号新机"
        elif intake.decision is Remedy.NEGOTIATED:
            solution = "与客户协商处理，详见理赔备注"
        elif intake.cause is CauseClass.NOT_REPRODUCIBLE:
            solution = "未更换配件，恢复出厂设置后交还客户"
        elif parts:
            solution = self.rng.choice(SOLUTIONS).format(part="、".join(p.name for p in parts))
        else:
            solution = self.rng.choice(NO_PART_SOLUTIONS)
        wo["report_solution"] = solution

    def _issue_parts(self, order: Order, intake: Intake, parts: list[PartInfo], at: dt.datetime,
                     tech: int, waited: bool) -> None:
        prices = self.cat.prices_on(cst_date(at))
        for part in parts:
            quantity = 2 if part.kind == "terminal" else 1
            if waited or self.on_hand.get(part.id, 0) < quantity:
                # D8: parts come with the goods; the receipt lands before the issue it feeds.
                refill = max(quantity, part.reorder_level * 2)
                order.movements.append({
                    "part_id": part.id, "kind": MovementKind.RECEIPT, "quantity": refill, "at": at - 2 * HOUR,
                    "by_id": self.cat.supervisor_id, "@work_order": None, "@requisition": None,
                    "reason": "随货补充备件 (D8)", "approved_by_id": None, "is_tool_check_in": False,
                })
                self.on_hand[part.id] = self.on_hand.get(part.id, 0) + refill
            issue = {
                "part_id": part.id, "kind": MovementKind.ISSUE, "quantity": -quantity, "at": at,
                "by_id": tech, "@work_order": order.work_order, "@requisition": None,
                "reason": "维修领用", "approved_by_id": None, "is_tool_check_in": False,
            }
            self.on_hand[part.id] -= quantity
            order.movements.append(issue)
            charge = self._charge(intake, part)
            cost, fee = prices.parts[part.id]
            order.part_lines.append({
                "@work_order": order.work_order, "part_id": part.id, "quantity": quantity,
                # W5/W6: the customer pays cost; fund and manufacturer are billed the schedule (D9).
                "unit_price": cost if charge is PartCharge.CUSTOMER else fee,
                "charged_to": charge, "@stock_movement": issue,
            })

    def _replacement(self, intake: Intake, at: dt.datetime) -> Record:
        """W3 exchange: a new unit of the same model; the warranty still runs from the first sale."""
        unit = intake.unit
        return {
            "serial": None, "_prefix": intake.product.serial_prefix, "_year": cst_date(at).year,
            "product_id": intake.product.id, "@customer": intake.customer, "sale_date": unit["sale_date"],
            "invoice_no": unit["invoice_no"], "sale_registered": unit["sale_registered"],
            "centre_received_date": None, "created_at": at, "row_version": 1,
        }

    def _survey(self, intake: Intake, wo: Record, op: int) -> Record:
        rng = self.rng
        base = 5 if rng.random() < 0.6 else 4
        scores = {q: max(1, base - (rng.random() < 0.2) - (rng.random() < 0.05)) for q in SURVEY_QUESTIONS}
        customer = intake.customer
        return {
            "@work_order": wo, "filled_on": cst_date(wo["closed_at"]), "scores": scores,
            "overall": round(sum(scores.values()) / len(scores)), "comment": rng.choice(SURVEY_COMMENTS),
            "customer_name": customer["contact_person"] or customer["name"], "entered_by_id": op,
            "created_at": wo["closed_at"] + dt.timedelta(minutes=rng.randint(3, 30)),
        }
