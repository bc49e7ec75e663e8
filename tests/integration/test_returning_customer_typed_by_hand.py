"""A returning customer typed in by hand is the customer on record, not a duplicate; a phone shared
under another name is asked about, never merged silently."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.db.models import AuditEntry, Claim, Customer
from desktop_app.db.opening import Database
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput

NOW = dt.datetime(2026, 11, 27, 2, 30, tzinfo=dt.timezone.utc)
TODAY = NOW.astimezone().date()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def take_in(depot: Depot, serial: str, **customer: object):
    given = {"name": "李四", "phone": "13812345678", **customer}
    form = IntakeForm(customer=CustomerInput(**given),  # type: ignore[arg-type]
                      unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY - dt.timedelta(days=90)),
                      channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"))
    return ClaimIntakeService(depot.db.sessions, clock=lambda: NOW).take_in(depot.staff["operator"], form)


def customers(depot: Depot) -> list[tuple[str, str, str | None, str | None]]:
    with depot.db.sessions.read() as s:
        return [tuple(r) for r in s.execute(select(Customer.name, Customer.phone, Customer.city, Customer.address)
                                            .order_by(Customer.id))]


def customer_of(depot: Depot, claim_id: int) -> int:
    with depot.db.sessions.read() as s:
        return s.get(Claim, claim_id).customer_id


def test_the_same_name_and_phone_typed_again_is_the_same_customer(depot: Depot) -> None:
    first = take_in(depot, "SN-1", city="深圳")
    again = take_in(depot, "SN-2", name="  李四 ", phone="138 1234 5678", address="南山区科技园")
    assert customer_of(depot, again.id) == customer_of(depot, first.id)
    assert customers(depot) == [("李四", "13812345678", "深圳", "南山区科技园")]  # the empty address filled


def test_a_returning_customer_keeps_what_is_on_record(depot: Depot) -> None:
    first = take_in(depot, "SN-1", name="Li Si", city="深圳", address="南山区")
    take_in(depot, "SN-2", name="li si", city="广州", address="天河区")  # Latin names in any case
    assert customers(depot) == [("Li Si", "13812345678", "深圳", "南山区")]  # nothing overwritten
    with depot.db.sessions.read() as s:
        updates = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "customer", AuditEntry.action == "update"))
    assert updates == 0 and first.number


def test_the_same_phone_under_another_name_is_refused_naming_who_holds_it(depot: Depot) -> None:
    take_in(depot, "SN-1", city="深圳")
    with pytest.raises(FormInvalid) as refused:
        take_in(depot, "SN-2", name="王五")
    error = refused.value.by_field()["customer_phone"]
    assert error.params["name"] == "李四" and error.params["city"] == "深圳" and error.params["customer_id"]
    assert "李四 (深圳)" in str(refused.value)
    assert len(customers(depot)) == 1
    with depot.db.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Claim)) == 1  # nothing written


def test_a_new_customer_sharing_the_phone_is_created_when_the_desk_confirms_it(depot: Depot) -> None:
    take_in(depot, "SN-1")
    take_in(depot, "SN-2", name="王五", new_despite_phone=True)  # a family phone
    assert [c[0] for c in customers(depot)] == ["李四", "王五"]
    take_in(depot, "SN-3", name="王五")  # then typed again: 王五 by name and phone, no question
    assert len(customers(depot)) == 2


def test_two_desks_typing_the_same_new_customer_at_once_make_one_customer(depot: Depot) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        numbers = list(pool.map(lambda i: take_in(depot, f"SN-RACE-{i}").number, range(6)))
    assert len(set(numbers)) == 6 and len(customers(depot)) == 1
