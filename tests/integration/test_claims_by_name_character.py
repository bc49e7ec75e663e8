"""Issue 8 on both databases, without timing: one character of a name typed into the claims search
(a surname) reads the claims' own table of the characters of their customers' names (migration 0023)
newest first, so the search stops at its page however many customers share the surname; it lists
what the plain LIKE lists; its triggers follow every new, moved and removed claim and every renamed
customer; and the migration fills it from the claims already there."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text

from desktop_app.db.models import Claim, Customer
from desktop_app.db.opening import Database
from desktop_app.services.listings import ClaimListing
from desktop_app.services.text_search import like_pattern
from search_capture import captured, read_newest_first, refilled_by_migration, sample_database

BEFORE = "0022_work_order_claim_numbers"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def loaded(request: pytest.FixtureRequest) -> Database:
    """Sample data on a fresh database (on PostgreSQL never used before: plans are compared)."""
    yield from sample_database(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "fresh_pg_url"))


def _stored(database: Database) -> set[tuple[str, int]]:
    with database.engine.connect() as conn:
        return set(conn.execute(text("SELECT gram, claim_id FROM claim_name_characters")).all())


def _expected(database: Database) -> set[tuple[str, int]]:
    """Every character of each claim's customer's name, as written."""
    with database.sessions.read() as s:
        rows = s.execute(select(Claim.id, Customer.name).join(Customer, Claim.customer_id == Customer.id)).all()
    return {(character, claim_id) for claim_id, name in rows for character in name}


def _like(database: Database, character: str) -> list[int]:
    with database.sessions.read() as s:
        return list(s.scalars(select(Claim.id).join(Customer, Claim.customer_id == Customer.id)
                              .where(Customer.name.like(like_pattern(character), escape="\\"))
                              .order_by(Claim.id.desc())))


def _surnames(database: Database) -> list[str]:
    with database.sessions.read() as s:
        names = s.scalars(select(Customer.name).order_by(Customer.id).limit(20)).all()
    return sorted({name[0] for name in names} | {names[0][-1]})


def test_a_surname_lists_the_claims_like_lists_newest_first(loaded: Database) -> None:
    listing = ClaimListing(loaded.sessions)
    surnames = _surnames(loaded)
    assert len(surnames) > 3
    for character in surnames:
        expected = _like(loaded, character)
        assert expected, character
        assert [row.id for row in listing.fetch(0, 200, character)] == expected, character
        assert [row.id for row in listing.fetch(1, 2, character)] == expected[1:3], character
        assert listing.count(character) == len(expected), character
        assert listing.count(character, at_most=1) == min(len(expected), 2), character  # 2: "more than 1"


def test_the_table_follows_new_moved_and_removed_claims_and_renamed_customers(loaded: Database) -> None:
    assert _stored(loaded) == _expected(loaded) != set()
    with loaded.sessions.read() as s:
        first, second = s.scalars(select(Claim).order_by(Claim.id).limit(2)).all()
        other_customer = s.scalar(select(Customer.id).where(Customer.id != first.customer_id,
                                                            Customer.id != second.customer_id).limit(1))
    with loaded.sessions.write() as s, s.begin():  # a claim correction: the claim was another customer's
        s.get(Claim, first.id).customer_id = other_customer
    assert _stored(loaded) == _expected(loaded)

    with loaded.sessions.write() as s, s.begin():  # a customer's name corrected
        s.get(Customer, second.customer_id).name = "诸葛 A&B"
    assert _stored(loaded) == _expected(loaded)
    assert ("诸", second.id) in _stored(loaded)
    assert second.id in [row.id for row in ClaimListing(loaded.sessions).fetch(0, 200, "葛")]

    with loaded.sessions.write() as s, s.begin():  # a new claim, then gone again
        claim = Claim(number="SC-2099-000001", channel=first.channel, customer_id=second.customer_id,
                      unit_id=first.unit_id, claim_date=first.claim_date, fault_description="测试",
                      created_by_id=first.created_by_id)
        s.add(claim)
        s.flush()
        added = claim.id
    assert ("诸", added) in _stored(loaded)
    assert _stored(loaded) == _expected(loaded)
    with loaded.sessions.write() as s, s.begin():
        s.delete(s.get(Claim, added))
    assert not [row for row in _stored(loaded) if row[1] == added]
    assert _stored(loaded) == _expected(loaded)


def _new_claim(database: Database, customer_id: int, number: str) -> int:
    with database.sessions.write() as s, s.begin():
        first = s.scalar(select(Claim).order_by(Claim.id).limit(1))
        claim = Claim(number=number, channel=first.channel, customer_id=customer_id, unit_id=first.unit_id,
                      claim_date=first.claim_date, fault_description="测试", created_by_id=first.created_by_id)
        s.add(claim)
        s.flush()
        return claim.id


@pytest.mark.parametrize("first", ["rename", "claim"])
def test_a_claim_taken_in_while_another_counter_renames_its_customer(loaded: Database, first: str) -> None:
    """Two counters on one database (on SQLite one writer at a time): a claim taken in for a customer
    whose name another counter is correcting, in either order, ends up under the new name's characters."""
    with loaded.sessions.read() as s:
        customer_id = s.scalar(select(Customer.id).order_by(Customer.id).limit(1))
    made: list[int] = []
    taking_in = threading.Thread(target=lambda: made.append(_new_claim(loaded, customer_id, "SC-2099-000002")))
    with loaded.engine.connect() as renaming:
        if first == "claim":
            taking_in.start()
            taking_in.join(timeout=30)
        renaming.execute(text("UPDATE customers SET name = '欧阳修' WHERE id = :id"), {"id": customer_id})
        if first == "rename":
            taking_in.start()
            taking_in.join(timeout=0.5)  # waits for the rename: the customer's row lock, SQLite's write lock
        renaming.commit()
    taking_in.join(timeout=30)
    assert made and _stored(loaded) == _expected(loaded)
    assert made[0] in [row.id for row in ClaimListing(loaded.sessions).fetch(0, 200, "欧")]


def test_the_page_is_read_backwards_from_the_tables_primary_key(loaded: Database) -> None:
    """Not through the customers' pieces of names, which read every matching customer's claims and
    sorted them all before the first page (“韩” at a million claims: 8,838 customers probed)."""
    character = _surnames(loaded)[0]
    listing = ClaimListing(loaded.sessions)
    with captured(loaded.engine) as statements:
        listing.fetch(0, 200, character)
        listing.count(character, at_most=1000)
        listing.first_page(character, at_most=1000, limit=200)  # as the tab asks: both in one
    lines = read_newest_first(loaded.engine, statements, "claim_name_characters")
    assert not [line for line in lines if "customer_name_grams" in line], lines
    assert not [line for line in lines if line.split()[:2] == ["SCAN", "claims"]], lines  # every claim tested


def test_the_migration_fills_the_table_from_the_claims_there(loaded: Database) -> None:
    expected = _expected(loaded)
    assert refilled_by_migration(loaded, BEFORE, "claim_name_characters", _stored) == expected != set()
