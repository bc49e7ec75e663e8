"""What the bench charges and counts, on both databases: parts issued before the diagnosis follow it
(W5, W11, D13), waiting parts are priced on the day they are issued (D9), and a unit handed back
unrepaired is no earlier repair for E16."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, MovementKind, PartCharge, WorkOrderState as S
from desktop_app.db.models import AuditEntry, FeeSchedule, FeeScheduleItem, StockMovement, WorkOrder, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _diagnosing(depot: Depot, serial: str, sale: dt.date) -> int:
    oid = order_id(depot.db, depot.take_in(serial, sale).work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    return oid


def _lines(depot: Depot, oid: int) -> list[tuple[PartCharge, Decimal, int]]:
    with depot.db.sessions.read() as s:
        return [(line.charged_to, line.unit_price, line.quantity) for line in s.scalars(
            select(WorkOrderPart).where(WorkOrderPart.work_order_id == oid).order_by(WorkOrderPart.id))]


def test_a_part_swapped_in_before_user_damage_was_found_is_the_customers(depot: Depot) -> None:
    oid = _diagnosing(depot, "SN-SWAP", TODAY - dt.timedelta(days=100))
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    assert bench.use_parts(tech, oid, [(depot.part_ids["FAN-01"], 2)]).issued  # to find the fault
    assert _lines(depot, oid) == [(PartCharge.FUND, Decimal("45.00"), 2)]  # in warranty so far (D13, D9)
    bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"], cause=CauseClass.USER_DAMAGE,
                           note="进水")
    assert _lines(depot, oid) == [(PartCharge.CUSTOMER, Decimal("35.50"), 2)]  # W11, at cost (W5)
    with depot.db.sessions.read() as s:
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "parts_recharged"))
    assert audit.entity_id == oid and audit.changes["lines"][0]["charged_to"] == {"old": "fund", "new": "customer"}


def test_a_quality_defect_leaves_the_charges_alone(depot: Depot) -> None:
    oid = _diagnosing(depot, "SN-OK", TODAY - dt.timedelta(days=100))
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    bench.use_parts(tech, oid, [(depot.part_ids["FAN-01"], 1), (depot.part_ids["ADP-12V"], 1)],
                    customer_consent=True)  # W3: the customer wants the adapter too
    bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"], cause=CauseClass.QUALITY_DEFECT,
                           note="端口芯片损坏")
    assert _lines(depot, oid) == [(PartCharge.FUND, Decimal("45.00"), 1), (PartCharge.CUSTOMER, Decimal("20.00"), 1)]
    with depot.db.sessions.read() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "parts_recharged")) is None


def test_parts_that_waited_are_priced_on_the_day_they_are_issued(depot: Depot) -> None:  # rule D9
    oid = _diagnosing(depot, "SN-WAIT", TODAY - dt.timedelta(days=100))
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    assert not bench.use_parts(tech, oid, [(depot.part_ids["PWR-01"], 2)]).issued  # one in stock
    assert _lines(depot, oid) == [(PartCharge.FUND, Decimal("150.00"), 2)]
    with depot.db.sessions.write() as s, s.begin():  # new prices, then the requisition arrives
        schedule = FeeSchedule(effective_from=TODAY)
        s.add(schedule)
        s.flush()
        s.add(FeeScheduleItem(schedule_id=schedule.id, part_id=depot.part_ids["PWR-01"],
                              cost_price=Decimal("130.00"), fee_price=Decimal("180.00")))
        s.add(StockMovement(part_id=depot.part_ids["PWR-01"], kind=MovementKind.RECEIPT, quantity=3,
                            by_id=depot.staff["sup"].staff_id))
    assert bench.issue_waiting_parts(tech, oid).issued
    assert _lines(depot, oid) == [(PartCharge.FUND, Decimal("180.00"), 2)]


def test_a_unit_handed_back_unrepaired_is_not_an_earlier_repair(depot: Depot) -> None:  # rule E16
    orders, bench, tech = WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions), depot.staff["tech"]
    first = _diagnosing(depot, "SN-NO", TODAY - dt.timedelta(days=2000))  # out of warranty: paid repair
    bench.record_diagnosis(tech, first, fault_category_id=depot.fault_ids["port"], cause=CauseClass.QUALITY_DEFECT,
                           note="端口损坏")
    bench.quote(tech, first, labour=Decimal("80"))
    bench.record_quote_answer(depot.staff["operator"], first, accepted=False)  # the customer declines
    orders.record_report(tech, first, fault_cause="端口损坏", solution="客户不修，原样退回",
                         customer_opinion="太贵了", no_parts=True)
    orders.close(depot.staff["operator"], first)
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, first).completed_at is not None
    second = _diagnosing(depot, "SN-NO", TODAY - dt.timedelta(days=2000))  # back a week later
    result = bench.record_diagnosis(tech, second, fault_category_id=depot.fault_ids["port"],
                                    cause=CauseClass.QUALITY_DEFECT, note="端口损坏")
    assert result.repeat_of is None
