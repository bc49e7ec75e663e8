"""Issue 8 regression guard, without timing: every kind of search uses its search index (EXPLAIN
QUERY PLAN), gives the same rows as the plain LIKE it replaces, and the index triggers exist."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func, or_, select, text
from sqlalchemy.engine import make_url

from desktop_app.db.models import Claim, Customer, StockMovement, Unit
from desktop_app.db.opening import Database, open_database
from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.services import listings
from desktop_app.services.listings import ClaimFilter, ClaimListing, WorkOrderListing, WorkOrderQueue
from desktop_app.services.actor import SYSTEM
from desktop_app.services.intake_support import CallLogListing
from desktop_app.services.lookup import Lookup
from desktop_app.services.sample_data import load_sample_data
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.stock_views import StockViews
from desktop_app.services.surveys import SurveyService
from desktop_app.services.text_search import like_pattern
from search_capture import captured


@pytest.fixture
def loaded(sqlite_url: str) -> Database:
    database = open_database(make_url(sqlite_url))
    load_sample_data(database.sessions, claims=80, today=dt.date(2026, 11, 27))
    yield database
    database.dispose()


def _texts(database: Database) -> dict[str, str]:
    with database.sessions.read() as s:
        claim = s.scalar(select(Claim).order_by(Claim.id.desc()).limit(1))
        person = s.scalar(select(Customer).where(Customer.kind == "person").limit(1))
        serial = s.scalar(select(Unit.serial).where(Unit.id == claim.unit_id))
        return {"phone": person.phone[-4:], "serial": serial[-6:], "name1": person.name[:1],
                "name2": person.name[:2], "fault": claim.fault_description[:4], "claim_number": claim.number}


# The search structure each kind must go through (migrations 0003 and 0023).
EXPECTED = {"phone": "customers_search", "serial": "units_search", "name1": "claim_name_characters",
            "name2": "customer_name_grams", "fault": "claims_search", "claim_number": "sqlite_autoindex_claims"}


def _plans(engine: Engine, statements: list) -> list[str]:
    lines = []
    with engine.connect() as conn:
        for sql, params in statements:
            lines += [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
    return lines


def _full_scans(plan: list[str]) -> list[str]:
    """Plain table scans of the big tables (a virtual-table scan is an index lookup)."""
    return [line for line in plan if line.startswith("SCAN ") and "VIRTUAL TABLE" not in line
            and line.split()[1] in ("claims", "customers", "units", "work_orders")]


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_claims_list_search_uses_the_search_index(loaded: Database, kind: str) -> None:
    text_ = _texts(loaded)[kind]
    listing = ClaimListing(loaded.sessions)
    with captured(loaded.engine) as statements:
        listing.count(text_)
        listing.fetch(0, 200, text_)
    plan = _plans(loaded.engine, statements)
    assert any(EXPECTED[kind] in line for line in plan), plan
    assert _full_scans(plan) == [], plan


@pytest.mark.parametrize("kind", ["claims, fault text", "claims 已完成, number prefix",
                                  "work orders, all, number prefix"])
def test_a_search_table_keyed_like_the_list_is_read_newest_first(loaded: Database, kind: str) -> None:
    """A fault phrase can match 50,000 claims, a year's order-number prefix every order of the year: the
    branch reads its search table in its own rowid order, newest first, and stops at the page or the cap,
    instead of a list of every match the list's table is then looked up in (at a million: 40 ms against
    0.2 for the fault phrase; 209 ms against 11 for "WO-2026" in the work-orders tab's 全部, issue 8).
    Under a wide filter too, each claim read tested against it (已完成 + “SC-2026”: 98 → 10 ms)."""
    if kind == "claims 已完成, number prefix":
        listing, text_, table_ = ClaimListing(loaded.sessions), "SC-2026", "claims_search"
        listing.filter = ClaimFilter(statuses=frozenset({ClaimStatus.COMPLETED}))
    elif kind.startswith("claims"):
        listing, text_, table_ = ClaimListing(loaded.sessions), _texts(loaded)["fault"], "claims_search"
    else:  # 全部: the queue's condition is always true, nothing to filter by
        listing, text_, table_ = WorkOrderListing(loaded.sessions), "WO-2026", "work_orders_search"
    with captured(loaded.engine) as statements:
        assert listing.count(text_, at_most=1000) > 0
        listing.fetch(0, 200, text_)
    with loaded.engine.connect() as conn:
        for sql, params in statements:
            rows = {row[0]: row for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)}
            fts = [row for row in rows.values() if row[-1].startswith(f"SCAN {table_}")]
            assert fts, sql
            for row in fts:
                parent = rows.get(row[1])
                assert parent is None or not parent[-1].startswith("LIST SUBQUERY"), list(rows.values())
                # FTS5's index number carries its ORDER BY rowid DESC flags (64 | 128): newest first.
                assert row[-1].split("INDEX ")[1].split(":")[0] == "192", row


@pytest.mark.parametrize("text_", ["WO-2026", "SC-2026"])
def test_a_queue_tests_numbers_on_its_own_orders(loaded: Database, text_: str) -> None:
    """A year typed in a queue (待派工) matches every order or claim of the year: the number tables would
    first list them all (170,000 at a million orders: 250 ms a keystroke). The queue's few orders are
    read through the queue's index and their numbers tested one by one (issue 8), both numbers on one
    reading of them (待取机 + a number: 2-4 ms less than a reading for each)."""
    listing = WorkOrderListing(loaded.sessions)
    listing.queue = WorkOrderQueue.TO_DISPATCH
    with captured(loaded.engine) as statements:
        assert listing.count(text_, at_most=1000) > 0
        listing.fetch(0, 200, text_)
    plan = _plans(loaded.engine, statements)
    assert not [line for line in plan if "work_orders_search" in line or "claims_search" in line], plan
    assert any("ix_work_orders_state_closed" in line for line in plan) and _full_scans(plan) == [], plan
    for statement in statements:  # one at a time: the queue read for customers, serials, and both numbers
        queue_reads = [line for line in _plans(loaded.engine, [statement]) if "ix_work_orders_state_closed" in line]
        assert len(queue_reads) == 3, queue_reads


@pytest.mark.parametrize("text_", ["SC-2026", "SC-2025", "2026"])
def test_unfinished_claims_test_numbers_and_fault_text_on_their_own_rows(loaded: Database, text_: str) -> None:
    """As a queue: a year typed with the claims still being handled (待处理, 处理中) matches every claim
    of the year, which the claims' search table listed whole before the unfinished were tried (“SC-2026”
    at a million claims: 0.2 s a keystroke). Read through the status index, their numbers and fault
    text tested one by one (issue 8); the same claims either way (test_bounded_search.py)."""
    listing = ClaimListing(loaded.sessions)
    listing.filter = ClaimFilter(statuses=frozenset({ClaimStatus.OPEN, ClaimStatus.IN_PROGRESS}))
    with captured(loaded.engine) as statements:
        listing.first_page(text_, at_most=1000, limit=200)
        listing.count(text_, at_most=1000)
        listing.fetch(0, 200, text_)
    plan = _plans(loaded.engine, statements)
    assert not [line for line in plan if "claims_search" in line], plan
    assert any("ix_claims_status_created" in line for line in plan) and _full_scans(plan) == [], plan


@pytest.mark.parametrize("text_", ["SC-2026", "SC-2025", "2021", "0001"])
def test_a_date_range_of_few_claims_tests_numbers_on_its_own_rows(loaded: Database, text_: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """This month and a year typed: the claims' search table listed the year's every number (230,000
    at a million claims) before this month's were tried, 0.2 s a keystroke. A range of at most
    FEW_DATED_CLAIMS (counted) is read through the date index and its numbers and fault text tested
    one by one (issue 8); a range holding more goes through the search table as before. Same claims."""
    def searched(few: int) -> tuple[tuple, list[str]]:
        monkeypatch.setattr(listings, "FEW_DATED_CLAIMS", few)
        listing = ClaimListing(loaded.sessions)
        listing.filter = ClaimFilter(date_from=dt.date(2025, 6, 1), date_to=dt.date(2026, 11, 27))
        with captured(loaded.engine) as statements:
            found = (listing.first_page(text_, at_most=1000, limit=200), listing.count(text_, at_most=3),
                     listing.fetch(0, 200, text_))
        return found, _plans(loaded.engine, statements[1:])  # the first counts the range's claims

    few, few_plan = searched(listings.FEW_DATED_CLAIMS)
    many, many_plan = searched(0)
    assert few == many
    assert not [line for line in few_plan if "claims_search" in line], few_plan
    assert any("ix_claims_claim_date" in line for line in few_plan) and _full_scans(few_plan) == [], few_plan
    assert any("claims_search" in line for line in many_plan), many_plan


def test_unreturned_surveys_walk_the_closed_orders_newest_first(loaded: Database) -> None:
    """未回收的满意度调查: 950,000 closed orders at a million were all sorted by closing time for the
    newest 200 without a survey (1.4 s; 2 s on PostgreSQL, which expected one row). The state index
    carries closed_at (migration 0017): read in order, stopped at the list's length."""
    with captured(loaded.engine) as statements:
        unreturned = SurveyService(loaded.sessions).unreturned(SYSTEM)
    assert unreturned
    plan = _plans(loaded.engine, statements)
    assert any("ix_work_orders_state_closed" in line for line in plan), plan
    assert not any("TEMP B-TREE FOR ORDER BY" in line for line in plan) and _full_scans(plan) == [], plan


