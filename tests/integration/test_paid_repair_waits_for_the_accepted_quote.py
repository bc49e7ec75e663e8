"""A paid repair goes on only as quoted: accepted first, never charged beyond it, never quoted at ¥0.00 (E10, E11,
W5, W11), on both databases. Warranty repairs go on without a quote as before."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, PartCharge, WorkOrderState as S
from desktop_app.db.models import WorkOrder, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_order_support import WorkOrderSupport
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _diagnosing(depot: Depot, serial: str, cause: CauseClass) -> int:
    """Bought 100 days ago (in warranty); the diagnosis says whether the customer pays (W11)."""
    oid = order_id(depot.db, depot.take_in(serial, TODAY - dt.timedelta(days=100)).work_order_number)
    orders, tech = WorkOrderService(depot.db.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=cause, note="")
    return oid


def _refused(field: str, fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        fn(*args, **kwargs)
    assert caught.value.field == field, caught.value
    return caught.value


def _state(depot: Depot, oid: int) -> S:
    with depot.db.sessions.read() as s:
        return s.get(WorkOrder, oid).state


def _lines(depot: Depot, oid: int) -> list[tuple[str, int, bool]]:
    with depot.db.sessions.read() as s:
        return [(w.part.part_no, w.quantity, w.stock_movement_id is not None) for w in s.scalars(
            select(WorkOrderPart).where(WorkOrderPart.work_order_id == oid).order_by(WorkOrderPart.id))]


def test_a_user_damaged_unit_is_not_repaired_or_handed_back_before_the_customer_accepts_a_quote(
        depot: Depot) -> None:  # rules E10, E11, W11
    bench, orders, tech = BenchService(depot.db.sessions), WorkOrderService(depot.db.sessions), depot.staff["tech"]
    paid = _diagnosing(depot, "SN-WET", CauseClass.USER_DAMAGE)
    fan = depot.part_ids["FAN-01"]
    _refused("quote", bench.use_parts, tech, paid, [(fan, 1)])
    for target in (S.REPAIRING, S.REPAIRED):
        _refused("quote", orders.set_state, tech, paid, target)
    assert _state(depot, paid) is S.DIAGNOSING and _lines(depot, paid) == [] and depot.on_hand("FAN-01") == 5

    assert bench.quote(tech, paid, labour=Decimal("85"), parts=[(fan, 1)]) == Decimal("120.50")
    _refused("quote", orders.set_state, tech, paid, S.READY_FOR_PICKUP)  # handed back before the answer
    _refused("quote", bench.use_parts, tech, paid, [(fan, 1)])
    bench.record_quote_answer(depot.staff["operator"], paid, accepted=True)  # heard at the desk by phone
    assert bench.use_parts(tech, paid, [(fan, 1)]).issued
    for target in (S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, paid, target)
    assert _state(depot, paid) is S.READY_FOR_PICKUP

    refused = _diagnosing(depot, "SN-DROP", CauseClass.USER_DAMAGE)  # the unit goes back unrepaired
    bench.quote(tech, refused, labour=Decimal("85"))
    bench.record_quote_answer(depot.staff["operator"], refused, accepted=False)
    assert _state(depot, refused) is S.READY_FOR_PICKUP

    free = _diagnosing(depot, "SN-FREE", CauseClass.QUALITY_DEFECT)  # W4: a warranty repair needs no quote
    assert bench.use_parts(tech, free, [(fan, 1)]).issued
    for target in (S.REPAIRING, S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, free, target)


def test_parts_beyond_the_accepted_quote_are_refused_until_the_customer_accepts_a_revised_one(
        depot: Depot) -> None:  # rules E11, W5
    bench, tech, desk = BenchService(depot.db.sessions), depot.staff["tech"], depot.staff["operator"]
    fan, adapter, board = depot.part_ids["FAN-01"], depot.part_ids["ADP-12V"], depot.part_ids["PWR-01"]
    oid = _diagnosing(depot, "SN-OVER", CauseClass.USER_DAMAGE)
    bench.quote(tech, oid, labour=Decimal("85"), parts=[(fan, 2)])  # 2 x 35.50 + 85 = 156.00
    bench.record_quote_answer(desk, oid, accepted=True)
    support = WorkOrderSupport(depot.db.sessions)
    assert [(p.part_no, q) for p, q in support.quoted_parts(oid, not_yet_on_order=True)] == [("FAN-01", 2)]
    assert bench.use_parts(tech, oid, [(fan, 1)]).issued
    # The parts issue starts with what the customer accepted and is not on the order yet.
    assert [(p.part_no, q) for p, q in support.quoted_parts(oid, not_yet_on_order=True)] == [("FAN-01", 1)]

    error = _refused("parts", bench.use_parts, tech, oid, [(fan, 1), (adapter, 1)])
    assert error.params == {"quote": "¥156.00", "amount": "¥176.00"}
    _refused("parts", bench.use_parts, tech, oid, [(board, 2)])  # a part waiting for stock counts too
    assert _lines(depot, oid) == [("FAN-01", 1, True)] and depot.on_hand("ADP-12V") == 3
    assert WorkOrderDetails(depot.db.sessions).get(desk, oid).charges_to_customer == Decimal("120.50")

    # A revision the customer refuses leaves the quote they accepted, and the repair goes on within it.
    bench.quote(tech, oid, labour=Decimal("85"), parts=[(fan, 2), (adapter, 1)])
    bench.record_quote_answer(desk, oid, accepted=False)
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert (order.state, order.quote_accepted, order.quote_parts) == (S.REPAIRING, True, Decimal("71.00"))
    assert [(p.part_no, q) for p, q in support.quoted_parts(oid, not_yet_on_order=True)] == [("FAN-01", 1)]
    _refused("parts", bench.use_parts, tech, oid, [(fan, 1), (adapter, 1)])

    # Revised with the adapter, accepted again by the customer: now it is issued.
    assert bench.quote(tech, oid, labour=Decimal("85"), parts=[(fan, 2), (adapter, 1)]) == Decimal("176.00")
    assert _state(depot, oid) is S.AWAITING_APPROVAL
    _refused("quote", bench.use_parts, tech, oid, [(fan, 1), (adapter, 1)])
    bench.record_quote_answer(desk, oid, accepted=True)
    assert bench.use_parts(tech, oid, [(fan, 1), (adapter, 1)]).issued
    detail = WorkOrderDetails(depot.db.sessions).get(desk, oid)
    assert detail.charges_to_customer == Decimal("176.00") and detail.state is S.REPAIRING
    assert {p.charged_to for p in detail.parts} == {PartCharge.CUSTOMER}


def test_a_quote_of_nothing_is_refused_at_the_labour_field(depot: Depot) -> None:  # rules W5, E11
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    oid = _diagnosing(depot, "SN-ZERO", CauseClass.USER_DAMAGE)
    _refused("labour", bench.quote, tech, oid, labour=Decimal("0"), travel=Decimal("0"), parts=[])
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert (order.state, order.quote_labour, order.quote_parts) == (S.DIAGNOSING, None, None)
    assert bench.quote(tech, oid, labour=Decimal("0"), parts=[(depot.part_ids["FAN-01"], 1)]) == Decimal("35.50")
