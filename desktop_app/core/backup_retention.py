"""Which backups to keep: the newest of each of the last N days, weeks and months (grandfather-father-son)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def keep(backups: Iterable[tuple[T, dt.datetime]], policy: Retention) -> set[T]:
    """The backups to keep: for each rule, the newest backup in each of its most recent periods."""
    ordered = sorted(backups, key=lambda b: b[1], reverse=True)
    kept: set[T] = set()
    periods: Sequence[tuple[int, Callable[[dt.datetime], object]]] = (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    )
    for count, period_of in periods:
        seen: list[object] = []
        for item, stamp in ordered:
            period = period_of(stamp)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            kept.add(item)
    return kept