def test_the_orders_holding_a_part_come_newest_first_from_its_index(loaded: Database) -> None:
    """退回库存: every order a part went into holds it (49,000 for one part at a million claims, all grouped
    first: 0.5 s). Grouped in the order of (part_id, work_order_id) (migration 0018), the newest holders
    come first and the grouping stops at the dialog's number; they are the head of the whole list."""
    with loaded.sessions.read() as s:
        part_id = s.scalar(select(StockMovement.part_id).where(StockMovement.work_order_id.is_not(None))
                           .group_by(StockMovement.part_id).order_by(func.count().desc()).limit(1))
    views = StockViews(loaded.sessions)
    everyone = views.orders_holding(part_id)
    with captured(loaded.engine) as statements:
        newest = views.orders_holding(part_id, newest=2)
    assert len(everyone) > 2 and newest == everyone[:2]
    plan = _plans(loaded.engine, statements)
    assert any("ix_stock_movements_part_order" in line for line in plan), plan
    assert not any("TEMP B-TREE FOR GROUP BY" in line for line in plan), plan


def test_the_call_register_counts_calls_alone_and_finds_the_unanswered_from_their_index(loaded: Database) -> None:
    """来电登记 at a million claims (220,000 calls): counted through its joins it took 0.29 s to open, and
    只看超时 read every call (60 ms). The register is keyed by id (listing_base): counted on the calls
    alone; the unanswered calls have a partial index of their own (migration 0019)."""
    register = CallLogListing(loaded.sessions)
    with captured(loaded.engine) as statements:
        register.count()
    assert "JOIN" not in statements[0][0], statements
    register.overdue_only = True
    with captured(loaded.engine) as statements:
        register.count()
        register.fetch(0, 200)
    plan = _plans(loaded.engine, statements)
    assert any("ix_calls_unanswered" in line for line in plan), plan
    assert "SCAN calls" not in plan, plan  # a plain read of every call


