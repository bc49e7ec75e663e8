"""What every service checks in what users type before it writes: text that fits its column,
amounts of money, quantities, dates in a sensible range, and references that exist.

Each check raises a ValidationError naming the field (the form shows it at that field), in the
user's language; none writes. A column's width is read from the model, so the check and the
database never disagree (SQLite would store a longer text silently, PostgreSQL would refuse it
with a raw error).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop_app.core.money import MoneyError, to_money
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

EARLIEST_DAY = dt.date(2000, 1, 1)  # before the first products this centre services were sold
# A unit's sale or receipt: products outlive the centre's own records (W5 repairs them for life), so
# only a year no product of these makers was sold in is refused (1900 typed for 2019).
EARLIEST_SALE_DAY = dt.date(1980, 1, 1)
MAX_QUANTITY = 99_999  # pieces of one part in one movement or line: far beyond any depot


def width_of(column: InstrumentedAttribute) -> int | None:
    """The VARCHAR length of a model column, None for unbounded text."""
    return getattr(column.property.columns[0].type, "length", None)


def text(value: str | None, field: str, column: InstrumentedAttribute | int | None = None, *,
         required: bool = False) -> str | None:
    """The text stripped, None when empty; refused when required and empty, longer than the column,
    or holding control characters (a NUL byte fails on PostgreSQL; none belongs in a form)."""
    stripped = (value or "").strip()
    if not stripped:
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field is required."), field=field)
        return None
    limit = column if isinstance(column, int) or column is None else width_of(column)
    if limit is not None and len(stripped) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Shorten this entry to at most {n} characters."),
                              field=field, n=limit)
    if any(unicodedata.category(char) == "Cc" and char not in "\n\t" for char in stripped):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Remove the control characters from this entry."),
                              field=field)
    return stripped


def money(value: Decimal | int | str | None, field: str, *, minimum: Decimal | int | None = 0,
          required: bool = True) -> Decimal | None:
    """An amount in yuan with at most two decimals, at least ``minimum`` (None: any sign)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter an amount."), field=field)
        return None
    try:
        amount = to_money(value)
    except MoneyError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Enter an amount in yuan with at most two decimals."), field=field) from None
    if minimum is not None and amount < Decimal(minimum):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount cannot be less than {minimum}."),
                              field=field, minimum=f"{Decimal(minimum):.2f}")
    return amount


def quantity(value: Any, field: str, *, minimum: int = 1, maximum: int = MAX_QUANTITY) -> int:
    """A whole number of pieces between ``minimum`` and ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a whole number."), field=field)
    if not minimum <= value <= maximum:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a number from {low} to {high}."),
                              field=field, low=minimum, high=maximum)
    return value


def day(value: dt.date | None, field: str, *, earliest: dt.date = EARLIEST_DAY, latest: dt.date | None = None,
        required: bool = True) -> dt.date | None:
    """A date between ``earliest`` and ``latest`` (default: a year from today)."""
    if value is None:
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a date."), field=field)
        return None
    last = latest if latest is not None else dt.date.today() + dt.timedelta(days=366)
    if not earliest <= value <= last:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a date from {earliest} to {latest}."),
                              field=field, earliest=earliest.isoformat(), latest=last.isoformat())
    return value


def existing(s: Session, model: type, ident: int | None, field: str, *, required: bool = True) -> Any:
    """The row ``ident`` of ``model``; refused when it does not exist (an IntegrityError otherwise)."""
    if ident is None:
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field is required."), field=field)
        return None
    row = s.get(model, ident)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This entry no longer exists; choose again."),
                              field=field)
    return row
