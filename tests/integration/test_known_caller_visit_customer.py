"""A visit booked from the call register goes to the caller already on record (same phone and name,
found as at intake), so their orders and claims stay under one customer (W10 repeat claims, E16);
the same phone under another name is asked about, never merged silently nor duplicated unasked."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import CallChannel
from desktop_app.db.models import Call, Customer, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.intake_forms import FormInvalid

NOW = dt.datetime(2026, 11, 27, 1, 0, tzinfo=dt.timezone.utc)
VISIT = CallForm(channel=CallChannel.PHONE, caller_name="", phone="", subject="机房交换机宕机，需上门",
                 needs_visit=True, required_arrival_at=NOW + dt.timedelta(hours=5))


@pytest.fixture
def operator(database: Database) -> Actor:
    accounts = AccountService(database.sessions)
    boss = accounts.create_first_manager("boss", "王总", "secret-123")
    accounts.add_user(boss, "op", "前台小陈", Role.OPERATOR, "secret-123")
    return accounts.sign_in("op", "secret-123")


def add_customer(database: Database, name: str, phone: str, city: str | None) -> int:
    with database.sessions.write() as s, s.begin():
        customer = Customer(name=name, phone=phone, city=city)
        s.add(customer)
        s.flush()
        return customer.id


def customers_with(database: Database, phone: str) -> dict[str, str | None]:
    with database.sessions.read() as s:
        return dict(s.execute(select(Customer.name, Customer.city).where(Customer.phone == phone)).all())


def visit_customer(database: Database, work_order_number: str | None) -> tuple[int, int | None]:
    """The order's customer and the customer its call is filed under."""
    with database.sessions.read() as s:
        order = s.scalar(select(WorkOrder).where(WorkOrder.number == work_order_number))
        return order.customer_id, s.scalar(select(Call.customer_id).where(Call.id == order.call_id))


def test_a_known_caller_booking_a_visit_gets_no_second_customer_record(database: Database, operator: Actor) -> None:
    # A family phone: 张三 registered first, then Li Wei with the same extension, no city on file yet.
    add_customer(database, "张三", "0755-26781234-801", "深圳")
    li_wei = add_customer(database, "Li Wei", "0755-26781234-801", None)
    register = CallRegister(database.sessions, clock=lambda: NOW)
    saved = register.register(operator, dataclasses.replace(  # typed as the desk heard it
        VISIT, caller_name=" li wei ", phone="0755 2678 1234 转801", city="深圳"))
    assert visit_customer(database, saved.work_order_number) == (li_wei, li_wei)
    # One record each, and Li Wei's empty city is filled from the call (S2: where the visit goes).
    assert customers_with(database, "0755-26781234-801") == {"张三": "深圳", "Li Wei": "深圳"}


def test_a_known_callers_city_on_file_is_kept(database: Database, operator: Actor) -> None:
    known = add_customer(database, "成都华信科技", "028-85551234", "成都")
    register = CallRegister(database.sessions, clock=lambda: NOW)
    saved = register.register(operator, dataclasses.replace(VISIT, caller_name="成都华信科技",
                                                            phone="02885551234", city="西安"))
    assert visit_customer(database, saved.work_order_number)[0] == known
    assert customers_with(database, "028-85551234") == {"成都华信科技": "成都"}  # the desk did not edit them


def test_a_visit_from_a_phone_on_record_under_another_name_is_asked_about(database: Database,
                                                                          operator: Actor) -> None:
    add_customer(database, "张三", "13766667777", "深圳")
    register = CallRegister(database.sessions, clock=lambda: NOW)
    form = dataclasses.replace(VISIT, caller_name="李四", phone="137 6666 7777", city="深圳")
    with pytest.raises(FormInvalid) as refused:
        register.register(operator, form)
    error = refused.value.by_field()["phone"]  # on the phone, naming who holds the number
    assert error.params["name"] == "张三" and error.params["city"] == "深圳"
    with database.sessions.read() as s:  # nothing half-registered
        assert [s.scalar(select(func.count()).select_from(t)) for t in (Call, WorkOrder, Customer)] == [0, 0, 1]
    # The desk confirms: a new customer sharing the number (a family phone), the visit is theirs.
    saved = register.register(operator, dataclasses.replace(form, new_despite_phone=True))
    li_si = customers_with(database, "13766667777")
    assert li_si == {"张三": "深圳", "李四": "深圳"}
    with database.sessions.read() as s:
        assert visit_customer(database, saved.work_order_number)[0] == s.scalar(
            select(Customer.id).where(Customer.name == "李四"))
    # A consultation without a visit makes no customer, so it is never asked about.
    register.register(operator, dataclasses.replace(form, caller_name="王五", needs_visit=False,
                                                    required_arrival_at=None, city=""))


def test_a_new_customer_sharing_a_phone_still_needs_the_visit_city(database: Database, operator: Actor) -> None:
    add_customer(database, "张三", "13766667777", "深圳")  # S2: 张三's city is not the new customer's
    register = CallRegister(database.sessions, clock=lambda: NOW)
    with pytest.raises(FormInvalid) as refused:
        register.register(operator, dataclasses.replace(VISIT, caller_name="李四", phone="13766667777",
                                                        new_despite_phone=True))
    assert [e.field for e in refused.value.errors] == ["city"]
