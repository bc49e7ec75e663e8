"""The read side of requisitions (D6, D8) and returns (D11-D16): detail, sorted list, previews, the return PDF."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CostBearer, RequisitionStatus as R, ReturnStatus as RS, ShippingMethod
from desktop_app.db.models import AuditEntry, PrintedDocument, Product, Unit
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.requisition_details import RequisitionDetails, SortedRequisitionListing
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.return_details import ReturnDetails, ReturnListing
from desktop_app.services.return_documents import ReturnDocuments

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("3"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))  # quota this quarter: 300.00
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        s.add_all([Unit(serial="DOA-1", product_id=product.id, centre_received_date=TODAY - dt.timedelta(days=3)),
                   Unit(serial="OLD-1", product_id=product.id, sale_date=TODAY - dt.timedelta(days=800))])
    return depot


def test_detail_shows_lines_received_so_far_and_the_quota_check(depot: Depot) -> None:  # rules D6, D8
    service, sup = RequisitionService(depot.db.sessions), depot.staff["sup"]
    fan, pwr = depot.part_ids["FAN-01"], depot.part_ids["PWR-01"]
    number = service.create(sup, MONTH, [(fan, 2), (pwr, 2)], shipping=ShippingMethod.EMS, urgent_cost=D("60.00"),
                            note="月底补货")  # 90 + 300 = 390 > 300
    service.submit(sup, number)
    service.approve_over_quota(depot.staff["manager"], number)
    service.mark_shipped(sup, number)
    service.receive(sup, number, {fan: 1})
    detail = RequisitionDetails(depot.db.sessions).get(depot.staff["tech"], number)  # anyone signed in may look
    assert (detail.status, detail.shipping, detail.urgent_cost, detail.note) == (
        R.PARTIALLY_RECEIVED, ShippingMethod.EMS, D("60.00"), "月底补货")
    assert (detail.created_by, detail.approved_by) == ("张主管", "王总")
    assert [(x.part_no, x.quantity, x.received, x.outstanding, x.unit_price, x.amount, x.over_quota)
            for x in detail.lines] == [("FAN-01", 2, 1, 1, D("45.00"), D("90.00"), False),
                                       ("PWR-01", 2, 0, 2, D("150.00"), D("300.00"), True)]
    assert (detail.total, detail.outstanding) == (D("390.00"), 3)
    assert (detail.quota.quota, detail.quota.this, detail.quota.excess) == (D("300.00"), D("390.00"), D("90.00"))
    assert RequisitionDetails(depot.db.sessions).get(depot.staff["sup"], detail.id).number == number
    with pytest.raises(ValidationError):
        RequisitionDetails(depot.db.sessions).get(depot.staff["sup"], "RQ-0000-000000")


def test_the_list_sorts_by_the_columns_the_tab_offers(depot: Depot) -> None:
    service, sup = RequisitionService(depot.db.sessions), depot.staff["sup"]
    older = service.create(sup, MONTH - dt.timedelta(days=40), [(depot.part_ids["FAN-01"], 1)])
    newer = service.create(sup, MONTH, [(depot.part_ids["FAN-01"], 1)], shipping=ShippingMethod.AIR,
                           urgent_cost=D("10.00"))
    listing = SortedRequisitionListing(depot.db.sessions)
    assert [r.number for r in listing.fetch(0, 10)] == [newer, older]  # newest month first
    listing.sort = ("month", False)
    assert [r.number for r in listing.fetch(0, 10)] == [older, newer]
    listing.sort = ("shipping", True)
    assert [r.shipping for r in listing.fetch(0, 10)] == [ShippingMethod.NORMAL, ShippingMethod.AIR]


def test_a_line_preview_classifies_as_the_application_will(depot: Depot) -> None:  # rules D11-D14
    details = ReturnDetails(depot.db.sessions)
    doa = details.preview(ReturnLineInput(reason="不通电", serial="DOA-1"))
    old = details.preview(ReturnLineInput(reason="老化", serial="OLD-1"))
    part = details.preview(ReturnLineInput(reason="翻新", part_no="FAN-01", quantity=3))
    assert (doa.cost_bearer, doa.name) == (CostBearer.MANUFACTURER_DOA, "S5720-28P 千兆交换机")
    assert old.cost_bearer is CostBearer.FUND_OUT_OF_WARRANTY
    assert (part.name, part.line.quantity) == ("风扇", 3)
    saved = depot.take_in("EARLY-9", TODAY - dt.timedelta(days=5))  # a claim: its unit is found by the number
    by_claim = details.preview(ReturnLineInput(reason="品质不良", claim_number=saved.number))
    assert (by_claim.line.serial, by_claim.line.claim_number) == ("EARLY-9", saved.number)
    assert by_claim.cost_bearer is CostBearer.MANUFACTURER_EARLY_DEFECT
    for wrong in (ReturnLineInput(reason="x", serial="NO-SUCH"), ReturnLineInput(reason="x", part_no="NO-SUCH"),
                  ReturnLineInput(reason="x", claim_number="SC-1999-000001")):
        with pytest.raises(ValidationError) as refused:
            details.preview(wrong)
        assert refused.value.field == "code"
    number = ManufacturerReturns(depot.db.sessions).create(depot.staff["sup"], [doa.line, old.line, part.line,
                                                                                 by_claim.line])
    stored = details.get(depot.staff["sup"], number)
    assert [x.cost_bearer for x in stored.lines] == [doa.cost_bearer, old.cost_bearer, part.cost_bearer,
                                                     by_claim.cost_bearer]
    assert stored.lines[3].claim_number == saved.number


def test_returns_list_search_detail_and_the_printed_application(depot: Depot) -> None:  # rules D15, D16
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    first = returns.create(sup, [ReturnLineInput(reason="开箱不良", serial="DOA-1")])
    second = returns.create(sup, [ReturnLineInput(reason="风扇损坏", part_no="FAN-01", quantity=3)], note="两箱")
    listing = ReturnListing(depot.db.sessions)
    assert [(r.number, r.line_count, r.quantity, r.status) for r in listing.fetch(0, 10)] == [
        (second, 1, 3, RS.DRAFT), (first, 1, 1, RS.DRAFT)]
    assert [r.number for r in listing.fetch(0, 10, "DOA")] == [first]
    assert [r.number for r in listing.fetch(0, 10, "FAN-01")] == [second]
    assert listing.count(second) == 1
    returns.apply(sup, second)
    returns.approve(sup, second, "厂批〔2026〕7号")
    line_id = ReturnDetails(depot.db.sessions).get(sup, second).lines[0].id
    returns.ship(sup, second, {line_id}, D("25.00"))
    returns.acknowledge(sup, second, {line_id: 2})
    detail = ReturnDetails(depot.db.sessions).get(sup, second)
    assert (detail.status, detail.approval_reference, detail.freight_out, detail.note) == (
        RS.ACKNOWLEDGED, "厂批〔2026〕7号", D("25.00"), "两箱")
    assert (detail.lines[0].packed, detail.lines[0].acknowledged_quantity, detail.lines[0].difference) == (True, 2, -1)
    sent: list[bytes] = []  # the printer that took the job
    ReturnDocuments(depot.db.sessions).make_application(sup, second, language="zh_CN").deliver(
        sent.append, target="前台打印机")
    pdf = sent[0]
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    for expected in ("返厂申请单", second, "厂批〔2026〕7号", "FAN-01", "风扇损坏", "保外（D14）", "张主管", "厂家已签收"):
        assert expected in text
    english = ReturnDocuments(depot.db.sessions).make_application(sup, first, language="en").deliver(lambda pdf: pdf)
    words = "".join("".join(p.extract_text() for p in PdfReader(BytesIO(english)).pages).split())
    assert "Deadonarrival(D11)" in words and "Manufacturerpaysfreight" in words  # wrapped in its cell
    with depot.db.sessions.read() as s:
        printed = s.scalars(select(PrintedDocument).where(PrintedDocument.document == "return_application")).all()
        audited = s.scalars(select(AuditEntry).where(AuditEntry.entity == "return_application",
                                                     AuditEntry.action == "print")).all()
    assert [p.target for p in printed] == ["前台打印机", None] and len(audited) == 2
