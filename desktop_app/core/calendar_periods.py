"""Calendar arithmetic for warranty periods: months from a sale, days from an event (rule W1)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(d: date, months: int) -> date:
    """The same day ``months`` calendar months after (or before, if negative) ``d``.

    Decision (rule W1): where that day does not exist in the target month, the result is the
    last day of that month: 31 Jan + 1 month = 28 Feb (29 Feb in a leap year), 31 Mar + 1 month
    = 30 Apr, 29 Feb 2024 + 12 months = 28 Feb 2025.

    Always count from the original date: month-end clamping is not associative, so
    ``add_months(add_months(d, 1), 1)`` may differ from ``add_months(d, 2)`` (31 Jan -> 28 Feb
    -> 28 Mar, but 31 Jan + 2 months = 31 Mar).
    """
    index = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last_day))


def period_end(sale_date: date, months: int) -> date:
    """The last day INCLUDED in a period of ``months`` calendar months from ``sale_date``.

    Rule W1: "一个月内(含)", the anniversary day is included. A sale on 2026-01-15 with a
    1-month period covers 2026-02-15; 2026-02-16 is outside. Where the anniversary day does not
    exist, the period ends on the last day of that month (see ``add_months``).
    """
    if months < 0:
        raise ValueError(f"a period cannot be negative: {months} months")
    return add_months(sale_date, months)


def within(sale_date: date, claim_date: date, months: int) -> bool:
    """True when ``claim_date`` falls in the ``months``-month period from ``sale_date`` (rule W1).

    Both ends are included: the sale day itself and the anniversary day (``period_end``).
    Decision: a claim dated before the sale is in no period (False); the warranty judge rejects
    such a claim as invalid input before it asks (rule W1).
    """
    return sale_date <= claim_date <= period_end(sale_date, months)


def days_end(start: date, days: int) -> date:
    """The last day included in a ``days``-day window from ``start`` (see ``within_days``)."""
    if days < 0:
        raise ValueError(f"a window cannot be negative: {days} days")
    return start + timedelta(days=days)


def within_days(start: date, day: date, days: int) -> bool:
    """True when ``day`` falls in the ``days``-day window that opens on ``start``.

    Decision (rules D11, D12): counted like the month periods of rule W1, with both ends
    included: ``start`` is day 0 and "within 7 days" still includes ``start + 7 days``. Goods
    received on 1 March are DOA-eligible (D11) through 8 March; a sale on 1 March is an early
    defect (D12) through 16 March. A day before ``start`` is outside the window.
    """
    return start <= day <= days_end(start, days)
