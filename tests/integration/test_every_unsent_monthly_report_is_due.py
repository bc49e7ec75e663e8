"""D3: every earlier month's repair report not marked sent stays due, oldest first, from the first month
with a claim or a work order, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update
from work_order_fixtures import Depot, build_depot

from desktop_app.db.models import Claim, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.monthly_reports import MonthlyReports

AUG, SEP, OCT, NOV = (dt.date(2026, m, 1) for m in (8, 9, 10, 11))


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _claim_in(depot: Depot, serial: str, day: dt.date, *, order_at: dt.datetime | None = None) -> None:
    """A claim (and its work order) dated ``day``: the services stamp today, the test moves it back."""
    saved = depot.take_in(serial, day - dt.timedelta(days=400))
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(Claim).where(Claim.number == saved.number).values(claim_date=day))
        moment = order_at or dt.datetime.combine(day, dt.time(10)).astimezone(dt.timezone.utc)
        s.execute(update(WorkOrder).where(WorkOrder.number == saved.work_order_number).values(created_at=moment))


def test_an_unsent_september_stays_due_after_october_is_sent(depot: Depot) -> None:
    _claim_in(depot, "SN-SEP", dt.date(2026, 9, 14))
    reports = MonthlyReports(depot.db.sessions, lambda: dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc))
    assert reports.due(dt.date(2026, 10, 20)) == [SEP]
    assert reports.due(dt.date(2026, 11, 2)) == [SEP, OCT]
    reports.mark_sent(depot.staff["sup"], OCT)  # October sent on time; September never was
    assert reports.due(dt.date(2026, 11, 2)) == [SEP]
    reports.mark_sent(depot.staff["sup"], SEP)
    assert reports.due(dt.date(2026, 11, 2)) == []
    assert reports.due(dt.date(2026, 12, 1)) == [NOV]


def test_nothing_is_due_before_the_first_claim_or_work_order(depot: Depot) -> None:
    reports = MonthlyReports(depot.db.sessions)
    assert reports.due(dt.date(2026, 11, 2)) == []  # a new installation has nothing to report yet
    _claim_in(depot, "SN-AUG", dt.date(2026, 10, 5), order_at=dt.datetime(2026, 8, 20, 4, tzinfo=dt.timezone.utc))
    assert reports.due(dt.date(2026, 11, 2)) == [AUG, SEP, OCT]  # the order came first
