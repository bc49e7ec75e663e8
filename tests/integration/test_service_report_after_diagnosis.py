"""The work order's details and printed service report once the bench has diagnosed (W10, W11, W12),
on both databases: the final judgement's reasons, the sale date the decision ran from, a re-judgement
from the facts the claim was judged with, and the 受理 (intake) step at the head of the timeline."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CallChannel, CauseClass, ClaimChannel, Remedy, WorkOrderState as S
from desktop_app.db.models import Unit, WorkOrder, WorkOrderEvent
from desktop_app.db.opening import Database
from desktop_app.db.types import utcnow
from desktop_app.gui.translations import translator_function
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_order_documents import WorkOrderDocuments
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
PROVISIONAL = "Provisional until diagnosis (W11)"
W3 = "In the exchange period (W3): exchange or free repair"


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _take_in(depot: Depot, serial: str, sale: dt.date | None, *, invoice: bool = True, clock=None,
             received: dt.date | None = None):
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=sale, has_invoice=invoice,
                       invoice_no="INV-1" if invoice else None, centre_received_date=received),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"))
    service = ClaimIntakeService(depot.db.sessions, clock) if clock else ClaimIntakeService(depot.db.sessions)
    return service.take_in(depot.staff["operator"], form)


def _diagnose(depot: Depot, number: str, cause: CauseClass):
    oid = order_id(depot.db, number)
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    return BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                            cause=cause, note="")


def _report(depot: Depot, number: str, tmp_path: Path, language: str = "en") -> str:
    pdf = WorkOrderDocuments(depot.db.sessions).make_service_report(
        depot.staff["operator"], number, language=language, translate=translator_function(language)).content
    path = tmp_path / f"{number}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _detail(depot: Depot, number: str):
    return WorkOrderDetails(depot.db.sessions).get(depot.staff["operator"], number)


def test_user_damage_found_prints_paid_repair_without_the_exchange_period(depot: Depot, tmp_path: Path) -> None:
    saved = _take_in(depot, "SN-WATER", TODAY - dt.timedelta(days=100))
    assert W3 in saved.decision.reasons and PROVISIONAL in saved.decision.reasons
    _diagnose(depot, saved.work_order_number, CauseClass.USER_DAMAGE)
    reasons = _detail(depot, saved.work_order_number).decision_reasons
    assert reasons == ("User damage (W11): paid repair whatever the date",
                       "Paid by the customer: repair cost only (W5)")
    text = " ".join(_report(depot, saved.work_order_number, tmp_path).split())
    assert "User damage (W11)" in text and "Paid by the customer" in text
    for stale in ("exchange period", "Provisional", "D13"):
        assert stale not in text, stale


def test_a_quality_defect_confirms_the_tier_without_provisional(depot: Depot) -> None:
    saved = _take_in(depot, "SN-Q", TODAY - dt.timedelta(days=100))
    _diagnose(depot, saved.work_order_number, CauseClass.QUALITY_DEFECT)
    reasons = _detail(depot, saved.work_order_number).decision_reasons
    assert W3 in reasons and "Manufacturer's warranty (D13): service fund" in reasons
    assert PROVISIONAL not in reasons


def test_the_report_prints_no_sale_date_beside_no_registered_sale(depot: Depot, tmp_path: Path) -> None:  # W10
    saved = _take_in(depot, "SN-NOINV", None, invoice=False)
    assert "No invoice, no registered sale (W10): paid repair" in saved.decision.reasons
    with depot.db.sessions.write() as s, s.begin():
        s.scalar(select(Unit).where(Unit.serial == "SN-NOINV")).sale_date = TODAY - dt.timedelta(days=30)  # unverified
    assert _detail(depot, saved.work_order_number).sale_date is None
    text = _report(depot, saved.work_order_number, tmp_path)
    assert (TODAY - dt.timedelta(days=30)).isoformat() not in text


def test_a_later_claim_with_another_invoice_changes_neither_the_earlier_diagnosis_nor_its_report(
        depot: Depot) -> None:  # W11, W12
    earlier_sale = TODAY - dt.timedelta(days=400)
    a = _take_in(depot, "SN-X", earlier_sale, clock=lambda: utcnow() - dt.timedelta(days=30))
    assert a.chosen is Remedy.FREE_REPAIR
    # Today, another invoice and a centre receipt (D11), both after claim A's date:
    _take_in(depot, "SN-X", TODAY - dt.timedelta(days=10), received=TODAY - dt.timedelta(days=5))
    result = _diagnose(depot, a.work_order_number, CauseClass.QUALITY_DEFECT)  # was refused (W1)
    assert result.decision.offered == (Remedy.FREE_REPAIR,) and result.decision.sale_date_used == earlier_sale
    assert not result.tier_changed
    assert _detail(depot, a.work_order_number).sale_date == earlier_sale


def test_the_timeline_and_history_start_with_the_intake(depot: Depot, tmp_path: Path) -> None:
    saved = _take_in(depot, "SN-T", TODAY - dt.timedelta(days=100))
    _diagnose(depot, saved.work_order_number, CauseClass.QUALITY_DEFECT)
    detail = _detail(depot, saved.work_order_number)
    first = detail.history[0]
    assert (first.target, first.at, first.by) == (S.RECEIVED, detail.created_at, "前台小陈")
    assert [e.target for e in detail.history] == [S.RECEIVED, S.DISPATCHED, S.DIAGNOSING]
    text = _report(depot, saved.work_order_number, tmp_path, "zh_CN")
    assert "受理" in text.split("四、服务时间")[1]


def test_an_order_from_a_call_starts_with_the_call_taker(depot: Depot) -> None:
    saved = CallRegister(depot.db.sessions).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="陈先生", phone="13900001111", subject="上门检修", city="深圳",
        needs_visit=True, required_arrival_at=utcnow() + dt.timedelta(days=1)))
    detail = _detail(depot, saved.work_order_number)
    assert [(e.target, e.by) for e in detail.history] == [(S.RECEIVED, "前台小陈")]


def test_an_order_that_has_its_received_event_shows_it_once(depot: Depot) -> None:  # sample data has one
    saved = _take_in(depot, "SN-S", TODAY - dt.timedelta(days=100))
    oid = order_id(depot.db, saved.work_order_number)
    with depot.db.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)
        s.add(WorkOrderEvent(work_order_id=oid, from_state=None, to_state=S.RECEIVED,
                             by_id=depot.staff["operator"].staff_id, at=order.created_at, note="前台受理"))
    history = _detail(depot, saved.work_order_number).history
    assert [(e.target, e.note) for e in history] == [(S.RECEIVED, "前台受理")]
