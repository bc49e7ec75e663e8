"""What the clerk reads after 结束剩余, a stock return line re-judged on the day its defect was found, and the
freight back kept on the application, on both databases (rules D6, D11, D13, D14)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CostBearer, RequisitionStatus as R
from desktop_app.db.models import AuditEntry, Product, ReturnLine, Unit
from desktop_app.db.opening import Database
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.requisition_details import RequisitionDetails, SortedRequisitionListing
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.return_details import ReturnDetails

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
RECEIVED = TODAY - dt.timedelta(days=20)
REASON = "厂家缺货，余下6个不再发"


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("5"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))  # quota this quarter: 500.00
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product.id))
        s.add_all([Unit(serial="DOA-1", product_id=product, centre_received_date=RECEIVED),
                   Unit(serial="OLD-1", product_id=product, sale_date=TODAY - dt.timedelta(days=800))])
    return depot


def _shipped(depot: Depot, quantity: int, arrived: int) -> str:
    service, sup, fan = RequisitionService(depot.db.sessions), depot.staff["sup"], depot.part_ids["FAN-01"]
    number = service.create(sup, MONTH, [(fan, quantity)])
    service.submit(sup, number)
    service.mark_shipped(sup, number)
    service.receive(sup, number, {fan: arrived})
    return number


def _pdf_text(depot: Depot, number: str, language: str) -> str:
    pdf = ReportDocuments(depot.db.sessions).make_requisition(depot.staff["sup"], number, language=language).content
    return "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).replace("\n", "")


def test_a_closed_requisition_reads_closed_with_its_reason_not_received(depot: Depot) -> None:  # rule D6
    closed, complete = _shipped(depot, 8, 2), _shipped(depot, 2, 2)
    RequisitionService(depot.db.sessions).close_short(depot.staff["sup"], closed, REASON)
    rows = {r.number: r for r in SortedRequisitionListing(depot.db.sessions).fetch(0, 10)}
    assert (rows[closed].status, rows[closed].close_reason) == (R.CLOSED, REASON)
    assert (rows[complete].status, rows[complete].close_reason) == (R.RECEIVED, None)
    detail = RequisitionDetails(depot.db.sessions).get(depot.staff["sup"], closed)
    assert (detail.status, detail.close_reason, detail.closed_short) == (R.CLOSED, REASON, 6)
    assert detail.closed_at is not None and detail.received_at is None  # not everything was received
    assert detail.quota.this == D("90.00")  # only what arrived counts (D6)
    zh = _pdf_text(depot, closed, "zh")
    assert "状态 已结束" in zh and "状态 已到货" not in zh and REASON in zh
    assert "Status closed short" in _pdf_text(depot, closed, "en")
    assert "状态 已到货" in _pdf_text(depot, complete, "zh")


def test_a_stock_line_is_re_judged_on_its_found_on_day_when_applied(depot: Depot) -> None:  # D11, D14
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    found = RECEIVED + dt.timedelta(days=3)  # within 7 days of receipt: dead on arrival (D11)
    number = returns.create(sup, [ReturnLineInput(reason="验收第3天不通电", serial="DOA-1", found_on=found)])
    with depot.db.sessions.read() as s:
        line = s.scalar(select(ReturnLine))
    assert (line.found_on, line.cost_bearer) == (found, CostBearer.MANUFACTURER_DOA)
    # The delivery note shows the unit came a month earlier: found 33 days after receipt, no sale known.
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(Unit).where(Unit.serial == "DOA-1").values(centre_received_date=RECEIVED - dt.timedelta(days=30)))
    returns.apply(sup, number)
    detail = ReturnDetails(depot.db.sessions).get(sup, number)
    assert [(x.found_on, x.cost_bearer) for x in detail.lines] == [(found, CostBearer.FUND_OUT_OF_WARRANTY)]
    with depot.db.sessions.read() as s:
        applied = s.scalar(select(AuditEntry.changes).where(AuditEntry.entity == "return_application",
                                                           AuditEntry.action == "apply"))
    assert applied["reclassified"] == {str(line.id): ["manufacturer_doa", "fund_out_of_warranty"]}


def test_the_acknowledged_freight_back_is_kept_with_who_pays_it(depot: Depot) -> None:  # D11, D14
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, [
        ReturnLineInput(reason="开箱不良", serial="DOA-1", found_on=RECEIVED + dt.timedelta(days=1)),
        ReturnLineInput(reason="过保维修", serial="OLD-1")])
    returns.apply(sup, number)
    returns.approve(sup, number, "厂批-7")
    ids = {x.id for x in ReturnDetails(depot.db.sessions).get(sup, number).lines}
    returns.ship(sup, number, ids, D("0.00"))
    assert ReturnDetails(depot.db.sessions).get(sup, number).freight_back is None
    returns.acknowledge(sup, number, {i: 1 for i in ids}, freight_back=D("30.00"))
    detail = ReturnDetails(depot.db.sessions).get(sup, number)
    assert (detail.freight_back, detail.freight_back_fund, detail.freight_back_manufacturer) == (
        D("30.00"), D("15.00"), D("15.00"))  # by quantity: the D14 line's half is the fund's
