"""S1/S3 on a reprint, on both databases: the receipt printed at intake promises a reply within 8 hours
and an answer within 24; a receipt reprinted once the claim is closed (or its work order cancelled)
says what happened instead (「已于 … 结案」), on the desk's sheets and on its receipt roll."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import AuditEntry, WorkOrderEvent
from desktop_app.gui.translations import translator_function
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.negotiations import NegotiationService, Outcome
from desktop_app.services.receipt_papers import ReceiptPrinting
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
# The promises with their times, rule S1 and rule S3 (the printed terms state the rules themselves).
PROMISE_ZH = ("前给予回复", "前答复服务信息")
PROMISE_EN = ("We will reply by", "We will answer with service information by")


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def reprinted(depot: Depot, claim_id: int, language: str = "zh_CN", paper: str = "A4") -> str:
    made = ReceiptPrinting(depot.db.sessions).make_receipt(
        depot.staff["operator"], claim_id, language=language, translate=translator_function(language), paper=paper)
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(made.content)).pages).replace("\n", "")


def local_day(moment: dt.datetime) -> str:
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().date().isoformat()


def audited_day(depot: Depot, claim_id: int, action: str) -> str:
    with depot.db.sessions.read() as s:
        return local_day(s.scalar(select(AuditEntry.at).where(
            AuditEntry.entity == "claim", AuditEntry.entity_id == claim_id, AuditEntry.action == action)))


def repaired_and_closed(depot: Depot, number: str) -> None:
    oid, orders = order_id(depot.db, number), WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    for state in (S.DIAGNOSING, S.REPAIRING, S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(depot.staff["tech"], oid, state)
    orders.record_report(depot.staff["tech"], oid, fault_cause="接触不良", solution="重新焊接",
                         customer_opinion="满意", no_parts=True)
    orders.close(depot.staff["operator"], oid)


def test_the_receipt_printed_at_intake_still_promises_the_reply_and_answer_times(depot):
    saved = depot.take_in("SN-OPEN", TODAY - dt.timedelta(days=200))
    text = reprinted(depot, saved.id)
    assert all(promise in text for promise in PROMISE_ZH) and "结案" not in text  # rules S1, S3


def test_a_reprint_after_the_repair_was_closed_says_when_instead_of_promising(depot):
    saved = depot.take_in("SN-DONE", TODAY - dt.timedelta(days=200))
    repaired_and_closed(depot, saved.work_order_number)
    day = audited_day(depot, saved.id, "complete")
    for paper in ("A4", "80mm"):  # the desk's sheets and its receipt roll
        text = reprinted(depot, saved.id, paper=paper)
        assert f"已于 {day} 结案" in text, paper
        assert not any(promise in text for promise in PROMISE_ZH), paper  # rules S1, S3: no longer a promise
    english = " ".join(reprinted(depot, saved.id, "en").split())
    assert f"Closed on {day}" in english and not any(promise in english for promise in PROMISE_EN)


def test_a_negotiation_closed_without_service_reprints_as_closed_on_the_day_it_was_settled(depot):
    saved = ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial="SN-NEGO", sale_date=TODAY.replace(year=TODAY.year - 2)),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", escalated_note="三个工作日内答复"))
    service = NegotiationService(depot.db.sessions)
    version = service.negotiation(depot.staff["sup"], saved.id).version
    service.settle(depot.staff["sup"], saved.id, Outcome.CLOSED, "客户同意折价换新", version)  # rule W8
    text = reprinted(depot, saved.id)
    assert f"已于 {audited_day(depot, saved.id, 'settle_negotiation')} 结案" in text
    assert not any(promise in text for promise in PROMISE_ZH)


def test_a_claim_whose_only_work_order_was_cancelled_says_so_instead_of_promising(depot):
    """Its only order cancelled, the claim is cancelled with it (services.work_orders): the reprint says so."""
    saved = depot.take_in("SN-CANCEL", TODAY - dt.timedelta(days=200))
    oid = order_id(depot.db, saved.work_order_number)
    WorkOrderService(depot.db.sessions).cancel(depot.staff["sup"], oid, "客户取回，不修了")
    with depot.db.sessions.read() as s:
        day = local_day(s.scalar(select(WorkOrderEvent.at).where(
            WorkOrderEvent.work_order_id == oid, WorkOrderEvent.to_state == S.CANCELLED)))
    text = reprinted(depot, saved.id, paper="58mm")
    assert f"已于 {day} 撤销" in text and not any(promise in text for promise in PROMISE_ZH)
