"""What the fund is charged for a mixed return shipment (D11-D14), the quarter's quota in submission
order (D6), and the month's consumption behind the suggested requisition (D8), on both databases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import FundEntryKind, RequisitionStatus as R, WorkOrderState as S
from desktop_app.db.models import FundLedgerEntry, Product, Requisition, ReturnLine, Unit
from desktop_app.db.opening import Database
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.fund_views import FundViews
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.requisition_details import RequisitionDetails
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
QUARTER = f"{TODAY.year}Q{(TODAY.month - 1) // 3 + 1}"


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("3"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))  # quota this quarter: 300.00
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        for serial, received, sale in (("DOA-1", TODAY - dt.timedelta(days=3), None),
                                       ("EARLY-1", None, TODAY - dt.timedelta(days=5)),
                                       ("YEAR-1", None, TODAY - dt.timedelta(days=200)),
                                       ("OLD-1", None, TODAY - dt.timedelta(days=800))):
            s.add(Unit(serial=serial, product_id=product.id, centre_received_date=received, sale_date=sale))
    return depot


def _ship(depot: Depot, lines: list[ReturnLineInput], freight: str) -> list[FundLedgerEntry]:
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, lines)
    returns.apply(sup, number)
    returns.approve(sup, number, "厂家批复 2026-7")
    with depot.db.sessions.read() as s:
        ids = set(s.scalars(select(ReturnLine.id)))
    returns.ship(sup, number, ids, D(freight))
    with depot.db.sessions.read() as s:
        return list(s.scalars(select(FundLedgerEntry).where(FundLedgerEntry.kind == FundEntryKind.CHARGE)))


def test_a_box_with_an_early_defect_and_a_warranty_unit_charges_the_fund_half_the_freight(depot: Depot) -> None:
    # rules D12, D13: the early defect's freight is the manufacturer's, only the other unit's share is the fund's
    (entry,) = _ship(depot, [ReturnLineInput(reason="品质不良", serial="EARLY-1"),
                             ReturnLineInput(reason="返修", serial="YEAR-1")], "80.00")
    assert entry.amount == D("-40.00")
    (record,) = [r for r in FundViews(depot.db.sessions).records(depot.staff["manager"], QUARTER, QUARTER)
                 if r.kind == "charge"]
    assert (record.amount, record.freight.total, record.freight.back) == (D("40.00"), D("80.00"), False)  # by quantity
    (statement,) = FundService(depot.db.sessions).statements(depot.staff["sup"], QUARTER, QUARTER)
    assert statement.charges == D("40.00")


def test_the_freight_is_shared_by_quantity_in_fen_with_the_remainder_to_the_last_line(depot: Depot) -> None:
    # rules D11, D14: one DOA unit and two out-of-warranty parts share 10.00: 3.33 | 6.67
    (entry,) = _ship(depot, [ReturnLineInput(reason="开箱不良", serial="DOA-1"),
                             ReturnLineInput(reason="过保配件", part_no="FAN-01", quantity=2)], "10.00")
    assert entry.amount == D("-6.67")


def test_a_box_of_only_doa_and_early_defects_charges_the_fund_nothing(depot: Depot) -> None:  # rules D11, D12
    assert _ship(depot, [ReturnLineInput(reason="开箱不良", serial="DOA-1"),
                         ReturnLineInput(reason="品质不良", serial="EARLY-1")], "55.00") == []


def test_a_box_of_only_the_centres_lines_charges_the_fund_all_the_freight(depot: Depot) -> None:  # rules D13, D14
    (entry,) = _ship(depot, [ReturnLineInput(reason="返修", serial="YEAR-1"),
                             ReturnLineInput(reason="过保维修", serial="OLD-1")], "55.55")
    assert entry.amount == D("-55.55")
    (record,) = [r for r in FundViews(depot.db.sessions).records(depot.staff["manager"], QUARTER, QUARTER)
                 if r.kind == "charge"]
    assert (record.amount, record.freight.total, record.freight.back) == (D("55.55"), D("55.55"), False)


def test_an_earlier_requisition_within_quota_stays_within_when_a_later_one_goes_over(
        depot: Depot, monkeypatch: pytest.MonkeyPatch) -> None:  # rule D6
    service, sup = RequisitionService(depot.db.sessions), depot.staff["sup"]
    first = service.create(sup, MONTH, [(depot.part_ids["FAN-01"], 4)])  # 180.00
    assert service.submit(sup, first) is R.SUBMITTED
    later = service.create(sup, MONTH, [(depot.part_ids["PWR-01"], 1)])  # 150.00: 330.00 > 300.00
    assert service.submit(sup, later) is R.AWAITING_APPROVAL
    earlier_check, later_check = service.quota_check(first), service.quota_check(later)
    assert (earlier_check.used, earlier_check.excess) == (D("0.00"), D("0.00"))
    assert (later_check.used, later_check.excess) == (D("180.00"), D("30.00"))
    assert earlier_check.excess + later_check.excess == D("30.00")  # the quarter's excess, counted once
    shown = RequisitionDetails(depot.db.sessions).get(sup, first)  # the requisitions tab
    assert not shown.quota.over and not any(line.over_quota for line in shown.lines)

    from desktop_app.documents import requisition_form

    printed = []
    monkeypatch.setattr(requisition_form, "render_requisition_pdf",
                        lambda data, language: printed.append(data) or b"%PDF-")
    ReportDocuments(depot.db.sessions).make_requisition(sup, first, language="zh")
    assert (printed[0].used_before, printed[0].total, printed[0].excess) == (D("0.00"), D("180.00"), D("0.00"))


def test_a_requisition_submitted_at_a_counter_whose_clock_is_behind_still_comes_after(depot: Depot) -> None:
    # rule D6: the quota is used in the order of submission, whatever each computer's clock says
    instant = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
    ahead = RequisitionService(depot.db.sessions, clock=lambda: instant)
    behind = RequisitionService(depot.db.sessions, clock=lambda: instant - dt.timedelta(minutes=5))
    sup = depot.staff["sup"]
    first = ahead.create(sup, MONTH, [(depot.part_ids["FAN-01"], 4)])  # 180.00
    assert ahead.submit(sup, first) is R.SUBMITTED
    second = behind.create(sup, MONTH, [(depot.part_ids["PWR-01"], 1)])  # 150.00
    assert behind.submit(sup, second) is R.AWAITING_APPROVAL
    assert (ahead.quota_check(first).used, ahead.quota_check(first).excess) == (D("0.00"), D("0.00"))
    assert (ahead.quota_check(second).used, ahead.quota_check(second).excess) == (D("180.00"), D("30.00"))
    draft = ahead.create(sup, MONTH, [(depot.part_ids["ADP-12V"], 1)])  # 28.00, checked as if submitted now
    assert (ahead.quota_check(draft).used, ahead.quota_check(draft).excess) == (D("330.00"), D("28.00"))


def test_requisitions_recorded_as_submitted_at_the_same_instant_use_the_quota_in_number_order(
        depot: Depot) -> None:  # rule D6 (e.g. loaded sample data)
    service, sup = RequisitionService(depot.db.sessions), depot.staff["sup"]
    first = service.create(sup, MONTH, [(depot.part_ids["FAN-01"], 4)])  # 180.00
    second = service.create(sup, MONTH, [(depot.part_ids["PWR-01"], 1)])  # 150.00
    with depot.db.sessions.write() as s, s.begin():
        for requisition in s.scalars(select(Requisition)):
            requisition.status = R.SUBMITTED
            requisition.submitted_at = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
    assert (service.quota_check(first).used, service.quota_check(second).used) == (D("0.00"), D("180.00"))


def test_parts_returned_unused_to_stock_are_not_suggested_again(depot: Depot) -> None:  # rule D8
    saved = depot.take_in("SN-RS1", TODAY - dt.timedelta(days=200))
    oid = order_id(depot.db, saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["FAN-01"], 3)])
    requisitions, stock = RequisitionService(depot.db.sessions), StockAdmin(depot.db.sessions)
    stock.return_to_stock(depot.staff["sup"], oid, "FAN-01", 2, "not needed")
    suggested = {x.part_no: x for x in requisitions.suggest(depot.staff["sup"], MONTH)}
    assert (suggested["FAN-01"].consumed, suggested["FAN-01"].quantity) == (1, 1)
    stock.return_to_stock(depot.staff["sup"], oid, "FAN-01", 1, "not needed either")
    assert "FAN-01" not in {x.part_no for x in requisitions.suggest(depot.staff["sup"], MONTH)}
