"""Table tests for the calendar arithmetic of warranty periods (rule W1, windows of D11/D12)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.calendar_periods import (
    add_months,
    days_end,
    period_end,
    within,
    within_days,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(date(2026, 1, 15), 1, date(2026, 2, 15), id="W1-plain-month"),
        pytest.param(date(2026, 1, 15), 0, date(2026, 1, 15), id="W1-zero-months"),
        pytest.param(date(2026, 12, 15), 1, date(2027, 1, 15), id="W1-year-rollover"),
        pytest.param(date(2026, 1, 31), 1, date(2026, 2, 28), id="W1-31-jan-clamps-to-28-feb"),
        pytest.param(date(2024, 1, 31), 1, date(2024, 2, 29), id="W1-31-jan-leap-29-feb"),
        pytest.param(date(2024, 2, 29), 12, date(2025, 2, 28), id="W1-29-feb-plus-year"),
        pytest.param(date(2024, 2, 29), 48, date(2028, 2, 29), id="W1-29-feb-plus-4-years"),
        pytest.param(date(2026, 3, 31), 1, date(2026, 4, 30), id="W1-31-mar-clamps-to-30-apr"),
        pytest.param(date(2023, 8, 31), 6, date(2024, 2, 29), id="W1-31-aug-to-leap-feb"),
        # Counted from the original day, not chained month by month.
        pytest.param(date(2026, 1, 31), 2, date(2026, 3, 31), id="W1-no-chained-clamping"),
        pytest.param(date(2026, 1, 31), 36, date(2029, 1, 31), id="W4-three-years"),
        pytest.param(date(2026, 3, 31), -1, date(2026, 2, 28), id="negative-months-clamp"),
        pytest.param(date(2026, 1, 15), -13, date(2024, 12, 15), id="negative-year-rollover"),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:  # rule W1
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("sale", "months", "last_day"),
    [
        pytest.param(date(2026, 1, 15), 1, date(2026, 2, 15), id="W1-W2-anniversary-is-last-day"),
        pytest.param(date(2026, 1, 31), 1, date(2026, 2, 28), id="W1-clamped-month-end"),
        pytest.param(date(2024, 2, 29), 12, date(2025, 2, 28), id="W1-W3-leap-sale"),
        pytest.param(date(2026, 1, 15), 60, date(2031, 1, 15), id="W4-five-years"),
    ],
)
def test_period_end_is_the_last_included_day(sale: date, months: int, last_day: date) -> None:
    # rule W1: "一个月内(含)" includes the anniversary day
    assert period_end(sale, months) == last_day
    assert within(sale, last_day, months)
    assert not within(sale, date.fromordinal(last_day.toordinal() + 1), months)


@pytest.mark.parametrize(
    ("claim", "inside"),
    [
        pytest.param(date(2026, 1, 14), False, id="W1-day-before-sale"),
        pytest.param(date(2026, 1, 15), True, id="W1-sale-day"),
        pytest.param(date(2026, 2, 15), True, id="W1-anniversary-included"),
        pytest.param(date(2026, 2, 16), False, id="W1-day-after-excluded"),
    ],
)
def test_within_one_month_of_15_january(claim: date, inside: bool) -> None:  # rule W1
    assert within(date(2026, 1, 15), claim, 1) is inside


@pytest.mark.parametrize(
    ("sale", "claim", "inside"),
    [
        pytest.param(date(2026, 1, 31), date(2026, 2, 28), True, id="W1-31-jan-to-28-feb-in"),
        pytest.param(date(2026, 1, 31), date(2026, 3, 1), False, id="W1-31-jan-to-1-mar-out"),
        pytest.param(date(2024, 1, 31), date(2024, 2, 29), True, id="W1-leap-29-feb-in"),
        pytest.param(date(2024, 1, 30), date(2024, 3, 1), False, id="W1-30-jan-leap-1-mar-out"),
        pytest.param(date(2026, 3, 31), date(2026, 4, 30), True, id="W1-31-mar-to-30-apr-in"),
        pytest.param(date(2026, 3, 31), date(2026, 5, 1), False, id="W1-31-mar-to-1-may-out"),
    ],
)
def test_within_month_end_clamping(sale: date, claim: date, inside: bool) -> None:  # rule W1
    assert within(sale, claim, 1) is inside


@pytest.mark.parametrize(
    ("day", "inside"),
    [
        pytest.param(date(2026, 2, 28), False, id="D11-day-before-start"),
        pytest.param(date(2026, 3, 1), True, id="D11-day-0-is-start"),
        pytest.param(date(2026, 3, 8), True, id="D11-start-plus-7-included"),
        pytest.param(date(2026, 3, 9), False, id="D11-start-plus-8-excluded"),
    ],
)
def test_within_days_seven(day: date, inside: bool) -> None:  # rule D11
    assert within_days(date(2026, 3, 1), day, 7) is inside


def test_within_days_fifteen_crosses_month_end() -> None:  # rule D12
    assert days_end(date(2026, 2, 20), 15) == date(2026, 3, 7)
    assert within_days(date(2026, 2, 20), date(2026, 3, 7), 15)
    assert not within_days(date(2026, 2, 20), date(2026, 3, 8), 15)


def test_negative_periods_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        period_end(date(2026, 1, 1), -1)
    with pytest.raises(ValueError):
        days_end(date(2026, 1, 1), -1)
