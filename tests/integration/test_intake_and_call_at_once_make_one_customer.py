"""A new person taken in at the intake desk and, at the same instant, calling the call register for a
visit is one customer, not two: both desks find or create the customer under one lock on the phone.

On PostgreSQL the intake is held open right after it wrote the new customer (a hook on
``intake_writes.save_customer``, no sleeps); the call must queue behind it, then find that customer.
On SQLite this cannot happen: every write session begins with BEGIN IMMEDIATE, so the call's
transaction cannot even start while the intake's is open (``services.customer_matching``)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from desktop_app.core.vocabulary import CallChannel, ClaimChannel
from desktop_app.db.models import Call, Claim, Customer, WorkOrder
from desktop_app.db.opening import open_database
from desktop_app.services import intake_writes
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from work_order_fixtures import Depot, build_depot

NOW = dt.datetime(2026, 11, 28, 1, 30, tzinfo=dt.timezone.utc)
TODAY = NOW.astimezone().date()
PATIENCE_S = 60  # a bound on waiting for the other thread, so a broken lock fails instead of hanging

INTAKE = IntakeForm(customer=CustomerInput(name="李四", phone="13812345678", city="深圳"),
                    unit=UnitInput(product_model="S5720-28P", serial="SN-NEW-1", sale_date=TODAY - dt.timedelta(days=90)),
                    channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"))
# The same person as the call desk heard them: the phone typed another way, the name with spaces.
VISIT = CallForm(channel=CallChannel.PHONE, caller_name=" 李四 ", phone="138 1234 5678", subject="另一台交换机宕机，需上门",
                 city="深圳", needs_visit=True, required_arrival_at=NOW + dt.timedelta(hours=5))


@pytest.fixture
def pg_depot(pg_url: str) -> Iterator[Depot]:
    db = open_database(make_url(pg_url))
    try:
        yield build_depot(db)
    finally:
        db.dispose()


class HeldAfterCustomerWritten:
    """Replaces ``intake_writes.save_customer``: the intake, once it wrote its customer, keeps its
    transaction open until released."""

    def __init__(self) -> None:
        self.real = intake_writes.save_customer
        self.written, self.release = threading.Event(), threading.Event()

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        customer_id = self.real(*args, **kwargs)
        self.written.set()
        assert self.release.wait(PATIENCE_S), "the test never released the intake"
        return customer_id


def waits_on_a_lock(depot: Depot) -> bool:
    with depot.db.sessions.read() as s:
        return bool(s.scalar(text(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE NOT l.granted AND a.datname = current_database()")))


@pytest.mark.postgres
def test_a_new_customer_at_the_intake_desk_and_calling_at_the_same_instant_is_one_customer(
        pg_depot: Depot, monkeypatch: pytest.MonkeyPatch) -> None:  # rules W10, E16: one history per customer
    hook = HeldAfterCustomerWritten()
    monkeypatch.setattr(intake_writes, "save_customer", hook)
    operator = pg_depot.staff["operator"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            intake = pool.submit(ClaimIntakeService(pg_depot.db.sessions, clock=lambda: NOW).take_in, operator, INTAKE)
            assert hook.written.wait(PATIENCE_S)  # the intake's customer is written, not yet committed
            call = pool.submit(CallRegister(pg_depot.db.sessions, clock=lambda: NOW).register, operator, VISIT)
            # Until the call either ran beside the open intake (the defect) or queues behind it:
            # polled on the server, with a deadline rather than a sleep.
            deadline = time.monotonic() + PATIENCE_S
            while not (call.done() or waits_on_a_lock(pg_depot)):
                assert time.monotonic() < deadline, "the call neither ran nor waited"
        finally:
            hook.release.set()  # never leave the intake waiting
        claim, visit = intake.result(PATIENCE_S), call.result(PATIENCE_S)
    with pg_depot.db.sessions.read() as s:
        customers = s.execute(select(Customer.id, Customer.name).where(Customer.phone == "13812345678")).all()
        assert [name for _, name in customers] == ["李四"]
        [(customer_id, _)] = customers
        assert s.scalar(select(Claim.customer_id).where(Claim.id == claim.id)) == customer_id
        assert s.scalar(select(Call.customer_id).where(Call.id == visit.id)) == customer_id
        assert s.scalar(select(WorkOrder.customer_id).where(WorkOrder.number == visit.work_order_number)) == customer_id
