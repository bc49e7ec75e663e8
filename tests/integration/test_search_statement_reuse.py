"""Issue 8 guard, without timing: typing on builds no new SQL while the shape of the search stays
the same (the lookup and the claims list keep their statements and run them with the new text), and
a kept statement answers exactly what a freshly built one does, on both databases. A filter that
holds the clock is never kept, so its answer follows the clock."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.db.models import Claim, Customer, Unit
from desktop_app.db.opening import Database
from desktop_app.services import search_branches
from desktop_app.services.listings import ClaimFilter, ClaimListing
from desktop_app.services.lookup import Lookup
from desktop_app.services.sample_data import load_sample_data
from desktop_app.services.text_search import Search

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def loaded(database: Database) -> Database:
    load_sample_data(database.sessions, claims=60, today=TODAY)
    return database


def _rounds(database: Database) -> list[list[str]]:
    """Two rounds of what is typed at the counter: the same kinds of text from two customers and
    claims (phone digits, one and two characters of a name, a serial piece, a claim number, fault text)."""
    with database.sessions.read() as s:
        people = list(s.scalars(select(Customer).where(Customer.kind == "person").order_by(Customer.id).limit(2)))
        claims = list(s.scalars(select(Claim).order_by(Claim.id.desc()).limit(2)))
        return [[person.phone[-4:], person.name[:1], person.name[:2], s.get(Unit, claim.unit_id).serial[-6:],
                 claim.number, claim.fault_description[:4]] for person, claim in zip(people, claims)]


def _answers(lookup: Lookup, claims: ClaimListing, text: str) -> tuple[Any, ...]:
    return (lookup.customers(text), lookup.customers(text, limit=2), claims.count(text, at_most=5),
            claims.fetch(0, 200, text), claims.fetch(2, 3, text))


def test_typing_reuses_the_statements_and_answers_as_a_fresh_search(
        loaded: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _rounds(loaded)
    dialect = loaded.engine.dialect.name
    assert [Search(dialect, t).shape for t in first] == [Search(dialect, t).shape for t in second]
    assert first != second
    lookup, claims = Lookup(loaded.sessions), ClaimListing(loaded.sessions)
    for text in first:  # the first text of each shape builds its statements
        assert _answers(lookup, claims, text) == _answers(Lookup(loaded.sessions), ClaimListing(loaded.sessions), text)
    built = []
    first_matches = search_branches.first_matches
    monkeypatch.setattr(search_branches, "first_matches", lambda *a, **k: built.append(a) or first_matches(*a, **k))
    found = 0
    for text in second:
        kept = _answers(lookup, claims, text)
        assert built == [], text  # no statement was built for a shape already searched
        assert kept == _answers(Lookup(loaded.sessions), ClaimListing(loaded.sessions), text), text
        built.clear()
        found += len(kept[0]) + len(kept[3])
    assert found  # the comparison compared rows


def test_a_changed_filter_gets_its_own_statements(loaded: Database) -> None:
    text = _rounds(loaded)[0][1]  # one character of a name: several claims
    claims = ClaimListing(loaded.sessions)
    every = claims.fetch(0, 200, text)
    wanted = every[-1].status
    claims.filter = ClaimFilter(statuses=frozenset({wanted}))
    filtered = claims.fetch(0, 200, text)
    assert filtered == [row for row in every if row.status is wanted]
    assert claims.count(text, at_most=1000) == len(filtered)
    claims.filter = ClaimFilter()
    assert claims.fetch(0, 200, text) == every


def test_a_filter_on_the_clock_follows_the_clock(loaded: Database) -> None:
    """Overdue (rule S3) compares with the clock: a kept statement would keep its first moment."""
    text = _rounds(loaded)[0][1]
    now = [dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)]
    claims = ClaimListing(loaded.sessions, clock=lambda: now[0])
    claims.filter = ClaimFilter(overdue_only=True)
    assert claims.fetch(0, 200, text) == [] and claims.count(text, at_most=1000) == 0
    now[0] = dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc)
    later = claims.fetch(0, 200, text)
    assert later and claims.count(text, at_most=1000) == len(later)
    assert {row.status for row in later} <= {ClaimStatus.OPEN, ClaimStatus.AWAITING_APPROVAL}
