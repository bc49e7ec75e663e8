"""Bench work on an order the technician's screen still shows after the supervisor cancelled it.

What a user noticed before the fix: the last power board issued to a cancelled order, nine waiting
fans taken from stock for it, a visit recorded on it, a replacement unit registered for it, and a
diagnosis refused with "Start the diagnosis first." on an order nobody can start any more. Each
bench write now refuses a finished order before anything moves, and refuses a copy loaded before
someone else changed the order (optimistic lock, as WorkOrderService does).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot, on_hand, order_id

from desktop_app.core.vocabulary import CauseClass, MovementKind, WorkOrderState as S
from desktop_app.db.models import AuditEntry, StockMovement, Unit, WorkOrder, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.errors import ChangedConcurrently, ValidationError
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
FINISHED = "This work order is already finished."


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _diagnosing(depot: Depot, serial: str) -> int:
    oid = order_id(depot.db, depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    return oid


def _version(depot: Depot, oid: int) -> int:
    with depot.db.sessions.read() as s:
        return s.get(WorkOrder, oid).row_version


def _cancel(depot: Depot, oid: int) -> None:
    WorkOrderService(depot.db.sessions).cancel(depot.staff["sup"], oid, "客户撤回",
                                               expected_version=_version(depot, oid))


def _everything(depot: Depot, oid: int) -> tuple:
    """What a bench write could leave behind: stock, order lines, units, audit, the order itself."""
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        return (tuple(on_hand(depot.db, p) for p in depot.part_ids.values()),
                s.scalar(select(func.count()).select_from(StockMovement)),
                s.scalar(select(func.count()).select_from(WorkOrderPart)),
                s.scalar(select(func.count()).select_from(Unit)),
                s.scalar(select(func.count()).select_from(AuditEntry)),
                order.state, order.row_version, order.arrived_at, order.replacement_unit_id,
                order.fault_category_id, order.quote_labour)


def _bench_writes(depot: Depot) -> dict:
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    pwr = depot.part_ids["PWR-01"]
    return {
        "use_parts": lambda oid, **kw: bench.use_parts(tech, oid, [(pwr, 1)], **kw),
        "issue_waiting_parts": lambda oid, **kw: bench.issue_waiting_parts(tech, oid, **kw),
        "record_visit": lambda oid, **kw: bench.record_visit(
            tech, oid, arrived_at=dt.datetime.now(dt.timezone.utc), departed_at=None, called_headquarters=None, **kw),
        "record_exchange": lambda oid, **kw: bench.record_exchange(tech, oid, "SN-NEW-1", **kw),
        "quote": lambda oid, **kw: bench.quote(tech, oid, labour=Decimal("80"), parts=[(pwr, 1)], **kw),
        "record_diagnosis": lambda oid, **kw: bench.record_diagnosis(
            tech, oid, fault_category_id=depot.fault_ids["port"], cause=CauseClass.QUALITY_DEFECT, note="", **kw),
    }


WRITES = ["use_parts", "issue_waiting_parts", "record_visit", "record_exchange", "quote", "record_diagnosis"]


@pytest.mark.parametrize("write", WRITES)
def test_bench_work_on_a_cancelled_order_is_refused_and_nothing_moves(depot: Depot, write: str) -> None:
    oid = _diagnosing(depot, "SN-C1")
    _cancel(depot, oid)
    before = _everything(depot, oid)
    with pytest.raises(ValidationError) as caught:
        _bench_writes(depot)[write](oid)
    assert caught.value.template == FINISHED  # not "Start the diagnosis first." for a diagnosis
    assert caught.value.field == "state"
    assert _everything(depot, oid) == before  # the last power board is still on the shelf


def test_waiting_fans_are_not_issued_to_an_order_cancelled_while_it_waited(depot: Depot) -> None:
    bench, tech, fan = BenchService(depot.db.sessions), depot.staff["tech"], depot.part_ids["FAN-01"]
    oid = _diagnosing(depot, "SN-C2")
    assert not bench.use_parts(tech, oid, [(fan, 9)]).issued  # 5 on hand: the order waits for parts
    _cancel(depot, oid)
    with depot.db.sessions.write() as s, s.begin():  # the requisition arrives afterwards
        s.add(StockMovement(part_id=fan, kind=MovementKind.RECEIPT, quantity=10,
                            by_id=depot.staff["sup"].staff_id))
    before = _everything(depot, oid)
    with pytest.raises(ValidationError, match="already finished"):
        bench.issue_waiting_parts(tech, oid)
    assert _everything(depot, oid) == before
    assert on_hand(depot.db, fan) == 15


def test_a_quote_answer_on_a_cancelled_order_names_the_finished_order(depot: Depot) -> None:
    bench = BenchService(depot.db.sessions)
    oid = _diagnosing(depot, "SN-C3")
    bench.quote(depot.staff["tech"], oid, labour=Decimal("80"))
    _cancel(depot, oid)
    with pytest.raises(ValidationError) as caught:
        bench.record_quote_answer(depot.staff["operator"], oid, True)
    assert caught.value.template == FINISHED


@pytest.mark.parametrize("write", WRITES)
def test_bench_work_from_a_copy_older_than_the_order_is_refused_with_reload(depot: Depot, write: str) -> None:
    oid = _diagnosing(depot, "SN-C4")
    seen = _version(depot, oid)
    WorkOrderService(depot.db.sessions).record_report(depot.staff["sup"], oid, fault_cause="端口", solution="",
                                                      customer_opinion="")  # someone else saves meanwhile
    before = _everything(depot, oid)
    with pytest.raises(ChangedConcurrently, match="reload"):
        _bench_writes(depot)[write](oid, expected_version=seen)
    assert _everything(depot, oid) == before


def test_bench_work_with_the_current_copy_goes_through(depot: Depot) -> None:
    bench, tech, pwr = BenchService(depot.db.sessions), depot.staff["tech"], depot.part_ids["PWR-01"]
    oid = _diagnosing(depot, "SN-C5")
    assert bench.use_parts(tech, oid, [(pwr, 1)], expected_version=_version(depot, oid)).issued
    bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"], cause=CauseClass.QUALITY_DEFECT,
                           note="", expected_version=_version(depot, oid))
    assert on_hand(depot.db, pwr) == 0


def test_a_cancel_prepared_before_parts_were_issued_is_refused(depot: Depot) -> None:
    """The supervisor's screen predates the issue: cancelling would leave stock on a dead order."""
    bench, tech, pwr = BenchService(depot.db.sessions), depot.staff["tech"], depot.part_ids["PWR-01"]
    oid = _diagnosing(depot, "SN-C6")
    seen = _version(depot, oid)
    assert bench.use_parts(tech, oid, [(pwr, 1)]).issued  # no state change: only lines and stock
    with pytest.raises(ChangedConcurrently):
        WorkOrderService(depot.db.sessions).cancel(depot.staff["sup"], oid, "客户撤回", expected_version=seen)
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).state is S.DIAGNOSING
