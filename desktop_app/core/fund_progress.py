"""Whether a fund quarter is settled yet (rule D4): a quarter is settled only once it has ended."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.service_fund import quarter_months


def quarter_last_day(quarter: str) -> dt.date:
    """``2026Q4`` -> 2026-12-31."""
    third = quarter_months(quarter)[2]
    return (third.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def quarter_ended(quarter: str, today: dt.date) -> bool:
    """D4 settles quarterly: until its last day is over, a quarter's balance is a figure so far, not
    an overrun to pay or a surplus to carry (nor, for Q4, a year-end balance)."""
    return today > quarter_last_day(quarter)


def month_begun(month: dt.date, today: dt.date) -> bool:
    """A month after today has no figures yet: shown blank, not as ¥0.00 (which reads as settled)."""
    return month.replace(day=1) <= today