def test_the_call_register_search_reads_its_search_table(loaded: Database) -> None:
    """来电登记's search tested every call in turn: a phone's digits in a few calls read all 220,000 at
    a million claims (0.2 s a keystroke). From three characters on it reads calls_search (migration
    0021), newest first; shorter text is still tested call by call."""
    register = CallLogListing(loaded.sessions)
    phone = register.fetch(0, 1)[0].phone
    with captured(loaded.engine) as statements:
        register.count(phone[-4:], at_most=1000)
        register.fetch(0, 200, phone[-4:])
    plan = _plans(loaded.engine, statements)
    assert any("calls_search VIRTUAL TABLE" in line for line in plan), plan
    assert not [line for line in plan if line.split()[:2] == ["SCAN", "calls"]], plan  # every call read


def test_a_filtered_claims_search_starts_from_the_search_not_the_filter(loaded: Database,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """已完成 holds 950,000 of a million claims: SQLite, with no statistics, read them all through the
    status index to find the 1,400 with a phone's digits (0.86 s). The claims list's filters are wide,
    so a search branch starts from the search's ids and checks the filter on each (7 ms); a
    work-orders queue is narrow and keeps driving (search_branches.first_matches). The filter is checked
    in the index that finds a customer's claims: from each claim's row, “138” (26,000 customers'
    phones) took 90-140 ms under 已完成 or this month, 42 in the index."""
    monkeypatch.setattr(listings, "FEW_DATED_CLAIMS", 0)  # since 2020: most of a million claims
    listing = ClaimListing(loaded.sessions)
    listing.filter = ClaimFilter(statuses=frozenset({ClaimStatus.COMPLETED, ClaimStatus.OPEN}),
                                 date_from=dt.date(2020, 1, 1))
    phone = _texts(loaded)["phone"]
    listing.count(phone, at_most=1000)  # the range's claims are counted once (_few_claims_dated)
    with captured(loaded.engine) as statements:
        listing.count(phone, at_most=1000)  # the search's branches alone
    plan = _plans(loaded.engine, statements)
    # The filter tested in the customers' index (migration 0028), not on each claim read from the table.
    assert any(line.startswith("SEARCH claims USING COVERING INDEX ix_sqlite_claims_customer_filters (customer_id=?")
               for line in plan), plan
    driven = [line for line in plan if line.startswith("SEARCH claims USING") and "rowid=?" not in line
              and ("ix_claims_status" in line or "ix_claims_claim_date" in line)]
    assert driven == [], plan


def test_the_tool_register_reads_only_the_tool_check_ins(loaded: Database) -> None:
    """工具登记册 (E9): a few tool check-ins among 540,000 movements at a million claims, found by reading
    them all (155 ms). A partial index holds only them (migration 0020)."""
    with captured(loaded.engine) as statements:
        StockAdmin(loaded.sessions).tool_check_ins()
    plan = _plans(loaded.engine, statements)
    assert any("ix_stock_movements_tool_check_ins" in line for line in plan), plan


def test_a_claim_numbers_piece_in_all_orders_reads_the_orders_own_table(loaded: Database) -> None:
    """维修工单 全部 on SQLite: a piece of a claim's number (“SC-2026”) listed every claim holding it before
    their orders (0.27-0.72 s at a million). The orders' own table of their claims' numbers (migration
    0022) is read newest first by order and stops at the page; the orders found are those whose claim's
    number holds the piece, as a plain reading finds them (the sample data's orders were put in that
    table by its trigger as they were made)."""
    from desktop_app.db.models import WorkOrder

    listing = WorkOrderListing(loaded.sessions)
    with loaded.sessions.read() as s:
        number = s.scalar(select(Claim.number).join(WorkOrder, WorkOrder.claim_id == Claim.id)
                          .order_by(Claim.id.desc()).limit(1))
    for piece in (number[:7], number[:7].lower(), number[-6:-1], number[3:11]):
        with captured(loaded.engine) as statements:
            found = [row.id for row in listing.fetch(0, 500, piece)]
        plan = _plans(loaded.engine, statements)
        assert any("work_orders_search_claims VIRTUAL TABLE" in line for line in plan), plan
        with loaded.sessions.read() as s:
            plain = list(s.scalars(
                select(WorkOrder.id).outerjoin(Claim, WorkOrder.claim_id == Claim.id)
                .where(or_(func.lower(Claim.number).contains(piece.lower(), autoescape=True),
                           func.lower(WorkOrder.number).contains(piece.lower(), autoescape=True)))
                .order_by(WorkOrder.id.desc())))
        assert found == plain, piece


def test_chinese_text_searches_no_document_numbers(loaded: Database) -> None:
    """Claim and order numbers are ASCII (services.numbering): a name or fault in Chinese is not looked for
    in them (three Chinese characters of a fault read the fault text's postings in claims_search only to
    find no number)."""
    listing = WorkOrderListing(loaded.sessions)
    with captured(loaded.engine) as statements:
        listing.count("运行一段", at_most=1000)
    assert statements and not any("claims_search" in sql or "work_orders_search" in sql for sql, _ in statements)


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_customer_lookup_uses_the_search_index(loaded: Database, kind: str) -> None:
    text_ = _texts(loaded)[kind]
    with captured(loaded.engine) as statements:
        Lookup(loaded.sessions).customers(text_)
    plan = _plans(loaded.engine, statements)
    assert any(EXPECTED[kind] in line or "claims USING INDEX" in line for line in plan), plan
    assert _full_scans(plan) == [], plan


def test_the_lookup_reads_each_customers_newest_units_from_its_index(loaded: Database) -> None:
    """A customer's listed units are a range of its units index from its tenth newest on (and the typed
    serial's unit by its serial), not all its units: a fleet of 5,000 took 8 ms a keystroke, now 0.8."""
    with captured(loaded.engine) as statements:
        Lookup(loaded.sessions).customers(_texts(loaded)["phone"])
    plan = _plans(loaded.engine, statements)
    assert any("ix_units_customer_id (customer_id=? AND rowid>?)" in line for line in plan), plan
    assert any("sqlite_autoindex_units_1 (serial=?)" in line for line in plan), plan


def test_work_orders_search_and_the_last_page_avoid_full_scans(loaded: Database) -> None:
    listing = WorkOrderListing(loaded.sessions)
    with captured(loaded.engine) as statements:
        listing.count("WO-2026")
        listing.fetch(0, 200, "WO-2026")
    plan = _plans(loaded.engine, statements)
    assert any("work_orders_search" in line for line in plan) and _full_scans(plan) == [], plan


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_search_finds_the_same_claims_as_like(loaded: Database, kind: str) -> None:
    """Behaviour unchanged: the claims list finds what LIKE on number, name, phone and serial
    (and, from 3 characters, fault text) finds."""
    text_ = _texts(loaded)[kind]
    pattern = like_pattern(text_)
    terms = [Claim.number.like(pattern, escape="\\"), Customer.name.like(pattern, escape="\\"),
             Customer.phone.like(pattern, escape="\\"), Unit.serial.like(pattern, escape="\\")]
    if len(text_) >= 3:
        terms.append(Claim.fault_description.like(pattern, escape="\\"))
    with loaded.sessions.read() as s:
        expected = list(s.scalars(select(Claim.id).join(Customer, Claim.customer_id == Customer.id)
                                  .join(Unit, Claim.unit_id == Unit.id).where(or_(*terms)).order_by(Claim.id.desc())))
    listing = ClaimListing(loaded.sessions)
    assert expected and [r.id for r in listing.fetch(0, 1000, text_)] == expected
    assert listing.count(text_) == len(expected)


def test_search_indexes_follow_renamed_customers(loaded: Database) -> None:
    with loaded.sessions.write() as s, s.begin():
        customer = s.scalar(select(Customer).limit(1))
        customer.name, customer.phone = "欧阳修远", "13912345678"
        customer_id = customer.id
    lookup = Lookup(loaded.sessions)
    for text_ in ("欧", "欧阳", "欧阳修远", "2345678"):
        assert customer_id in {m.id for m in lookup.customers(text_, limit=200)}, text_
    with loaded.engine.connect() as conn:
        for fts in ("customers_search", "units_search", "claims_search", "work_orders_search"):
            conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))


