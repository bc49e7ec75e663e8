"""Read-only service-fund views (D4, D13, D14): remittances, rate versions and the centre's own charges."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop_app.core.permissions import Permission
from desktop_app.core.service_fund import quarter_months
from desktop_app.core.vocabulary import FundEntryKind
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import FundLedgerEntry, FundRateVersion, Remittance, Staff
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require


@dataclass(frozen=True)
class FundRecord:
    """A line of the fund's own records: a remittance (the base, D4) or a charge the centre bears (D13, D14)."""

    kind: str  # "remittance" or "charge"
    day: dt.date
    amount: Decimal  # positive: remitted, or charged to the fund
    text: str | None  # the remittance's reference, or the charge's note
    by: str | None


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
            charged = [FundRecord("charge", e.entry_date, -e.amount, e.note, None) for e in s.scalars(
                select(FundLedgerEntry).where(FundLedgerEntry.kind == FundEntryKind.CHARGE,
                                              FundLedgerEntry.entry_date >= start, FundLedgerEntry.entry_date < end))]
        return sorted(remitted + charged, key=lambda r: r.day, reverse=True)
