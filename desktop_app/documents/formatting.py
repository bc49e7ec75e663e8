"""Money and times as printed on documents: Decimal yuan only, times in the centre's zone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop_app.core.money import format_yuan, round_money
from desktop_app.core.period_labels import month_label, quarter_label


def money(amount: Decimal) -> str:
    """``¥1,234.50``; a float is refused, since it would misprint fen."""
    if not isinstance(amount, Decimal):  # the services pass Decimal
        raise TypeError(f"money must be a Decimal, got {type(amount).__name__}")
    return format_yuan(round_money(amount))


def when(moment: dt.datetime, tz: dt.tzinfo | None) -> str:
    """``2026-11-27 14:32`` in ``tz`` when both are aware; otherwise as passed."""
    local = moment.astimezone(tz) if tz and moment.tzinfo else moment
    return local.strftime("%Y-%m-%d %H:%M")




def signed_money(amount: Decimal) -> str:
    """Like ``money`` but a negative amount reads ``-¥1,234.50`` (never ``¥-1,234.50``)."""
    text = money(abs(amount))  # still refuses a float
    return f"-{text}" if amount < 0 and text != "¥0.00" else text


def month_text(month: dt.date, english: bool = False) -> str:
    """``2026年11月`` or ``November 2026``."""
    return month_label(month, english)


def quarter_text(quarter: str, english: bool = False) -> str:
    """``2026Q4`` as ``2026年第四季度`` or ``2026 Q4``: the same words as the windows show."""
    return quarter_label(quarter, english)
