"""Months and quarters as people read them, the same words in every window and on every paper."""

from __future__ import annotations

import datetime as dt

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # not the locale's: the words are fixed


def quarter_label(quarter: str, english: bool = False) -> str:
    """``2026Q3`` as ``2026年第三季度`` or ``2026 Q3``.

    The code ``2026Q3`` (``core.service_fund.quarter_of``) stays the key in the database and
    between modules; users never read it.
    """
    year, number = quarter[:4], int(quarter[-1])
    return f"{year} Q{number}" if english else f"{year}年第{'一二三四'[number - 1]}季度"


def month_label(month: dt.date, english: bool = False) -> str:
    """``2026年11月`` or ``November 2026`` (a heading; tables keep the compact ``2026-11``)."""
    return f"{MONTH_NAMES[month.month - 1]} {month.year}" if english else f"{month.year}年{month.month}月"
