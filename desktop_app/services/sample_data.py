"""Realistic Chinese sample data for demos and manual testing: ``load_sample_data``."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from sqlalchemy.orm import Session

from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Customer, Staff, Unit
from desktop_app.services import audit_trail
from desktop_app.services.actor import SYSTEM
from desktop_app.services.sample_data_assessment import add_assessment
from desktop_app.services.sample_data_catalogue import DEMO_MANAGER, DEMO_PASSWORD, DEMO_STAFF, ensure_catalogue
from desktop_app.services.sample_data_claims import ClaimMaker, write_batch
from desktop_app.services.sample_data_components import add_component_parts
from desktop_app.services.sample_data_extras import add_calls, add_remittances, add_requisitions
from desktop_app.services.sample_data_reports import add_sent_reports
from desktop_app.services.sample_data_requisitions import add_supplementary_requisitions
from desktop_app.services.sample_data_returns import add_returns
from desktop_app.services.sample_data_support import at_cst

DEFAULT_SEED = 20261127
BATCH_SIZE = 500  # claims per transaction: progress can be shown, and a failure loses one batch only
CALLS_PER_CLAIM = 0.3  # consultations that never become a claim (E1)


@dataclass(frozen=True)
class SampleDataSummary:
    """What one load added (catalogue and staff count only rows that did not exist yet)."""

    claims: int
    work_orders: int
    work_order_events: int
    customers: int
    units: int
    calls: int
    surveys: int
    requisitions: int
    stock_movements: int
    remittances: int
    staff: int
    products: int
    parts: int
    demo_password: str
    demo_usernames: tuple[str, ...]

    def describe(self) -> str:
        added = ", ".join(_n(getattr(self, name), word) for name, word in (
            ("claims", "claim"), ("work_orders", "work order"), ("customers", "customer"), ("units", "unit"),
            ("calls", "call"), ("surveys", "survey"), ("requisitions", "requisition"),
            ("stock_movements", "stock movement"), ("remittances", "remittance"),
        ))
        catalogue = ", ".join(_n(getattr(self, name), word) for name, word in (
            ("products", "product"), ("parts", "part"), ("staff", "staff account"),
        ))
        return (f"Loaded {added}; new in the catalogue: {catalogue}; "
                f"demo sign-ins {', '.join(self.demo_usernames)}, password {self.demo_password}.")


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def load_sample_data(
    sessions: SessionFactory,
    *,
    claims: int = 200,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SampleDataSummary:
    """Fill the database with staff, catalogue, customers, units, claims, orders, stock and calls.

    Deterministic for a seed on a database without claims. On a database that already has
    sample data the catalogue and staff are reused (matched by their codes and user names) and
    only new customers and claims are added, drawn from a stream derived from the seed and the
    claims already there, so a second load never repeats the first one's phones or serials.
    "Now" is noon of ``today`` in China time, so the open work is the same whatever the clock.
    """
    if claims < 0:
        raise ValueError("claims must not be negative")
    today = today or dt.date.today()
    now = at_cst(today, 12)
    start = dt.date(today.year - 6, 1, 1)  # first fee schedule and policy version
    report = progress or (lambda done, total: None)
    with sessions.write() as session, session.begin():
        existing_claims = session.scalar(select(func.count()).select_from(Claim)) or 0
        rng = random.Random(seed if existing_claims == 0 else f"{seed}/{existing_claims}")
        catalogue = ensure_catalogue(session, rng, start)
        _ensure_centre_settings(session)
        demo_names = [s[0] for s in (DEMO_MANAGER, *DEMO_STAFF)]
        present = set(session.scalars(select(Staff.username).where(Staff.username.in_(demo_names))))
        usernames = tuple(name for name in demo_names if name in present)
        serials = set(session.scalars(select(Unit.serial)))
        phones = set(session.scalars(select(Customer.phone)))
    counts: Counter[str] = Counter(catalogue.created)
    maker = ClaimMaker(rng, catalogue, today, now, serials, phones)
    slots = maker.plan(claims)
    report(0, claims)
    for first in range(0, len(slots), BATCH_SIZE):
        with sessions.write() as session, session.begin():
            counts.update(write_batch(session, maker.make_batch(slots[first:first + BATCH_SIZE])))
        report(min(first + BATCH_SIZE, claims), claims)
    with sessions.write() as session, session.begin():
        counts["calls"] += add_calls(session, rng, catalogue, maker.customers.companies + maker.customers.persons,
                                     round(claims * CALLS_PER_CLAIM), today, now)
        requisitions, receipts = add_requisitions(session, rng, catalogue, today)
        counts["requisitions"] += requisitions
        counts["stock_movements"] += receipts
        counts["remittances"] += add_remittances(session, rng, catalogue, today)
        counts["assessment"] += add_assessment(session, rng, today, claims)
        parts, movements = add_component_parts(session, seed, start, catalogue.manager_id)  # own stream
        counts["parts"] += parts
        counts["stock_movements"] += movements
    counts["returns"] += add_returns(sessions, now)  # through the service: its own transactions
    requisitions, receipts = add_supplementary_requisitions(sessions, now)
    counts["requisitions"] += requisitions
    counts["stock_movements"] += receipts
    counts["sent_reports"] += add_sent_reports(sessions, now)  # D3: only the last full month left to send
    summary = _summary(counts, usernames)
    with sessions.write() as session, session.begin():
        audit_trail.record(session, SYSTEM, "sample_data", None, "sample_data",
                           changes={k: counts[k] for k in sorted(counts)}, summary=summary.describe())
    return summary


def _summary(counts: Counter[str], usernames: tuple[str, ...]) -> SampleDataSummary:
    return SampleDataSummary(
        claims=counts["claims"], work_orders=counts["work_orders"],
        work_order_events=counts["work_order_events"], customers=counts["customers"], units=counts["units"],
        calls=counts["calls"], surveys=counts["surveys"], requisitions=counts["requisitions"],
        stock_movements=counts["stock_movements"], remittances=counts["remittances"], staff=counts["staff"],
        products=counts["products"], parts=counts["parts"], demo_password=DEMO_PASSWORD,
        demo_usernames=usernames,
    )


def _ensure_centre_settings(session: Session) -> None:
    """A demo centre's letterhead for the printed documents, unless the centre set its own."""
    from desktop_app.db.models import Setting
    from desktop_app.services import settings

    demo = {"centre.name": "深圳讯联通信售后服务中心", "centre.address": "深圳市南山区科技园高新南一道 18 号",
            "centre.phone": "0755-8632 1188"}
    for key, value in demo.items():
        if session.get(Setting, key) is None:
            settings.put(session, key, value)
