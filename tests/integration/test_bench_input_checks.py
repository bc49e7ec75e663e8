"""Bad input at the bench, the stock counter and the requisition form: a message at the field, nothing written.

Each test is what a user would notice before the checks: a part silently lost, a negative quote, a raw
error instead of a message, an impossible stock figure, a requisition that cannot be submitted.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot, on_hand, order_id

from desktop_app.core.vocabulary import CauseClass, ShippingMethod, WorkOrderState as S
from desktop_app.db.models import Requisition, StockMovement, Unit, WorkOrder, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
NO_SUCH_PART = 999_999


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def refused(field: str, fn, *args, **kwargs) -> ValidationError:
    """The call is refused with a message for ``field`` (not a raw database or Python error)."""
    with pytest.raises(ValidationError) as caught:
        fn(*args, **kwargs)
    assert caught.value.field == field, caught.value
    return caught.value


def _dispatched(depot: Depot, serial: str, sale: dt.date) -> int:
    oid = order_id(depot.db, depot.take_in(serial, sale).work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    return oid


def _diagnosing(depot: Depot, serial: str, cause: CauseClass = CauseClass.QUALITY_DEFECT,
                sale_days_ago: int = 100) -> int:
    oid = _dispatched(depot, serial, TODAY - dt.timedelta(days=sale_days_ago))
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(depot.staff["tech"], oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=cause, note="")
    return oid


def _rows(depot: Depot, model: type) -> int:
    with depot.db.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _order(depot: Depot, oid: int) -> WorkOrder:
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        s.expunge(order)
        return order


def test_a_part_listed_twice_is_checked_against_stock_as_one_total(depot: Depot) -> None:  # rules W6, D8
    """One PWR-01 in stock, two lines of one: nothing is issued and the order waits for parts, where the
    second line used to be stored with no stock behind it and the order went on as if all was issued."""
    oid = _diagnosing(depot, "SN-TWICE")
    pwr, fan = depot.part_ids["PWR-01"], depot.part_ids["FAN-01"]
    bench = BenchService(depot.db.sessions)
    result = bench.use_parts(depot.staff["tech"], oid, [(pwr, 1), (pwr, 1)])
    assert not result.issued and [(x.part_no, x.needed, x.on_hand) for x in result.shortages] == [("PWR-01", 2, 1)]
    assert _order(depot, oid).state is S.AWAITING_PARTS and on_hand(depot.db, pwr) == 1
    with depot.db.sessions.read() as s:
        lines = [(x.part_id, x.quantity, x.stock_movement_id) for x in s.scalars(select(WorkOrderPart))]
    assert lines == [(pwr, 2, None)]  # one needed line of the total, for the next requisition (D8)

    other = _diagnosing(depot, "SN-TWICE-2")
    assert bench.use_parts(depot.staff["tech"], other, [(fan, 2), (fan, 3)]).issued  # five in stock: all issued
    assert on_hand(depot.db, fan) == 0


def test_a_quote_never_goes_below_zero(depot: Depot) -> None:  # rules W5, E11
    oid = _diagnosing(depot, "SN-NEG", CauseClass.USER_DAMAGE)
    bench, tech, fan = BenchService(depot.db.sessions), depot.staff["tech"], depot.part_ids["FAN-01"]
    refused("labour", bench.quote, tech, oid, labour=Decimal("-10"))
    refused("travel", bench.quote, tech, oid, labour=Decimal("80"), travel=Decimal("-5"))
    refused("parts", bench.quote, tech, oid, labour=Decimal("80"), parts=[(fan, -3)])
    refused("parts", bench.quote, tech, oid, labour=Decimal("80"), parts=[(fan, 0)])
    order = _order(depot, oid)
    assert order.state is S.DIAGNOSING and order.quote_labour is None  # nothing was quoted
    assert bench.quote(tech, oid, labour=Decimal("80"), parts=[(fan, 2)]) == Decimal("151.00")  # as before


def test_money_typing_slips_get_a_message_at_their_field(depot: Depot) -> None:
    oid = _diagnosing(depot, "SN-MONEY", CauseClass.USER_DAMAGE)
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    for slip in (Decimal("1.234"), Decimal("1E13"), Decimal("NaN"), 1.5):
        refused("labour", bench.quote, tech, oid, labour=slip)
    refused("travel", bench.quote, tech, oid, labour=Decimal("80"), travel=Decimal("0.001"))
    assert _order(depot, oid).quote_labour is None
    requisitions, sup, fan = RequisitionService(depot.db.sessions), depot.staff["sup"], depot.part_ids["FAN-01"]
    for slip in (Decimal("1.005"), Decimal("-5"), Decimal("1E13")):  # rule D8: the difference the centre pays
        refused("urgent_cost", requisitions.create, sup, MONTH, [(fan, 1)], shipping=ShippingMethod.EMS,
                urgent_cost=slip)
    assert _rows(depot, Requisition) == 0
    requisitions.create(sup, MONTH, [(fan, 1)], shipping=ShippingMethod.EMS, urgent_cost=Decimal("12.50"))
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Requisition.urgent_cost)) == Decimal("12.50")


def test_a_part_no_longer_in_the_catalogue_gets_a_message_not_a_crash(depot: Depot) -> None:
    oid = _diagnosing(depot, "SN-GONE", CauseClass.USER_DAMAGE)
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    refused("parts", bench.quote, tech, oid, labour=Decimal("80"), parts=[(NO_SUCH_PART, 1)])
    refused("parts", bench.use_parts, tech, oid, [(NO_SUCH_PART, 1)])
    refused("parts", RequisitionService(depot.db.sessions).create, depot.staff["sup"], MONTH, [(NO_SUCH_PART, 1)])
    assert _order(depot, oid).state is S.DIAGNOSING
    assert _rows(depot, WorkOrderPart) == 0 and _rows(depot, Requisition) == 0


def test_absurd_quantities_are_refused_and_stock_stays_as_it_was(depot: Depot) -> None:
    """10**10 pieces: stored on SQLite (eleven billion on hand), a raw error on PostgreSQL."""
    sup, fan = depot.staff["sup"], depot.part_ids["FAN-01"]
    stock = StockAdmin(depot.db.sessions)
    oid = _diagnosing(depot, "SN-HUGE")
    movements = _rows(depot, StockMovement)
    refused("quantity", stock.receive, sup, "FAN-01", 10**10)
    refused("counted_qty", stock.adjust, sup, "FAN-01", 10**12, "盘点")
    refused("quantity", stock.return_to_stock, sup, oid, "FAN-01", 10**10)
    refused("quantity", stock.check_in_tool, sup, bought_by=depot.staff["tech"].staff_id, quantity=10**10, name="钳子")
    refused("quantity", BenchService(depot.db.sessions).use_parts, depot.staff["tech"], oid, [(fan, 10**10)])
    refused("lines", RequisitionService(depot.db.sessions).create, sup, MONTH, [(fan, 10**10)])
    assert on_hand(depot.db, fan) == 5 and _rows(depot, StockMovement) == movements
    assert _rows(depot, WorkOrderPart) == 0 and _rows(depot, Requisition) == 0
    assert stock.receive(sup, "FAN-01", 20).on_hand_after == 25  # a real delivery still books


def test_a_requisition_for_a_month_far_away_is_refused_so_it_can_always_be_submitted(depot: Depot) -> None:  # D6
    """A draft for month 0001 used to be saved, and then its submission failed with a raw error."""
    requisitions, sup, fan = RequisitionService(depot.db.sessions), depot.staff["sup"], depot.part_ids["FAN-01"]
    refused("month", requisitions.create, sup, dt.date(1, 1, 1), [(fan, 1)])
    refused("month", requisitions.create, sup, dt.date(9999, 12, 1), [(fan, 1)])
    assert _rows(depot, Requisition) == 0
    number = requisitions.create(sup, MONTH, [(fan, 1)])
    assert requisitions.submit(sup, number) is not None


def test_a_replacement_serial_too_long_for_the_register_is_refused(depot: Depot) -> None:  # rules W2, W3
    oid = _diagnosing(depot, "SN-EXCH", sale_days_ago=60)  # W3: an exchange once diagnosed
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    refused("replacement_serial", bench.record_exchange, tech, oid, "X" * 101)  # never silently cut
    refused("replacement_serial", bench.record_exchange, tech, oid, "SN\x00NEW")
    assert _rows(depot, Unit) == 1 and _order(depot, oid).replacement_unit_id is None
    bench.record_exchange(tech, oid, " SN-NEW ")
    replacement = _order(depot, oid).replacement_unit_id
    with depot.db.sessions.read() as s:
        assert s.get(Unit, replacement).serial == "SN-NEW"


def test_an_arrival_in_the_future_or_before_2000_is_refused(depot: Depot) -> None:  # rules S3, E23
    oid = _dispatched(depot, "SN-VISIT", TODAY - dt.timedelta(days=60))
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    dispatched = _order(depot, oid).dispatched_at
    refused("arrived_at", bench.record_visit, tech, oid, arrived_at=dt.datetime(1999, 12, 1, tzinfo=dt.timezone.utc),
            departed_at=None, called_headquarters=None)
    refused("arrived_at", bench.record_visit, tech, oid, arrived_at=dt.datetime(2999, 1, 1, tzinfo=dt.timezone.utc),
            departed_at=None, called_headquarters=None)
    refused("arrived_at", bench.record_visit, tech, oid,
            arrived_at=dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1), departed_at=None,
            called_headquarters=None)
    assert _order(depot, oid).arrived_at is None
    # The visit form drops the seconds: an arrival in the minute of the dispatch is the technician's, not an error.
    arrived = dispatched.replace(second=0, microsecond=0)
    assert bench.record_visit(tech, oid, arrived_at=arrived, departed_at=None, called_headquarters=None) is False
    assert _order(depot, oid).arrived_at == arrived
    # Sent by phone and dispatched at the desk afterwards: the arrival before the click stands.
    earlier = dispatched - dt.timedelta(hours=2)
    bench.record_visit(tech, oid, arrived_at=earlier, departed_at=None, called_headquarters=None)
    assert _order(depot, oid).arrived_at == earlier


def test_a_visit_time_without_a_zone_is_taken_as_local_time(depot: Depot) -> None:  # rule S3
    """A naive time used to fail with a raw database error; the visit form means local time."""
    oid = _dispatched(depot, "SN-NAIVE", TODAY - dt.timedelta(days=60))
    arrived = dt.datetime.now().replace(microsecond=0)
    BenchService(depot.db.sessions).record_visit(depot.staff["tech"], oid, arrived_at=arrived,
                                                 departed_at=arrived + dt.timedelta(minutes=1), called_headquarters=True)
    order = _order(depot, oid)
    assert order.arrived_at == arrived.astimezone() and order.departed_at == arrived.astimezone() + dt.timedelta(minutes=1)
