"""Read-only helpers for the intake desk: claim summaries, a scanned unit's owner, the call log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, CostBearer, Remedy
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Call, Claim, Customer, Product, Staff, Unit, WorkOrder
from desktop_app.services.calls import CallListing, CallRow
from desktop_app.services.lookup import CustomerMatch, UnitBrief


@dataclass(frozen=True)
class ClaimBrief:
    """One claim as the counter and the approving manager read it."""

    id: int
    number: str
    claim_date: dt.date
    status: ClaimStatus
    channel: ClaimChannel
    customer_name: str
    phone: str
    product_model: str
    serial: str
    fault_description: str
    decision: Remedy | None
    cost_bearer: CostBearer | None
    accessories_missing: tuple[str, ...]
    work_order_number: str | None


@dataclass(frozen=True)
class CallLogRow(CallRow):
    """A register line with who took the call and what the caller was told (E19)."""

    staff: str = ""
    outcome: str | None = None


class IntakeSupport:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def claim_briefs(self, claim_ids: list[int]) -> list[ClaimBrief]:
        """The claims asked for, in the order asked; unknown ids are left out."""
        if not claim_ids:
            return []
        order = aliased(WorkOrder)
        query = (
            select(Claim.id, Claim.number, Claim.claim_date, Claim.status, Claim.channel, Customer.name,
                   Customer.phone, Product.model, Unit.serial, Claim.fault_description, Claim.decision,
                   Claim.cost_bearer, Claim.accessories_missing, order.number)
            .join(Customer, Claim.customer_id == Customer.id)
            .join(Unit, Claim.unit_id == Unit.id)
            .join(Product, Unit.product_id == Product.id)
            .outerjoin(order, order.claim_id == Claim.id)
            .where(Claim.id.in_(claim_ids))
            .order_by(order.id)  # a claim's first work order wins below
        )
        found: dict[int, ClaimBrief] = {}
        with self._sessions.read() as s:
            for *head, missing, order_number in s.execute(query):
                if head[0] not in found:
                    found[head[0]] = ClaimBrief(*head, accessories_missing=tuple(missing or ()),
                                                work_order_number=order_number)
        return [found[i] for i in claim_ids if i in found]

    def unit_with_owner(self, unit_id: int) -> tuple[CustomerMatch, UnitBrief] | None:
        """A scanned serial: its current owner, with the scanned unit (and how many units they have:
        a company's fleet is not read for a scan); None for a unit nobody owns. One statement."""
        others = aliased(Unit)
        owned = select(func.count()).select_from(others).where(others.customer_id == Unit.customer_id)
        query = (select(Customer.id, Customer.kind, Customer.name, Customer.phone, Customer.contact_person,
                        Customer.city, Customer.address, Customer.row_version, owned.scalar_subquery(),
                        Unit.id, Unit.serial, Product.model, Unit.sale_date, Unit.invoice_no, Unit.sale_registered)
                 .join(Customer, Unit.customer_id == Customer.id).join(Product, Unit.product_id == Product.id)
                 .where(Unit.id == unit_id))
        with self._sessions.read() as s:
            row = s.execute(query).one_or_none()
        if row is None:
            return None
        *owner, row_version, units = row[:9]
        scanned = UnitBrief(*row[9:])
        return CustomerMatch(*owner, (scanned,), row_version, units), scanned


class CallLogListing(CallListing):
    """The call register with the staff member who took each call and the reply given."""

    def _joined(self) -> Select[Any]:
        taken_by = aliased(Staff)
        return (super()._joined()
                .add_columns(taken_by.display_name, Call.reply_note)
                .outerjoin(taken_by, Call.registered_by_id == taken_by.id))

    def _row(self, values: Any) -> CallLogRow:
        *head, overdue, staff, outcome = values
        return CallLogRow(*head, overdue=bool(overdue), staff=staff or "", outcome=outcome)
