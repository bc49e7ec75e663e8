"""Issue 8: 来电登记's search from three characters on reads a search index (migration 0021: SQLite's
calls_search, PostgreSQL's trigram indexes), one or two Chinese characters the pieces of callers and
subjects (0024), and finds exactly the calls a plain reading of every call finds, on both databases,
other short text included; the pieces follow every new, changed and removed call."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.models import Call
from desktop_app.db.opening import Database
from desktop_app.services.intake_support import CallLogListing
from desktop_app.services.sample_data import load_sample_data
from search_capture import captured, read_newest_first


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
             sample.caller_name[:1], sample.caller_name[:2], sample.caller_name[-1:], sample.caller_name,
             sample.subject[:1], sample.subject[1:3], sample.subject[:3], sample.subject[1:5], "没有这样的来电", "没有",
             # A number's year typed, its year's digits, its counter's, and digits every counter holds
             # (PostgreSQL reads these by year and by counter, migrations 0025 and 0026).
             sample.number[:7], sample.number[3:7], sample.number[4:7], sample.number[-3:], "000", "202"]
    register = CallLogListing(loaded.sessions)
    for text in texts:
        wanted = sorted((c.id for c in calls
                         if any(text.lower() in (value or "").lower()
                                for value in (c.number, c.caller_name, c.phone, c.subject))), reverse=True)
        assert [row.id for row in register.fetch(0, 1000, text)] == wanted, text
        assert [row.id for row in register.fetch(2, 3, text)] == wanted[2:5], text
        assert register.count(text) == len(wanted), text
        assert register.count(text, at_most=3) == min(len(wanted), 4), text


def test_a_changed_call_is_found_by_its_new_text(loaded: Database) -> None:
    """The search index follows a registered call's changes (its triggers, on SQLite)."""
    register = CallLogListing(loaded.sessions)
    with loaded.sessions.write() as s, s.begin():
        call = s.scalar(select(Call).order_by(Call.id).limit(1))
        call.subject = "光模块告警求助"
        call_id = call.id
    assert [row.id for row in register.fetch(0, 10, "光模块告警")] == [call_id]


def _stored_pieces(database: Database) -> set[tuple[str, int]]:
    with database.engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT gram, call_id FROM call_text_pieces").all())


def _expected_pieces(database: Database) -> set[tuple[str, int]]:
    """Every 1- and 2-character piece of each call's caller and subject, as written."""
    with database.sessions.read() as s:
        calls = s.execute(select(Call.id, Call.caller_name, Call.subject)).all()
    return {(value[i:i + size], call.id) for call in calls for value in (call.caller_name, call.subject or "")
            for size in (1, 2) for i in range(len(value) - size + 1)}


def test_the_pieces_follow_every_new_changed_and_removed_call(loaded: Database) -> None:
    assert _stored_pieces(loaded) == _expected_pieces(loaded) != set()
    register = CallLogListing(loaded.sessions)
    with loaded.sessions.write() as s, s.begin():
        call = s.scalar(select(Call).order_by(Call.id.desc()).limit(1))
        call.caller_name, call.subject = "诸葛亮", "光猫掉线"
        changed = call.id
    assert _stored_pieces(loaded) == _expected_pieces(loaded)
    assert [row.id for row in register.fetch(0, 10, "诸葛")] == [changed]
    assert [row.id for row in register.fetch(0, 10, "猫")] == [changed]

    with loaded.sessions.write() as s, s.begin():  # a call copied, then removed
        source = s.get(Call, changed)
        copy = Call(**{column.key: getattr(source, column.key) for column in Call.__table__.columns
                       if column.key not in ("id", "number")}, number="CA-2099-000001")
        copy.caller_name = "欧阳锋"
        s.add(copy)
        s.flush()
        added = copy.id
    assert [row.id for row in register.fetch(0, 10, "欧阳")] == [added]
    assert _stored_pieces(loaded) == _expected_pieces(loaded)
    with loaded.sessions.write() as s, s.begin():
        s.delete(s.get(Call, added))
    assert register.fetch(0, 10, "欧阳") == []
    assert _stored_pieces(loaded) == _expected_pieces(loaded)


def test_two_chinese_characters_read_the_pieces_newest_first(loaded: Database) -> None:
    """A two-character name held by a few calls read every call at a million claims (0.15-0.26 s); the
    pieces' primary key gives the newest calls first and the search stops at its page."""
    register = CallLogListing(loaded.sessions)
    name = register.fetch(0, 1)[0].caller_name[:2]
    with captured(loaded.engine) as statements:
        register.count(name, at_most=1000)
        register.fetch(0, 200, name)
    lines = read_newest_first(loaded.engine, statements, "call_text_pieces")
    assert not [line for line in lines if line.split()[:2] == ["SCAN", "calls"] or "Seq Scan on calls" in line], lines
