"""The repair monthly report (D3) leaves out a claim withdrawn at the counter (撤销受理) or cancelled with
its last order: neither was a repair, and counted they inflate the DOA and early-defect figures the
manufacturer pays for (D11, D12). On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from openpyxl import load_workbook
from pypdf import PdfReader
from work_order_fixtures import build_depot, order_id

from desktop_app.core.vocabulary import ClaimChannel, CostBearer, Remedy
from desktop_app.db.opening import Database
from desktop_app.services.claim_corrections import ClaimCorrectionService
from desktop_app.services.claims import ClaimIntakeService, ClaimSaved
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.work_orders import WorkOrderService


def _take_in(depot, serial: str, sold_days_ago: int, received_days_ago: int | None = None) -> ClaimSaved:
    today = dt.date.today()
    received = today - dt.timedelta(days=received_days_ago) if received_days_ago is not None else None
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=today - dt.timedelta(days=sold_days_ago),
                       centre_received_date=received),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"),
        requested_remedy=Remedy.FREE_REPAIR))


def test_withdrawn_and_cancelled_claims_are_not_received_nor_in_the_warranty_columns(database: Database) -> None:
    depot = build_depot(database)
    month, manager = dt.date.today().replace(day=1), depot.staff["manager"]
    kept = _take_in(depot, "SN-KEPT", 2, received_days_ago=3)
    withdrawn = _take_in(depot, "SN-MISTAKE", 2, received_days_ago=3)
    cancelled = _take_in(depot, "SN-GONE", 10)
    assert [c.decision.cost_bearer for c in (kept, withdrawn, cancelled)] == [
        CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_EARLY_DEFECT]
    reports = MonthlyReports(database.sessions)
    (line,) = reports.repair_monthly(manager, month).models
    assert (line.received, line.in_warranty, line.doa, line.early_defects) == (3, 3, 2, 1)  # before

    ClaimCorrectionService(database.sessions).withdraw(depot.staff["operator"], withdrawn.id, "录入错误，重复受理")
    WorkOrderService(database.sessions).cancel(
        depot.staff["sup"], order_id(database, cancelled.work_order_number), "客户自行解决")

    (line,) = reports.repair_monthly(manager, month).models
    assert (line.received, line.in_warranty, line.extended_warranty, line.out_of_warranty) == (1, 1, 0, 0)
    assert (line.doa, line.early_defects) == (1, 0)  # rules D11, D12: only the claim still standing
    assert (line.repaired, line.exchanged, line.returned) == (0, 0, 0)  # the cancelled orders completed nothing

    made = ReportDocuments(database.sessions).make_monthly(manager, month, language="zh_CN", xlsx=True)
    rows = [[c.value for c in row] for row in load_workbook(BytesIO(made.content)).active.iter_rows()]
    head = next(r for r in rows if r[0] == "型号")
    sent = dict(zip(head, next(r for r in rows if r[0] == "S5720-28P")))
    assert (sent["接修"], sent["厂家保内"], sent["开箱不良（D11）"], sent["品质不良（D12）"]) == (1, 1, 1, 0)

    paper = ReportDocuments(database.sessions).make_monthly(manager, month, language="zh_CN")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(paper.content)).pages)
    assert "不含已撤销/取消的受理" in "".join(text.split())  # the note under the table says what is counted
