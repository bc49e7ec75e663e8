"""Document numbers are per year, sequential, and never handed out twice."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

from desktop_app.db.opening import Database
from desktop_app.services import numbering
from search_capture import captured


def test_numbers_count_up_per_prefix_and_year(database: Database) -> None:
    day = dt.date(2026, 11, 27)
    with database.sessions.write() as s, s.begin():
        first = numbering.next_number(s, numbering.CLAIM, day)
        second = numbering.next_number(s, numbering.CLAIM, day)
        order = numbering.next_number(s, numbering.WORK_ORDER, day)
        next_year = numbering.next_number(s, numbering.CLAIM, dt.date(2027, 1, 1))
    assert (first, second, order, next_year) == (
        "SC-2026-000001", "SC-2026-000002", "WO-2026-000001", "SC-2027-000001",
    )


def test_a_rolled_back_number_is_reused_not_skipped_or_duplicated(database: Database) -> None:
    day = dt.date(2026, 11, 27)
    try:
        with database.sessions.write() as s, s.begin():
            numbering.next_number(s, numbering.CLAIM, day)
            raise RuntimeError("the claim failed validation")
    except RuntimeError:
        pass
    with database.sessions.write() as s, s.begin():
        assert numbering.next_number(s, numbering.CLAIM, day) == "SC-2026-000001"


def test_concurrent_counters_never_share_a_number(database: Database) -> None:
    day = dt.date(2026, 11, 27)

    def take(_: int) -> str:
        with database.sessions.write() as s, s.begin():
            return numbering.next_number(s, numbering.CLAIM, day)

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = list(pool.map(take, range(40)))
    assert len(set(numbers)) == 40
    assert sorted(numbers)[-1] == "SC-2026-000040"


def test_a_number_costs_one_statement(database: Database) -> None:
    """Issue 8: the row is created or bumped, and its new value read, by one upsert (once three)."""
    day = dt.date(2026, 11, 27)
    with captured(database.engine) as seen, database.sessions.write() as s, s.begin():
        numbers = [numbering.next_number(s, numbering.CLAIM, day) for _ in range(3)]
    assert numbers == ["SC-2026-000001", "SC-2026-000002", "SC-2026-000003"]
    assert len(seen) == 3 and all(sql.lstrip().upper().startswith("INSERT") for sql, _ in seen)
