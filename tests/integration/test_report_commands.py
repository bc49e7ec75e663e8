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
