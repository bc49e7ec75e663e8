"""Issue 8 on both databases, without timing: one character of a name typed into the claims search or
the work orders' 全部 (a surname) reads the list's own table of the characters of its customers' names
(claims: migration 0023; work orders: 0029) newest first, so the search stops at its page however many
customers share the surname; it lists what the plain LIKE lists; the triggers follow every new, moved
and removed row and every renamed customer; and each migration fills its table from the rows there."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.db.models import Claim, Customer, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.listings import ClaimListing, WorkOrderListing
from desktop_app.services.text_search import like_pattern
from search_capture import captured, read_newest_first, refilled_by_migration, sample_database


def _new_claim(s: Session, customer_id: int, number: str) -> Claim:
    first = s.scalar(select(Claim).order_by(Claim.id).limit(1))
    return Claim(number=number, channel=first.channel, customer_id=customer_id, unit_id=first.unit_id,
                 claim_date=first.claim_date, fault_description="测试", created_by_id=first.created_by_id)


def _new_order(_s: Session, customer_id: int, number: str) -> WorkOrder:
    return WorkOrder(number=number, customer_id=customer_id)


class Kind(NamedTuple):
    model: type
    listing: Callable[[Any], Any]  # a fresh listing on the sessions (全部 for the work orders)
    table: str
    key: str
    before: str  # the revision before the table's migration
    prefix: str  # of a number no sample row has
    new_row: Callable[[Session, int, str], Any]


KINDS = {
    "claims": Kind(Claim, ClaimListing, "claim_name_characters", "claim_id", "0022_work_order_claim_numbers",
                   "SC-2099-", _new_claim),
    "work orders": Kind(WorkOrder, WorkOrderListing, "work_order_name_characters", "order_id",
                        "0028_sqlite_claim_filters", "WO-2099-", _new_order),
}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def loaded(request: pytest.FixtureRequest) -> Database:
    """Sample data on a fresh database (on PostgreSQL never used before: plans are compared)."""
    yield from sample_database(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "fresh_pg_url"))


@pytest.fixture(params=list(KINDS))
def kind(request: pytest.FixtureRequest) -> Kind:
    return KINDS[request.param]


def _stored(database: Database, kind: Kind) -> set[tuple[str, int]]:
    with database.engine.connect() as conn:
        return set(conn.execute(text(f"SELECT gram, {kind.key} FROM {kind.table}")).all())


def _expected(database: Database, kind: Kind) -> set[tuple[str, int]]:
    """Every character of each row's customer's name, as written."""
    model = kind.model
    with database.sessions.read() as s:
        rows = s.execute(select(model.id, Customer.name).join(Customer, model.customer_id == Customer.id)).all()
    return {(character, row_id) for row_id, name in rows for character in name}


def _like(database: Database, kind: Kind, character: str) -> list[int]:
    model = kind.model
    with database.sessions.read() as s:
        return list(s.scalars(select(model.id).join(Customer, model.customer_id == Customer.id)
                              .where(Customer.name.like(like_pattern(character), escape="\\"))
                              .order_by(model.id.desc())))


def _surnames(database: Database) -> list[str]:
    with database.sessions.read() as s:
        names = s.scalars(select(Customer.name).order_by(Customer.id).limit(20)).all()
    return sorted({name[0] for name in names} | {names[0][-1]})


def _add(database: Database, kind: Kind, customer_id: int, number: str) -> int:
    with database.sessions.write() as s, s.begin():
        row = kind.new_row(s, customer_id, number)
        s.add(row)
        s.flush()
        return row.id


def _found(database: Database, kind: Kind, character: str) -> list[int]:
    return [row.id for row in kind.listing(database.sessions).fetch(0, 200, character)]


def test_a_surname_lists_the_rows_like_lists_newest_first(loaded: Database, kind: Kind) -> None:
    listing = kind.listing(loaded.sessions)
    surnames = _surnames(loaded)
    assert len(surnames) > 3
    for character in surnames:
        expected = _like(loaded, kind, character)
        assert expected, character
        assert [row.id for row in listing.fetch(0, 200, character)] == expected[:200], character
        assert [row.id for row in listing.fetch(1, 2, character)] == expected[1:3], character
        assert listing.count(character) == len(expected), character
        assert listing.count(character, at_most=1) == min(len(expected), 2), character  # 2: "more than 1"
        total, page = listing.first_page(character, at_most=1000, limit=200)  # as the tab asks
        assert (total, [row.id for row in page]) == (min(len(expected), 1001), expected[:200]), character


def test_the_table_follows_new_moved_and_removed_rows_and_renamed_customers(loaded: Database, kind: Kind) -> None:
    assert _stored(loaded, kind) == _expected(loaded, kind) != set()
    model = kind.model
    with loaded.sessions.read() as s:
        first, second = s.scalars(select(model).order_by(model.id).limit(2)).all()
        other_customer = s.scalar(select(Customer.id).where(Customer.id != first.customer_id,
                                                            Customer.id != second.customer_id).limit(1))
    with loaded.sessions.write() as s, s.begin():  # a correction: the row was another customer's
        s.get(model, first.id).customer_id = other_customer
    assert _stored(loaded, kind) == _expected(loaded, kind)

    with loaded.sessions.write() as s, s.begin():  # a customer's name corrected
        s.get(Customer, second.customer_id).name = "诸葛 A&B"
    assert _stored(loaded, kind) == _expected(loaded, kind)
    assert ("诸", second.id) in _stored(loaded, kind)
    assert second.id in _found(loaded, kind, "葛")

    added = _add(loaded, kind, second.customer_id, kind.prefix + "000001")  # a new row, then gone again
    assert ("诸", added) in _stored(loaded, kind)
    assert _stored(loaded, kind) == _expected(loaded, kind)
    with loaded.sessions.write() as s, s.begin():
        s.delete(s.get(model, added))
    assert not [row for row in _stored(loaded, kind) if row[1] == added]
    assert _stored(loaded, kind) == _expected(loaded, kind)


@pytest.mark.parametrize("first", ["rename", "new row"])
def test_a_row_made_while_another_counter_renames_its_customer(loaded: Database, kind: Kind, first: str) -> None:
    """Two counters on one database (on SQLite one writer at a time): a claim taken in, or an order
    opened, for a customer whose name another counter is correcting, in either order, ends up under the
    new name's characters."""
    with loaded.sessions.read() as s:
        customer_id = s.scalar(select(Customer.id).order_by(Customer.id).limit(1))
    made: list[int] = []
    making = threading.Thread(target=lambda: made.append(_add(loaded, kind, customer_id, kind.prefix + "000002")))
    with loaded.engine.connect() as renaming:
        if first == "new row":
            making.start()
            making.join(timeout=30)
        renaming.execute(text("UPDATE customers SET name = '欧阳修' WHERE id = :id"), {"id": customer_id})
        if first == "rename":
            making.start()
            making.join(timeout=0.5)  # waits for the rename: the customer's row lock, SQLite's write lock
        renaming.commit()
    making.join(timeout=30)
    assert made and _stored(loaded, kind) == _expected(loaded, kind)
    assert made[0] in _found(loaded, kind, "欧")


def test_the_page_is_read_backwards_from_the_tables_primary_key(loaded: Database, kind: Kind) -> None:
    """Not through the customers' pieces of names, which read every matching customer's rows and sorted
    them all before the first page (“韩” at a million claims: 8,838 customers probed), or walked back
    through the rows testing each one's customer (“王” in the work orders: 47,000 of them, 85 ms)."""
    character = _surnames(loaded)[0]
    listing = kind.listing(loaded.sessions)
    with captured(loaded.engine) as statements:
        listing.fetch(0, 200, character)
        listing.count(character, at_most=1000)
        listing.first_page(character, at_most=1000, limit=200)  # as the tab asks: both in one
    lines = read_newest_first(loaded.engine, statements, kind.table)
    assert not [line for line in lines if "customer_name_grams" in line], lines
    own = kind.model.__tablename__
    assert not [line for line in lines if line.split()[:2] == ["SCAN", own]], lines  # every row tested


def test_the_migration_fills_the_table_from_the_rows_there(loaded: Database, kind: Kind) -> None:
    expected = _expected(loaded, kind)
    assert refilled_by_migration(loaded, kind.before, kind.table, lambda database: _stored(database, kind)) \
        == expected != set()
