"""Service-fund arithmetic (rules D4-D6): accrual on remittances, monthly tally, quarterly settlement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.money import round_money

ZERO = Decimal("0.00")


def quarter_of(day: dt.date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def quarter_months(quarter: str) -> tuple[dt.date, dt.date, dt.date]:
    year, q = int(quarter[:4]), int(quarter[-1])
    return tuple(dt.date(year, 3 * (q - 1) + m, 1) for m in (1, 2, 3))  # type: ignore[return-value]


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


@dataclass(frozen=True)
class RateVersion:
    effective_from: dt.date
    percent: Decimal  # e.g. Decimal("3.5") for 3.5 % (blank in the contract: configuration, D4)


def rate_on(rates: Sequence[RateVersion], day: dt.date) -> Decimal:
    """The percentage in force on ``day``; none in force yet means no accrual."""
    current = [r for r in rates if r.effective_from <= day]
    return max(current, key=lambda r: r.effective_from).percent if current else Decimal("0")


def accrual(remittances: Iterable[tuple[dt.date, Decimal]], rates: Sequence[RateVersion]) -> dict[dt.date, Decimal]:
    """Fund accrued per month: each remittance x the rate in force on its date (D4).

    Decision: the fund is a percentage of the quarter's remittances, so the shares are summed
    exactly and rounded to the fen once, not per remittance: thirteen remittances of 10.10 at
    3.5 % are 131.30 x 3.5 % = 4.5955 -> 4.60, not 13 x 0.35 = 4.55. The monthly tally keeps
    that total: a month accrues the rounded quarter-to-date share less the rounded share up to
    the month before, so the quarter's months add up to the once-rounded quarter share and a
    month's figure never changes after it has ended.
    """
    exact: dict[dt.date, Decimal] = {}
    for day, amount in remittances:
        exact[month_start(day)] = exact.get(month_start(day), Decimal(0)) + amount * rate_on(rates, day) / 100
    months: dict[dt.date, Decimal] = {}
    for quarter in sorted({quarter_of(m) for m in exact}):
        to_date, rounded_before = Decimal(0), ZERO
        for month in quarter_months(quarter):
            if month in exact:
                to_date += exact[month]
                months[month] = round_money(to_date) - rounded_before
                rounded_before = round_money(to_date)
    return months


@dataclass(frozen=True)
class MonthLine:
    month: dt.date
    accrual: Decimal
    charges: Decimal
    balance: Decimal  # cumulated within the quarter, from the opening balance


@dataclass(frozen=True)
class QuarterStatement:
    quarter: str
    opening: Decimal
    months: tuple[MonthLine, ...]
    accrual: Decimal
    charges: Decimal
    closing: Decimal  # opening + accrual - charges, before settlement
    overrun_payable: Decimal  # D4: the centre pays an overrun in that quarter
    carried_forward: Decimal  # D4: a surplus carries to the next quarter (and over the year end)


def settle(quarters: Sequence[str], accruals: dict[dt.date, Decimal], charges: dict[dt.date, Decimal],
           opening: Decimal = ZERO) -> list[QuarterStatement]:
    """Quarter after quarter: tally monthly, settle at quarter end, carry the surplus on.

    The fund is never set off against payment for goods (D4): an overrun is a payment of its own,
    and the next quarter opens at zero after it.
    """
    statements = []
    for quarter in quarters:
        balance, lines = opening, []
        for month in quarter_months(quarter):
            accrued, charged = accruals.get(month, ZERO), charges.get(month, ZERO)
            balance += accrued - charged
            lines.append(MonthLine(month, accrued, charged, balance))
        total_accrual = sum((line.accrual for line in lines), ZERO)
        total_charges = sum((line.charges for line in lines), ZERO)
        overrun = -balance if balance < 0 else ZERO
        carried = balance if balance > 0 else ZERO
        statements.append(QuarterStatement(quarter, opening, tuple(lines), total_accrual, total_charges,
                                           balance, overrun, carried))
        opening = carried
    return statements


def quarter_quota(remittances: Iterable[tuple[dt.date, Decimal]], rates: Sequence[RateVersion],
                  quarter: str) -> Decimal:
    """D6: parts within the fund's share of the quarter's remittances are supplied directly."""
    months = set(quarter_months(quarter))
    return sum((v for m, v in accrual(remittances, rates).items() if m in months), ZERO)
