"""Service-fund arithmetic from worked examples (rules D4-D6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from desktop_app.core.service_fund import (
    RateVersion,
    accrual,
    quarter_of,
    quarter_quota,
    rate_on,
    settle,
)

RATES = [RateVersion(dt.date(2025, 1, 1), D("3")), RateVersion(dt.date(2026, 4, 1), D("3.5"))]


def test_quarters_and_rates_by_date() -> None:
    assert [quarter_of(dt.date(2026, m, 15)) for m in (1, 3, 4, 12)] == ["2026Q1", "2026Q1", "2026Q2", "2026Q4"]
    assert rate_on(RATES, dt.date(2026, 3, 31)) == D("3") and rate_on(RATES, dt.date(2026, 4, 1)) == D("3.5")
    assert rate_on(RATES, dt.date(2024, 12, 31)) == D("0")


def test_accrual_takes_each_remittance_at_its_date_rate() -> None:  # rounding: tests/unit/test_fund_share_rounding.py
    # 3 % of 100,000.00 = 3,000.00 in March; 3.5 % of 33,333.33 = 1,166.67 (half up) in April
    months = accrual([(dt.date(2026, 3, 10), D("100000.00")), (dt.date(2026, 4, 2), D("33333.33"))], RATES)
    assert months == {dt.date(2026, 3, 1): D("3000.00"), dt.date(2026, 4, 1): D("1166.67")}


def test_a_quarter_with_a_surplus_carries_it_forward() -> None:
    """Worked example, Q1 2026 at 3 %:
    remittances Jan 200,000 + Feb 100,000 + Mar 0 -> accrual 6,000 + 3,000 = 9,000.
    charges Jan 2,500, Feb 1,000, Mar 1,500 = 5,000. Opening 0 -> closing 4,000 carried to Q2."""
    accruals = {dt.date(2026, 1, 1): D("6000.00"), dt.date(2026, 2, 1): D("3000.00")}
    charges = {dt.date(2026, 1, 1): D("2500.00"), dt.date(2026, 2, 1): D("1000.00"), dt.date(2026, 3, 1): D("1500.00")}
    (q1,) = settle(["2026Q1"], accruals, charges)
    assert [m.balance for m in q1.months] == [D("3500.00"), D("5500.00"), D("4000.00")]  # tallied monthly
    assert (q1.accrual, q1.charges, q1.closing) == (D("9000.00"), D("5000.00"), D("4000.00"))
    assert (q1.overrun_payable, q1.carried_forward) == (D("0.00"), D("4000.00"))


def test_an_overrun_is_paid_that_quarter_and_the_next_opens_at_zero() -> None:
    """Worked example: Q2 opens with the 4,000 surplus, accrues 3,500, is charged 9,000:
    closing -1,500 -> the centre pays 1,500 in Q2 (never set off against goods, D4); Q3 opens at 0."""
    accruals = {dt.date(2026, 4, 1): D("3500.00")}
    charges = {dt.date(2026, 5, 1): D("9000.00")}
    q2, q3 = settle(["2026Q2", "2026Q3"], accruals, charges, opening=D("4000.00"))
    assert (q2.opening, q2.closing, q2.overrun_payable, q2.carried_forward) == (
        D("4000.00"), D("-1500.00"), D("1500.00"), D("0.00"))
    assert q3.opening == D("0.00") and q3.closing == D("0.00")


def test_a_year_end_surplus_carries_into_the_next_year() -> None:
    """Worked example: Q4 2025 accrues 2,000 and is charged 800 -> 1,200 opens Q1 2026."""
    q4, q1 = settle(["2025Q4", "2026Q1"], {dt.date(2025, 11, 1): D("2000.00")}, {dt.date(2025, 12, 1): D("800.00")})
    assert q4.carried_forward == D("1200.00") and q1.opening == D("1200.00")
    assert q1.closing == D("1200.00")


def test_quota_is_the_funds_share_of_the_quarters_remittances() -> None:  # rule D6
    remittances = [(dt.date(2026, 4, 5), D("100000.00")), (dt.date(2026, 6, 30), D("20000.00")),
                   (dt.date(2026, 7, 1), D("50000.00"))]
    assert quarter_quota(remittances, RATES, "2026Q2") == D("4200.00")