def test_far_pages_read_from_the_end_give_the_same_rows(loaded: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.services.listing_base as listing_base

    listing = WorkOrderListing(loaded.sessions)
    total = listing.count()
    plain = listing.fetch(total - 30, 50)
    monkeypatch.setattr(listing_base, "FAR_OFFSET", 10)  # the small data set counts as far
    assert [r.id for r in listing.fetch(total - 30, 50)] == [r.id for r in plain] and len(plain) == 30


def test_a_date_range_pages_from_the_date_index_and_reads_rows_by_key(loaded: Database,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A date range's page runs down the claim date index, first page and last alike, with no sort of
    its own (newest ids first walked every claim after the range: 2024 on a million claims took
    60 ms on SQLite, a month's last page 0.4 s); its rows are then read by key, not by walking the
    filter's index again (40 ms for 2024's completed claims)."""
    import desktop_app.services.listing_base as listing_base

    monkeypatch.setattr(listing_base, "FAR_OFFSET", 10)  # the small data set counts as far
    listing = ClaimListing(loaded.sessions)
    for statuses in (frozenset(), frozenset({ClaimStatus.COMPLETED})):
        listing.filter = ClaimFilter(statuses=statuses, date_from=dt.date(2025, 1, 1), date_to=dt.date(2026, 11, 20))
        total = listing.count()
        assert total > 12
        with captured(loaded.engine) as statements:
            listing.fetch(0, 5)
            listing.fetch(total - 3, 5)  # the last page, read from the end
        plan = _plans(loaded.engine, statements)
        index = "ix_claims_status_date" if statuses else "ix_claims_claim_date"
        assert sum(f"COVERING INDEX {index}" in line for line in plan) >= 2, plan
        with loaded.engine.connect() as conn:  # the page's keys in index order: no sort inside the subquery
            for sql, params in statements:
                rows = list(conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
                subqueries = {row[0] for row in rows if "SUBQUERY" in row[-1]}
                assert not [row for row in rows if row[1] in subqueries and "TEMP B-TREE" in row[-1]], rows
        outer = [line for line in plan if line.startswith("SEARCH claims") and "COVERING" not in line]
        assert outer and all("PRIMARY KEY" in line for line in outer), plan


def test_the_search_triggers_exist_at_head(loaded: Database) -> None:
    """A later batch migration that re-creates customers, units, claims or work_orders on SQLite
    drops their triggers: this fails until the migration re-creates them."""
    with loaded.engine.connect() as conn:
        names = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    for table in ("customers_search", "units_search", "claims_search", "work_orders_search", "customer_name_grams",
                  "calls_search", "work_orders_search_claims", "call_text_pieces", "claim_name_characters",
                  "work_order_name_characters"):
        assert {f"{table}_ai", f"{table}_ad", f"{table}_au"} <= names, table
    assert {"claim_name_characters_rename", "work_order_name_characters_rename"} <= names  # on customers


def test_postgres_answers_like_searches_from_trigram_indexes(fresh_pg_url: str) -> None:
    """PostgreSQL: pg_trgm GIN indexes exist (the test server ships the extension) and can serve
    the claims list's LIKE search, through the UNION form (services.search_branches.any_of)."""
    database = open_database(make_url(fresh_pg_url))
    try:
        load_sample_data(database.sessions, claims=20, today=dt.date(2026, 11, 27))
        with database.engine.connect() as conn:
            names = set(conn.scalars(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_trgm_%'")))
        assert {"ix_trgm_customers_name", "ix_trgm_customers_phone", "ix_trgm_units_serial",
                "ix_trgm_claims_fault_description"} <= names
        listing = ClaimListing(database.sessions)
        with captured(database.engine) as statements:
            listing.count("0755")
        sql, params = statements[0]
        with database.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")  # tiny tables: ask whether an index *can* serve
            plan = "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql, params))
        assert "ix_trgm_customers_phone" in plan and "ix_trgm_units_serial" in plan, plan
    finally:
        database.dispose()


def test_postgres_finds_calls_from_trigram_indexes(fresh_pg_url: str) -> None:
    """The call register's search on PostgreSQL (migration 0021): its four columns' trigram indexes."""
    database = open_database(make_url(fresh_pg_url))
    try:
        with database.engine.connect() as conn:
            names = set(conn.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'calls'")))
        assert {f"ix_trgm_calls_{column}" for column in ("number", "caller_name", "phone", "subject")} <= names
        with captured(database.engine) as statements:
            CallLogListing(database.sessions).count("2678", at_most=1000)
        sql, params = statements[0]
        with database.engine.connect() as conn:
            for kind in ("seqscan", "indexscan"):  # an empty table: ask whether the trigram indexes *can* serve
                conn.exec_driver_sql(f"SET enable_{kind} = off")
            plan = "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql, params))
        assert "ix_trgm_calls_phone" in plan, plan
    finally:
        database.dispose()
