"""Monthly figures per staff member, from plain facts (the evaluation tab and sheet)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class OrderFacts:
    number: str
    completed: bool  # completed in the month
    answered_within_24h: bool | None  # S3: started within a day of dispatch; None for a visit at a time asked for
    on_site: bool
    on_time: bool | None  # arrived by the required time (None: not an on-site visit with a time)
    repeat: bool  # E16: counted against the technician of the earlier order
    report_incomplete: bool  # E23


@dataclass(frozen=True)
class MonthFigures:
    completed: int
    surveys: int
    satisfaction: Decimal | None  # mean overall score, None without surveys
    answered_24h_rate: Decimal | None  # S3 share, None when nothing was due
    on_time_rate: Decimal | None
    repeats: int
    incomplete_reports: int
    verified_complaints: int
    major_demerits: int
    fines_total: Decimal


def _rate(hits: int, total: int) -> Decimal | None:
    return (Decimal(hits) / Decimal(total)).quantize(Decimal("0.001"), ROUND_HALF_UP) if total else None


def month_figures(orders: Iterable[OrderFacts], survey_scores: Iterable[int], verified_complaints: int,
                  major_demerits: int, fines: Iterable[Decimal]) -> MonthFigures:
    orders = list(orders)
    scores = list(survey_scores)
    answered = [o.answered_within_24h for o in orders if o.answered_within_24h is not None]
    timed = [o.on_time for o in orders if o.on_time is not None]
    satisfaction = (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.01"), ROUND_HALF_UP) if scores else None
    return MonthFigures(
        completed=sum(o.completed for o in orders), surveys=len(scores), satisfaction=satisfaction,
        answered_24h_rate=_rate(sum(answered), len(answered)), on_time_rate=_rate(sum(timed), len(timed)),
        repeats=sum(o.repeat for o in orders), incomplete_reports=sum(o.report_incomplete for o in orders),
        verified_complaints=verified_complaints, major_demerits=major_demerits,
        fines_total=sum(fines, Decimal("0.00")),
    )


def month_bounds(month: dt.date, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The month as [start, end) in local time (for timestamp queries)."""
    start = month.replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return dt.datetime.combine(start, dt.time(), tzinfo=tz), dt.datetime.combine(end, dt.time(), tzinfo=tz)
