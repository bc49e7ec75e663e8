"""Paged, searchable lists behind the four tabs; rows are plain frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, Select, and_, case, exists, false, func, or_, select, true, type_coerce
from sqlalchemy.orm import aliased

from desktop_app.core.money import from_fen
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    ClaimStatus,
    Remedy,
    RequisitionStatus,
    ShippingMethod,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import (
    Claim,
    Customer,
    Product,
    Requisition,
    RequisitionLine,
    Staff,
    Unit,
    WorkOrder,
)
from desktop_app.db.types import utcnow
from desktop_app.services import number_search, text_search
from desktop_app.services.listing_base import Listing, SearchTerms
from desktop_app.services.sla import ANSWER_WITHIN
from desktop_app.services.text_search import like_pattern

OPEN_ORDER_STATES = tuple(
    s for s in WorkOrderState if s not in (WorkOrderState.CLOSED, WorkOrderState.CANCELLED)
)


@dataclass(frozen=True)
class ClaimRow:
    id: int
    number: str
    claim_date: dt.date
    customer_name: str
    phone: str
    product_model: str
    serial: str
    decision: Remedy | None
    status: ClaimStatus


@dataclass(frozen=True)
class WorkOrderRow:
    id: int
    number: str
    created_at: dt.datetime
    kind: WorkOrderKind
    state: WorkOrderState
    customer_name: str
    product_model: str | None
    serial: str | None
    technician: str | None
    claim_number: str | None
    required_arrival_at: dt.datetime | None = None  # on-site: when the customer asked us to be there
    overdue: bool = False  # the OVERDUE queue's test: not dispatched within a day, or not there in time (S3)


@dataclass(frozen=True)
class RequisitionRow:
    id: int
    number: str
    month: dt.date
    status: RequisitionStatus
    shipping: ShippingMethod
    line_count: int
    total: Decimal


@dataclass(frozen=True)
class StaffRow:
    id: int
    display_name: str
    username: str
    role: Role
    active: bool
    open_orders: int
    completed_this_month: int


@dataclass(frozen=True)
class ClaimFilter:
    statuses: frozenset[ClaimStatus] = frozenset()  # empty: any status
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    overdue_only: bool = False  # still open a day after intake (rule S3)


_UNFINISHED_CLAIMS = frozenset({ClaimStatus.OPEN, ClaimStatus.AWAITING_APPROVAL, ClaimStatus.IN_PROGRESS})
# The most claims of a date range a search tests one by one (their numbers, and on SQLite their fault
# text) rather than reading the search indexes, about 10 ms per 20,000 (this month at a million claims on
# SQLite: “SC-2025”, in 230,000 numbers, took 0.2 s a keystroke through them; 11 ms so). Beyond it a
# selective text costs more so than through its index.
FEW_DATED_CLAIMS = 50_000


class ClaimListing(Listing[ClaimRow]):
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(sessions)
        self.filter = ClaimFilter()
        self._clock = clock
        self._dated_counts: dict[tuple[dt.date | None, dt.date | None], int] = {}  # see _few_claims_dated

    def sort_columns(self) -> dict[str, Any]:
        return {"id": Claim.id, "number": Claim.number, "claim_date": Claim.claim_date,
                "customer_name": Customer.name, "phone": Customer.phone, "product_model": Product.model,
                "serial": Unit.serial, "decision": Claim.decision, "status": Claim.status}

    def _query(self, search: str) -> Select[Any]:
        return self._joined().where(*self._conditions(search))

    def _joined(self) -> Select[Any]:
        return (
            select(
                Claim.id, Claim.number, Claim.claim_date, Customer.name, Customer.phone,
                Product.model, Unit.serial, Claim.decision, Claim.status,
            )
            .join(Customer, Claim.customer_id == Customer.id)
            .join(Unit, Claim.unit_id == Unit.id)
            .join(Product, Unit.product_id == Product.id)
            .order_by(Claim.id.desc())
        )

    def _search_terms(self, search: text_search.Search) -> SearchTerms:
        """Number, customer name or phone, serial, and fault text from 3 characters on, each
        through its search index (services.text_search); one character of a name through the
        claims' own table of them (migration 0023)."""
        by_character = text_search.claims_by_name_character(search)
        numbers = number_search.numbers_newest_first(search, Claim.number, Claim.id)
        return [
            (Claim.id, by_character) if by_character is not None else
            (Claim.customer_id, text_search.customer_ids(search, ("name", "phone"))),
            (Claim.unit_id, text_search.unit_ids(search)),
            self._own_text(search, numbers),
            *((Claim.id, branch) for branch in numbers),
        ]

    def _own_text(self, search: text_search.Search, numbers: list[Any]) -> tuple[Any, Any]:
        """The claim's number (where ``numbers`` do not read it) and fault text: from the claims' search
        table, or on SQLite tested on each claim the filter leaves when it leaves few (``_narrow_filters``).
        A year typed (“SC-2025”) is in 230,000 numbers at a million claims, which the search table
        listed whole before the few unfinished claims were tried (0.2 s a keystroke; a few ms now)."""
        if search.dialect == "sqlite" and (self._narrow_filters() or self._few_claims_dated()):
            tests = [number_search.number_contains(Claim.number, search),
                     text_search.contains(Claim.fault_description, search)
                     if len(search.text) >= text_search.TRIGRAM else None]
            present = [test for test in tests if test is not None]
            return None, or_(*present) if present else None
        return Claim.id, text_search.claim_ids(search, fault_text=True, number=not numbers)

    def _filter_key(self) -> Any:
        # The filter's values are in its SQL; "overdue" compares with the clock, so not kept then.
        return None if self.filter.overdue_only else self.filter

    def _narrow_filters(self) -> bool:
        """Claims still being handled are the centre's current work (hundreds or thousands), so a search
        may start from them; finished ones, or a long date range, can be most of the database.

        A short range (``_few_claims_dated``) is narrow on PostgreSQL, where that only makes the
        branches read from a number's own indexes (number_search) test the range's claims instead: a
        prefix's letter and a year's start (“C-20”) read each year's newest in turn, each year through
        the month's 20,000 claims (85 ms; 19 so), for 6-19 ms more on digits (“8337”, “138”). On SQLite
        it would also let the filter drive every other branch (“138”: +40 ms), so there a short range
        only has the claims' own number and fault text tested on its claims (``_own_text``)."""
        flt = self.filter
        return (flt.overdue_only or bool(flt.statuses) and flt.statuses <= _UNFINISHED_CLAIMS
                or text_search.dialect_of(self._sessions) == "postgresql" and self._few_claims_dated())

    def _few_claims_dated(self) -> bool:
        """Whether the date range holds at most ``FEW_DATED_CLAIMS``: counted once per range, down the
        date index and stopped past it (about a millisecond). A month is 14,000 to 21,000 claims at a
        million, a year 170,000, and a group's month can be ten times a centre's: the count decides,
        not the range's length."""
        flt = self.filter
        if flt.date_from is None and flt.date_to is None:
            return False
        dates = (flt.date_from, flt.date_to)
        if dates not in self._dated_counts:
            dated = select(Claim.id).where(*self._date_range()).limit(FEW_DATED_CLAIMS + 1).subquery()
            with self._sessions.read() as session:
                self._dated_counts[dates] = session.scalar(select(func.count()).select_from(dated)) or 0
        return self._dated_counts[dates] <= FEW_DATED_CLAIMS

    def _date_range(self) -> list[Any]:
        flt = self.filter
        return [*([Claim.claim_date >= flt.date_from] if flt.date_from is not None else []),
                *([Claim.claim_date <= flt.date_to] if flt.date_to is not None else [])]

    def _filters(self) -> list[Any]:
        """The filter, on claims' own columns only (see ``_count``)."""
        flt = self.filter
        conditions: list[Any] = []
        if flt.statuses:
            conditions.append(Claim.status.in_(sorted(flt.statuses)))
        conditions += self._date_range()
        if flt.overdue_only:
            conditions += [Claim.status.in_([ClaimStatus.OPEN, ClaimStatus.AWAITING_APPROVAL]),
                           Claim.created_at < self._clock() - ANSWER_WITHIN]
        return conditions

    def _order_key(self) -> Any:
        return Claim.id

    def _page_order(self) -> tuple[Any, ...]:
        """With a date range, by claim date (then number order) from the date index: newest ids first
        made the database walk every claim after the range before its first row (2024 on a
        million claims: 0.14 s warm, 10 s cold on PostgreSQL; a month's last page 0.4 s)."""
        if self.filter.date_from is not None or self.filter.date_to is not None:
            return (Claim.claim_date, Claim.id)
        return (Claim.id,)

    def _row(self, values: Any) -> ClaimRow:
        return ClaimRow(*values)


