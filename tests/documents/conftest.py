"""Fixtures for document tests: a realistic receipt, and real PDF text/image tools (no mocks)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from desktop_app.documents.page_parts import CentreInfo
from desktop_app.documents.receipt_data import ChargeLine, ReceiptData

SHANGHAI = ZoneInfo("Asia/Shanghai")
RECEIVED_UTC = dt.datetime(2026, 11, 27, 6, 32, tzinfo=dt.UTC)  # 14:32 in Shanghai


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        # Never skipped: scripts/bootstrap.sh installs poppler-utils and zbar-tools for tests.
        pytest.fail(f"{name} is not installed (apt-get install poppler-utils zbar-tools)",
                    pytrace=False)
    return path


@pytest.fixture
def receipt_data() -> ReceiptData:
    """A walk-in return within one month, needing the manager's approval (rules W2, W9)."""
    return ReceiptData(
        centre=CentreInfo("深圳讯联通信售后服务中心",
                          "深圳市南山区科技园高新南一道18号创维大厦A座12楼", "0755-86321188"),
        claim_number="SC-20261127-0001",
        received_at=RECEIVED_UTC,
        operator="李晓燕",
        customer_name="王建国",
        customer_phone="13823456789",
        customer_company="深圳市华南自动化设备有限公司",
        customer_address="深圳市宝安区西乡街道宝源路1062号",
        product_model="XL-IES2008G",
        product_name="工业以太网交换机",
        serial="XL2026A0012345",
        sale_date=dt.date(2026, 11, 3),
        invoice_no="44031234-00876543",
        accessories_received=("电源适配器", "导轨卡扣", "说明书"),
        accessories_missing=("驱动光盘",),
        fault_description="上电后电源灯常亮，所有端口指示灯不亮，无法建立链路。",
        channel="到店送修",
        decision_lines=("售出一个月内质量问题：客户可选择退货、更换或免费维修。", "客户选择退货，全额退款。"),
        rules_cited=("W2", "W9"),
        charges=(ChargeLine("驱动光盘", "附件不全，按成本收取", Decimal("1234.5")),
                 ChargeLine("外壳更换", "易损品", None)),
        needs_manager_approval=True,
        reply_due=RECEIVED_UTC + dt.timedelta(hours=8),
        answer_due=RECEIVED_UTC + dt.timedelta(hours=24),
        work_order_number="WO-20261127-0003",
        tz=SHANGHAI,
    )


@pytest.fixture
def write_pdf(tmp_path: Path) -> Callable[[bytes, str], Path]:
    def write(pdf: bytes, name: str = "receipt.pdf") -> Path:
        path = tmp_path / name
        path.write_bytes(pdf)
        return path

    return write


@pytest.fixture
def pdftotext() -> Callable[..., str]:
    """Text of a PDF (or of one page) as poppler's ``pdftotext -layout`` extracts it."""
    exe = _tool("pdftotext")

    def extract(path: Path, page: int | None = None) -> str:
        pages = ["-f", str(page), "-l", str(page)] if page else []
        result = subprocess.run([exe, "-layout", "-enc", "UTF-8", *pages, str(path), "-"],
                                capture_output=True, text=True, check=True)
        return result.stdout

    return extract


@pytest.fixture
def pypdf_text() -> Callable[[Path], str]:
    def extract(path: Path) -> str:
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)

    return extract


@pytest.fixture
def render_png(tmp_path: Path) -> Callable[..., Path]:
    """First page (or the given page) rendered with ``pdftoppm -png`` at ``dpi``."""
    exe = _tool("pdftoppm")

    def render(path: Path, dpi: int = 100, page: int = 1) -> Path:
        stem = tmp_path / f"{path.stem}-{dpi}"
        subprocess.run([exe, "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                        "-singlefile", str(path), str(stem)], check=True)
        return stem.with_suffix(".png")

    return render


@pytest.fixture
def zbarimg() -> Callable[..., list[str]]:
    """Symbols decoded from an image: data lines (``--raw``) or "TYPE:data" lines."""
    exe = _tool("zbarimg")

    def decode(image: Path, raw: bool = True) -> list[str]:
        # zbarimg exits 4 when it finds nothing; the empty list says so.
        args = [exe, "-q", *(["--raw"] if raw else []), str(image)]
        return subprocess.run(args, capture_output=True, text=True).stdout.splitlines()

    return decode
