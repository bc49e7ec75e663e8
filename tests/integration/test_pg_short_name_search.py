"""Issue 8 on PostgreSQL, without timing: one or two Chinese characters of a name (a surname typed
into the claims search) are found through the table of pieces of names (migration 0015), its
customers' claims from the index alone, and search no serials or claim numbers, with the same claims
as the plain LIKE; the table follows every change of a name; and the GIN indexes keep short pending
lists, so a day of intakes does not slow every search down."""

from __future__ import annotations


import pytest
from sqlalchemy import or_, select, text

from desktop_app.db.models import Claim, Customer, Unit
from desktop_app.db.opening import Database
from desktop_app.services.listings import ClaimListing
from desktop_app.services.lookup import Lookup
from desktop_app.services.text_search import like_pattern
from search_capture import captured, explained, sample_database

PIECES_INDEX = "customer_name_grams_pkey"


@pytest.fixture
def loaded(fresh_pg_url: str) -> Database:
    yield from sample_database(fresh_pg_url)


def _plans(database: Database, statements: list) -> list[str]:
    """EXPLAIN of each statement, whole-table reads discouraged: the tiny sample tables would
    otherwise be read whole (in turn or through their primary keys) whatever the indexes, and the
    guard is about which index serves."""
    # Nor read a whole btree in key order.
    return [row[0] for row in explained(database.engine, statements, ("seqscan", "indexscan", "indexonlyscan"))]


def _plain_like_claims(database: Database, fragment: str) -> list[int]:
    like = like_pattern(fragment)
    with database.sessions.read() as s:
        return list(s.scalars(
            select(Claim.id).join(Customer, Claim.customer_id == Customer.id).join(Unit, Claim.unit_id == Unit.id)
            .where(or_(Customer.name.like(like, escape="\\"), Customer.phone.like(like, escape="\\"),
                       Unit.serial.like(like, escape="\\"), Claim.number.like(like, escape="\\")))
            .order_by(Claim.id.desc())))


def test_a_surname_in_the_claims_search_goes_through_the_pieces_of_names(loaded: Database) -> None:
    with loaded.sessions.read() as s:
        name = s.scalar(select(Customer.name).where(Customer.kind == "person").order_by(Customer.id).limit(1))
    listing = ClaimListing(loaded.sessions)
    for fragment in (name[:1], name[:2]):
        with captured(loaded.engine) as statements:
            found = [row.id for row in listing.fetch(0, 200, fragment)]
            listing.count(fragment, at_most=1000)
            Lookup(loaded.sessions).customers(fragment)
        assert found and found == _plain_like_claims(loaded, fragment), fragment
        plan = _plans(loaded, statements)
        assert any(PIECES_INDEX in line for line in plan), plan
        # A piece of a name is no serial or number (text_search's ASCII assumption): never read.
        assert not [line for line in plan if "serial)::text ~~" in line or "number)::text ~~" in line], plan
        assert not [line for line in plan if "Seq Scan on customers" in line], plan


def test_search_indexes_keep_short_pending_lists(loaded: Database) -> None:
    with loaded.engine.connect() as conn:
        options = dict(conn.execute(text(
            "SELECT relname, array_to_string(reloptions, ',') FROM pg_class "
            "WHERE relkind = 'i' AND relam = (SELECT oid FROM pg_am WHERE amname = 'gin')")).all())
    assert "ix_trgm_customers_name" in options
    assert {name: value for name, value in options.items() if value != "gin_pending_list_limit=64"} == {}