class WorkOrderQueue(StrEnum):
    """The work-orders tab's queues (DOMAIN "A day at the counter")."""

    ALL = "all"
    MINE = "mine"  # the signed-in technician's open orders
    TO_DISPATCH = "to_dispatch"  # rule E1
    AWAITING_PARTS = "awaiting_parts"
    READY_FOR_PICKUP = "ready_for_pickup"
    OVERDUE = "overdue"  # S3: not dispatched within a day, or on site later than asked


class WorkOrderListing(Listing[WorkOrderRow]):
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(sessions)
        self.queue = WorkOrderQueue.ALL
        self.staff_id: int | None = None  # whose "mine" queue
        self._clock = clock

    def sort_columns(self) -> dict[str, Any]:
        return {"id": WorkOrder.id, "number": WorkOrder.number, "created_at": WorkOrder.created_at,
                "kind": WorkOrder.kind, "state": WorkOrder.state, "customer_name": Customer.name,
                "product_model": Product.model, "serial": Unit.serial}

    def queue_condition(self, queue: WorkOrderQueue) -> Any:
        now = self._clock()
        open_states = list(OPEN_ORDER_STATES)
        return {
            WorkOrderQueue.ALL: true(),
            WorkOrderQueue.MINE: and_(WorkOrder.technician_id == self.staff_id, WorkOrder.state.in_(open_states)),
            WorkOrderQueue.TO_DISPATCH: WorkOrder.state == WorkOrderState.RECEIVED,
            WorkOrderQueue.AWAITING_PARTS: WorkOrder.state == WorkOrderState.AWAITING_PARTS,
            WorkOrderQueue.READY_FOR_PICKUP: WorkOrder.state == WorkOrderState.READY_FOR_PICKUP,
            WorkOrderQueue.OVERDUE: or_(
                and_(WorkOrder.state == WorkOrderState.RECEIVED, WorkOrder.created_at < now - ANSWER_WITHIN),
                and_(WorkOrder.required_arrival_at < now, WorkOrder.arrived_at.is_(None),
                     WorkOrder.state.in_(open_states)),
            ),
        }[queue]

    def queue_counts(self, known: Mapping[WorkOrderQueue, int] | None = None) -> dict[WorkOrderQueue, int]:
        """How many orders wait in each queue (the tab shows them on its queue buttons). ``known``:
        counts the caller has just made (the list's own count of every order, issue 8: counting a
        million rows takes a while), not made again."""
        known = known or {}
        with self._sessions.read() as session:
            return {queue: known[queue] if queue in known else session.scalar(
                select(func.count()).select_from(WorkOrder).where(self.queue_condition(queue))) or 0
                for queue in WorkOrderQueue}

    def _query(self, search: str) -> Select[Any]:
        return self._joined().where(*self._conditions(search))

    def _joined(self) -> Select[Any]:
        technician = aliased(Staff)
        return (
            select(
                WorkOrder.id, WorkOrder.number, WorkOrder.created_at, WorkOrder.kind,
                WorkOrder.state, Customer.name, Product.model, Unit.serial,
                technician.display_name, Claim.number, WorkOrder.required_arrival_at,
                case((self.queue_condition(WorkOrderQueue.OVERDUE), true()), else_=false()),
            )
            .join(Customer, WorkOrder.customer_id == Customer.id)
            .outerjoin(Unit, WorkOrder.unit_id == Unit.id)
            .outerjoin(Product, Unit.product_id == Product.id)
            .outerjoin(technician, WorkOrder.technician_id == technician.id)
            .outerjoin(Claim, WorkOrder.claim_id == Claim.id)
            .order_by(WorkOrder.id.desc())
        )

    def _filters(self) -> list[Any]:
        # No ``_filter_key``: the queues and the rows' "overdue" column compare with the clock, so a
        # search's statements are built afresh each time (the claims list keeps its own).
        if self.queue is WorkOrderQueue.ALL:
            return []  # 全部 filters nothing: a search then reads its search tables newest first (text_search)
        return [self.queue_condition(self.queue)]

    def _narrow_filters(self) -> bool:
        return True  # every queue but 全部 (which filters nothing) holds open work: hundreds, not millions

    def _search_terms(self, search: text_search.Search) -> SearchTerms:
        """Order and claim number, customer name, serial: on work orders' own columns, each
        through its search index (services.text_search); one character of a name through the orders'
        own table of them (migration 0029). In a queue the numbers are tested on the
        queue's own orders instead, a few hundred or thousand open ones: a year typed (“WO-2026”)
        matches every order and claim of the year, which the number indexes first listed whole
        (170,000 at a million orders: 250 ms a keystroke on SQLite; now a few)."""
        if self.queue is WorkOrderQueue.ALL and search.dialect == "sqlite":
            # A claim number's piece through the orders' own table of their claims' numbers (migration
            # 0022): through the claims' table, “SC-2026” listed every claim of the year first (0.27 s).
            by_claim = text_search.work_orders_by_claim_number(search)
            numbers = [(WorkOrder.id, text_search.work_order_ids(search)),
                       (WorkOrder.id, by_claim) if by_claim is not None else
                       (WorkOrder.claim_id, text_search.claim_ids(search))]
        else:
            claim = aliased(Claim)  # not the row query's own join of claims, which it would correlate to
            in_queue = self.queue is not WorkOrderQueue.ALL  # a queue's orders are few: each is tested
            claim_number = number_search.number_contains(claim.number, search, row_wise=in_queue)
            # 全部 on PostgreSQL: an order number typed up to its year, or digits, from their indexes.
            own = (number_search.numbers_newest_first(search, WorkOrder.number, WorkOrder.id)
                   if self.queue is WorkOrderQueue.ALL else [])
            numbers = [(WorkOrder.id, branch) for branch in own] or [
                (None, number_search.number_contains(WorkOrder.number, search, row_wise=in_queue))]
            # 全部 on PostgreSQL: the claim's number from the orders' own table of them (migration 0027).
            by_claim = (number_search.orders_by_claim_number(search, WorkOrder.id)
                        if self.queue is WorkOrderQueue.ALL else None)
            numbers += by_claim if by_claim is not None else [
                (None, None if claim_number is None else exists().where(claim.id == WorkOrder.claim_id, claim_number))]
        by_character = text_search.orders_by_name_character(search)  # a surname: the orders' own table (0029)
        return [
            (WorkOrder.id, by_character) if by_character is not None else
            (WorkOrder.customer_id, text_search.customer_ids(search, ("name",))),
            *numbers,
            (WorkOrder.unit_id, text_search.unit_ids(search)),
        ]

    def _order_key(self) -> Any:
        return WorkOrder.id

    def _row(self, values: Any) -> WorkOrderRow:
        *fields, overdue = values
        return WorkOrderRow(*fields, overdue=bool(overdue))  # SQLite gives 0/1


