"""Rule D6 under concurrency: the quarter's quota is used in submission order, so two counters
submitting requisitions at the same instant must never both pass it. The first submission is held
open right after it read the quota (a hook on ``_quota``, no sleeps); the second then has to wait
for it and count it, or, kept waiting too long, is told plainly to try again."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal as D

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from desktop_app.core.vocabulary import RequisitionStatus as R
from desktop_app.db import engine as db_engine
from desktop_app.db.engine import SessionFactory, create_engine_for
from desktop_app.db.models import Requisition
from desktop_app.db.opening import open_database
from desktop_app.errors import DatabaseUnavailable
from desktop_app.services import requisitions
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.requisitions import RequisitionService
from work_order_fixtures import Depot, build_depot

MONTH = dt.date.today().replace(day=1)
PATIENCE_S = 60  # a bound on waiting for the other thread, so a broken lock fails instead of hanging


def depot_at(url: str) -> Iterator[Depot]:
    db = open_database(make_url(url))
    try:
        depot = build_depot(db)
        fund = FundService(db.sessions)
        fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("3"))
        fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))  # quota this quarter: 300.00
        yield depot
    finally:
        db.dispose()


@pytest.fixture
def pg_depot(pg_url: str) -> Iterator[Depot]:
    yield from depot_at(pg_url)


@pytest.fixture
def sqlite_depot(sqlite_url: str) -> Iterator[Depot]:
    yield from depot_at(sqlite_url)


def two_drafts(depot: Depot) -> tuple[RequisitionService, str, str]:
    """Two counters' drafts of 180.00 each: alone each is within the 300.00 quota, together not."""
    service = RequisitionService(depot.db.sessions)
    first, second = (service.create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 4)]) for _ in range(2))
    return service, first, second


class HeldAfterQuotaRead:
    """Replaces ``requisitions._quota``: the first submission, once it has read the quota, keeps its
    transaction open until released; every read of the quota is reported by number."""

    def __init__(self, held: str) -> None:
        self.held = held
        self.real = requisitions._quota
        self.read: dict[str, threading.Event] = {}
        self.release = threading.Event()

    def event(self, number: str) -> threading.Event:
        return self.read.setdefault(number, threading.Event())

    def __call__(self, s, requisition):  # type: ignore[no-untyped-def]
        check = self.real(s, requisition)
        self.event(requisition.number).set()
        if requisition.number == self.held:
            assert self.release.wait(PATIENCE_S), "the test never released the first submission"
        return check


def statuses(depot: Depot) -> dict[str, R]:
    with depot.db.sessions.read() as s:
        return dict(s.execute(select(Requisition.number, Requisition.status)).all())


def waits_on_the_quarter_lock(depot: Depot) -> bool:
    with depot.db.sessions.read() as s:
        return bool(s.scalar(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")))


def test_on_postgresql_the_second_of_two_simultaneous_submissions_counts_the_first_and_is_over_quota(
        pg_depot, monkeypatch):  # rule D6
    service, first, second = two_drafts(pg_depot)
    hook = HeldAfterQuotaRead(held=first)
    monkeypatch.setattr(requisitions, "_quota", hook)
    sup = pg_depot.staff["sup"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            first_done = pool.submit(service.submit, sup, first)
            assert hook.event(first).wait(PATIENCE_S)  # the first has read the quota, its transaction open
            second_done = pool.submit(service.submit, sup, second)
            # Until the second either read the quota beside the open first (the defect) or queues
            # behind it: polled on the server, with a deadline rather than a sleep.
            deadline = time.monotonic() + PATIENCE_S
            while not (hook.event(second).is_set() or second_done.done() or waits_on_the_quarter_lock(pg_depot)):
                assert time.monotonic() < deadline, "the second submission neither ran nor waited"
        finally:
            hook.release.set()  # never leave the first thread waiting
        assert first_done.result(PATIENCE_S) is R.SUBMITTED
        assert second_done.result(PATIENCE_S) is R.AWAITING_APPROVAL  # saw the first: 180 + 180 > 300
    check = service.quota_check(second)
    assert (check.used, check.excess) == (D("180.00"), D("60.00"))
    assert statuses(pg_depot) == {first: R.SUBMITTED, second: R.AWAITING_APPROVAL}


def test_on_sqlite_a_submission_while_another_is_open_is_told_to_try_again_and_then_is_over_quota(
        sqlite_depot, monkeypatch):  # rule D6
    service, first, second = two_drafts(sqlite_depot)
    hook = HeldAfterQuotaRead(held=first)
    monkeypatch.setattr(requisitions, "_quota", hook)
    sup = sqlite_depot.staff["sup"]
    # A second counter that gives up at once where the app waits 15 s for the write lock.
    monkeypatch.setattr(db_engine, "SQLITE_BUSY_TIMEOUT_MS", 0)
    impatient_engine = create_engine_for(sqlite_depot.db.url)
    impatient = RequisitionService(SessionFactory(impatient_engine))
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            first_done = pool.submit(service.submit, sup, first)
            assert hook.event(first).wait(PATIENCE_S)  # the first has read the quota, its transaction open
            with pytest.raises(DatabaseUnavailable) as busy:
                impatient.submit(sup, second)
            assert str(busy.value).endswith("Nothing was saved; please try again.")
            assert not hook.event(second).is_set()  # it never read the quota beside the open first
            hook.release.set()
            assert first_done.result(PATIENCE_S) is R.SUBMITTED
    finally:
        hook.release.set()
        impatient_engine.dispose()
    assert statuses(sqlite_depot) == {first: R.SUBMITTED, second: R.DRAFT}
    assert service.submit(sup, second) is R.AWAITING_APPROVAL  # tried again: counts the first
