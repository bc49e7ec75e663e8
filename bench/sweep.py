"""``python -m bench.sweep``: every searched list × many kinds of text, to find the slow searches.

The suite's cases time one text of each kind; a change to how searches are built can make another
text or another list slow (a year's digits, a number typed without its prefix, a queue). The sweep
runs each text on each list as the tabs and 来电登记 ask (``Listing.first_page``: the count up to the
cap and the first page) and prints the median of a few runs, the slowest last. ``--check`` also
reads each the plain way (the capped count, then the page) and reports any difference.

    python -m bench.sweep [--database URL] [--runs 5] [--texts 8337,王,SC-2025] [--check]

No goal and no floor: it points at what to measure properly (the suite's cases) or to explain.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from typing import Any, NamedTuple

from bench.cases.search import sample_texts
from bench.cases.windows import COMMONEST_SURNAME
from bench.context import open_context
from bench.generate import DEFAULT_PATH, default_url
from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.db.engine import SessionFactory
from desktop_app.services.intake_support import CallLogListing
from desktop_app.services.listing_base import SEARCH_COUNT_CAP, Listing
from desktop_app.services.listings import ClaimFilter, ClaimListing, WorkOrderListing, WorkOrderQueue

PAGE = 200  # gui.paged_table_model.DEFAULT_PAGE_SIZE


class Swept(NamedTuple):
    listing: str
    text: str
    matched: int  # up to the cap; SEARCH_COUNT_CAP + 1 means more
    median_ms: float
    differs: bool  # --check: the one statement and the plain reading disagree


def listings(sessions: SessionFactory, today: dt.date) -> dict[str, Callable[[], Listing[Any]]]:
    """Each searched list, under the filters a user sets most (a fresh listing per text: no state)."""
    def claims(flt: ClaimFilter | None = None) -> Callable[[], Listing[Any]]:
        def made() -> Listing[Any]:
            listing = ClaimListing(sessions)
            if flt is not None:
                listing.filter = flt
            return listing
        return made

    def orders(queue: WorkOrderQueue) -> Callable[[], Listing[Any]]:
        def made() -> Listing[Any]:
            listing = WorkOrderListing(sessions)
            listing.queue = queue
            return listing
        return made

    return {
        "理赔受理": claims(),
        "理赔受理 已完成": claims(ClaimFilter(statuses=frozenset({ClaimStatus.COMPLETED}))),
        "理赔受理 已撤销": claims(ClaimFilter(statuses=frozenset({ClaimStatus.CANCELLED}))),  # a rare status
        "理赔受理 未完成": claims(ClaimFilter(statuses=frozenset({ClaimStatus.OPEN, ClaimStatus.IN_PROGRESS}))),
        "理赔受理 本月": claims(ClaimFilter(date_from=today.replace(day=1), date_to=today)),
        "维修工单 全部": orders(WorkOrderQueue.ALL),
        "维修工单 待派工": orders(WorkOrderQueue.TO_DISPATCH),
        "维修工单 待取机": orders(WorkOrderQueue.READY_FOR_PICKUP),
        "来电登记": lambda: CallLogListing(sessions),
    }


def default_texts(found: dict[str, str], today: dt.date) -> list[str]:
    """The suite's sample texts (from the data) and the shapes that were slow once: numbers typed up to
    their year or into their counter, a year's digits, digits in every counter, a common prefix of phones,
    numbers typed without their whole prefix (up to the second dash and a digit past it, a prefix's last
    letter and the year, and its start)."""
    year = today.year
    return [found["phone"], found["serial"], found["name1"], found["name2"], COMMONEST_SURNAME, found["fault"],
            found["claim_number"], f"SC-{year}", f"SC-{year - 1}", f"WO-{year}", f"CL-{year - 1}",
            f"sc-{year - 1}-00", str(year - 5), "000", "0001", "138", f"{year - 1}-1", f"C-{year - 1}", "C-20"]


def sweep(sessions: SessionFactory, texts: list[str], runs: int, check: bool,
          today: dt.date | None = None) -> list[Swept]:
    out = []
    for name, made in listings(sessions, today or dt.date.today()).items():
        for text in texts:
            listing = made()
            total, rows = listing.first_page(text, at_most=SEARCH_COUNT_CAP, limit=PAGE)
            differs = False
            if check:
                plain = listing.count(text, at_most=SEARCH_COUNT_CAP)
                differs = (plain, [r.id for r in listing.fetch(0, PAGE, text)] if plain else []) != \
                    (total, [r.id for r in rows])
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                listing.first_page(text, at_most=SEARCH_COUNT_CAP, limit=PAGE)
                times.append((time.perf_counter() - started) * 1000)
            out.append(Swept(name, text, total, statistics.median(times), differs))
    return out


def table(rows: list[Swept]) -> str:
    lines = [f"{_padded('list', 16)} {_padded('text', 16)} {'matched':>8} {'median ms':>10}"]
    for r in rows:
        matched = f">{SEARCH_COUNT_CAP}" if r.matched > SEARCH_COUNT_CAP else str(r.matched)
        flag = "  DIFFERS from count + page" if r.differs else ""
        lines.append(f"{_padded(r.listing, 16)} {_padded(r.text, 16)} {matched:>8} {r.median_ms:>10.1f}{flag}")
    return "\n".join(lines)


def _padded(text: str, width: int) -> str:
    """Padded to ``width`` terminal columns: a Chinese character takes two."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - used)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sweep", description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=None, help=f"SQLAlchemy URL (default {DEFAULT_PATH})")
    parser.add_argument("--runs", type=int, default=5, help="runs of each text on each list (the median is shown)")
    parser.add_argument("--texts", default=None, help="comma-separated texts instead of the default set")
    parser.add_argument("--slowest", type=int, default=15, help="how many of the slowest to list again at the end")
    parser.add_argument("--check", action="store_true", help="also compare with the capped count and the page")
    args = parser.parse_args(argv)
    url = args.database or default_url()
    if args.database is None and not DEFAULT_PATH.exists():
        parser.error(f"no data at {DEFAULT_PATH}: run `python -m bench.generate --claims 1000000` first")
    ctx = open_context(url, repeat=1, label="sweep")
    try:
        today = dt.date.today()
        texts = args.texts.split(",") if args.texts else default_texts(sample_texts(ctx), today)
        rows = sweep(ctx.database.sessions, texts, max(1, args.runs), args.check, today)
    finally:
        ctx.close()
    print(table(rows))
    print(f"\nthe {args.slowest} slowest:")
    print(table(sorted(rows, key=lambda r: r.median_ms)[-args.slowest:]))
    differing = [r for r in rows if r.differs]
    if differing:
        print(f"\n{len(differing)} differ from the capped count and the page", file=sys.stderr)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
