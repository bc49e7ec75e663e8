"""W8 on paper, on both databases: once a supervisor has settled an escalated claim, the reprinted receipt
(打印受理单) and the work order's service report say what was agreed (the outcome and its note), no
longer that the claim is escalated and waiting for an answer. An unsettled claim still prints its note."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.gui.translations import translator_function
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.negotiations import NegotiationService, Outcome
from desktop_app.services.receipt_papers import ReceiptPrinting
from desktop_app.services.work_order_documents import WorkOrderDocuments

TODAY = dt.date.today()
ESCALATION = "已转主管处理，3个工作日内答复客户"  # what the desk wrote at intake
ESCALATED_EN = "Escalated (W8)"  # the judge's "escalated, see the note" reason, in English
ESCALATED_ZH = "已升级（W8）"  # … and its start in Chinese


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def escalated(depot: Depot, serial: str):
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY.replace(year=TODAY.year - 2)),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线",),
        escalated_note=ESCALATION))


def settle(depot: Depot, claim_id: int, outcome: Outcome, note: str, **kwargs):
    service = NegotiationService(depot.db.sessions)
    version = service.negotiation(depot.staff["sup"], claim_id).version
    return service.settle(depot.staff["sup"], claim_id, outcome, note, version, **kwargs)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def reprinted_receipt(depot: Depot, claim_id: int, language: str = "zh_CN", paper: str = "A4") -> str:
    made = ReceiptPrinting(depot.db.sessions).make_receipt(
        depot.staff["operator"], claim_id, language=language, translate=translator_function(language), paper=paper)
    return text_of(made.content)


def test_the_reprinted_receipt_of_a_claim_closed_without_service_says_what_was_agreed(depot):
    saved = escalated(depot, "S728PAPCLOSE")
    settle(depot, saved.id, Outcome.CLOSED, "客户同意折价购买新机，本单结案")
    for paper in ("A4", "80mm"):  # the desk's sheets and its receipt roll
        text = reprinted_receipt(depot, saved.id, paper=paper).replace("\n", "")
        assert "协商结果（W8，张主管）：不予服务，结案；约定：客户同意折价购买新机，本单结案" in text, paper
        assert ESCALATION not in text and "协商处理说明" not in text and ESCALATED_ZH not in text, paper


def test_the_english_receipt_of_a_closed_negotiation(depot):
    saved = escalated(depot, "S728PAPCLOSEEN")
    settle(depot, saved.id, Outcome.CLOSED, "customer bought a new unit")
    text = " ".join(reprinted_receipt(depot, saved.id, "en").split())
    assert "Negotiation settled (W8, 张主管): Closed without service; agreed: customer bought a new unit" in text
    assert ESCALATION not in text and "Negotiation note" not in text and ESCALATED_EN not in text


def test_a_settled_repair_prints_the_agreed_remedy_and_note_once_on_the_receipt_and_the_service_report(depot):
    saved = escalated(depot, "S728PAPREPAIR")
    done = settle(depot, saved.id, Outcome.REPAIR, "主管批准免费维修", paid=False)
    receipt = reprinted_receipt(depot, saved.id).replace("\n", "")
    assert "协商结果（W8，张主管）：免费维修；约定：主管批准免费维修" in receipt
    assert receipt.count("主管批准免费维修") == 2  # the customer's and the centre's copy: once each
    assert ESCALATED_ZH not in receipt and "主管调整" not in receipt  # the override is the settlement
    report = WorkOrderDocuments(depot.db.sessions).make_service_report(
        depot.staff["sup"], done.work_order_number, language="zh_CN", translate=translator_function("zh_CN"))
    text = text_of(report.content).replace("\n", "")
    assert "协商结果（W8，张主管）：免费维修；约定：主管批准免费维修" in text and ESCALATED_ZH not in text


def test_an_escalated_claim_not_settled_yet_still_prints_its_escalation_note(depot):
    saved = escalated(depot, "S728PAPOPEN")
    text = reprinted_receipt(depot, saved.id).replace("\n", "")
    assert f"协商处理说明：{ESCALATION}" in text and ESCALATED_ZH in text and "协商结果" not in text
