"""Two counters doing the same thing to one record at the same instant: booking a requisition's
delivery, shipping or approving a manufacturer return, noting a call's reply. On PostgreSQL the
first is held open right after its reads and writes (a hook on ``audit_trail.record``, no sleeps);
the second must queue on the record's row lock, then see what the first committed: refused by the
existing checks, or its note added under the first. On SQLite the write sessions are serialised, so
the same two actions one after the other must give the same outcome."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from desktop_app.core.vocabulary import CallChannel, RequisitionStatus as R, ReturnStatus as RS
from desktop_app.db.models import Call, FundLedgerEntry, Requisition, RequisitionLine, ReturnApplication, StockMovement
from desktop_app.db.opening import open_database
from desktop_app.errors import ValidationError
from desktop_app.services import audit_trail
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.requisitions import RequisitionService
from work_order_fixtures import Depot, build_depot, on_hand

PATIENCE_S = 60  # a bound on waiting for the other thread, so a broken lock fails instead of hanging


def depot_at(url: str) -> Iterator[Depot]:
    db = open_database(make_url(url))
    try:
        yield build_depot(db)
    finally:
        db.dispose()


@pytest.fixture
def pg_depot(pg_url: str) -> Iterator[Depot]:
    yield from depot_at(pg_url)


@pytest.fixture
def sqlite_depot(sqlite_url: str) -> Iterator[Depot]:
    yield from depot_at(sqlite_url)


class HeldFirst:
    """Replaces ``audit_trail.record``: the first action to record keeps its transaction open until
    released; a later one reports that it got this far (past the checks) before recording."""

    def __init__(self) -> None:
        self.real = audit_trail.record
        self.first_in, self.second_in, self.release = threading.Event(), threading.Event(), threading.Event()
        self._taken = threading.Lock()
        self._first_taken = False

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        with self._taken:
            first, self._first_taken = not self._first_taken, True
        if not first:
            self.second_in.set()
            return self.real(*args, **kwargs)
        result = self.real(*args, **kwargs)
        self.first_in.set()
        assert self.release.wait(PATIENCE_S), "the test never released the first counter"
        return result


def waiting_on_a_row_lock(depot: Depot) -> bool:
    with depot.db.sessions.read() as s:
        return bool(s.scalar(text(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE NOT l.granted AND a.datname = current_database()")))


def outcome(done: Future) -> object:
    """The action's result, or the error it was refused with."""
    error = done.exception(PATIENCE_S)
    return error if error is not None else done.result()


def race(depot: Depot, monkeypatch, first: Callable[[], object], second: Callable[[], object]) -> tuple[object, object]:
    """Runs ``first``, holds it open, starts ``second``, checks it waits, releases: both outcomes."""
    hook = HeldFirst()
    monkeypatch.setattr(audit_trail, "record", hook)
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            first_done = pool.submit(first)
            assert hook.first_in.wait(PATIENCE_S)  # the first has read and written, its transaction open
            second_done = pool.submit(second)
            # Until the second either got past its checks beside the open first (the defect) or
            # queues behind it: polled on the server, with a deadline rather than a sleep.
            deadline = time.monotonic() + PATIENCE_S
            while not (hook.second_in.is_set() or second_done.done() or waiting_on_a_row_lock(depot)):
                assert time.monotonic() < deadline, "the second counter neither ran nor waited"
            assert not hook.second_in.is_set(), "the second counter passed its checks beside the open first"
        finally:
            hook.release.set()  # never leave the first thread waiting
        return outcome(first_done), outcome(second_done)


# -- requisition delivery (two counters booking the same boxes) ------------------------------------


def shipped_requisition(depot: Depot, ordered: int) -> tuple[RequisitionService, str]:
    service = RequisitionService(depot.db.sessions)
    number = service.create(depot.staff["sup"], dt.date.today().replace(day=1), [(depot.part_ids["FAN-01"], ordered)])
    if service.submit(depot.staff["sup"], number) is R.AWAITING_APPROVAL:  # no quota in this depot (D6)
        service.approve_over_quota(depot.staff["manager"], number)
    service.mark_shipped(depot.staff["sup"], number)
    return service, number


