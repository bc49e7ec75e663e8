"""The repair monthly report to the manufacturer (D3) and the improvement report (E2), as data."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.kpis import month_bounds
from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import (
    CauseClass,
    ClaimStatus,
    ComplaintCategory,
    CostBearer,
    Remedy,
    WorkOrderState,
)
from desktop_app.db.engine import SessionFactory
from desktop_app.db.month_reads import prefer_index_lookups
from desktop_app.db.models import Claim, Complaint, FaultCategory, Product, SentMonthlyReport, Unit, WorkOrder
from desktop_app.db.types import utcnow
from desktop_app.services import final_judgement
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.fund_ledger import billed_parts

DUE_DAY = 3  # D3: by the 3rd of the following month

# Which warranty column of the monthly report (D3) each cost bearer counts in. The manufacturer
# reads 保内 as its own warranty: one year from the sale (D10), DOA and early defects included
# (D11, D12). Free repair the centre promises beyond that year (W4) or grants as goodwill (W10) is
# at the centre's own cost (D10, D14) and must not be reported as the manufacturer's.
WARRANTY_COLUMNS: dict[CostBearer, str] = {
    CostBearer.MANUFACTURER_DOA: "in_warranty",
    CostBearer.MANUFACTURER_EARLY_DEFECT: "in_warranty",
    CostBearer.FUND_IN_WARRANTY: "in_warranty",
    CostBearer.FUND_OUT_OF_WARRANTY: "extended_warranty",
    CostBearer.CUSTOMER: "out_of_warranty",
}


@dataclass
class ModelLine:
    model: str
    name: str
    received: int = 0
    repaired: int = 0
    exchanged: int = 0
    returned: int = 0
    in_warranty: int = 0  # the manufacturer's warranty (D10-D13), 保内（厂家）
    extended_warranty: int = 0  # the centre's own free repair beyond it (W4, W10, D10, D14), 延保（中心）
    out_of_warranty: int = 0  # paid by the customer (W5, W11), 保外
    doa: int = 0  # D11
    early_defects: int = 0  # D12
    faults: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class PartLine:
    part_no: str
    name: str
    quantity: int
    value: Decimal  # at the fee schedule, exactly as the month's parts reconciliation values it (D9)


@dataclass(frozen=True)
class RepairMonthlyReport:
    month: dt.date
    models: tuple[ModelLine, ...]
    parts: tuple[PartLine, ...]

    @property
    def parts_value(self) -> Decimal:
        return sum((p.value for p in self.parts), Decimal("0.00"))


@dataclass(frozen=True)
class ImprovementReport:
    first_month: dt.date
    last_month: dt.date
    top_faults: dict[str, list[tuple[str, int]]]  # model -> [(fault, count)] most frequent first
    repeat_repairs: list[tuple[str, str, str]]  # (order, earlier order, model)
    design_defects: list[tuple[str, str, str]]  # (complaint, model, description)
    non_quality_complaints: list[tuple[str, str]]  # (complaint, description)


class MonthlyReports:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def repair_monthly(self, actor: Actor, month: dt.date) -> RepairMonthlyReport:
        require(actor, Permission.REQUISITIONS_MANAGE)
        start, end = month_bounds(month, self._clock().astimezone().tzinfo)
        with self._sessions.read() as s:
            prefer_index_lookups(s)
            lines: dict[str, ModelLine] = {}

            def line(model: str, name: str) -> ModelLine:
                return lines.setdefault(model, ModelLine(model, name))

            # Each claim as judged after diagnosis where it has been (W11): user damage found at the
            # bench is out of warranty, whatever the intake provisionally said.
            # A claim withdrawn at the counter (撤销受理, entered by mistake) or cancelled with its last order
            # was never a repair: counted, it would inflate the DOA and early-defect figures the
            # manufacturer pays for (D11, D12). Its cancelled orders complete nothing, so leave it out whole.
            in_month = (Claim.claim_date >= start.date(), Claim.claim_date < end.date(),
                        Claim.status != ClaimStatus.CANCELLED)
            diagnosed = final_judgement.latest_diagnoses(*in_month)
            # Claims alike in everything the judgement reads, counted together in the database: the rules
            # below are applied once per kind, not to each of a busy month's 20,000 claims (issue 8:
            # fetching and judging every claim was half the report's time).
            approved = Claim.approved_by_id.is_not(None)
            kinds = (Product.model, Product.name, approved, Claim.decision, Claim.cost_bearer, Claim.override_reason,
                     Claim.override_by_id, diagnosed.c.final_decision, diagnosed.c.cause_class)
            judged = (select(*kinds)
                      .select_from(Claim).join(Unit, Claim.unit_id == Unit.id).join(Product, Unit.product_id == Product.id)
                      .outerjoin(diagnosed, diagnosed.c.claim_id == Claim.id)
                      .where(*in_month).cte("judged").prefix_with("MATERIALIZED"))
            claims = s.connection().execute(select(*judged.c, func.count()).group_by(*judged.c))
            for model, name, was_approved, *judgement, count in claims:
                intake_decision, intake_bearer, reason, by_id, final, cause = judgement
                decision, bearer = final_judgement.judged(intake_decision, intake_bearer,
                                                          final_judgement.overridden(reason, by_id), final, cause)
                entry = line(model, name)
                entry.received += count
                column = WARRANTY_COLUMNS[bearer]  # a new bearer fails here rather than miscounting
                setattr(entry, column, getattr(entry, column) + count)
                entry.doa += count if bearer is CostBearer.MANUFACTURER_DOA else 0
                entry.early_defects += count if bearer is CostBearer.MANUFACTURER_EARLY_DEFECT else 0
                # A return counts once the general manager approved it (W9), not while it waits.
                entry.returned += count if decision is Remedy.RETURN and was_approved else 0
            replaced = WorkOrder.replacement_unit_id.is_not(None)
            outcomes = (Product.model, Product.name, replaced, WorkOrder.quote_accepted, FaultCategory.name_zh)
            completed = (select(*outcomes)
                         .select_from(WorkOrder).join(Unit, WorkOrder.unit_id == Unit.id)
                         .join(Product, Unit.product_id == Product.id)
                         .outerjoin(FaultCategory, WorkOrder.fault_category_id == FaultCategory.id)
                         .where(WorkOrder.completed_at >= start, WorkOrder.completed_at < end)
                         .cte("completed").prefix_with("MATERIALIZED"))
            done = s.connection().execute(select(*completed.c, func.count()).group_by(*completed.c))
            for model, name, was_replaced, quote_accepted, fault, count in done:
                entry = line(model, name)
                if was_replaced:
                    entry.exchanged += count
                elif quote_accepted is not False:  # a refused quote went back unrepaired: neither (D3)
                    entry.repaired += count
                if fault:  # still a fault the bench found in the product, repaired or not
                    entry.faults[fault] += count
            models = tuple(sorted(lines.values(), key=lambda m: m.model))
            return RepairMonthlyReport(start.date(), models, _parts_used(s, start, end))

    def improvement(self, actor: Actor, first_month: dt.date, last_month: dt.date) -> ImprovementReport:
        """E2: what needs improving, for the general manager."""
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        tz = self._clock().astimezone().tzinfo
        start, end = month_bounds(first_month, tz)[0], month_bounds(last_month, tz)[1]
        with self._sessions.read() as s:
            # What needs improving in the product: only faults diagnosed as quality defects. User damage
            # (W11) and faults not reproduced say nothing about the product, and a cancelled order was never
            # worked through, so none of them is counted.
            faults: dict[str, Counter[str]] = defaultdict(Counter)
            for model, fault in s.execute(
                    select(Product.model, FaultCategory.name_zh).select_from(WorkOrder)
                    .join(Unit, WorkOrder.unit_id == Unit.id)
                    .join(Product, Unit.product_id == Product.id)
                    .join(FaultCategory, WorkOrder.fault_category_id == FaultCategory.id)
                    .where(WorkOrder.created_at >= start, WorkOrder.created_at < end,
                           WorkOrder.cause_class == CauseClass.QUALITY_DEFECT,
                           WorkOrder.state != WorkOrderState.CANCELLED)):
                faults[model][fault] += 1
            earlier = WorkOrder.__table__.alias("earlier")
            repeats = [(a, b, m) for a, b, m in s.execute(
                select(WorkOrder.number, earlier.c.number, Product.model).select_from(WorkOrder)
                .join(earlier, WorkOrder.repeat_of_id == earlier.c.id)
                .join(Unit, WorkOrder.unit_id == Unit.id).join(Product, Unit.product_id == Product.id)
                .where(WorkOrder.created_at >= start, WorkOrder.created_at < end,
                       WorkOrder.state != WorkOrderState.CANCELLED)  # E16: a cancelled order repaired nothing
                .order_by(WorkOrder.id))]
            day_from, day_to = start.date(), end.date()
            defects = [(n, m, d) for n, m, d in s.execute(
                select(Complaint.number, Product.model, Complaint.description)
                .join(Product, Complaint.product_id == Product.id)
                .where(Complaint.category == ComplaintCategory.DESIGN_DEFECT, Complaint.received_on >= day_from,
                       Complaint.received_on < day_to).order_by(Complaint.id))]
            non_quality = [(n, d) for n, d in s.execute(
                select(Complaint.number, Complaint.description)
                .where(Complaint.category == ComplaintCategory.NON_QUALITY, Complaint.received_on >= day_from,
                       Complaint.received_on < day_to).order_by(Complaint.id))]
        top = {model: counter.most_common(5) for model, counter in sorted(faults.items())}
        return ImprovementReport(first_month, last_month, top, repeats, defects, non_quality)

    def due(self, today: dt.date) -> list[dt.date]:
        """D3: every month before this one whose report is not marked sent, oldest first; last month's
        is due by the 3rd, an earlier one is overdue and stays so until it is marked sent. Months
        before the first claim or work order had nothing to report (a new installation)."""
        with self._sessions.read() as s:
            first_claim = s.scalar(select(func.min(Claim.claim_date)))
            first_order = s.scalar(select(func.min(WorkOrder.created_at)))
            starts = [d for d in (first_claim, first_order.astimezone().date() if first_order else None) if d]
            if not starts:
                return []
            sent = set(s.scalars(select(SentMonthlyReport.month)))
        month, this_month, unsent = min(starts).replace(day=1), today.replace(day=1), []
        while month < this_month:
            if month not in sent:
                unsent.append(month)
            month = (month + dt.timedelta(days=32)).replace(day=1)
        return unsent

    def mark_sent(self, actor: Actor, month: dt.date, sent_on: dt.date | None = None, *,
                  from_month: dt.date | None = None) -> list[dt.date]:
        """See ``SentMonthlyReports.mark_sent``: the day given, the figures kept (D3)."""
        from desktop_app.services.sent_monthly_reports import SentMonthlyReports  # it reads these reports

        return SentMonthlyReports(self._sessions, self._clock).mark_sent(actor, month, sent_on, from_month=from_month)


def _parts_used(s: Session, start: dt.datetime, end: dt.datetime) -> tuple[PartLine, ...]:
    """Per part, the month's lines exactly as the D9 reconciliation bills them (returns to stock netted,
    at the fee schedule), so the report's parts total always equals the reconciliation's."""
    parts: dict[tuple[str, str], list[Any]] = {}
    for billed in billed_parts(s, start, end, start.tzinfo):
        tally = parts.setdefault((billed.part_no, billed.name), [0, Decimal("0.00")])
        tally[0] += billed.quantity
        tally[1] += billed.amount
    return tuple(PartLine(no, name, quantity, value.quantize(Decimal("0.01")))
                 for (no, name), (quantity, value) in sorted(parts.items()) if quantity or value)
