"""Search-as-you-type and scanned codes find the right customer or record."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.models import Claim, Customer, Unit, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.intake_support import IntakeSupport
from desktop_app.services.lookup import UNITS_SHOWN, Lookup
from desktop_app.services.sample_data import load_sample_data
from search_capture import captured


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


def _fleet(database: Database, size: int) -> tuple[Customer, list[str]]:
    """A company with ``size`` more units under service, their serials oldest first."""
    from sqlalchemy import insert

    with database.sessions.write() as s, s.begin():
        company = s.scalar(select(Customer).where(Customer.kind == "company").order_by(Customer.id).limit(1))
        product_id = s.scalar(select(Unit.product_id).limit(1))
        serials = [f"FLEET{i:05d}" for i in range(size)]
        s.execute(insert(Unit), [dict(serial=serial, customer_id=company.id, product_id=product_id)
                                 for serial in serials])
        s.expunge(company)
    return company, serials


def test_a_customer_with_many_units_lists_the_newest_and_the_typed_serial(loaded: Database) -> None:
    """Issue 8: a company with hundreds of units listed them all under every keystroke's match. The
    lookup lists its newest ten, says how many it has, and lists an older one when its serial is typed."""
    company, serials = _fleet(loaded, 300)
    lookup = Lookup(loaded.sessions)
    (match,) = [m for m in lookup.customers(company.phone) if m.id == company.id]
    assert [u.serial for u in match.units] == serials[::-1][:UNITS_SHOWN]  # newest first
    assert match.unit_count > 300 and match.units_not_listed == match.unit_count - UNITS_SHOWN
    for text in (serials[7], serials[7].lower()):  # typed in lower case, the serial is still found
        (typed,) = [m for m in lookup.customers(text) if m.id == company.id]
        assert typed.units[0].serial == serials[7] and len(typed.units) == UNITS_SHOWN + 1, text
    assert {u.serial for u in typed.units[1:]} == set(serials[::-1][:UNITS_SHOWN])
    newest = [m for m in lookup.customers(serials[-1]) if m.id == company.id][0]  # among the newest: no repeat
    assert newest.units[0].serial == serials[-1] and len(newest.units) == UNITS_SHOWN
    small = next(m for m in lookup.customers(company.name[:1], limit=200) if m.id != company.id and m.units)
    assert small.unit_count == len(small.units) and small.units_not_listed == 0


def test_a_scanned_serial_of_a_fleet_opens_with_that_unit(loaded: Database) -> None:
    company, serials = _fleet(loaded, 40)
    with loaded.sessions.read() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.serial == serials[3]))
    with captured(loaded.engine) as statements:
        match, unit = IntakeSupport(loaded.sessions).unit_with_owner(unit_id)
    assert match.id == company.id and unit.serial == serials[3] and match.units == (unit,)
    assert match.unit_count > 40 and match.name == company.name and match.row_version == company.row_version
    assert len(statements) == 1  # the unit, its owner and their count together


def test_a_scanned_unit_nobody_owns_opens_no_customer(loaded: Database) -> None:
    with loaded.sessions.write() as s, s.begin():
        product_id = s.scalar(select(Unit.product_id).limit(1))
        unit = Unit(serial="NOBODYS-0001", product_id=product_id, customer_id=None)
        s.add(unit)
        s.flush()
        unit_id = unit.id
    assert IntakeSupport(loaded.sessions).unit_with_owner(unit_id) is None
    assert IntakeSupport(loaded.sessions).unit_with_owner(unit_id + 1000) is None