def received_and_booked(depot: Depot, number: str) -> tuple[int, int]:
    """The requisition line's received quantity and what was booked into stock against it."""
    with depot.db.sessions.read() as s:
        received = s.scalar(select(RequisitionLine.received_quantity).join(Requisition)
                            .where(Requisition.number == number))
        booked = s.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0))
                          .join(Requisition, StockMovement.requisition_id == Requisition.id)
                          .where(Requisition.number == number))
        return received, booked


OVER_RECEIPT = "More arrived of FAN-01 than was ordered, or it is not on this requisition."


def test_on_postgresql_a_delivery_booked_at_two_counters_at_once_is_refused_the_second_time(pg_depot, monkeypatch):
    service, number = shipped_requisition(pg_depot, ordered=10)
    fan = pg_depot.part_ids["FAN-01"]
    stock_before = on_hand(pg_depot.db, fan)
    first, second = race(pg_depot, monkeypatch, lambda: service.receive(pg_depot.staff["sup"], number, {fan: 6}),
                         lambda: service.receive(pg_depot.staff["manager"], number, {fan: 6}))
    assert first is R.PARTIALLY_RECEIVED
    assert isinstance(second, ValidationError) and str(second) == OVER_RECEIPT  # 6 + 6 > 10 ordered
    assert received_and_booked(pg_depot, number) == (6, 6)
    assert on_hand(pg_depot.db, fan) == stock_before + 6


def test_on_postgresql_two_parts_of_a_delivery_booked_at_once_both_count_on_the_line(pg_depot, monkeypatch):
    service, number = shipped_requisition(pg_depot, ordered=10)
    fan = pg_depot.part_ids["FAN-01"]
    service.receive(pg_depot.staff["sup"], number, {fan: 2})
    first, second = race(pg_depot, monkeypatch, lambda: service.receive(pg_depot.staff["sup"], number, {fan: 3}),
                         lambda: service.receive(pg_depot.staff["manager"], number, {fan: 3}))
    assert (first, second) == (R.PARTIALLY_RECEIVED, R.PARTIALLY_RECEIVED)
    assert received_and_booked(pg_depot, number) == (8, 8)  # not 5 on the line with 8 in stock


def test_on_sqlite_the_same_delivery_booked_twice_is_refused_the_second_time(sqlite_depot):
    service, number = shipped_requisition(sqlite_depot, ordered=10)
    fan = sqlite_depot.part_ids["FAN-01"]
    assert service.receive(sqlite_depot.staff["sup"], number, {fan: 6}) is R.PARTIALLY_RECEIVED
    with pytest.raises(ValidationError) as refused:
        service.receive(sqlite_depot.staff["manager"], number, {fan: 6})
    assert str(refused.value) == OVER_RECEIPT
    assert received_and_booked(sqlite_depot, number) == (6, 6)


# -- manufacturer returns (D15, D16) -------------------------------------------------------------


def applied_return(depot: Depot, returns: ManufacturerReturns) -> str:
    number = returns.create(depot.staff["sup"], [ReturnLineInput(reason="坏件", part_no="PWR-01", quantity=1)])
    returns.apply(depot.staff["sup"], number)
    return number


def approved_return(depot: Depot) -> tuple[ManufacturerReturns, str, set[int]]:
    returns = ManufacturerReturns(depot.db.sessions)
    number = applied_return(depot, returns)
    returns.approve(depot.staff["sup"], number, "HQ-2026-1")
    with depot.db.sessions.read() as s:
        line_ids = {line.id for line in s.scalar(select(ReturnApplication)
                                                 .where(ReturnApplication.number == number)).lines}
    return returns, number, line_ids


def freight_charges(depot: Depot, number: str) -> list[D]:
    with depot.db.sessions.read() as s:
        return list(s.scalars(select(FundLedgerEntry.amount)
                              .join(ReturnApplication, FundLedgerEntry.return_application_id == ReturnApplication.id)
                              .where(ReturnApplication.number == number)))


def stored_return(depot: Depot, number: str) -> tuple[RS, str | None]:
    with depot.db.sessions.read() as s:
        application = s.scalar(select(ReturnApplication).where(ReturnApplication.number == number))
        return application.status, application.approval_reference


