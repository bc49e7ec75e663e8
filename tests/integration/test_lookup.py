"""Search-as-you-type and scanned codes find the right customer or record."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.models import Claim, Customer, Unit, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.lookup import Lookup
from desktop_app.services.sample_data import load_sample_data


@pytest.fixture
def loaded(database: Database) -> Database:
    load_sample_data(database.sessions, claims=60, today=dt.date(2026, 11, 27))
    return database


def test_customers_by_phone_fragment_name_serial_and_claim_number(loaded: Database) -> None:
    with loaded.sessions.read() as s:
        claim = s.scalar(select(Claim).order_by(Claim.id.desc()).limit(1))
        customer, serial = claim.customer, claim.unit.serial
    lookup = Lookup(loaded.sessions)
    for text in (customer.phone[3:9], customer.name[:1], customer.name, serial, claim.number):
        matches = lookup.customers(text, limit=200)
        assert customer.id in {m.id for m in matches}, text
    exact = lookup.customers(serial)[0]
    assert exact.id == customer.id and exact.units[0].serial == serial
    assert lookup.customers("") == [] and lookup.customers("没有这个人") == []


def test_scanned_codes_open_the_record(loaded: Database) -> None:
    with loaded.sessions.read() as s:
        claim_no = s.scalar(select(Claim.number).limit(1))
        order_no = s.scalar(select(WorkOrder.number).limit(1))
        serial = s.scalar(select(Unit.serial).limit(1))
    lookup = Lookup(loaded.sessions)
    assert lookup.code(f" {claim_no}\n").kind == "claim"
    assert lookup.code(order_no).kind == "work_order"
    assert lookup.code(serial).kind == "unit"
    assert lookup.code("SC-1999-000001") is None


def test_company_contact_person_is_searchable(loaded: Database) -> None:
    with loaded.sessions.read() as s:
        company = s.scalar(select(Customer).where(Customer.contact_person.is_not(None)).limit(1))
    assert company is not None  # the sample data has companies with a contact person
    assert company.id in {m.id for m in Lookup(loaded.sessions).customers(company.contact_person, limit=200)}
