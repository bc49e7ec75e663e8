"""Monthly requisitions (D6, D8) and the service fund (D4) on both databases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, on_hand, order_id

from desktop_app.core.vocabulary import CauseClass, RequisitionStatus as R, ShippingMethod, WorkOrderState as S
from desktop_app.db.models import AuditEntry, Requisition, RequisitionLine
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("3"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))  # quota this quarter: 300.00
    return depot


def test_suggestion_covers_consumption_shortages_and_reorder_levels(depot: Depot) -> None:
    from desktop_app.db.models import Part

    with depot.db.sessions.write() as s, s.begin():
        s.get(Part, depot.part_ids["FAN-01"]).reorder_level = 8  # 5 on hand -> 3 to reach it
    saved = depot.take_in("SN-Q1", TODAY - dt.timedelta(days=200))
    oid = order_id(depot.db, saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["PWR-01"], 4)])  # short 3
    lines = {x.part_no: x for x in RequisitionService(depot.db.sessions).suggest(depot.staff["sup"], MONTH)}
    assert lines["PWR-01"].short == 4 and lines["PWR-01"].quantity == 4
    assert lines["FAN-01"].quantity == 3 and "ADP-12V" not in lines
    with pytest.raises(MissingPermission):
        RequisitionService(depot.db.sessions).suggest(depot.staff["tech"], MONTH)


def test_within_quota_is_submitted_and_receiving_books_stock(depot: Depot) -> None:
    service = RequisitionService(depot.db.sessions)
    number = service.create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 4)])  # 4 x 45.00 = 180
    check = service.quota_check(number)
    assert (check.quota, check.this, check.excess) == (D("300.00"), D("180.00"), D("0.00"))
    assert service.submit(depot.staff["sup"], number) is R.SUBMITTED
    service.mark_shipped(depot.staff["sup"], number)
    assert service.receive(depot.staff["sup"], number, {depot.part_ids["FAN-01"]: 1}) is R.PARTIALLY_RECEIVED
    with pytest.raises(ValidationError):
        service.receive(depot.staff["sup"], number, {depot.part_ids["FAN-01"]: 4})  # more than ordered
    assert service.receive(depot.staff["sup"], number, {depot.part_ids["FAN-01"]: 3}) is R.RECEIVED
    assert on_hand(depot.db, depot.part_ids["FAN-01"]) == 9


def test_over_quota_needs_the_manager_and_marks_the_excess(depot: Depot) -> None:  # rule D6
    service = RequisitionService(depot.db.sessions)
    number = service.create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 2), (depot.part_ids["PWR-01"], 2)],
                            shipping=ShippingMethod.EMS, urgent_cost=D("60.00"))  # 90 + 300 = 390 > 300
    assert service.quota_check(number).excess == D("90.00")
    assert service.submit(depot.staff["sup"], number) is R.AWAITING_APPROVAL
    with depot.db.sessions.read() as s:
        flags = {line.part.part_no: line.over_quota for line in s.scalars(select(RequisitionLine))}
    assert flags == {"FAN-01": False, "PWR-01": True}
    with pytest.raises(MissingPermission):
        service.approve_over_quota(depot.staff["sup"], number)
    service.approve_over_quota(depot.staff["manager"], number)
    with depot.db.sessions.read() as s:
        requisition = s.scalar(select(Requisition))
        assert requisition.status is R.SUBMITTED and requisition.approved_by_id == depot.staff["manager"].staff_id
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "approve_over_quota")) is not None


def test_urgent_shipping_needs_its_cost_and_drafts_only_move_forward(depot: Depot) -> None:  # rule D8
    service = RequisitionService(depot.db.sessions)
    with pytest.raises(ValidationError) as caught:
        service.create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 1)], shipping=ShippingMethod.AIR)
    assert caught.value.field == "urgent_cost"
    number = service.create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 1)])
    with pytest.raises(ValidationError):
        service.mark_shipped(depot.staff["sup"], number)  # not submitted yet
    with pytest.raises(ValidationError):
        service.create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 0)])


def test_fund_statement_charges_parts_issued_to_the_fund(depot: Depot) -> None:
    saved = depot.take_in("SN-F1", TODAY - dt.timedelta(days=200))
    oid = order_id(depot.db, saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(depot.staff["tech"], oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.QUALITY_DEFECT, note="")
    BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["FAN-01"], 2)])  # 90 to fund
    fund = FundService(depot.db.sessions)
    fund.record_charge(depot.staff["manager"], TODAY, D("25.00"), "返厂运费 (D13)")
    quarter = f"{TODAY.year}Q{(TODAY.month - 1) // 3 + 1}"
    (statement,) = fund.statements(depot.staff["sup"], quarter, quarter)
    assert statement.accrual == D("300.00") and statement.charges == D("115.00")
    assert statement.closing == D("185.00") and statement.carried_forward == D("185.00")
    with pytest.raises(MissingPermission):
        fund.record_remittance(depot.staff["sup"], TODAY, D("1.00"))
