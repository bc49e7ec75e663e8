"""结束剩余: a short-shipped requisition is closed with a reason, and from then on only what arrived counts
toward the quarter's quota (D6), on both databases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from io import BytesIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import RequisitionStatus as R
from desktop_app.db.models import AuditEntry
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.requisition_details import RequisitionDetails
from desktop_app.services.requisitions import RequisitionService

MONTH = dt.date.today().replace(day=1)
REASON = "厂家缺货，余下6个不再发"


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("5"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))  # quota this quarter: 500.00
    return depot


def _four_of_ten(depot: Depot) -> tuple[RequisitionService, str]:
    service, sup, fan = RequisitionService(depot.db.sessions), depot.staff["sup"], depot.part_ids["FAN-01"]
    number = service.create(sup, MONTH, [(fan, 10)])  # 10 x 45.00 = 450.00
    assert service.submit(sup, number) is R.SUBMITTED
    service.mark_shipped(sup, number)
    assert service.receive(sup, number, {fan: 4}) is R.PARTIALLY_RECEIVED  # the manufacturer sent only 4
    return service, number


def test_reordering_a_closed_remainder_stays_within_the_quota(depot: Depot) -> None:  # rule D6
    service, first = _four_of_ten(depot)
    sup, fan = depot.staff["sup"], depot.part_ids["FAN-01"]
    again = service.create(sup, MONTH, [(fan, 6)])  # the missing 6 = 270.00
    assert service.quota_check(again).excess == D("220.00")  # while open, what was ordered counts
    service.close_short(sup, first, REASON)
    check = service.quota_check(again)
    assert (check.used, check.this, check.excess) == (D("180.00"), D("270.00"), D("0.00"))
    assert service.submit(sup, again) is R.SUBMITTED  # no general manager needed


def test_closing_the_rest_needs_a_reason_a_shipment_and_the_permission(depot: Depot) -> None:
    service, number = _four_of_ten(depot)
    with pytest.raises(ValidationError) as refused:
        service.close_short(depot.staff["sup"], number, "  ")
    assert refused.value.field == "reason"
    with pytest.raises(MissingPermission):
        service.close_short(depot.staff["tech"], number, REASON)
    draft = service.create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 1)])
    with pytest.raises(ValidationError):  # not shipped: cancel it instead
        service.close_short(depot.staff["sup"], draft, REASON)
    service.close_short(depot.staff["manager"], number, REASON)
    with pytest.raises(ValidationError):  # closed: nothing more arrives on it
        service.receive(depot.staff["sup"], number, {depot.part_ids["FAN-01"]: 1})
    with depot.db.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "requisition", AuditEntry.action == "close_short"))
    assert entry.changes["reason"] == REASON and entry.changes["closed_short"] == {str(depot.part_ids["FAN-01"]): 6}


def test_the_detail_and_the_printed_form_show_the_closed_remainder(depot: Depot) -> None:
    service, number = _four_of_ten(depot)
    service.close_short(depot.staff["sup"], number, REASON)
    detail = RequisitionDetails(depot.db.sessions).get(depot.staff["sup"], number)
    assert (detail.status, detail.closed_short, detail.close_reason) == (R.CLOSED, 6, REASON)
    assert detail.received_total == D("180.00") and detail.quota.this == D("180.00")
    documents = ReportDocuments(depot.db.sessions)
    pdf = documents.make_requisition(depot.staff["sup"], number, language="zh").content
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).replace("\n", "")
    assert "结束剩余 6，未供货" in text and REASON in text and "180.00" in text
    sheet = load_workbook(BytesIO(documents.make_requisition(depot.staff["sup"], number, language="en",
                                                              xlsx=True).content)).active
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert "rest closed: 6 not supplied" in cells and REASON in cells
