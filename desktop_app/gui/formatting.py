"""How dates, local times and money appear in tables: yyyy-MM-dd, local clock, ¥1,234.50."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale

from desktop_app.core.money import format_yuan
from desktop_app.core.period_labels import month_label, quarter_label

# Shown where a value is absent (no technician yet, no decision yet): a dash reads as "none".
MISSING = "—"


def date_text(value: dt.date | None) -> str:
    return value.strftime("%Y-%m-%d") if value is not None else MISSING


def month_text(value: dt.date | None) -> str:
    return value.strftime("%Y-%m") if value is not None else MISSING


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def quarter_text(quarter: str) -> str:
    """``2026年第三季度`` / ``2026 Q3`` in the interface language, as the printed papers name it."""
    return quarter_label(quarter, english=_english())


def month_words(value: dt.date) -> str:
    """``2026年11月`` / ``November 2026`` for a heading, as the printed papers name the month."""
    return month_label(value, english=_english())


def local_time_text(value: dt.datetime | None) -> str:
    """Timestamps are stored in UTC; the counter reads them on its own clock."""
    if value is None:
        return MISSING
    if value.tzinfo is None:  # SQLite may hand back naive values; they are UTC by convention
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def money_text(value: Decimal | None) -> str:
    return format_yuan(value) if value is not None else MISSING


def text_or_missing(value: str | None) -> str:
    return value if value else MISSING
