"""Money and times as printed on documents: Decimal yuan only, times in the centre's zone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop_app.core.money import format_yuan, round_money


def money(amount: Decimal) -> str:
    """``¥1,234.50``; a float is refused, since it would misprint fen."""
    if not isinstance(amount, Decimal):  # the services pass Decimal
        raise TypeError(f"money must be a Decimal, got {type(amount).__name__}")
    return format_yuan(round_money(amount))


def when(moment: dt.datetime, tz: dt.tzinfo | None) -> str:
    """``2026-11-27 14:32`` in ``tz`` when both are aware; otherwise as passed."""
    local = moment.astimezone(tz) if tz and moment.tzinfo else moment
    return local.strftime("%Y-%m-%d %H:%M")
