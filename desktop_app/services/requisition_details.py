"""One requisition in full for the requisitions tab: header, quota check (D6), lines with what arrived."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select

from desktop_app.core.money import from_fen
from desktop_app.core.service_fund import ZERO
from desktop_app.core.vocabulary import RequisitionStatus, ShippingMethod
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Requisition, RequisitionLine, Staff
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.listings import RequisitionListing, RequisitionRow
from desktop_app.services.requisitions import QuotaCheck, RequisitionService


@dataclass(frozen=True)
class RequisitionLineDetail:
    part_id: int
    part_no: str
    name: str
    unit: str
    quantity: int  # ordered
    received: int  # so far (partial receipts, line by line)
    unit_price: Decimal  # fee schedule on the requisition's date (D6)
    over_quota: bool  # marked at submission: reaches past the quarter's quota (D6)

    @property
    def outstanding(self) -> int:
        return self.quantity - self.received

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class RequisitionDetail:
    id: int
    number: str
    month: dt.date
    status: RequisitionStatus
    shipping: ShippingMethod
    urgent_cost: Decimal | None  # D8: the difference is the centre's
    note: str | None
    created_by: str
    approved_by: str | None  # the manager who let it go over the quota (D6)
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    received_at: dt.datetime | None
    lines: tuple[RequisitionLineDetail, ...]
    quota: QuotaCheck
    close_reason: str | None = None  # 结束剩余: why the rest will not come (D6)
    closed_at: dt.datetime | None = None

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def outstanding(self) -> int:
        return sum(line.outstanding for line in self.lines)

    @property
    def closed_short(self) -> int:
        """Pieces closed without arriving (结束剩余, D6)."""
        return self.outstanding if self.status is RequisitionStatus.CLOSED else 0

    @property
    def received_total(self) -> Decimal:
        return sum((line.unit_price * line.received for line in self.lines), ZERO)


class RequisitionDetails:
    """Reads only; like the list, anyone signed in may look (the actions check their permissions)."""

    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def get(self, actor: Actor, ref: int | str) -> RequisitionDetail:
        del actor  # reading needs no permission beyond being signed in, as for the list
        quota = None
        with self._sessions.read() as s:
            where = Requisition.id == ref if isinstance(ref, int) else Requisition.number == ref.strip()
            requisition = s.scalar(select(Requisition).where(where))
            if requisition is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no requisition “{number}”."),
                                      field="requisition", number=str(ref))
            names = dict(s.execute(select(Staff.id, Staff.display_name).where(
                Staff.id.in_([i for i in (requisition.created_by_id, requisition.approved_by_id) if i]))).all())
            lines = tuple(RequisitionLineDetail(
                part_id=line.part_id, part_no=line.part.part_no, name=line.part.name, unit=line.part.unit_of_measure,
                quantity=line.quantity, received=line.received_quantity, unit_price=line.unit_price,
                over_quota=line.over_quota) for line in sorted(requisition.lines, key=lambda x: x.id))
            number = requisition.number
            head: dict[str, Any] = dict(
                id=requisition.id, number=number, month=requisition.month, status=requisition.status,
                shipping=requisition.shipping, urgent_cost=requisition.urgent_cost, note=requisition.note,
                created_by=names.get(requisition.created_by_id, ""),
                approved_by=names.get(requisition.approved_by_id) if requisition.approved_by_id else None,
                created_at=requisition.created_at, submitted_at=requisition.submitted_at,
                received_at=requisition.received_at, close_reason=requisition.close_reason,
                closed_at=requisition.closed_at)
        quota = RequisitionService(self._sessions).quota_check(number)
        return RequisitionDetail(**head, lines=lines, quota=quota)


def closed_short(requisition: Requisition, line: RequisitionLine) -> int:
    """A closed requisition's line still short (结束剩余, D6): what will not come."""
    return line.quantity - line.received_quantity if requisition.status is RequisitionStatus.CLOSED else 0


def close_reason(s: Any, requisition: Requisition) -> str | None:
    """The reason given when the rest was closed short (its own column since migration 0007)."""
    del s  # the printed form's caller passes its session; the reason needs no query any more
    return requisition.close_reason if requisition.status is RequisitionStatus.CLOSED else None


@dataclass(frozen=True)
class RequisitionListRow(RequisitionRow):
    close_reason: str | None = None  # 结束剩余 (D6): the list says why a closed one ends short


class SortedRequisitionListing(RequisitionListing):
    """The tab's list, sortable by its header (number, month, shipping, status; else newest month first),
    each row with the reason its rest was closed, if it was."""

    def sort_columns(self) -> dict[str, Any]:
        return {"id": Requisition.id, "number": Requisition.number, "month": Requisition.month,
                "shipping": Requisition.shipping, "status": Requisition.status}

    def _query(self, search: str) -> Select[Any]:
        return super()._query(search).add_columns(Requisition.close_reason)

    def _row(self, values: Any) -> RequisitionListRow:
        *head, total_fen, reason = values
        return RequisitionListRow(*head, total=from_fen(int(total_fen)), close_reason=reason)
