"""A claim as judged after diagnosis (W11), on both databases: user damage found at the bench moves
it out of warranty in the monthly report (D3), on the work order's details and for a shipment back
to the manufacturer (D11, D14); a supervisor's override stands once the cause is known (W10)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import (
    CauseClass, ClaimChannel, ClaimStatus, CostBearer, PartCharge, Remedy, WorkOrderState as S,
)
from desktop_app.db.models import ReturnLine, WorkOrder, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.db.types import utcnow
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _take_in(depot: Depot, serial: str, sale: dt.date, *, received: dt.date | None = None,
             override: Remedy | None = None, wanted: Remedy | None = None):
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=sale, centre_received_date=received),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"),
        requested_remedy=wanted, override_remedy=override,
        override_reason="老客户，主管特批" if override else None)
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["sup" if override else "operator"], form)


def _diagnose(depot: Depot, number: str, cause: CauseClass):
    oid = order_id(depot.db, number)
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    return oid, BenchService(depot.db.sessions).record_diagnosis(
        tech, oid, fault_category_id=depot.fault_ids["port"], cause=cause, note="进水")


def _warranty_counts(depot: Depot) -> tuple[int, int, int]:
    """保内（厂家）, 延保（中心）, 保外 (D3, D10)."""
    report = MonthlyReports(depot.db.sessions).repair_monthly(depot.staff["manager"], TODAY.replace(day=1))
    return (sum(m.in_warranty for m in report.models), sum(m.extended_warranty for m in report.models),
            sum(m.out_of_warranty for m in report.models))


def test_user_damage_found_at_the_bench_is_out_of_warranty_in_the_report_and_the_details(depot: Depot) -> None:
    saved = _take_in(depot, "SN-WATER", TODAY - dt.timedelta(days=100))
    assert saved.decision.cost_bearer is CostBearer.FUND_IN_WARRANTY  # D13, provisional (W11)
    assert _warranty_counts(depot) == (1, 0, 0)
    oid, result = _diagnose(depot, saved.work_order_number, CauseClass.USER_DAMAGE)
    assert result.tier_changed and result.decision.cost_bearer is CostBearer.CUSTOMER
    assert _warranty_counts(depot) == (0, 0, 1)  # rule D3: the report says what the bench found
    detail = WorkOrderDetails(depot.db.sessions).get(depot.staff["operator"], saved.work_order_number)
    assert (detail.cost_bearer, detail.final_cost_bearer) == (CostBearer.FUND_IN_WARRANTY, CostBearer.CUSTOMER)
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).final_decision is Remedy.PAID_REPAIR


def test_a_supervisors_override_stands_once_the_cause_is_known(depot: Depot) -> None:  # rule W10 Decision
    four_years = TODAY - dt.timedelta(days=4 * 365)
    goodwill = _take_in(depot, "SN-OLD", four_years, override=Remedy.FREE_REPAIR)
    assert goodwill.chosen is Remedy.FREE_REPAIR and goodwill.decision.cost_bearer is CostBearer.FUND_OUT_OF_WARRANTY
    oid, result = _diagnose(depot, goodwill.work_order_number, CauseClass.QUALITY_DEFECT)
    assert not result.tier_changed and result.decision.best is Remedy.FREE_REPAIR
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["FAN-01"], 1)]).issued
    with depot.db.sessions.read() as s:
        line = s.scalar(select(WorkOrderPart).where(WorkOrderPart.work_order_id == oid))
        assert s.get(WorkOrder, oid).final_decision is Remedy.FREE_REPAIR
    assert line.charged_to is PartCharge.FUND  # the centre's goodwill (D14), not the customer's bill
    # Goodwill granted before the bench found user damage stands too, at the centre's cost.
    damaged = _take_in(depot, "SN-OLD-2", four_years, override=Remedy.FREE_REPAIR)
    _, result = _diagnose(depot, damaged.work_order_number, CauseClass.USER_DAMAGE)
    assert not result.tier_changed and result.decision.cost_bearer is CostBearer.FUND_OUT_OF_WARRANTY
    detail = WorkOrderDetails(depot.db.sessions).get(depot.staff["operator"], damaged.work_order_number)
    assert (detail.final_decision, detail.final_cost_bearer) == (Remedy.FREE_REPAIR, CostBearer.FUND_OUT_OF_WARRANTY)
    assert _warranty_counts(depot) == (0, 2, 0)  # the centre's goodwill, not the maker's (D10, D14)


def test_a_doa_claim_found_user_damaged_is_not_shipped_at_the_manufacturers_cost(depot: Depot) -> None:
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    doa, dropped = (_take_in(depot, serial, TODAY - dt.timedelta(days=2), received=TODAY - dt.timedelta(days=3),
                             wanted=Remedy.FREE_REPAIR) for serial in ("SN-DOA", "SN-DROP"))
    assert doa.decision.cost_bearer is dropped.decision.cost_bearer is CostBearer.MANUFACTURER_DOA  # D11
    _diagnose(depot, doa.work_order_number, CauseClass.QUALITY_DEFECT)
    _diagnose(depot, dropped.work_order_number, CauseClass.USER_DAMAGE)
    returns.create(sup, [ReturnLineInput(reason="开箱不良", serial="SN-DOA", claim_number=doa.number),
                         ReturnLineInput(reason="摔坏", serial="SN-DROP", claim_number=dropped.number)])
    with depot.db.sessions.read() as s:
        bearers = [line.cost_bearer for line in s.scalars(select(ReturnLine).order_by(ReturnLine.id))]
    assert bearers == [CostBearer.MANUFACTURER_DOA, CostBearer.FUND_OUT_OF_WARRANTY]  # D11; W11 and D14


def test_a_return_line_goes_by_its_claim_as_judged_not_by_the_day_it_ships(depot: Depot) -> None:  # D11-D14, W12
    # Sold ten days ago: within the early-defect window by the dates, but the bench found user
    # damage and a supervisor granted goodwill: the centre's own cost, never the manufacturer's.
    goodwill = _take_in(depot, "SN-GIFT", TODAY - dt.timedelta(days=10), override=Remedy.FREE_REPAIR)
    _diagnose(depot, goodwill.work_order_number, CauseClass.USER_DAMAGE)
    # Judged in the manufacturer's year (D13) at intake; the application is made a month later.
    late = _take_in(depot, "SN-YEAR", TODAY - dt.timedelta(days=350))
    assert late.decision.cost_bearer is CostBearer.FUND_IN_WARRANTY
    a_month_later = ManufacturerReturns(depot.db.sessions, clock=lambda: utcnow() + dt.timedelta(days=30))
    a_month_later.create(depot.staff["sup"], [
        ReturnLineInput(reason="善意维修件", serial="SN-GIFT", claim_number=goodwill.number),
        ReturnLineInput(reason="保内返修", serial="SN-YEAR", claim_number=late.number)])
    with depot.db.sessions.read() as s:
        bearers = [line.cost_bearer for line in s.scalars(select(ReturnLine).order_by(ReturnLine.id))]
    assert bearers == [CostBearer.FUND_OUT_OF_WARRANTY, CostBearer.FUND_IN_WARRANTY]


def test_a_return_counts_in_the_monthly_report_once_approved(depot: Depot) -> None:  # rules W9, D3
    wanted = _take_in(depot, "SN-BACK", TODAY - dt.timedelta(days=5), wanted=Remedy.RETURN)
    assert wanted.status is ClaimStatus.AWAITING_APPROVAL

    def returned() -> int:
        report = MonthlyReports(depot.db.sessions).repair_monthly(depot.staff["manager"], TODAY.replace(day=1))
        return sum(m.returned for m in report.models)

    assert returned() == 0  # waiting for the general manager: not returned yet
    ClaimIntakeService(depot.db.sessions).decide_return(depot.staff["manager"], wanted.id, approve=True)
    assert returned() == 1


def test_each_claim_in_the_report_goes_by_its_own_diagnosis(depot: Depot) -> None:  # rules W11, D3
    # The newest diagnosis in the database (user damage) must not be read as every claim's.
    sound = _take_in(depot, "SN-SOUND", TODAY - dt.timedelta(days=100))
    dropped = _take_in(depot, "SN-DROPPED", TODAY - dt.timedelta(days=100))
    _diagnose(depot, sound.work_order_number, CauseClass.QUALITY_DEFECT)
    _diagnose(depot, dropped.work_order_number, CauseClass.USER_DAMAGE)
    assert _warranty_counts(depot) == (1, 0, 1)
