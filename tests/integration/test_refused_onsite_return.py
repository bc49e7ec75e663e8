"""Rules W9 and S3: a return the general manager refuses on an on-site request becomes repair work
on site, and its order carries the arrival time the customer asked for, as an order opened at
intake does, so a late visit is flagged and the order shows as overdue."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, Remedy, WorkOrderKind
from desktop_app.db.models import AuditEntry, Claim, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.listings import WorkOrderListing, WorkOrderQueue
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService
from work_order_fixtures import Depot, build_depot, order_id

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()
BEIJING = ZoneInfo("Asia/Shanghai")
# The customer asks for the technician tomorrow at 10:00, Beijing time (the manager types local time).
ASKED = (NOW.astimezone(BEIJING) + dt.timedelta(days=1)).replace(hour=10, minute=0, second=0)


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


@pytest.fixture
def intake(database: Database) -> ClaimIntakeService:
    return ClaimIntakeService(database.sessions, clock=lambda: NOW)


def awaiting_return(depot: Depot, intake: ClaimIntakeService, serial: str,
                    channel: ClaimChannel = ClaimChannel.ON_SITE_REQUEST) -> int:
    """A unit sold three days ago (W2): the customer asks for a return, which waits for the manager (W9)."""
    saved = intake.take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳", address="南山区科技园 8 栋"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY - dt.timedelta(days=3)),
        channel=channel, fault_description="机房交换机不通电", accessories_received=("电源线", "挂耳"),
        requested_remedy=Remedy.RETURN))
    assert saved.status is ClaimStatus.AWAITING_APPROVAL and saved.work_order_number is None
    return saved.id


def claim_state(db: Database, claim_id: int) -> tuple[object, ...]:
    with db.sessions.read() as s:
        claim = s.get(Claim, claim_id)
        return (claim.status, claim.decision, s.scalar(select(func.count()).select_from(WorkOrder)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def the_order(db: Database, claim_id: int) -> WorkOrder:
    with db.sessions.read() as s:
        return s.scalars(select(WorkOrder).where(WorkOrder.claim_id == claim_id)).one()


@pytest.mark.parametrize("given", [None, NOW - dt.timedelta(minutes=1)], ids=["missing", "past"])
def test_refusing_an_on_site_return_without_a_valid_arrival_time_is_refused_and_changes_nothing(
        depot, intake, database, given):  # rules W9, S3
    claim_id = awaiting_return(depot, intake, "SN-REFUSE-1")
    before = claim_state(database, claim_id)
    with pytest.raises(ValidationError) as refused:
        intake.decide_return(depot.staff["manager"], claim_id, approve=False, note="包装已拆，不予退货",
                             required_arrival_at=given)
    assert refused.value.field == "required_arrival_at"
    assert ("S3" in str(refused.value)) if given is None else (
        str(refused.value) == "The requested arrival time has already passed.")
    assert claim_state(database, claim_id) == before
    assert [row[0] for row in intake.pending_returns(depot.staff["manager"])] == [claim_id]


def test_a_refused_on_site_return_opens_an_order_with_the_customers_arrival_time_that_turns_late(
        depot, intake, database):  # rules W9, S3, E23
    claim_id = awaiting_return(depot, intake, "SN-REFUSE-2")
    assert intake.decide_return(depot.staff["manager"], claim_id, approve=False, note="包装已拆，不予退货",
                                required_arrival_at=ASKED) is ClaimStatus.OPEN
    order = the_order(database, claim_id)
    assert order.kind is WorkOrderKind.ON_SITE
    assert order.required_arrival_at == ASKED  # the same instant...
    assert order.required_arrival_at.utcoffset() == dt.timedelta(0)  # ...stored in UTC
    with database.sessions.read() as s:
        created = s.scalar(select(AuditEntry.changes).where(AuditEntry.entity == "work_order",
                                                            AuditEntry.entity_id == order.id))
        assert created["required_arrival_at"] is not None

    # Not there by the time asked: the order is overdue in the work-orders list (S3).
    listing = WorkOrderListing(database.sessions, clock=lambda: ASKED + dt.timedelta(minutes=5))
    listing.queue = WorkOrderQueue.OVERDUE
    assert [row.number for row in listing.fetch(0, 10)] == [order.number]

    WorkOrderService(database.sessions).dispatch(depot.staff["sup"], order.id, depot.staff["tech"].staff_id)
    late = BenchService(database.sessions, clock=lambda: ASKED + dt.timedelta(hours=1)).record_visit(  # recorded after
        depot.staff["tech"], order.id, arrived_at=ASKED + dt.timedelta(minutes=40), departed_at=None,
        called_headquarters=True)
    assert late is True  # counted against the technician (E23)
    assert the_order(database, claim_id).late_arrival


def test_a_counter_returns_refusal_needs_no_arrival_time(depot, intake, database):
    claim_id = awaiting_return(depot, intake, "SN-REFUSE-3", channel=ClaimChannel.WALK_IN)
    assert intake.decide_return(depot.staff["manager"], claim_id, approve=False,
                                note="包装已拆，不予退货") is ClaimStatus.OPEN
    order = the_order(database, claim_id)
    assert order.kind is WorkOrderKind.BENCH and order.required_arrival_at is None
    assert order_id(database, order.number) == order.id


def test_approving_an_on_site_return_asks_no_arrival_time(depot, intake, database):
    claim_id = awaiting_return(depot, intake, "SN-REFUSE-4")
    assert intake.decide_return(depot.staff["manager"], claim_id, approve=True) is ClaimStatus.IN_PROGRESS
    assert claim_state(database, claim_id)[2] == 0  # a return opens no work order (W9)
