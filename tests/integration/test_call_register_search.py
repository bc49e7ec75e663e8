"""Issue 8: 来电登记's search from three characters on reads a search index (migration 0021: SQLite's
calls_search, PostgreSQL's trigram indexes) and finds exactly the calls a plain reading of every call
finds, on both databases, shorter text included."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.models import Call
from desktop_app.db.opening import Database
from desktop_app.services.intake_support import CallLogListing
from desktop_app.services.sample_data import load_sample_data


@pytest.fixture
def loaded(database: Database) -> Database:
    load_sample_data(database.sessions, claims=120, today=dt.date(2026, 11, 27))
    return database


def test_each_kind_of_text_finds_the_calls_that_hold_it(loaded: Database) -> None:
    with loaded.sessions.read() as s:
        calls = s.execute(select(Call.id, Call.number, Call.caller_name, Call.phone, Call.subject)).all()
    assert len(calls) > 10, "the sample data should have calls"
    sample = calls[len(calls) // 2]
    texts = [sample.phone[-4:], sample.phone[-2:], sample.number, sample.number.lower(), sample.number[-5:],
             sample.caller_name[:1], sample.caller_name, sample.subject[:3], sample.subject[1:5], "没有这样的来电"]
    register = CallLogListing(loaded.sessions)
    for text in texts:
        wanted = sorted((c.id for c in calls
                         if any(text.lower() in (value or "").lower()
                                for value in (c.number, c.caller_name, c.phone, c.subject))), reverse=True)
        assert [row.id for row in register.fetch(0, 1000, text)] == wanted, text
        assert register.count(text) == len(wanted), text


def test_a_changed_call_is_found_by_its_new_text(loaded: Database) -> None:
    """The search index follows a registered call's changes (its triggers, on SQLite)."""
    register = CallLogListing(loaded.sessions)
    with loaded.sessions.write() as s, s.begin():
        call = s.scalar(select(Call).order_by(Call.id).limit(1))
        call.subject = "光模块告警求助"
        call_id = call.id
    assert [row.id for row in register.fetch(0, 10, "光模块告警")] == [call_id]
