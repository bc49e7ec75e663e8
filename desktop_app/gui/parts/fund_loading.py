"""The fund window's figures, computed off the UI thread (issue 8)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.service_fund import QuarterStatement
from desktop_app.services.actor import Actor
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.fund_views import FundRecord, FundViews, RateLine


@dataclass(frozen=True)
class FundFigures:
    """What the window shows for a period: plain values, safe to hand from the pool thread to the UI."""

    first: str
    last: str
    statements: tuple[QuarterStatement, ...]
    records: tuple[FundRecord, ...]
    rate: RateLine | None


def compute_figures(fund: FundService, views: FundViews, actor: Actor, first: str, last: str,
                    today: dt.date) -> FundFigures:
    """Runs on a pool thread: the statements pass over every part issued to the fund (a second at a
    million orders), the records and the rate in force are small reads (D4, D13, D14)."""
    statements = fund.statements(actor, first, last)
    records = views.records(actor, first, last)
    return FundFigures(first, last, tuple(statements), tuple(records), views.rate_in_force(actor, today))
