"""Read-only service-fund views (D4, D13, D14): remittances, rate versions and the centre's own charges."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.service_fund import quarter_months
from desktop_app.core.vocabulary import FundEntryKind
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import AuditEntry, FundLedgerEntry, FundRateVersion, Remittance, ReturnApplication, Staff
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.fund_notes import FreightCharge, freight_charge


@dataclass(frozen=True)
class FundRecord:
    """A line of the fund's own records: a remittance (the base, D4) or a charge the centre bears (D13, D14)."""

    kind: str  # "remittance" or "charge"
    day: dt.date
    amount: Decimal  # positive: remitted, or charged to the fund
    text: str | None  # the remittance's reference, or the charge's note (None for a freight charge)
    by: str | None
    freight: FreightCharge | None = None  # a return's freight (D13, D14): worded in the user's language


@dataclass(frozen=True)
class RateLine:
    effective_from: dt.date
    percent: Decimal
    by: str


def quarter_span(first: str, last: str) -> tuple[dt.date, dt.date]:
    """The first day of ``first`` and the day after ``last``."""
    start = quarter_months(first)[0]
    end = quarter_months(last)[2]
    return start, (end.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


class FundViews:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def rates(self, actor: Actor) -> list[RateLine]:
        """Every fund-rate version, oldest first (D4: the percentage is configuration with a date)."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        with self._sessions.read() as s:
            return [RateLine(r.effective_from, r.rate_percent, name or "") for r, name in s.execute(
                select(FundRateVersion, Staff.display_name).outerjoin(Staff, FundRateVersion.created_by_id == Staff.id)
                .order_by(FundRateVersion.effective_from))]

    def rate_in_force(self, actor: Actor, day: dt.date) -> RateLine | None:
        lines = [r for r in self.rates(actor) if r.effective_from <= day]
        return max(lines, key=lambda r: r.effective_from) if lines else None

    def records(self, actor: Actor, first_quarter: str, last_quarter: str) -> list[FundRecord]:
        """Remittances and the centre's charges within the quarters, newest first."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        start, end = quarter_span(first_quarter, last_quarter)
        with self._sessions.read() as s:
            remitted = [FundRecord("remittance", r.paid_on, r.amount, r.reference, name) for r, name in s.execute(
                select(Remittance, Staff.display_name).outerjoin(Staff, Remittance.created_by_id == Staff.id)
                .where(Remittance.paid_on >= start, Remittance.paid_on < end))]
            entries = s.execute(
                select(FundLedgerEntry, ReturnApplication.number, ReturnApplication.freight_out,
                       ReturnApplication.freight_back)
                .outerjoin(ReturnApplication, FundLedgerEntry.return_application_id == ReturnApplication.id)
                .where(FundLedgerEntry.kind == FundEntryKind.CHARGE,
                       FundLedgerEntry.entry_date >= start, FundLedgerEntry.entry_date < end)).all()
            makers = _charge_makers(s, [e for e, *_ in entries])
            charged = []
            for e, number, out, back in entries:
                freight = freight_charge(e.note, number, out, back, -e.amount)
                charged.append(FundRecord("charge", e.entry_date, -e.amount, None if freight else e.note,
                                          makers.get((e.id, freight.back if freight else None)), freight))
        return sorted(remitted + charged, key=lambda r: r.day, reverse=True)


def _charge_makers(s: Session, entries: list[FundLedgerEntry]) -> dict[tuple[int, bool | None], str]:
    """Who recorded each charge, from the audit trail: a charge typed in is audited as itself; a return's
    freight (no row of its own in the trail) by whoever shipped (freight out) or acknowledged (back) it."""
    if not entries:
        return {}
    typed = [e.id for e in entries]
    returns = sorted({e.return_application_id for e in entries if e.return_application_id is not None})
    found: dict[tuple[int, bool | None], str] = {}
    rows = s.execute(
        select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.action, Staff.display_name)
        .join(Staff, AuditEntry.user_id == Staff.id)
        .where(or_((AuditEntry.entity == "fund_ledger") & AuditEntry.entity_id.in_(typed)
                   & (AuditEntry.action == "charge"),
                   (AuditEntry.entity == "return_application") & AuditEntry.entity_id.in_(returns)
                   & AuditEntry.action.in_(("ship", "acknowledge")))))
    by_return: dict[tuple[int, bool], str] = {}
    for entity, entity_id, action, name in rows:
        if entity == "fund_ledger":
            found[(entity_id, None)] = name
        else:
            by_return[(entity_id, action == "acknowledge")] = name
    for e in entries:
        for back in (False, True):
            if e.return_application_id is not None and (e.return_application_id, back) in by_return:
                found[(e.id, back)] = by_return[(e.return_application_id, back)]
    return found
