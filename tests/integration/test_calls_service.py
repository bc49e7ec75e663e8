"""Every call is registered (E1, E19) with its 8-hour reply clock (S1); visits become on-site orders."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import CallChannel, WorkOrderKind
from desktop_app.db.models import AuditEntry, Call, Customer, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.calls import CallForm, CallListing, CallRegister
from desktop_app.services.intake_forms import FormInvalid

NOW = dt.datetime(2026, 11, 27, 1, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def people(database: Database) -> dict[Role, Actor]:
    accounts = AccountService(database.sessions)
    boss = accounts.create_first_manager("boss", "王总", "secret-123")
    accounts.add_user(boss, "op", "前台小陈", Role.OPERATOR, "secret-123")
    accounts.add_user(boss, "tech", "李工", Role.TECHNICIAN, "secret-123")
    return {Role.MANAGER: boss, Role.OPERATOR: accounts.sign_in("op", "secret-123"),
            Role.TECHNICIAN: accounts.sign_in("tech", "secret-123")}


def test_a_call_gets_a_number_and_an_8_hour_reply_clock(database: Database, people: dict[Role, Actor]) -> None:
    register = CallRegister(database.sessions, clock=lambda: NOW)
    saved = register.register(people[Role.OPERATOR], CallForm(
        channel=CallChannel.PHONE, caller_name="周先生", phone="0755-26781234", subject="交换机频繁重启，咨询保修"))
    assert saved.number == "CL-2026-000001" and saved.reply_due == NOW + dt.timedelta(hours=8)
    assert saved.work_order_number is None
    with database.sessions.read() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.entity == "call")) == "create"


def test_a_visit_request_creates_an_on_site_order_for_dispatch(database: Database, people: dict[Role, Actor]) -> None:
    register = CallRegister(database.sessions, clock=lambda: NOW)
    arrival = NOW + dt.timedelta(hours=5)
    saved = register.register(people[Role.OPERATOR], CallForm(
        channel=CallChannel.PHONE, caller_name="成都华信科技", phone="028-85551234", subject="机房交换机宕机，需上门",
        needs_visit=True, required_arrival_at=arrival, city="成都"))
    with database.sessions.read() as s:
        order = s.scalar(select(WorkOrder))
        city = s.scalar(select(Customer.city).where(Customer.id == order.customer_id))
    assert order.number == saved.work_order_number and order.kind is WorkOrderKind.ON_SITE
    assert order.required_arrival_at == arrival and order.technician_id is None  # E1: waits for dispatch
    assert city == "成都"  # the new customer record keeps where the visit goes


def test_a_visit_is_promised_only_in_the_on_site_cities(database: Database, people: dict[Role, Actor]) -> None:  # S2
    register = CallRegister(database.sessions, clock=lambda: NOW)
    form = CallForm(channel=CallChannel.PHONE, caller_name="拉萨客户", phone="0891-6331234", subject="需上门",
                    needs_visit=True, required_arrival_at=NOW + dt.timedelta(hours=5))
    with pytest.raises(FormInvalid) as no_city:
        register.register(people[Role.OPERATOR], form)
    assert [e.field for e in no_city.value.errors] == ["city"]
    with pytest.raises(FormInvalid) as far:
        register.register(people[Role.OPERATOR], dataclasses.replace(form, city="拉萨"))
    assert [e.field for e in far.value.errors] == ["needs_visit"] and "拉萨" in str(far.value)
    with database.sessions.read() as s:
        assert s.scalar(select(func.count(Call.id))) == 0 and s.scalar(select(func.count(WorkOrder.id))) == 0
    # A known customer's city on file is enough; a call without a visit needs no city at all.
    with database.sessions.write() as s, s.begin():
        s.add(Customer(name="西安客户", phone="029-88881234", city="西安"))
    register.register(people[Role.OPERATOR], dataclasses.replace(form, caller_name="西安客户", phone="029-88881234"))
    register.register(people[Role.OPERATOR], dataclasses.replace(form, needs_visit=False, required_arrival_at=None))


def test_bad_calls_name_each_field(database: Database, people: dict[Role, Actor]) -> None:
    register = CallRegister(database.sessions, clock=lambda: NOW)
    with pytest.raises(FormInvalid) as caught:
        register.register(people[Role.OPERATOR], CallForm(channel=CallChannel.FAX, caller_name="", phone="123",
                                                          subject=" "))
    assert set(caught.value.by_field()) == {"caller_name", "phone", "subject"}
    with pytest.raises(MissingPermission):
        register.register(people[Role.TECHNICIAN], CallForm(channel=CallChannel.PHONE, caller_name="x",
                                                             phone="13812345678", subject="y"))


def test_unanswered_calls_past_8_hours_are_overdue(database: Database, people: dict[Role, Actor]) -> None:
    register = CallRegister(database.sessions, clock=lambda: NOW)
    first = register.register(people[Role.OPERATOR], CallForm(CallChannel.PHONE, "甲", "13800000001", "咨询一"))
    register.register(people[Role.OPERATOR], CallForm(CallChannel.EMAIL, "乙", "13800000002", "咨询二"))
    register.mark_replied(people[Role.OPERATOR], first.id, "已告知保修政策")
    later = lambda: NOW + dt.timedelta(hours=9)  # noqa: E731
    overdue = CallListing(database.sessions, overdue_only=True, clock=later)
    assert [r.caller_name for r in overdue.fetch(0, 50)] == ["乙"] and overdue.count() == 1
    everything = CallListing(database.sessions, clock=later).fetch(0, 50)
    assert [(r.caller_name, r.overdue) for r in everything] == [("乙", True), ("甲", False)]
    assert CallListing(database.sessions, clock=lambda: NOW).fetch(0, 50)[0].overdue is False
