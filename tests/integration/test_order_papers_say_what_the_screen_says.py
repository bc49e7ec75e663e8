"""The papers of a work order (service report, pickup slip, service receipt) print what the technician wrote,
keep staff-only facts off the customer's paper, and name things as the screen does, in both languages (E17, E23)."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, ClaimChannel, WorkOrderState as S
from desktop_app.db.opening import Database
from desktop_app.gui.translations import translator_function
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.pickup_slips import PickupSlipService
from desktop_app.services.receipts import ReceiptService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_order_documents import WorkOrderDocuments
from desktop_app.services.work_orders import WorkOrderService

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
TODAY = NOW.astimezone().date()
FAULT_CAUSE = "光模块激光器老化"  # what the technician typed under 故障原因 in the service report


def _text(pdf: bytes) -> str:
    """The PDF's text without white space (extraction re-wraps lines and pads the columns)."""
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture
def mailed(database: Database) -> tuple[Depot, str, str]:
    """A unit sent in by courier, long out of warranty: a paid repair at cost (W5), quoted and accepted,
    ready for pickup with a complete report (E17). Returns the depot, the claim and the order numbers."""
    depot = build_depot(database)
    saved = depot.take_in("SN-MAIL", TODAY - dt.timedelta(days=2000), channel=ClaimChannel.MAIL)
    oid = order_id(database, saved.work_order_number)
    orders, bench, tech = WorkOrderService(database.sessions), BenchService(database.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"], cause=CauseClass.QUALITY_DEFECT,
                           note="光口发送功率偏低")
    bench.quote(tech, oid, labour=Decimal("80"))
    bench.record_quote_answer(depot.staff["operator"], oid, accepted=True)  # the order goes on repairing
    for state in (S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, oid, state)
    orders.record_report(tech, oid, fault_cause=FAULT_CAUSE, solution="更换光模块", customer_opinion="满意",
                         no_parts=True)
    return depot, saved.number, saved.work_order_number


def _report(database: Database, depot: Depot, order: str, language: str) -> str:
    return _text(WorkOrderDocuments(database.sessions).make_service_report(
        depot.staff["operator"], order, language=language, translate=translator_function(language)).content)


def _papers(database: Database, depot: Depot, claim: str, order: str, language: str) -> dict[str, str]:
    operator = depot.staff["operator"]
    return {
        "report": _report(database, depot, order, language),
        "slip": _text(PickupSlipService(database.sessions).make_slip(operator, order, language=language).content),
        "receipt": _text(ReceiptService(database.sessions).make_receipt(
            operator, claim, language=language, translate=translator_function(language)).content),
    }


def test_the_service_report_prints_the_fault_cause_the_technician_wrote(database, mailed) -> None:  # E17, E23
    depot, _, order = mailed
    report = _report(database, depot, order, "zh_CN")
    assert f"故障原因{FAULT_CAUSE}" in report  # the report's own field, not the class of cause
    assert "原因分类质量问题" in report
    english = _report(database, depot, order, "en")
    assert f"Faultcause{FAULT_CAUSE}" in english and "CauseclassQualitydefect" in english


def test_the_customers_service_report_leaves_out_the_call_to_headquarters(database) -> None:  # E23
    depot = build_depot(database)
    asked = NOW + dt.timedelta(days=1)
    saved = ClaimIntakeService(database.sessions, clock=lambda: NOW).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="余勇", phone="18675162079", city="深圳", address="南山区科技园 8 栋"),
        unit=UnitInput(product_model="S5720-28P", serial="SN-VISIT", sale_date=TODAY - dt.timedelta(days=400)),
        channel=ClaimChannel.ON_SITE_REQUEST, fault_description="第3、4口不通", required_arrival_at=asked))
    oid = order_id(database, saved.work_order_number)
    WorkOrderService(database.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    BenchService(database.sessions, clock=lambda: asked).record_visit(
        depot.staff["tech"], oid, arrived_at=asked - dt.timedelta(hours=1), departed_at=asked,
        called_headquarters=False)  # a fine for the technician (E23), nothing for the customer to sign
    for language, words in (("zh_CN", ("致电总部", "总部")), ("en", ("headquarters",))):
        report = _report(database, depot, saved.work_order_number, language)
        assert saved.work_order_number in report and not [w for w in words if w in report]
    # The app keeps it: the order's detail (and so the staff evaluation) still knows.
    assert WorkOrderDetails(database.sessions).get(depot.staff["sup"], oid).called_headquarters is False


def test_the_papers_use_the_screens_words(database, mailed) -> None:
    depot, claim, order = mailed
    papers = _papers(database, depot, claim, order, "zh_CN")
    report, slip, receipt = papers["report"], papers["slip"], papers["receipt"]
    # A mailed-in unit on the bench is 送修 (Labels: Bench repair), never "到店"; one label per field.
    for paper in (report, slip):
        assert "服务类型送修" in paper and "技术员李工" in paper and "收费维修" in paper, paper
        for old in ("到店", "有偿维修", "维修工程师", "维修人员", "服务方式"):
            assert old not in paper, old
    assert "受理渠道邮寄/快递" in receipt  # the intake dialog's 受理渠道 and Labels' channel word
    assert "收费维修" in receipt
    for old in ("邮寄送修", "到店", "有偿维修", "受理方式"):
        assert old not in receipt, old


def test_english_papers_capitalise_their_values(database, mailed) -> None:
    depot, claim, order = mailed
    papers = _papers(database, depot, claim, order, "en")
    report, slip, receipt = papers["report"], papers["slip"], papers["receipt"]
    assert "ServicetypeBenchrepair" in report and "WarrantybasisPaidrepair" in report
    assert "ReceivedDispatchedDiagnosisQuotesent" in report  # the timeline's steps
    assert "ServicetypeBenchrepair" in slip and "WarrantydecisionPaidrepair" in slip
    assert "ChannelSentbypostorcourier" in receipt
    # Lower-case values where a label stands beside them (words inside a sentence keep theirs).
    for paper in papers.values():
        assert not re.search(r"benchrepair|sentbypost|quotesent", paper), paper
    assert not re.search(r"received|dispatched", report), report
