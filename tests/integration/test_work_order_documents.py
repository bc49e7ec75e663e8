"""Service report and survey form of real work orders: text, print log, headless commands."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.cli import main
from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.db.models import PrintedDocument
from desktop_app.db.opening import Database
from desktop_app.gui.translations import translator_function
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_documents import WorkOrderDocuments
from desktop_app.services.work_orders import WorkOrderService


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def finished(database: Database) -> tuple[Depot, str]:
    depot = build_depot(database)
    saved = depot.take_in("SN-DOC", dt.date.today() - dt.timedelta(days=500))
    oid = order_id(database, saved.work_order_number)
    orders, bench, tech = WorkOrderService(database.sessions), BenchService(database.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["no_power"], cause=CauseClass.QUALITY_DEFECT,
                           note="电源板 & <C12> 电容鼓包")
    bench.use_parts(tech, oid, [(depot.part_ids["ADP-12V"], 1)], customer_consent=True)  # wear part, wanted (W3)
    for state in (S.REPAIRING, S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, oid, state)
    orders.record_report(tech, oid, fault_cause="电容老化", solution="更换电源板", customer_opinion="非常满意")
    orders.close(depot.staff["operator"], oid)
    return depot, saved.work_order_number


def test_service_report_has_the_orders_facts(database: Database, finished: tuple[Depot, str], tmp_path: Path) -> None:
    depot, number = finished
    pdf = WorkOrderDocuments(database.sessions).make_service_report(
        depot.staff["operator"], number, language="zh_CN", translate=translator_function("zh_CN")
    ).save_to(tmp_path / "report.pdf").read_bytes()
    text = _text(pdf, tmp_path)
    for expected in (number, "SN-DOC", "李工", "不通电", "电源板 & <C12> 电容鼓包", "质量问题", "更换电源板", "非常满意",
                     "ADP-12V", "客户", "¥20.00", "派工", "结单", "售后服务报告单"):
        assert expected in text, expected
    with database.sessions.read() as s:
        assert s.scalar(select(PrintedDocument.document)) == "service_report"


def test_survey_form_and_commands(database: Database, finished: tuple[Depot, str], tmp_path: Path,
                                  db_url: str) -> None:
    depot, number = finished
    text = _text(WorkOrderDocuments(database.sessions).make_survey_form(depot.staff["operator"], number,
                                                                        language="zh_CN").content, tmp_path)
    assert number in text and "客户满意度调查表" in text and "李工" in text
    out = tmp_path / "survey.pdf"
    assert main(["--database-url", db_url, "print", "survey", number, "-o", str(out), "--page-size", "A5"]) == 0
    assert number in _text(out.read_bytes(), tmp_path)
    report = tmp_path / "report.pdf"
    assert main(["--database-url", db_url, "--language", "en", "print", "work-order", number, "-o", str(report)]) == 0
    assert "Service Report" in _text(report.read_bytes(), tmp_path)