def test_on_postgresql_a_return_shipped_at_two_counters_at_once_charges_the_fund_freight_once(
        pg_depot, monkeypatch):  # rules D14, D15
    returns, number, line_ids = approved_return(pg_depot)
    ship = lambda who: lambda: returns.ship(pg_depot.staff[who], number, line_ids, D("30.00"))  # noqa: E731
    first, second = race(pg_depot, monkeypatch, ship("sup"), ship("manager"))
    assert first is None
    assert isinstance(second, ValidationError) and str(second) == (
        f"Application {number} is not approved by the manufacturer: it cannot be shipped (D15).")
    assert freight_charges(pg_depot, number) == [D("-30.00")]


def test_on_postgresql_an_approval_typed_while_another_counter_refuses_is_refused(pg_depot, monkeypatch):  # D15
    returns = ManufacturerReturns(pg_depot.db.sessions)
    number = applied_return(pg_depot, returns)
    first, second = race(pg_depot, monkeypatch, lambda: returns.refuse(pg_depot.staff["manager"], number, "厂家拒绝"),
                         lambda: returns.approve(pg_depot.staff["sup"], number, "HQ-OK-7"))
    assert first is None
    assert isinstance(second, ValidationError) and str(second) == f"Application {number} is refused: not possible now."
    assert stored_return(pg_depot, number) == (RS.REFUSED, None)


def test_on_sqlite_a_return_shipped_twice_charges_the_fund_freight_once(sqlite_depot):  # D14, D15
    returns, number, line_ids = approved_return(sqlite_depot)
    returns.ship(sqlite_depot.staff["sup"], number, line_ids, D("30.00"))
    with pytest.raises(ValidationError, match="is not approved by the manufacturer"):
        returns.ship(sqlite_depot.staff["manager"], number, line_ids, D("30.00"))
    assert freight_charges(sqlite_depot, number) == [D("-30.00")]


def test_on_sqlite_an_approval_after_a_refusal_is_refused(sqlite_depot):  # D15
    returns = ManufacturerReturns(sqlite_depot.db.sessions)
    number = applied_return(sqlite_depot, returns)
    returns.refuse(sqlite_depot.staff["manager"], number, "厂家拒绝")
    with pytest.raises(ValidationError, match="is refused: not possible now"):
        returns.approve(sqlite_depot.staff["sup"], number, "HQ-OK-7")
    assert stored_return(sqlite_depot, number) == (RS.REFUSED, None)


# -- a call's reply (S1) ---------------------------------------------------------------------------


def registered_call(depot: Depot) -> tuple[CallRegister, int]:
    calls = CallRegister(depot.db.sessions)
    saved = calls.register(depot.staff["operator"], CallForm(channel=CallChannel.PHONE, caller_name="赵先生",
                                                             phone="13900001111", subject="咨询"))
    return calls, saved.id


def stored_reply(depot: Depot, call_id: int) -> tuple[int, list[str]]:
    with depot.db.sessions.read() as s:
        call = s.get(Call, call_id)
        return call.replied_by_id, call.reply_note.split("\n")


def test_on_postgresql_a_reply_noted_at_two_desks_at_once_keeps_both_notes(pg_depot, monkeypatch):  # rule S1
    calls, call_id = registered_call(pg_depot)
    op, sup = pg_depot.staff["operator"], pg_depot.staff["sup"]
    first, second = race(pg_depot, monkeypatch, lambda: calls.mark_replied(op, call_id, "已告知送修地址"),
                         lambda: calls.mark_replied(sup, call_id, "已安排回电给技术员"))
    assert (first, second) == (None, None)
    replied_by, note = stored_reply(pg_depot, call_id)
    assert replied_by == op.staff_id  # the first reply is the one S1 measures
    assert note[0] == "已告知送修地址" and note[1].endswith(" 已安排回电给技术员") and len(note) == 2


def test_on_sqlite_a_second_reply_note_is_added_under_the_first(sqlite_depot):  # rule S1
    calls, call_id = registered_call(sqlite_depot)
    op, sup = sqlite_depot.staff["operator"], sqlite_depot.staff["sup"]
    calls.mark_replied(op, call_id, "已告知送修地址")
    calls.mark_replied(sup, call_id, "已安排回电给技术员")
    replied_by, note = stored_reply(sqlite_depot, call_id)
    assert replied_by == op.staff_id
    assert note[0] == "已告知送修地址" and note[1].endswith(" 已安排回电给技术员") and len(note) == 2
