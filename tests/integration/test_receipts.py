"""The service receipt of a real claim: its words, the print log, and the headless command."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop_app.cli import main
from desktop_app.core.vocabulary import ClaimChannel, Remedy
from desktop_app.db.models import AuditEntry, PrintedDocument, Product, ProductCategory
from desktop_app.db.opening import Database, open_database
from desktop_app.gui.translations import translator_function
from desktop_app.services import settings
from desktop_app.services.accounts import AccountService
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.receipts import ReceiptService

TODAY = dt.date.today()


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def claim_number(database: Database) -> str:
    boss = AccountService(database.sessions).create_first_manager("boss", "王总", "secret-123")
    with database.sessions.write() as s, s.begin():
        category = ProductCategory(code="switch", name_zh="商用交换机", name_en="Switch")
        s.add(category)
        s.flush()
        s.add(Product(model="S5720-28P", name="千兆交换机 28口", category_id=category.id,
                      accessories=["电源线", "挂耳"]))
        settings.put(s, "centre.name", "深圳讯联通信售后服务中心")
        settings.put(s, "centre.phone", "0755-8632 1188")
    saved = ClaimIntakeService(database.sessions).take_in(boss, IntakeForm(
        customer=CustomerInput(name="A&B <b>公司</b>", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial="SW-R-1", sale_date=TODAY - dt.timedelta(days=10)),
        channel=ClaimChannel.WALK_IN, fault_description="风扇异响 & 端口 <3> 不通", accessories_received=("电源线",),
        requested_remedy=Remedy.RETURN,
    ))
    return saved.number


def test_the_receipt_says_what_was_decided_in_chinese(database: Database, claim_number: str, tmp_path: Path) -> None:
    boss = AccountService(database.sessions).sign_in("boss", "secret-123")
    pdf = ReceiptService(database.sessions).make_receipt(
        boss, claim_number, language="zh_CN", translate=translator_function("zh_CN")
    ).save_to(tmp_path / "delivered.pdf").read_bytes()
    text = _pdf_text(pdf, tmp_path)
    for expected in (claim_number, "深圳讯联通信售后服务中心", "0755-8632 1188", "A&B <b>公司</b>",
                     "风扇异响 & 端口 <3> 不通", "S5720-28P", "SW-R-1", "电源线", "挂耳",
                     "可选方式：退货、换货、免费维修", "客户选择：退货", "W2", "W9", "客户联", "存根联"):
        assert expected in text, expected
    assert "In the return period" not in text  # the reasons are translated, not English
    with database.sessions.read() as s:
        logged = s.scalar(select(PrintedDocument))
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "print"))
    assert logged.document == "service_receipt" and logged.copies == 2 and logged.by_id == boss.staff_id
    assert entry.entity == "claim" and entry.changes["document"] == "service_receipt"


def test_the_english_receipt(database: Database, claim_number: str, tmp_path: Path) -> None:
    boss = AccountService(database.sessions).sign_in("boss", "secret-123")
    pdf = ReceiptService(database.sessions).make_receipt(
        boss, claim_number, language="en", translate=translator_function("en"), copies=("customer",)).content
    text = _pdf_text(pdf, tmp_path)
    assert "Remedies offered: Return, Exchange, Free repair" in text and "In the return period (W2)" in text


def test_print_receipt_command(sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(make_url(sqlite_url))
    try:
        from desktop_app.services.sample_data import load_sample_data

        load_sample_data(database.sessions, claims=10)
        with database.sessions.read() as s:
            from desktop_app.db.models import Claim

            number = s.scalar(select(Claim.number).order_by(Claim.id.desc()).limit(1))
    finally:
        database.dispose()
    out = tmp_path / "r.pdf"
    assert main(["--database-url", sqlite_url, "print", "receipt", number, "-o", str(out), "--page-size", "A5"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert number in text and "售后服务受理单" in text
    missing = subprocess.run([sys.executable, "-m", "desktop_app", "--database-url", sqlite_url, "print", "receipt",
                              "SC-1999-000001", "-o", str(tmp_path / "x.pdf")], capture_output=True, text=True)
    assert missing.returncode == 2 and "SC-1999-000001" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
