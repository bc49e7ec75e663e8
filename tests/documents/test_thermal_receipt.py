"""Roll receipts and the pickup slip: exact widths, pages as long as their content, QR, small-type terms."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.documents.page_parts import CentreInfo
from desktop_app.documents.pickup_slip import PickupSlipData, render_pickup_slip
from desktop_app.documents.paper_sizes import paper_name
from desktop_app.documents.thermal_receipt import render_thermal_receipt
from pdf_checks import MM, assert_contains, squash

ROLLS = {"58mm": 58, "80mm": 80}


@pytest.fixture
def slip() -> PickupSlipData:
    return PickupSlipData(
        centre=CentreInfo("深圳讯联通信售后服务中心", "深圳市南山区科技园高新南一道18号", "0755-86321188"),
        work_order_number="WO-2026-000123", claim_number="SC-2026-000123", kind="到店维修", technician="李工",
        pickup_date=dt.date(2026, 11, 27), customer_name="王建国", customer_phone="13823456789",
        customer_company="A&B <b>公司</b>", product_model="XL-IES2008G", product_name="工业以太网交换机",
        serial="XL2026A0012345", replacement_serial=None, accessories=("电源适配器", "说明书"),
        decision="有偿维修", solution="更换电源模块，整机测试48小时正常。", parts=("电源模块 ×1",),
        charges=(("配件费（客户承担）", Decimal("180.00")), ("人工费", Decimal("50"))), total_paid=Decimal("230"))


def sizes_mm(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width) / MM, float(p.mediabox.height) / MM) for p in PdfReader(path).pages]


def font_sizes(path: Path, page: int = 0) -> dict[str, float]:
    """Each drawn string's font size (the first time it is drawn)."""
    found: dict[str, float] = {}

    def visit(text, _cm, tm, _font, size) -> None:  # noqa: ANN001 - pypdf's visitor signature
        if text.strip():
            found.setdefault(text.strip(), size * tm[0])

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("paper", ROLLS)
def test_roll_receipt_one_piece_per_copy_exactly_the_roll_wide(receipt_data, write_pdf, paper):
    path = write_pdf(render_thermal_receipt(receipt_data, paper=paper), f"roll-{paper}.pdf")
    pages = sizes_mm(path)
    assert len(pages) == 2  # customer's and centre's copies, each cut off the roll
    for width, height in pages:
        assert width == pytest.approx(ROLLS[paper], abs=0.5)
        assert 120 < height < 600
    assert pages[1][1] > pages[0][1]  # the centre's copy carries the customer's signed confirmation


@pytest.mark.parametrize("paper", ROLLS)
def test_page_length_follows_the_content(receipt_data, write_pdf, paper):
    short = write_pdf(render_thermal_receipt(receipt_data, paper=paper, copies=("customer",)), "short.pdf")
    longer = dataclasses.replace(receipt_data, fault_description="风扇异响，" * 120)
    long = write_pdf(render_thermal_receipt(longer, paper=paper, copies=("customer",)), "long.pdf")
    (_, short_height), = sizes_mm(short)
    (_, long_height), = sizes_mm(long)
    assert long_height > short_height + 20  # one page, however long: the roll has no page breaks
    assert len(PdfReader(long).pages) == 1


@pytest.mark.parametrize("paper", ROLLS)
def test_roll_receipt_qr_scans_back(receipt_data, write_pdf, render_png, zbarimg, paper):
    path = write_pdf(render_thermal_receipt(receipt_data, paper=paper), f"qr-{paper}.pdf")
    for page in (1, 2):
        assert zbarimg(render_png(path, dpi=300, page=page)) == [receipt_data.claim_number]


def test_roll_receipt_content_and_small_type_terms(receipt_data, write_pdf, pdftotext):
    path = write_pdf(render_thermal_receipt(receipt_data, paper="58mm"), "content.pdf")
    customer, centre = pdftotext(path, 1), pdftotext(path, 2)
    for text in (customer, centre):
        assert_contains(text, "售后服务受理单", receipt_data.claim_number, "王建国", "13823456789", "XL2026A0012345",
                        "WO-20261127-0003", "¥1,234.50", "检测后报价", "特别说明", "〔W7〕", "退货须经总经理批准")
    assert "客户联" in squash(customer) and "存根联" in squash(centre)
    assert "客户签字确认" in squash(centre) and "客户签字确认" not in squash(customer)
    sizes = font_sizes(path)
    body = sizes["受理单号"]
    assert sizes["〔"] < body * 0.85  # the terms (each opens with its rule, 〔W7〕…) in small type


def test_roll_receipt_prints_user_text_literally(receipt_data, write_pdf, pdftotext):
    marked = dataclasses.replace(receipt_data, customer_name="A&B <b>公司</b>", fault_description="<i>不开机</i> & 异响")
    text = pdftotext(write_pdf(render_thermal_receipt(marked, paper="80mm", language="en"), "markup.pdf"))
    assert "A&B <b>公司</b>" in text and "<i>不开机</i> & 异响" in text
    assert "Service Receipt" in text and "Terms of service" in text


def test_roll_receipt_refuses_sheet_paper(receipt_data):
    with pytest.raises(ValueError):
        render_thermal_receipt(receipt_data, paper="A4")
    with pytest.raises(ValueError):
        paper_name("70mm")
    assert paper_name(" 80MM ") == "80mm" and paper_name("a5") == "A5" and paper_name("58") == "58mm"


@pytest.mark.parametrize(("paper", "width", "height"), [("A4", 210, 297), ("A5", 148, 210),
                                                         ("58mm", 58, None), ("80mm", 80, None)])
def test_pickup_slip_on_every_paper(slip, write_pdf, render_png, zbarimg, pdftotext, paper, width, height):
    path = write_pdf(render_pickup_slip(slip, paper=paper), f"slip-{paper}.pdf")
    (page_width, page_height), = sizes_mm(path)
    assert page_width == pytest.approx(width, abs=0.5)
    if height is not None:
        assert page_height == pytest.approx(height, abs=0.5)
    else:
        assert 100 < page_height < 400
    assert slip.work_order_number in zbarimg(render_png(path, dpi=300))
    assert_contains(pdftotext(path), "取机单", slip.work_order_number, slip.claim_number, "2026-11-27", "王建国",
                    "XL2026A0012345", "更换电源模块", "电源模块×1", "电源适配器、说明书", "¥180.00", "¥50.00",
                    "实收合计", "¥230.00", "客户签字", "A&B <b>公司</b>")


def test_pickup_slip_code128_on_sheets(slip, write_pdf, render_png, zbarimg):
    path = write_pdf(render_pickup_slip(slip, paper="A4"), "slip-code.pdf")
    assert f"CODE-128:{slip.work_order_number}" in zbarimg(render_png(path, dpi=300), raw=False)


def test_free_pickup_in_english(slip, write_pdf, pdftotext):
    free = dataclasses.replace(slip, charges=(), total_paid=Decimal("0"), parts=(), customer_company=None)
    for paper in ("A4", "80mm"):
        text = pdftotext(write_pdf(render_pickup_slip(free, paper=paper, language="en"), f"free-{paper}.pdf"))
        assert_contains(text, "Pickup Slip", "No charge for this repair", "No parts replaced", "Customer signature")
        assert "¥" not in text
