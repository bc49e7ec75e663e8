"""The fund's share of a quarter's remittances is rounded to the fen once, not per remittance (D4, D6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from hypothesis import given, strategies as st

from desktop_app.core.money import round_money
from desktop_app.core.service_fund import RateVersion, accrual, quarter_months, quarter_quota, settle

RATE = [RateVersion(dt.date(2020, 1, 1), D("3.5"))]
SMALL = [(dt.date(2026, 1, d), D("10.10")) for d in (5, 6, 7)] + [(dt.date(2026, 2, d), D("10.10")) for d in range(1, 11)]


def test_many_small_remittances_accrue_the_quarters_share_rounded_once() -> None:  # rules D4, D6
    # 13 x 10.10 = 131.30; x 3.5 % = 4.5955 -> 4.60 (each rounded apart: 13 x 0.35 = 4.55)
    assert quarter_quota(SMALL, RATE, "2026Q1") == D("4.60")
    (q1,) = settle(["2026Q1"], accrual(SMALL, RATE), {})
    assert q1.accrual == D("4.60") and q1.closing == D("4.60")


def test_the_monthly_tally_adds_up_to_the_quarter_and_a_past_month_never_changes() -> None:  # rule D4
    january_only = accrual(SMALL[:3], RATE)  # 30.30 x 3.5 % = 1.0605 -> 1.06
    months = accrual(SMALL, RATE)
    assert january_only == {dt.date(2026, 1, 1): D("1.06")}
    assert months == {dt.date(2026, 1, 1): D("1.06"), dt.date(2026, 2, 1): D("3.54")}  # 4.60 to date


def test_a_new_quarter_starts_its_own_rounding() -> None:  # rule D4
    remittances = [(dt.date(2026, 3, 31), D("10.10")), (dt.date(2026, 4, 1), D("10.10"))]
    assert accrual(remittances, RATE) == {dt.date(2026, 3, 1): D("0.35"), dt.date(2026, 4, 1): D("0.35")}


def test_a_rate_change_inside_the_quarter_applies_to_each_remittance_by_its_date() -> None:  # rule D4
    rates = [*RATE, RateVersion(dt.date(2026, 2, 15), D("3"))]
    remittances = [(dt.date(2026, 2, 1), D("10.10")), (dt.date(2026, 2, 20), D("10.10")), (dt.date(2026, 3, 1), D("0.15"))]
    # 0.3535 + 0.303 + 0.0045 = 0.661 -> 0.66; February 0.6565 -> 0.66, March the remaining 0.00
    assert accrual(remittances, rates) == {dt.date(2026, 2, 1): D("0.66"), dt.date(2026, 3, 1): D("0.00")}


amounts = st.decimals(min_value=D("0.01"), max_value=D("99999.99"), places=2)
days = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 31))
percents = st.decimals(min_value=D("0"), max_value=D("10"), places=3)


@given(st.lists(st.tuples(days, amounts), max_size=30), percents, percents)
def test_every_quarter_accrues_exactly_its_remittances_share_to_the_fen(remittances, before, after) -> None:
    rates = [RateVersion(dt.date(2020, 1, 1), before), RateVersion(dt.date(2026, 5, 16), after)]
    months = accrual(remittances, rates)
    for quarter in ("2026Q1", "2026Q2", "2026Q3", "2026Q4"):
        in_quarter = set(quarter_months(quarter))
        exact = sum((a * (after if d >= dt.date(2026, 5, 16) else before) / 100
                     for d, a in remittances if d.replace(day=1) in in_quarter), D(0))
        assert quarter_quota(remittances, rates, quarter) == round_money(exact)
        assert all(months[m] >= 0 for m in in_quarter if m in months)
