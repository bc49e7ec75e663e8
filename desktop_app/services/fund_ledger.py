"""The service fund (D4-D6, D13, D14): remittances, the rate, charges, and quarterly statements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.money import to_money
from desktop_app.core.permissions import Permission
from desktop_app.core.service_fund import (
    ZERO,
    QuarterStatement,
    RateVersion,
    accrual,
    month_start,
    quarter_of,
    settle,
)
from desktop_app.core.vocabulary import FundEntryKind, MovementKind, PartCharge
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import FundLedgerEntry, FundRateVersion, Remittance, StockMovement, WorkOrderPart
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require


def fund_inputs(s: Session) -> tuple[list[tuple[dt.date, Decimal]], list[RateVersion]]:
    remittances = [(day, amount) for day, amount in s.execute(select(Remittance.paid_on, Remittance.amount))]
    rates = [RateVersion(day, percent) for day, percent in
             s.execute(select(FundRateVersion.effective_from, FundRateVersion.rate_percent))]
    return remittances, rates


def monthly_charges(s: Session) -> dict[dt.date, Decimal]:
    """Parts issued to the fund at fee-schedule prices (D9, D13, D14) plus the centre's freight and
    refurbishment entries, per month of the issue or entry."""
    local = dt.datetime.now().astimezone().tzinfo
    charges: dict[dt.date, Decimal] = {}
    rows = s.execute(
        select(StockMovement.at, WorkOrderPart.unit_price, WorkOrderPart.quantity)
        .join(StockMovement, WorkOrderPart.stock_movement_id == StockMovement.id)
        .where(WorkOrderPart.charged_to == PartCharge.FUND, StockMovement.kind == MovementKind.ISSUE))
    for at, price, quantity in rows:
        month = month_start(at.astimezone(local).date())
        charges[month] = charges.get(month, ZERO) + price * quantity
    for day, amount in s.execute(select(FundLedgerEntry.entry_date, FundLedgerEntry.amount)
                                 .where(FundLedgerEntry.kind == FundEntryKind.CHARGE)):
        charges[month_start(day)] = charges.get(month_start(day), ZERO) - amount  # stored negative: out
    return charges


class FundService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def record_remittance(self, actor: Actor, paid_on: dt.date, amount: Decimal, reference: str = "") -> None:
        require(actor, Permission.FUND_MANAGE)
        if to_money(amount) <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A remittance must be more than zero."), field="amount")
        with self._sessions.write() as s, s.begin():
            row = Remittance(paid_on=paid_on, amount=to_money(amount), reference=reference.strip() or None,
                             created_by_id=actor.staff_id)
            s.add(row)
            s.flush()
            audit_trail.record(s, actor, "remittance", row.id, "create", audit_trail.created_values(row))

    def set_rate(self, actor: Actor, effective_from: dt.date, percent: Decimal) -> None:
        """D4: the percentage is blank in the contract, so it is configuration with a date."""
        require(actor, Permission.FUND_MANAGE)
        if not Decimal("0") <= percent <= Decimal("100"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The fund rate is a percentage from 0 to 100."),
                                  field="percent")
        with self._sessions.write() as s, s.begin():
            if s.scalar(select(FundRateVersion.id).where(FundRateVersion.effective_from == effective_from)):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A rate already starts on {day}."),
                                      field="effective_from", day=effective_from.isoformat())
            row = FundRateVersion(effective_from=effective_from, rate_percent=percent, created_by_id=actor.staff_id)
            s.add(row)
            s.flush()
            audit_trail.record(s, actor, "fund_rate", row.id, "create", audit_trail.created_values(row))

    def record_charge(self, actor: Actor, day: dt.date, amount: Decimal, note: str,
                      return_application_id: int | None = None) -> None:
        """Freight and refurbishment the centre bears (D13, D14), deducted from the fund."""
        require(actor, Permission.FUND_MANAGE)
        if to_money(amount) <= 0 or not note.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A charge needs an amount above zero and a note."),
                                  field="amount")
        with self._sessions.write() as s, s.begin():
            row = FundLedgerEntry(entry_date=day, quarter=quarter_of(day), kind=FundEntryKind.CHARGE,
                                  amount=-to_money(amount), note=note.strip()[:200],
                                  return_application_id=return_application_id)
            s.add(row)
            s.flush()
            audit_trail.record(s, actor, "fund_ledger", row.id, "charge", audit_trail.created_values(row))

    def statements(self, actor: Actor, first_quarter: str, last_quarter: str) -> list[QuarterStatement]:
        """Each quarter from the first with fund activity, opening with the carried surplus (D4)."""
        require(actor, Permission.REQUISITIONS_MANAGE)
        with self._sessions.read() as s:
            remittances, rates = fund_inputs(s)
            accruals, charges = accrual(remittances, rates), monthly_charges(s)
        months = sorted(set(accruals) | set(charges))
        start = min([quarter_of(months[0]), first_quarter]) if months else first_quarter
        quarters = _quarters(start, last_quarter)
        return [q for q in settle(quarters, accruals, charges) if q.quarter >= first_quarter]


def _quarters(first: str, last: str) -> list[str]:
    year, q = int(first[:4]), int(first[-1])
    quarters = []
    while f"{year}Q{q}" <= last:
        quarters.append(f"{year}Q{q}")
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return quarters
