"""Search as you type: the claims list (count and first page) and the customer lookup, per kind of text.

The floor replays the very SQL the service sends (the search-index query one would write by hand),
with the same parameters, on the bare driver (sqlite3 or psycopg): the ratio is what the service
layer costs; the 30 ms goal checks the query plan.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bench.capture import statements_of
from bench.context import Context, last_generated_claim
from bench.timing import CaseResult, paired, result
from desktop_app.db.models import Claim, Customer, Unit
from desktop_app.services.listing_base import SEARCH_COUNT_CAP
from desktop_app.services.listings import ClaimListing
from desktop_app.services.lookup import Lookup

PAGE = 200  # gui.paged_table_model.DEFAULT_PAGE_SIZE
MATCHES = 20
GOAL = "p95 ≤ 2× floor p95 and ≤ 30 ms"
SAMPLED_S = 1.0  # at least this much of each case's runs, however fast: a p95 needs many samples


def sample_texts(ctx: Context) -> dict[str, str]:
    """Real fragments from the data, the same on every run for one data set."""
    with ctx.database.sessions.read() as s:
        top = last_generated_claim(s)
        claim = s.get(Claim, top * 2 // 3)
        person = s.scalar(select(Customer).where(Customer.kind == "person", Customer.id >= claim.customer_id // 2)
                          .order_by(Customer.id).limit(1))
        unit = s.get(Unit, claim.unit_id)
        fault = claim.fault_description
    return {
        "phone": person.phone[-4:],  # the last four digits, as customers say them
        "serial": unit.serial[-6:],
        "name1": person.name[:1],
        "name2": person.name[:2],
        "fault": fault[:4] if len(fault) >= 4 else fault,
        "claim_number": claim.number,
    }


def run(ctx: Context) -> list[CaseResult]:
    out = []
    listing = ClaimListing(ctx.database.sessions)
    lookup = Lookup(ctx.database.sessions)
    engine = ctx.database.engine
    for kind, text in sample_texts(ctx).items():
        cases = (
            # As the claims tab asks: matches counted up to the cap, and the first page (one statement).
            ("list", lambda text=text: listing.first_page(text, at_most=SEARCH_COUNT_CAP, limit=PAGE),
             f"{listing.count(text)} matching claims"),
            ("lookup", lambda text=text: lookup.customers(text, MATCHES), ""),
        )
        for name, project, note in cases:
            statements = statements_of(engine, project)  # the floor replays exactly these on the driver

            def floor(statements: list = statements) -> Any:
                return [ctx.raw_all(sql, params) for sql, params in statements]

            mine, base = paired(project, floor, ctx.repeat, at_least_s=SAMPLED_S)
            said = f"{len(statements)} statement{'s' if len(statements) > 1 else ''}"
            out.append(result(f"search {name} {kind} “{text}”", mine, base, GOAL, _check,
                              note=f"{note}; {said}".lstrip("; ")))
    return out


def _check(r: CaseResult) -> bool:
    return r.p95_ms <= 30 and (r.floor_p95_ms is None or r.p95_ms <= 2 * r.floor_p95_ms)
