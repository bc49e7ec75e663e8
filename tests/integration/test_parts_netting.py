"""Parts returned to stock, the fee-schedule value of parts, and what the monthly reports count (rules D3, D4,
D9, E2), on both databases."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal as D

import pytest
from accepted_quotes import accept_quote
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.db.opening import Database
from desktop_app.services.fund_documents import FundDocuments
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
NEXT_MONTH = (MONTH + dt.timedelta(days=32)).replace(day=1)
IN_WARRANTY, OUT_OF_WARRANTY = TODAY - dt.timedelta(days=200), TODAY - dt.timedelta(days=6 * 366)


def _quarter(day: dt.date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("3"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))
    return depot


def _diagnosed(depot: Depot, serial: str, sale_date: dt.date = IN_WARRANTY,
               cause: CauseClass = CauseClass.QUALITY_DEFECT, fault: str = "port") -> int:
    oid = order_id(depot.db, depot.take_in(serial, sale_date).work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(depot.staff["tech"], oid, fault_category_id=depot.fault_ids[fault],
                                                     cause=cause, note="")
    return oid


def _use(depot: Depot, oid: int, part_no: str, quantity: int) -> None:
    bench = BenchService(depot.db.sessions)
    assert bench.use_parts(depot.staff["tech"], oid, [(depot.part_ids[part_no], quantity)],
                           customer_consent=True).issued  # W3: wear parts only as the customer wants


def _fund_charges(depot: Depot, month: dt.date) -> D:
    quarters = FundService(depot.db.sessions).statements(depot.staff["sup"], _quarter(month), _quarter(month))
    return next(line.charges for q in quarters for line in q.months if line.month == month)


def _reconciled(depot: Depot, month: dt.date) -> list[tuple[str, int, D, str]]:
    data = FundDocuments(depot.db.sessions).reconciliation_data(depot.staff["sup"], month, language="zh")
    return [(line.part_no, line.quantity, line.amount, line.charged_to) for line in data.lines]


def _reported(depot: Depot, month: dt.date) -> list[tuple[str, int, D]]:
    report = MonthlyReports(depot.db.sessions).repair_monthly(depot.staff["sup"], month)
    return [(p.part_no, p.quantity, p.value) for p in report.parts]


def test_parts_returned_unused_are_credited_back_to_the_fund(depot: Depot) -> None:  # rules D4, D9, D3
    oid = _diagnosed(depot, "SN-R1")
    _use(depot, oid, "FAN-01", 2)  # 2 x 45.00 to the fund (D13)
    assert _fund_charges(depot, MONTH) == D("90.00")
    StockAdmin(depot.db.sessions).return_to_stock(depot.staff["sup"], oid, "FAN-01", 2, "not needed")
    assert _fund_charges(depot, MONTH) == D("0.00")
    assert _reconciled(depot, MONTH) == []
    assert _reported(depot, MONTH) == []


def test_a_part_returned_in_part_bills_only_what_was_kept(depot: Depot) -> None:  # rules D4, D9, D3
    oid = _diagnosed(depot, "SN-R2")
    _use(depot, oid, "FAN-01", 1)
    _use(depot, oid, "FAN-01", 2)  # a second line of the same part on the same order
    StockAdmin(depot.db.sessions).return_to_stock(depot.staff["sup"], oid, "FAN-01", 2)
    assert _fund_charges(depot, MONTH) == D("45.00")
    assert _reconciled(depot, MONTH) == [("FAN-01", 1, D("45.00"), "服务基金")]
    assert _reported(depot, MONTH) == [("FAN-01", 1, D("45.00"))]
    StockAdmin(depot.db.sessions).return_to_stock(depot.staff["sup"], oid, "FAN-01", 1)
    assert (_fund_charges(depot, MONTH), _reconciled(depot, MONTH), _reported(depot, MONTH)) == (D("0.00"), [], [])


def test_a_return_in_a_later_month_is_credited_in_that_month(depot: Depot) -> None:  # rules D4, D9, D3
    oid = _diagnosed(depot, "SN-R3")
    _use(depot, oid, "FAN-01", 2)
    noon = dt.datetime.combine(NEXT_MONTH.replace(day=15), dt.time(12)).astimezone()
    StockAdmin(depot.db.sessions, clock=lambda: noon.astimezone(dt.UTC)).return_to_stock(
        depot.staff["sup"], oid, "FAN-01", 2)
    # The month already reconciled stays as delivered; the credit is a line below zero in the month of the return.
    assert _reconciled(depot, MONTH) == [("FAN-01", 2, D("90.00"), "服务基金")]
    assert _reconciled(depot, NEXT_MONTH) == [("FAN-01", -2, D("-90.00"), "服务基金")]
    assert _reported(depot, NEXT_MONTH) == [("FAN-01", -2, D("-90.00"))]
    assert (_fund_charges(depot, MONTH), _fund_charges(depot, NEXT_MONTH)) == (D("90.00"), D("-90.00"))


def test_the_monthly_report_values_parts_at_the_fee_schedule(depot: Depot) -> None:  # rules D3, D9, W5
    wear = _diagnosed(depot, "SN-P1")
    _use(depot, wear, "ADP-12V", 1)  # a wear part: the customer's, booked at cost 20.00 (W6, W5)
    paid = _diagnosed(depot, "SN-P2", OUT_OF_WARRANTY)
    accept_quote(depot.db, depot.staff["tech"], paid, [(depot.part_ids["FAN-01"], 1)])  # E11
    _use(depot, paid, "FAN-01", 1)  # a paid repair: booked at cost 35.50
    report = MonthlyReports(depot.db.sessions).repair_monthly(depot.staff["sup"], MONTH)
    assert [(p.part_no, p.quantity, p.value) for p in report.parts] == [("ADP-12V", 1, D("28.00")),
                                                                         ("FAN-01", 1, D("45.00"))]
    assert report.parts_value == D("73.00")


def test_the_monthly_report_and_the_parts_reconciliation_agree(depot: Depot) -> None:  # rules D3, D9
    fund_order, paid = _diagnosed(depot, "SN-A1"), _diagnosed(depot, "SN-A2", OUT_OF_WARRANTY)
    accept_quote(depot.db, depot.staff["tech"], paid, [(depot.part_ids["FAN-01"], 2), (depot.part_ids["ADP-12V"], 2)])
    _use(depot, fund_order, "FAN-01", 3)
    _use(depot, fund_order, "PWR-01", 1)
    _use(depot, paid, "FAN-01", 2)
    _use(depot, paid, "ADP-12V", 2)
    StockAdmin(depot.db.sessions).return_to_stock(depot.staff["sup"], fund_order, "FAN-01", 1)
    StockAdmin(depot.db.sessions).return_to_stock(depot.staff["sup"], paid, "ADP-12V", 1)
    per_part: dict[str, list] = defaultdict(lambda: [0, D("0.00")])
    for part_no, quantity, amount, _ in _reconciled(depot, MONTH):
        per_part[part_no][0] += quantity
        per_part[part_no][1] += amount
    assert sorted((no, q, a) for no, (q, a) in per_part.items()) == _reported(depot, MONTH) == [
        ("ADP-12V", 1, D("28.00")), ("FAN-01", 4, D("180.00")), ("PWR-01", 1, D("150.00"))]


def test_a_refused_quote_is_neither_repaired_nor_exchanged(depot: Depot) -> None:  # rule D3
    orders, tech, desk = WorkOrderService(depot.db.sessions), depot.staff["tech"], depot.staff["operator"]
    refused = _diagnosed(depot, "SN-Q1", OUT_OF_WARRANTY)
    BenchService(depot.db.sessions).quote(tech, refused, labour=D("80"))
    BenchService(depot.db.sessions).record_quote_answer(tech, refused, accepted=False)
    repaired = _diagnosed(depot, "SN-Q2", OUT_OF_WARRANTY)
    accept_quote(depot.db, tech, repaired)  # E11: repaired only as quoted
    for state in (S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, repaired, state)
    for oid in (refused, repaired):
        assert orders.record_report(tech, oid, fault_cause="端口虚焊", solution="-", customer_opinion="满意",
                                    no_parts=True) == []
        orders.close(desk, oid)
    (model,) = MonthlyReports(depot.db.sessions).repair_monthly(depot.staff["sup"], MONTH).models
    assert (model.repaired, model.exchanged) == (1, 0)


def test_improvement_report_counts_only_quality_defects(depot: Depot) -> None:  # rule E2
    _diagnosed(depot, "SN-I1", cause=CauseClass.QUALITY_DEFECT, fault="port")
    _diagnosed(depot, "SN-I2", cause=CauseClass.USER_DAMAGE, fault="no_power")  # W11: not the product's fault
    _diagnosed(depot, "SN-I3", cause=CauseClass.NOT_REPRODUCIBLE, fault="no_power")
    cancelled = _diagnosed(depot, "SN-I4", cause=CauseClass.QUALITY_DEFECT, fault="no_power")
    WorkOrderService(depot.db.sessions).cancel(depot.staff["sup"], cancelled, "客户取回")
    report = MonthlyReports(depot.db.sessions).improvement(depot.staff["manager"], MONTH, MONTH)
    assert report.top_faults == {"S5720-28P": [("端口故障", 1)]}
