"""Column types shared by the models: money in fen, UTC timestamps, JSON documents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import JSON, BigInteger, DateTime, Integer, String, TypeDecorator
from sqlalchemy.orm import mapped_column

from desktop_app.core.money import from_fen, to_fen


class Money(TypeDecorator[Decimal]):
    """Decimal yuan in Python, integer fen in the database (exact, and sums stay exact)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> int | None:
        return None if value is None else to_fen(value)

    def process_result_value(self, value: int | None, dialect: Any) -> Decimal | None:
        return None if value is None else from_fen(int(value))


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware datetimes, always stored as UTC; naive input is refused (a bug)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: timestamps must be timezone-aware")
        value = value.astimezone(dt.timezone.utc)
        # SQLite has no time zones: store naive UTC text so it sorts correctly.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


# Annotated aliases for repeated column kinds (the Warehouse pattern).
intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
str20 = Annotated[str, 20]
str50 = Annotated[str, 50]
str100 = Annotated[str, 100]
str200 = Annotated[str, 200]
money = Annotated[Decimal, "money"]
created_at = Annotated[dt.datetime, mapped_column(UTCDateTime, default=utcnow, nullable=False)]

TYPE_ANNOTATION_MAP: dict[Any, Any] = {
    str20: String(20),
    str50: String(50),
    str100: String(100),
    str200: String(200),
    money: Money(),
    dt.datetime: UTCDateTime(),
    dict[str, Any]: JSON(),
    list[Any]: JSON(),
    list[str]: JSON(),
}