class RequisitionListing(Listing[RequisitionRow]):
    def _query(self, search: str) -> Select[Any]:
        totals = (
            select(
                RequisitionLine.requisition_id.label("rid"),
                func.count().label("lines"),
                func.sum(RequisitionLine.quantity * type_coerce(RequisitionLine.unit_price, BigInteger))
                .label("total_fen"),
            )
            .group_by(RequisitionLine.requisition_id)
            .subquery()
        )
        query = (
            select(
                Requisition.id, Requisition.number, Requisition.month, Requisition.status,
                Requisition.shipping, func.coalesce(totals.c.lines, 0),
                func.coalesce(totals.c.total_fen, 0),
            )
            .outerjoin(totals, totals.c.rid == Requisition.id)
            .order_by(Requisition.month.desc(), Requisition.id.desc())
        )
        if search:
            query = query.where(Requisition.number.like(like_pattern(search), escape="\\"))
        return query

    def _row(self, values: Any) -> RequisitionRow:
        *head, total_fen = values
        # Summed in SQL as raw fen (type_coerce above), converted here exactly.
        return RequisitionRow(*head, total=from_fen(int(total_fen)))


class StaffListing(Listing[StaffRow]):
    def __init__(self, sessions: SessionFactory, today: dt.date | None = None) -> None:
        super().__init__(sessions)
        self._today = today

    def _query(self, search: str) -> Select[Any]:
        today = self._today or dt.date.today()
        month_start = dt.datetime(today.year, today.month, 1, tzinfo=dt.timezone.utc)
        open_orders = (
            select(func.count())
            .where(WorkOrder.technician_id == Staff.id, WorkOrder.state.in_(OPEN_ORDER_STATES))
            .scalar_subquery()
        )
        completed = (
            select(func.count())
            .where(WorkOrder.technician_id == Staff.id, WorkOrder.completed_at >= month_start)
            .scalar_subquery()
        )
        query = select(
            Staff.id, Staff.display_name, Staff.username, Staff.role, Staff.active,
            open_orders, completed,
        ).order_by(Staff.active.desc(), Staff.id)
        if search:
            pattern = like_pattern(search)
            query = query.where(
                or_(Staff.display_name.like(pattern, escape="\\"), Staff.username.like(pattern, escape="\\"))
            )
        return query

    def _row(self, values: Any) -> StaffRow:
        return StaffRow(*values)
