"""Rule S3 at the counter: an on-site claim's order carries the arrival time the customer asked for,
so a late visit is flagged and the order shows as overdue; a missing or past time is refused."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from desktop_app.core.vocabulary import ClaimChannel, Remedy, WorkOrderKind
from desktop_app.db.models import AuditEntry, Claim, Customer, Unit, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput
from desktop_app.services.listings import WorkOrderListing, WorkOrderQueue
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService
from work_order_fixtures import Depot, build_depot, order_id

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()
BEIJING = ZoneInfo("Asia/Shanghai")
# The customer asks for the technician tomorrow at 14:30, Beijing time.
ASKED = (NOW.astimezone(BEIJING) + dt.timedelta(days=1)).replace(hour=14, minute=30, second=0)


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


@pytest.fixture
def intake(database: Database) -> ClaimIntakeService:
    return ClaimIntakeService(database.sessions, clock=lambda: NOW)


def on_site_form(serial: str = "SN-VISIT-1", *, days_since_sale: int = 400, **changes: object) -> IntakeForm:
    """An on-site request from Shenzhen (S2) for a unit past its exchange period (W3): a free repair (W4)."""
    values: dict[str, object] = dict(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳", address="南山区科技园 8 栋"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY - dt.timedelta(days=days_since_sale)),
        channel=ClaimChannel.ON_SITE_REQUEST, fault_description="机房交换机不通电",
        accessories_received=("电源线", "挂耳"), required_arrival_at=ASKED)
    values.update(changes)
    return IntakeForm(**values)  # type: ignore[arg-type]


def rows_written(db: Database) -> tuple[int, ...]:
    with db.sessions.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(model))
                     for model in (Claim, Customer, Unit, WorkOrder, AuditEntry))


def test_an_on_site_claim_keeps_the_customers_arrival_time_and_a_late_visit_is_flagged(depot, intake, database):
    saved = intake.take_in(depot.staff["operator"], on_site_form())  # rule S3
    assert saved.chosen is Remedy.FREE_REPAIR and saved.work_order_number is not None
    oid = order_id(database, saved.work_order_number)
    with database.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert order.kind is WorkOrderKind.ON_SITE
        assert order.required_arrival_at == ASKED  # the same instant...
        assert order.required_arrival_at.utcoffset() == dt.timedelta(0)  # ...stored in UTC
        created = s.scalar(select(AuditEntry.changes).where(AuditEntry.entity == "work_order",
                                                            AuditEntry.entity_id == oid))
        assert created["required_arrival_at"] is not None

    # Not there by the time asked: the order is overdue in the work-orders list (S3).
    listing = WorkOrderListing(database.sessions, clock=lambda: ASKED + dt.timedelta(minutes=5))
    listing.queue = WorkOrderQueue.OVERDUE
    assert [row.number for row in listing.fetch(0, 10)] == [saved.work_order_number]

    WorkOrderService(database.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    late = BenchService(database.sessions, clock=lambda: ASKED + dt.timedelta(hours=1)).record_visit(  # recorded after
        depot.staff["tech"], oid, arrived_at=ASKED + dt.timedelta(minutes=40), departed_at=None,
        called_headquarters=True)
    assert late is True  # counted against the technician (E23)
    with database.sessions.read() as s:
        assert s.get(WorkOrder, oid).late_arrival


def test_an_on_time_visit_is_not_flagged(depot, intake, database):
    saved = intake.take_in(depot.staff["operator"], on_site_form("SN-VISIT-2"))
    oid = order_id(database, saved.work_order_number)
    WorkOrderService(database.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    assert BenchService(database.sessions, clock=lambda: ASKED).record_visit(  # recorded after the arrival
        depot.staff["tech"], oid, arrived_at=ASKED - dt.timedelta(minutes=10), departed_at=None,
        called_headquarters=True) is False


@pytest.mark.parametrize("requested", [None, Remedy.FREE_REPAIR])
def test_an_on_site_claim_without_the_arrival_time_is_refused_and_nothing_is_written(
        depot, intake, database, requested):
    """Both when the remedy is asked for and when the best one offered is judged at the save."""
    before = rows_written(database)
    with pytest.raises(FormInvalid) as refused:
        intake.take_in(depot.staff["operator"], on_site_form(required_arrival_at=None, requested_remedy=requested))
    assert refused.value.field == "required_arrival_at"
    assert "S3" in str(refused.value)
    assert rows_written(database) == before
    # The claim number drawn on the way was rolled back: the next claim gets it.
    assert intake.take_in(depot.staff["operator"], on_site_form()).number.endswith("-000001")


def test_an_arrival_time_already_past_is_refused_and_nothing_is_written(depot, intake, database):
    before = rows_written(database)
    with pytest.raises(FormInvalid) as refused:
        intake.take_in(depot.staff["operator"], on_site_form(required_arrival_at=NOW - dt.timedelta(minutes=1)))
    assert refused.value.field == "required_arrival_at"
    assert str(refused.value) == "The requested arrival time has already passed."
    assert rows_written(database) == before


def test_no_arrival_time_is_asked_when_no_one_goes_on_site(depot, intake, database):
    # A walk-in's bench order keeps no arrival time even if one was passed.
    walk_in = intake.take_in(depot.staff["operator"], on_site_form("SN-BENCH", channel=ClaimChannel.WALK_IN))
    # A return (W2) on an on-site request waits for the manager's approval (W9): no order yet.
    returned = intake.take_in(depot.staff["operator"], on_site_form(
        "SN-RETURN", days_since_sale=3, requested_remedy=Remedy.RETURN, required_arrival_at=None))
    assert returned.chosen is Remedy.RETURN and returned.work_order_number is None
    with database.sessions.read() as s:
        bench = s.get(WorkOrder, order_id(database, walk_in.work_order_number))
        assert bench.kind is WorkOrderKind.BENCH and bench.required_arrival_at is None
