"""Issue 8, both databases: one or two characters of a name are searched through
``customer_name_grams`` (SQLite since migration 0003, PostgreSQL since 0015), which its triggers keep
in step with every new, renamed and removed customer, so a search finds what the plain LIKE finds.
On PostgreSQL the claims and orders of the customers found are read from the index alone (0015's INCLUDE)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from desktop_app.core.vocabulary import CustomerKind
from desktop_app.db.models import Customer
from desktop_app.db.opening import Database, open_database
from desktop_app.services.lookup import Lookup
from desktop_app.services.text_search import like_pattern


@pytest.fixture
def database(db_url: str) -> Database:
    opened = open_database(make_url(db_url))
    yield opened
    opened.dispose()


def _add(database: Database, name: str, contact: str | None = None, phone: str = "13800000000") -> int:
    with database.sessions.write() as s, s.begin():
        customer = Customer(kind=CustomerKind.COMPANY if contact else CustomerKind.PERSON, name=name, phone=phone, contact_person=contact)
        s.add(customer)
        s.flush()
        return customer.id


def _found(database: Database, fragment: str) -> set[int]:
    return {match.id for match in Lookup(database.sessions).customers(fragment, limit=200)}


def _like(database: Database, fragment: str) -> set[int]:
    pattern = like_pattern(fragment)
    with database.sessions.read() as s:
        return set(s.scalars(select(Customer.id).where(
            Customer.name.like(pattern, escape="\\") | Customer.contact_person.like(pattern, escape="\\"))))


def _pieces(name: str, contact: str | None, *, fold_ascii: bool) -> set[tuple[str, str]]:
    """What the triggers keep for one customer: every 1- and 2-character piece, as written (SQLite
    folds ASCII letters as its lower() does)."""
    found = set()
    for field, value in (("n", name), ("c", contact or "")):
        for size in (1, 2):
            for i in range(len(value) - size + 1):
                piece = value[i:i + size]
                found.add((piece.lower() if fold_ascii and piece.isascii() else piece, field))
    return found


def _stored(database: Database, customer_id: int) -> set[tuple[str, str]]:
    with database.engine.connect() as conn:
        return set(conn.execute(text("SELECT gram, field FROM customer_name_grams WHERE customer_id = :id"),
                                {"id": customer_id}).all())


def test_a_new_renamed_or_removed_customer_is_found_as_like_finds_it(database: Database) -> None:
    sqlite = database.engine.dialect.name == "sqlite"
    ouyang = _add(database, "欧阳修远")
    firm = _add(database, "远大 Co. 贸易", contact="司马光")
    assert _stored(database, ouyang) == _pieces("欧阳修远", None, fold_ascii=sqlite)
    assert _stored(database, firm) == _pieces("远大 Co. 贸易", "司马光", fold_ascii=sqlite)
    for fragment in ("欧", "欧阳", "远", "司马", "光"):
        assert _found(database, fragment) == _like(database, fragment) != set(), fragment

    with database.sessions.write() as s, s.begin():  # a correction of the name and the contact person
        s.get(Customer, ouyang).name = "诸葛亮"
        s.get(Customer, firm).contact_person = None
    assert _stored(database, ouyang) == _pieces("诸葛亮", None, fold_ascii=sqlite)
    assert _stored(database, firm) == _pieces("远大 Co. 贸易", None, fold_ascii=sqlite)
    assert ouyang not in _found(database, "欧阳") and ouyang in _found(database, "诸葛")
    assert firm not in _found(database, "司马") and firm in _found(database, "远")

    with database.sessions.write() as s, s.begin():  # a duplicate left behind by a correction (claim_customers)
        s.delete(s.get(Customer, ouyang))
    assert _stored(database, ouyang) == set()
    assert _found(database, "诸葛") == set()


def test_a_letter_beyond_ascii_is_found_as_written(database: Database) -> None:
    """Neither LIKE folds É to é (SQLite folds ASCII only, PostgreSQL nothing): nor does the search."""
    upper = _add(database, "Élodie")
    lower = _add(database, "élan")
    assert _found(database, "É") == _like(database, "É") == {upper}
    assert _found(database, "é") == _like(database, "é") == {lower}


@pytest.mark.postgres
def test_postgres_reads_a_customers_claims_from_the_index_alone(fresh_pg_url: str) -> None:
    database = open_database(make_url(fresh_pg_url))
    try:
        with database.engine.connect() as conn:
            definitions = dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes")).all())
            for table in ("claims", "work_orders"):
                assert definitions[f"ix_{table}_customer_id"].endswith("(customer_id) INCLUDE (id)")
                assert definitions[f"ix_{table}_unit_id"].endswith("(unit_id) INCLUDE (id)")
            for kind in ("seqscan", "bitmapscan", "indexscan"):  # what may serve, not what the tiny table prefers
                conn.exec_driver_sql(f"SET enable_{kind} = off")
            plan = "\n".join(conn.scalars(text("EXPLAIN SELECT id FROM claims WHERE customer_id = 7")))
            assert "Index Only Scan using ix_claims_customer_id" in plan, plan
            conn.rollback()
    finally:
        database.dispose()
