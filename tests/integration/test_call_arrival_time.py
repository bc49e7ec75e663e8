"""The 8-hour reply clock runs from when a request arrived, not from when the desk registered it (S1)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CallChannel, WorkOrderState as S
from desktop_app.db.models import AuditEntry, Call, Claim, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.calls import CallForm, CallListing, CallRegister
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from desktop_app.services.work_orders import WorkOrderService

NOW = dt.datetime(2026, 11, 27, 1, 0, tzinfo=dt.timezone.utc)  # 09:00 in Beijing
OVERNIGHT = NOW - dt.timedelta(hours=7)  # 02:00 in Beijing: a fax that came in at night


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def fax(**changes) -> CallForm:  # type: ignore[no-untyped-def]
    values = dict(channel=CallChannel.FAX, caller_name="周先生", phone="0755-26781234", subject="交换机频繁重启")
    return CallForm(**{**values, **changes})


def test_an_overnight_fax_is_due_eight_hours_after_it_arrived(depot: Depot) -> None:
    register = CallRegister(depot.db.sessions, clock=lambda: NOW)
    saved = register.register(depot.staff["operator"], fax(received_at=OVERNIGHT))
    assert saved.reply_due == OVERNIGHT + dt.timedelta(hours=8)  # 10:00, not 17:00
    at_eleven = lambda: NOW + dt.timedelta(hours=2)  # noqa: E731
    row = CallListing(depot.db.sessions, clock=at_eleven).fetch(0, 10)[0]
    assert row.received_at == OVERNIGHT and row.overdue  # the register shows when it came, and that it is late
    CallRegister(depot.db.sessions, clock=at_eleven).mark_replied(depot.staff["operator"], saved.id, "已回电")
    with depot.db.sessions.read() as s:
        call = s.get(Call, saved.id)
        audits = {a.action: a.changes for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "call"))}
    assert call.created_at != call.received_at  # when it was registered stays apart
    assert audits["reply"]["late"] is True  # a late reply is recorded as late
    assert "received_at" in audits["create"]


def test_a_time_without_a_zone_is_the_counters_local_time(depot: Depot) -> None:
    register = CallRegister(depot.db.sessions, clock=lambda: NOW)
    local = OVERNIGHT.astimezone().replace(tzinfo=None)  # what the dialog's date-time field gives
    saved = register.register(depot.staff["operator"], fax(received_at=local))
    assert saved.reply_due == OVERNIGHT + dt.timedelta(hours=8)


def test_a_phone_call_answered_live_runs_from_now(depot: Depot) -> None:
    saved = CallRegister(depot.db.sessions, clock=lambda: NOW).register(
        depot.staff["operator"], fax(channel=CallChannel.PHONE))
    assert saved.reply_due == NOW + dt.timedelta(hours=8)


@pytest.mark.parametrize("received", [NOW + dt.timedelta(minutes=5), NOW - dt.timedelta(days=30, minutes=1)],
                         ids=["future", "over-30-days"])
def test_an_arrival_in_the_future_or_over_30_days_back_is_refused(depot: Depot, received: dt.datetime) -> None:
    with pytest.raises(FormInvalid) as refused:
        CallRegister(depot.db.sessions, clock=lambda: NOW).register(depot.staff["operator"], fax(received_at=received))
    assert [e.field for e in refused.value.errors] == ["received_at"]
    with depot.db.sessions.read() as s:
        assert s.scalar(select(func.count(Call.id))) == 0


def test_a_letter_30_days_old_is_still_registered(depot: Depot) -> None:
    oldest = NOW - dt.timedelta(days=30)
    saved = CallRegister(depot.db.sessions, clock=lambda: NOW).register(
        depot.staff["operator"], fax(channel=CallChannel.LETTER, received_at=oldest))
    assert saved.reply_due == oldest + dt.timedelta(hours=8)


def test_a_visit_booked_from_a_message_dates_its_claim_by_the_arrival(depot: Depot) -> None:  # W12, S1
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    arrived = now - dt.timedelta(days=3)
    saved = CallRegister(depot.db.sessions, clock=lambda: now).register(depot.staff["operator"], CallForm(
        channel=CallChannel.EMAIL, caller_name="深圳华信科技", phone="0755-26781234", subject="需上门",
        needs_visit=True, required_arrival_at=now + dt.timedelta(hours=4), city="深圳", received_at=arrived))
    with depot.db.sessions.read() as s:
        oid = s.scalar(select(WorkOrder.id).where(WorkOrder.number == saved.work_order_number))
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    sale = arrived.astimezone().date() - dt.timedelta(days=30)
    done = VisitIdentificationService(depot.db.sessions).identify(depot.staff["tech"], oid, VisitProductForm(
        product_model="S5720-28P", serial="SN-M1", fault_description="整机不通电", sale_date=sale, has_invoice=True))
    with depot.db.sessions.read() as s:
        assert s.get(Claim, done.claim_id).claim_date == arrived.astimezone().date()
