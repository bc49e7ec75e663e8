"""Windows beyond the issue's table, as a user opens them at a million claims: the audit log, the
unreturned surveys, the stock ledger, return to stock and the tool register, the call register and its
searches, the claims of a date range, filtered and surname claims searches and work-orders searches.
No floor (each is several statements and a window's worth of rows); the bar is our own: 100 ms, where
a click still feels immediate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from bench.cases.search import sample_texts
from bench.context import Context
from bench.timing import CaseResult, paired, result
from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.db.models import AuditEntry, Call, StockMovement, Staff, WorkOrder
from desktop_app.gui.audit_table_model import COUNT_CAP as AUDIT_COUNT_CAP
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditFilter, AuditLog
from desktop_app.services.intake_support import CallLogListing
from desktop_app.services.listing_base import SEARCH_COUNT_CAP
from desktop_app.services.listings import ClaimFilter, ClaimListing, WorkOrderListing, WorkOrderQueue
from desktop_app.services.sample_data_names import SURNAMES
from desktop_app.services.stock_views import StockViews
from desktop_app.services.surveys import SurveyService

GOAL = "median ≤ 100 ms (ours)"
COMMONEST_SURNAME = SURNAMES[0]  # the generator's (sample_data_names): one person in thirty
PAGE = 200


def _back(s: Any, column: Any, key: Any, *where: Any, rows: int = 1000) -> Any:
    """``column`` of the row ``rows`` back from the newest (about a week at a busy group's counters),
    or of the oldest in a smaller data set."""
    newest_first = select(column).where(*where).order_by(key.desc())
    found = s.scalar(newest_first.offset(rows).limit(1))
    return found if found is not None else s.scalar(select(column).where(*where).order_by(key).limit(1))


def run(ctx: Context) -> list[CaseResult]:
    sessions = ctx.database.sessions
    with sessions.read() as s:
        boss = s.scalar(select(Staff).where(Staff.role == "manager").order_by(Staff.id).limit(1))
        manager = Actor(boss.id, boss.username, boss.display_name, boss.role)
        busiest_user = s.scalar(select(AuditEntry.user_id).where(AuditEntry.user_id.is_not(None))
                                .group_by(AuditEntry.user_id).order_by(func.count().desc()).limit(1))
        busiest_part = s.scalar(select(StockMovement.part_id).group_by(StockMovement.part_id)
                                .order_by(func.count().desc()).limit(1))
        order_number = _back(s, WorkOrder.number, WorkOrder.id)
        caller_phone = _back(s, Call.phone, Call.id, Call.phone.is_not(None))
        caller = _back(s, Call.caller_name, Call.id)
    texts = sample_texts(ctx)
    log, stock, surveys = AuditLog(sessions), StockViews(sessions), SurveyService(sessions)

    def audit(flt: AuditFilter) -> Callable[[], Any]:  # as the window asks: a capped count, the first page
        return lambda: (log.count(manager, flt, at_most=AUDIT_COUNT_CAP), log.page(manager, flt))

    calls, overdue_calls = CallLogListing(sessions), CallLogListing(sessions, overdue_only=True)
    completed = ClaimListing(sessions)
    completed.filter = ClaimFilter(statuses=frozenset({ClaimStatus.COMPLETED}))
    this_month = ClaimListing(sessions)
    today = dt.date.today()
    this_month.filter = ClaimFilter(date_from=today.replace(day=1), date_to=today)
    past_year = ClaimListing(sessions)  # a year's claims, two years back: behind every newer claim
    year = today.year - 2
    past_year.filter = ClaimFilter(date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31))

    def whole_list(listing: Any) -> Callable[[], Any]:  # as the tab opens it, then Ctrl+End
        def opened() -> Any:
            total = listing.count()
            return listing.fetch(0, PAGE), listing.fetch(max(0, total - PAGE), PAGE)
        return opened

    all_orders = WorkOrderListing(sessions)  # 全部
    year_prefix = f"SC-{today.year}"  # a claim number typed by hand, paused after its year
    to_dispatch = WorkOrderListing(sessions)
    to_dispatch.queue = WorkOrderQueue.TO_DISPATCH

    def searched(listing: Any, text: str) -> Callable[[], Any]:  # as the tabs and the call register ask
        return lambda: listing.first_page(text, at_most=SEARCH_COUNT_CAP, limit=PAGE)

    cases: list[tuple[str, Callable[[], Any]]] = [
        ("audit log opened (kinds, count, first page)",
         lambda: (log.entities(manager), audit(AuditFilter())())),
        ("audit log: one kind (受理单)", audit(AuditFilter(entity="claim"))),
        ("audit log: the busiest user's entries", audit(AuditFilter(user_id=busiest_user))),
        (f"audit log: one order's history ({order_number})", audit(AuditFilter(number=order_number))),
        ("unreturned surveys (newest 200)", lambda: surveys.unreturned(manager, PAGE)),
        ("stock ledger of the busiest part (latest 500, and the count)",
         lambda: (stock.ledger(busiest_part, newest=500), stock.movement_count(busiest_part))),
        ("return to stock: orders holding the busiest part (newest 200)",
         lambda: stock.orders_holding(busiest_part, newest=PAGE)),
        ("tool register (E9)", stock.tool_register),
        ("call register opened (count, first page)", lambda: (calls.count(), calls.fetch(0, PAGE))),
        ("call register: overdue only", lambda: (overdue_calls.count(), overdue_calls.fetch(0, PAGE))),
        (f"call register: a caller's phone digits “{caller_phone[-4:]}”", searched(calls, caller_phone[-4:])),
        (f"claims dated {year} (count, first and last page)", whole_list(past_year)),
        ("claims this month (count, first and last page)", whole_list(this_month)),
        (f"claims 已完成 + phone “{texts['phone']}”", searched(completed, texts["phone"])),
        (f"claims this month + surname “{texts['name1']}”", searched(this_month, texts["name1"])),
        # Last year's prefix in this month: nothing matches, and the year's 230,000 numbers are in the
        # search table (SQLite: the month's claims tested instead, ClaimListing._few_claims_dated).
        (f"claims this month + last year's number prefix “SC-{today.year - 1}”",
         searched(this_month, f"SC-{today.year - 1}")),
        (f"claims: the commonest surname “{COMMONEST_SURNAME}”", searched(ClaimListing(sessions), COMMONEST_SURNAME)),
        # A claim number typed by hand, paused after its year: this year's claims are the newest, last
        # year's lie behind all of them.
        (f"claims: this year's number prefix “{year_prefix}”", searched(ClaimListing(sessions), year_prefix)),
        (f"claims: last year's number prefix “SC-{today.year - 1}”",
         searched(ClaimListing(sessions), f"SC-{today.year - 1}")),
        # Digits of a year five back: in that year's numbers and a few counters (PostgreSQL: migration 0026).
        (f"claims: a year's digits “{today.year - 5}”", searched(ClaimListing(sessions), str(today.year - 5))),
        (f"call register: last year's number prefix “CL-{today.year - 1}”", searched(calls, f"CL-{today.year - 1}")),
        (f"work orders 全部 + surname “{texts['name1']}”", searched(all_orders, texts["name1"])),
        # The orders have no table of their customers' name characters, as the claims do (0023): the
        # newest 1,001 orders of customers named so are found by walking the orders back from the newest.
        (f"work orders 全部 + the commonest surname “{COMMONEST_SURNAME}”", searched(all_orders, COMMONEST_SURNAME)),
        # Two characters: a two-character name, or a surname and a given name's first character typed.
        (f"call register: two characters of a caller's name “{caller[:2]}”", searched(calls, caller[:2])),
        ("work orders 待派工 + “WO-2026”", searched(to_dispatch, "WO-2026")),
        (f"work orders 全部 + “{year_prefix}”", searched(all_orders, year_prefix)),
        # A claim number typed without its S: pg_trgm splits words at the dash, and its index offered
        # every number to test (number_search.number_across_dash).
        (f"work orders 全部 + a claim number without its first letter “C-{today.year - 1}”",
         searched(all_orders, f"C-{today.year - 1}")),
        # Last year's claims lie behind all of this year's (PostgreSQL: migration 0027's table of orders' claim numbers).
        (f"work orders 全部 + last year's claim number prefix “SC-{today.year - 1}”",
         searched(all_orders, f"SC-{today.year - 1}")),
    ]
    out = []
    for name, project in cases:
        mine, _ = paired(project, None, max(5, ctx.repeat // 4))
        out.append(result(name, mine, [], GOAL, lambda r: r.median_ms <= 100))
    return out
