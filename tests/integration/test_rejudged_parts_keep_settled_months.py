"""A part's payer changed after its month was settled (user damage found later, W11; a visit's product
identified, D13) leaves that month and its quarter as delivered: the change counts in the month it is made,
as a return to stock does (rules D3, D4, D9), on both databases."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, select, update
from sqlalchemy.engine import make_url
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.service_fund import QuarterStatement, quarter_of
from desktop_app.core.vocabulary import CallChannel, CauseClass, MovementKind, PartCharge, WorkOrderState as S
from desktop_app.db import migrate
from desktop_app.db.models import PartChargeChange, StockMovement, WorkOrder
from desktop_app.db.opening import Database, open_database
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.fund_documents import FundDocuments
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.visit_identification import VisitIdentificationService, VisitProductForm
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
SALE = TODAY - dt.timedelta(days=300)  # in warranty on every day below (W1)


def _months_back(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


# All in the past: the last month of a quarter already settled, then the three months after it.
THIS_QUARTER = dt.date(TODAY.year, (TODAY.month - 1) // 3 * 3 + 1, 1)
ISSUE_MONTH = _months_back(THIS_QUARTER, 4)
CHANGE_MONTH, THIRD_MONTH = _months_back(THIS_QUARTER, 3), _months_back(THIS_QUARTER, 2)
SETTLED, NEXT = quarter_of(ISSUE_MONTH), quarter_of(CHANGE_MONTH)


def _at(month: dt.date, day: int, hour: int, minute: int = 0) -> dt.datetime:
    """That local moment, in UTC as the application stores it."""
    return dt.datetime.combine(month.replace(day=day), dt.time(hour, minute)).astimezone().astimezone(dt.UTC)


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("5"))
    fund.record_remittance(depot.staff["manager"], _months_back(ISSUE_MONTH, 2).replace(day=10), D("1000.00"))
    return depot  # the settled quarter's fund: 50.00 (D4)


def _diagnosing(depot: Depot, serial: str) -> int:
    oid = order_id(depot.db, depot.take_in(serial, SALE).work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    return oid


def _issue(depot: Depot, oid: int, part_no: str, quantity: int, at: dt.datetime) -> None:
    """Parts issued to the order (at the moment ``at``: the test cannot wait for the month to turn)."""
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid,
                                                     [(depot.part_ids[part_no], quantity)]).issued
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(StockMovement).where(StockMovement.kind == MovementKind.ISSUE,
                                              StockMovement.work_order_id == oid).values(at=at))


def _diagnose(depot: Depot, oid: int, cause: CauseClass, at: dt.datetime) -> None:
    BenchService(depot.db.sessions, clock=lambda: at).record_diagnosis(
        depot.staff["tech"], oid, fault_category_id=depot.fault_ids["port"], cause=cause, note="")


def _statement(depot: Depot, quarter: str) -> QuarterStatement:
    (statement,) = FundService(depot.db.sessions).statements(depot.staff["manager"], quarter, quarter)
    return statement


def _fund_charges(depot: Depot, month: dt.date) -> D:
    return next(line.charges for line in _statement(depot, quarter_of(month)).months if line.month == month)


def _reconciled(depot: Depot, month: dt.date) -> list[tuple]:
    data = FundDocuments(depot.db.sessions).reconciliation_data(depot.staff["sup"], month, language="zh")
    return [(line.part_no, line.quantity, line.amount, line.charged_to, line.rejudged_issue) for line in data.lines]


def _reported(depot: Depot, month: dt.date) -> list[tuple[str, int, D]]:
    report = MonthlyReports(depot.db.sessions).repair_monthly(depot.staff["sup"], month)
    return [(p.part_no, p.quantity, p.value) for p in report.parts]


def test_user_damage_found_after_the_quarter_was_settled_leaves_it_settled(depot: Depot) -> None:  # D4, D9, W11
    oid = _diagnosing(depot, "SN-Q3")
    _issue(depot, oid, "FAN-01", 2, _at(ISSUE_MONTH, 28, 10))  # swapped in to find the fault: the fund's (D13)
    _diagnose(depot, oid, CauseClass.USER_DAMAGE, _at(CHANGE_MONTH, 5, 10))  # the customer's at cost (W5, W11)

    settled = _statement(depot, SETTLED)  # as it was settled: 90.00 charged, the centre paid the 40.00 overrun
    assert (settled.charges, settled.closing, settled.overrun_payable, settled.carried_forward) == (
        D("90.00"), D("-40.00"), D("40.00"), D("0.00"))
    assert _reconciled(depot, ISSUE_MONTH) == [("FAN-01", 2, D("90.00"), "服务基金", None)]  # as sent (D9)
    assert _reported(depot, ISSUE_MONTH) == [("FAN-01", 2, D("90.00"))]
    issued_on = ISSUE_MONTH.replace(day=28)
    assert _reconciled(depot, CHANGE_MONTH) == [("FAN-01", -2, D("-90.00"), "服务基金", issued_on),
                                                ("FAN-01", 2, D("90.00"), "客户", issued_on)]
    assert _reported(depot, CHANGE_MONTH) == []  # the part was used once, in the month of its issue (D3)
    following = _statement(depot, NEXT)  # nothing carried: the credit comes in the month of the change
    assert (following.opening, following.charges) == (D("0.00"), D("-90.00"))
    assert _fund_charges(depot, CHANGE_MONTH) == D("-90.00")

    data = FundDocuments(depot.db.sessions).reconciliation_data(depot.staff["sup"], CHANGE_MONTH, language="zh")
    from desktop_app.documents.fund_statement import render_parts_reconciliation
    text = "".join("".join(page.extract_text().split())
                   for page in PdfReader(io.BytesIO(render_parts_reconciliation(data, language="zh"))).pages)
    assert f"改判：{issued_on.isoformat()}发出的配件变更承担方" in text and "往月对账单保持原样不变" in text


def test_a_change_in_the_month_of_the_issue_shows_only_the_new_payer(depot: Depot) -> None:  # D9, W11
    oid = _diagnosing(depot, "SN-SAME")
    _issue(depot, oid, "FAN-01", 2, _at(ISSUE_MONTH, 10, 10))
    _diagnose(depot, oid, CauseClass.USER_DAMAGE, _at(ISSUE_MONTH, 20, 10))
    assert _reconciled(depot, ISSUE_MONTH) == [("FAN-01", 2, D("90.00"), "客户", None)]
    assert _reconciled(depot, CHANGE_MONTH) == []
    assert _fund_charges(depot, ISSUE_MONTH) == D("0.00")
    assert _statement(depot, SETTLED).carried_forward == D("50.00")


def test_a_visit_identified_after_the_month_end_moves_the_part_in_the_new_month(depot: Depot) -> None:  # D13
    call_at = _at(ISSUE_MONTH, 27, 9)
    saved = CallRegister(depot.db.sessions, clock=lambda: call_at).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234", subject="机房交换机宕机",
        needs_visit=True, required_arrival_at=call_at + dt.timedelta(hours=4), city="深圳"))
    oid = order_id(depot.db, saved.work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    last_day = (CHANGE_MONTH - dt.timedelta(days=1)).day
    _issue(depot, oid, "PWR-01", 1, _at(ISSUE_MONTH, last_day, 23, 30))  # no claim yet: the customer's (W5)
    VisitIdentificationService(depot.db.sessions, clock=lambda: _at(CHANGE_MONTH, 1, 0, 30)).identify(
        depot.staff["tech"], oid, VisitProductForm(product_model="S5720-28P", serial="SN-V1",
                                                   fault_description="整机不通电", sale_date=SALE, has_invoice=True))
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).parts[0].charged_to is PartCharge.FUND  # in warranty: the fund's (D13)
    issued_on = ISSUE_MONTH.replace(day=last_day)
    assert _reconciled(depot, ISSUE_MONTH) == [("PWR-01", 1, D("150.00"), "客户", None)]
    assert _reconciled(depot, CHANGE_MONTH) == [("PWR-01", -1, D("-150.00"), "客户", issued_on),
                                                ("PWR-01", 1, D("150.00"), "服务基金", issued_on)]
    assert (_fund_charges(depot, ISSUE_MONTH), _fund_charges(depot, CHANGE_MONTH)) == (D("0.00"), D("150.00"))


def test_a_part_re_judged_twice_moves_in_each_month_of_a_change(depot: Depot) -> None:  # D4, D9, W11
    oid = _diagnosing(depot, "SN-TWICE")
    _issue(depot, oid, "FAN-01", 2, _at(ISSUE_MONTH, 28, 10))
    _diagnose(depot, oid, CauseClass.USER_DAMAGE, _at(CHANGE_MONTH, 5, 10))
    _diagnose(depot, oid, CauseClass.QUALITY_DEFECT, _at(THIRD_MONTH, 5, 10))  # looked again: a defect after all
    issued_on = ISSUE_MONTH.replace(day=28)
    assert _reconciled(depot, ISSUE_MONTH) == [("FAN-01", 2, D("90.00"), "服务基金", None)]
    assert _reconciled(depot, CHANGE_MONTH) == [("FAN-01", -2, D("-90.00"), "服务基金", issued_on),
                                                ("FAN-01", 2, D("90.00"), "客户", issued_on)]
    assert _reconciled(depot, THIRD_MONTH) == [("FAN-01", -2, D("-90.00"), "客户", issued_on),
                                               ("FAN-01", 2, D("90.00"), "服务基金", issued_on)]
    assert [_fund_charges(depot, m) for m in (ISSUE_MONTH, CHANGE_MONTH, THIRD_MONTH)] == [
        D("90.00"), D("-90.00"), D("90.00")]
    with depot.db.sessions.read() as s:
        rows = s.execute(select(PartChargeChange.old_charged_to, PartChargeChange.new_charged_to,
                                PartChargeChange.old_unit_price, PartChargeChange.new_unit_price,
                                PartChargeChange.quantity).order_by(PartChargeChange.changed_at)).all()
    assert [tuple(r) for r in rows] == [(PartCharge.FUND, PartCharge.CUSTOMER, D("45.00"), D("35.50"), 2),
                                        (PartCharge.CUSTOMER, PartCharge.FUND, D("35.50"), D("45.00"), 2)]


def test_returns_are_credited_to_the_payer_of_their_day(depot: Depot) -> None:  # D4, D9
    oid = _diagnosing(depot, "SN-RET")
    _issue(depot, oid, "FAN-01", 2, _at(ISSUE_MONTH, 10, 10))
    StockAdmin(depot.db.sessions, clock=lambda: _at(ISSUE_MONTH, 15, 10)).return_to_stock(
        depot.staff["sup"], oid, "FAN-01", 1)  # one not needed, while still the fund's
    _diagnose(depot, oid, CauseClass.USER_DAMAGE, _at(CHANGE_MONTH, 5, 10))  # moves only the one still held
    StockAdmin(depot.db.sessions, clock=lambda: _at(THIRD_MONTH, 5, 10)).return_to_stock(
        depot.staff["sup"], oid, "FAN-01", 1)  # the other one back: by now the customer's
    issued_on = ISSUE_MONTH.replace(day=10)
    assert _reconciled(depot, ISSUE_MONTH) == [("FAN-01", 1, D("45.00"), "服务基金", None)]
    assert _reconciled(depot, CHANGE_MONTH) == [("FAN-01", -1, D("-45.00"), "服务基金", issued_on),
                                                ("FAN-01", 1, D("45.00"), "客户", issued_on)]
    assert _reconciled(depot, THIRD_MONTH) == [("FAN-01", -1, D("-45.00"), "客户", None)]
    assert [_fund_charges(depot, m) for m in (ISSUE_MONTH, CHANGE_MONTH, THIRD_MONTH)] == [
        D("45.00"), D("-45.00"), D("0.00")]


def test_upgrading_adds_an_empty_history_of_part_charges(db_url: str) -> None:  # migration 0006
    database = open_database(make_url(db_url))
    try:
        migrate.downgrade(database.engine, "0005_visit_technician")
        assert "part_charge_changes" not in inspect(database.engine).get_table_names()
        migrate.upgrade(database.engine)
        with database.sessions.read() as s:  # no backfill: lines changed before count as they read today
            assert s.scalars(select(PartChargeChange)).all() == []
        assert migrate.schema_differences(database.engine) == []
    finally:
        database.dispose()
