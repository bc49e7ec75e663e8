"""Month-end files from the command line, read back and checked against the database."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop_app.cli import main
from desktop_app.db.models import Claim, Requisition
from desktop_app.db.opening import open_database
from desktop_app.services.sample_data import load_sample_data

TODAY = dt.date.today()
MONTH = TODAY.strftime("%Y-%m")


@pytest.fixture
def loaded(sqlite_url: str) -> str:
    database = open_database(make_url(sqlite_url))
    load_sample_data(database.sessions, claims=80)
    database.dispose()
    return sqlite_url


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_monthly_report_pdf_and_xlsx(loaded: str, tmp_path: Path) -> None:
    assert main(["--database-url", loaded, "report", "monthly", "--month", MONTH, "-o", str(tmp_path / "m.pdf")]) == 0
    assert "售后维修月报表" in _text(tmp_path / "m.pdf")
    assert main(["--database-url", loaded, "report", "monthly", "--month", MONTH, "-o", str(tmp_path / "m.xlsx")]) == 0
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    database = open_database(make_url(loaded))
    try:
        with database.sessions.read() as s:
            received = s.scalar(select(func.count(Claim.id)).where(Claim.claim_date >= TODAY.replace(day=1)))
            number = s.scalar(select(Requisition.number).order_by(Requisition.id.desc()).limit(1))
    finally:
        database.dispose()
    assert received > 0 and received in values  # the totals row counts every claim of the month


def test_requisition_evaluation_and_improvement(loaded: str, tmp_path: Path) -> None:
    database = open_database(make_url(loaded))
    try:
        with database.sessions.read() as s:
            number = s.scalar(select(Requisition.number).order_by(Requisition.id.desc()).limit(1))
    finally:
        database.dispose()
    assert main(["--database-url", loaded, "print", "requisition", number, "-o", str(tmp_path / "r.pdf")]) == 0
    assert number in _text(tmp_path / "r.pdf")
    assert main(["--database-url", loaded, "print", "requisition", number, "-o", str(tmp_path / "r.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames == ["备料单"]
    assert main(["--database-url", loaded, "print", "evaluation", "--staff", "tech.li", "--month", MONTH,
                 "-o", str(tmp_path / "e.pdf")]) == 0
    assert "员工月度考评表" in _text(tmp_path / "e.pdf") and "李强" in _text(tmp_path / "e.pdf")
    assert main(["--database-url", loaded, "report", "improvement", "--from", "2021-01", "--to", MONTH,
                 "-o", str(tmp_path / "i.pdf")]) == 0
    assert main(["--database-url", loaded, "print", "evaluation", "--staff", "nobody", "--month", MONTH,
                 "-o", str(tmp_path / "x.pdf")]) == 2


def test_fund_statement_reconciliation_and_return_application(loaded: str, tmp_path: Path) -> None:
    from desktop_app.core.period_labels import quarter_label
    from desktop_app.core.service_fund import quarter_of
    from desktop_app.db.models import ReturnApplication

    quarter = quarter_of(TODAY)
    run = ["--database-url", loaded]
    assert main([*run, "report", "fund", "--from", quarter, "-o", str(tmp_path / "f.pdf")]) == 0
    # the code 2026Q4 is what the command takes; the paper names the quarter in words
    assert "服务基金" in _text(tmp_path / "f.pdf") and quarter_label(quarter) in _text(tmp_path / "f.pdf").replace(" ", "")
    assert main([*run, "report", "fund", "--from", quarter, "--to", quarter, "-o", str(tmp_path / "f.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "f.xlsx").active.max_row > 3
    assert main([*run, "report", "parts-reconciliation", "--month", MONTH, "-o", str(tmp_path / "p.pdf")]) == 0
    assert "配件" in _text(tmp_path / "p.pdf")
    assert main([*run, "report", "parts-reconciliation", "--month", MONTH, "-o", str(tmp_path / "p.xlsx")]) == 0
    database = open_database(make_url(loaded))
    try:
        with database.sessions.read() as s:
            number = s.scalar(select(ReturnApplication.number).order_by(ReturnApplication.id).limit(1))
    finally:
        database.dispose()
    assert number is not None  # the sample data sends units back to the manufacturer
    assert main([*run, "print", "return", number, "-o", str(tmp_path / "r.pdf")]) == 0
    text = _text(tmp_path / "r.pdf")
    assert number in text and "HW-RMA-2026-0311" in text


def test_a_bad_quarter_is_named(loaded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", loaded, "report", "fund", "--from", "2026-5", "-o", str(tmp_path / "f.pdf")]) != 0
    assert "2026-5" in capsys.readouterr().err and not (tmp_path / "f.pdf").exists()
