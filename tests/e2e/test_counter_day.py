"""A whole counter day in the real window on Xvfb (xcb), by key and mouse events: what it left behind.

The day runs in a child process (tests/e2e/counter_day_scenario.py): this process is on the
offscreen platform, and one process has one Qt platform. The child reports what it saw in
findings.json; here the database, the saved PDFs and the screenshots are checked on their own.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import time
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from day_facts import NEW_SERIAL, OPINION, PART_NO, SOLUTION, TECHNICIAN
from desktop_app.core.vocabulary import ClaimStatus, WorkOrderState
from desktop_app.db.models import Claim, Part, PrintedDocument, Staff, Survey, Unit, WorkOrder, WorkOrderPart

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("counter_day")]  # one day per run

SCENARIO = Path(__file__).resolve().parent / "counter_day_scenario.py"
TIMEOUT_S = 240  # the day takes 10-20 s; the scenario's own watchdog stops it at 150 s
TABS = ("1-claims.png", "2-work-orders.png", "3-requisitions.png", "4-staff-evaluation.png")
MAX_PNG_BYTES = 400_000


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("counter-day")
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(SCENARIO), "--out", str(out), "--xvfb"],
                            capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    seconds = time.monotonic() - started
    report = out / "findings.json"
    findings = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    assert result.returncode == 0, (
        f"the counter day stopped: {findings.get('error', '(no findings)')}\n"
        f"{findings.get('traceback', '')}\nstderr:\n{result.stderr[-4000:]}\n"
        f"(screen at the failure: {out / 'failure.png'})")
    findings["wall_seconds"] = round(seconds, 1)
    return out, findings


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_the_day_ran_on_a_real_x_server_without_qt_warnings(day, capsys):
    out, findings = day
    assert findings["platform"] == "xcb"
    assert findings["qt_warnings"] == []
    assert [s["name"] for s in findings["steps"]] == [
        "sign_in", "take_in_claim_by_keyboard", "dispatch", "bench_work", "close_and_print_survey",
        "enter_survey", "see_requisitions", "see_staff_evaluation"]
    with capsys.disabled():  # the time is part of the suite's budget: show it in every log
        steps = ", ".join(f"{s['name']} {s['seconds']}s" for s in findings["steps"])
        print(f"\ncounter day on Xvfb: {findings['wall_seconds']} s in all ({steps})")


def test_the_intake_was_done_by_keyboard_alone(day):
    _out, findings = day
    steps = {s["name"]: s for s in findings["steps"]}
    assert steps["sign_in"]["mouse_events"] == 0
    assert findings["intake_mouse_events"] == 0  # search, form, Ctrl+S, receipt, Save as PDF, closing
    assert steps["enter_survey"]["mouse_events"] == 0
    assert steps["dispatch"]["mouse_events"] > 0  # the watch does see clicks where there were some
    assert findings["intake_done_title"] == f"理赔 {findings['claim_number']} 已保存"
    assert f"工单 {findings['work_order_number']} 等待派工。" in findings["intake_done_detail"]


def test_the_database_holds_the_whole_day(day):
    out, findings = day
    engine = create_engine(f"sqlite:///{out / 'counter-day.sqlite3'}")
    try:
        with Session(engine) as s:
            claim = s.scalars(select(Claim).where(Claim.number == findings["claim_number"])).one()
            customer = findings["customer"]
            assert claim.customer_id == customer["id"]  # the returning customer, not a new record
            assert s.scalar(select(func.count()).select_from(Claim).where(
                Claim.customer_id == customer["id"])) == customer["claims_before"] + 1
            assert s.get(Unit, claim.unit_id).serial == NEW_SERIAL
            assert claim.status is ClaimStatus.COMPLETED
            order = s.scalars(select(WorkOrder).where(WorkOrder.number == findings["work_order_number"])).one()
            assert order.state is WorkOrderState.CLOSED and order.claim_id == claim.id
            assert s.get(Staff, order.technician_id).username == TECHNICIAN
            assert [e.to_state for e in order.events][-1] is WorkOrderState.CLOSED
            assert (order.report_solution, order.report_customer_opinion) == (SOLUTION, OPINION)
            parts = s.execute(select(Part.part_no, WorkOrderPart.quantity).join(
                WorkOrderPart, WorkOrderPart.part_id == Part.id).where(WorkOrderPart.work_order_id == order.id)).all()
            assert parts == [(PART_NO, 1)]
            survey = s.scalars(select(Survey).where(Survey.work_order_id == order.id)).one()
            assert survey.scores == {"speed": 5, "attitude": 5, "explanation": 4, "quality": 5, "on_time": 4,
                                     "overall": 5}
            printed = set(s.execute(
                select(PrintedDocument.document, PrintedDocument.entity, PrintedDocument.entity_id)))
            assert ("service_receipt", "claim", claim.id) in printed  # every print is logged
            assert ("survey_form", "work_order", order.id) in printed
    finally:
        engine.dispose()


def test_the_receipt_and_the_survey_form_were_saved_as_pdf(day):
    out, findings = day
    receipt = pdf_text(out / findings["receipt_pdf"])
    assert findings["claim_number"] in receipt and findings["customer"]["name"] in receipt
    assert "售后服务受理单" in receipt
    assert findings["receipt_preview_title"] == f"打印预览：服务受理单 {findings['claim_number']}"
    survey = pdf_text(out / findings["survey_pdf"])
    assert findings["work_order_number"] in survey and "满意度" in survey


def test_the_staff_evaluation_counts_the_order_and_its_survey(day):
    _out, findings = day
    number = findings["work_order_number"]
    assert number in findings["staff_completed"] and number in findings["staff_surveys"]
    row = findings["staff_row"]
    assert row["姓名"] == "李强" and int(row["完成"]) == len(findings["staff_completed"])


def test_each_tab_was_photographed(day):
    out, findings = day
    assert findings["screenshots"] == list(TABS)
    for name in TABS:
        path = out / name
        assert png_size(path) == (1280, 800), name
        assert path.stat().st_size < MAX_PNG_BYTES, name
