"""The return application (rules D15-D16) as a real PDF: list, classification, counts, notes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from month_end_checks import CENTRE, MARKUP, body_text, line_with, only_embedded_cjk_font, pages
from pdf_checks import assert_contains, squash

from desktop_app.documents.return_application import (
    ReturnApplicationData, ReturnItem, ReturnTotals, render_return_application, totals,
)

DOA = ReturnItem(serial="XL2026A0012345", name="工业以太网交换机 XL-IES2008G", quantity=1,
                 reason="上电后所有端口指示灯不亮", classification="开箱不良（D11）",
                 cost_bearer="厂家承担运费", packed=True, acknowledged_quantity=1,
                 claim_number="SC-20261127-0001")
EARLY = ReturnItem(serial="XL2026A0019876", name="工业以太网交换机 XL-IES2008G", quantity=1,
                   reason="售出第9天电源模块烧毁", classification="品质不良（D12）",
                   cost_bearer="厂家承担运费", packed=True)
IN_WARRANTY = ReturnItem(part_no="PWR-5V-2A", name="电源模块 5V/2A", quantity=5, reason="翻新",
                         classification="保内（D13）", cost_bearer="服务基金承担去程运费及配件",
                         packed=False, acknowledged_quantity=4)
OUT = ReturnItem(part_no="FAN-40", name="风扇组件 40mm", quantity=2, reason="客户进水损坏",
                 classification="保外（D14）", cost_bearer="服务中心承担（基金扣除）", packed=True)


@pytest.fixture
def data() -> ReturnApplicationData:
    return ReturnApplicationData(
        centre=CENTRE, number="RA-202611-0005", status="已批准", applied_on=dt.date(2026, 11, 20),
        approved_on=dt.date(2026, 11, 22), approval_reference="XL售后〔2026〕118号",
        applied_by="李晓燕", lines=(DOA, EARLY, IN_WARRANTY, OUT), note="随货附清单一份，共两箱。")


def render(write_pdf, data, **kwargs):
    return write_pdf(render_return_application(data, **kwargs), "return.pdf")


def test_every_field_is_printed(data, write_pdf, pdftotext, pypdf_text):
    path = render(write_pdf, data)
    fields = ("返厂申请单", CENTRE.name, "申请单号", "RA-202611-0005", "状态", "已批准", "申请日期",
              "2026-11-20", "批准日期", "2026-11-22", "批准文号", "XL售后〔2026〕118号", "申请人",
              "李晓燕", "名称/型号", "返厂原因", "发现日期", "已装箱",
              "厂家清点", "SC-20261127-0001", "发货须完整、清洁，并附本清单；无清单时以厂家清点为准",
              "（D15）", "备注：随货附清单一份，共两箱。", "厂家批准", "厂家签收",
              "RA-202611-0005 · 第 1 / 1 页")
    # Wrapped cells interleave in the layout text: the per-line values are checked in pypdf's, and so
    # are the headings that wrap since the found-on column (D11/D12) took its share of the width.
    heads = ("序列号/配件编号", "判定 / 运费及配件承担")
    cells = [x for item in data.lines for x in (item.serial or item.part_no, item.name,
                                                item.reason, item.classification,
                                                item.cost_bearer)]
    assert_contains(pdftotext(path), *fields)
    assert_contains(pypdf_text(path), *fields, *heads, *cells)


def test_lines_show_quantity_packed_and_the_makers_count(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data))
    assert squash(line_with(text, "XL2026A0012345")).endswith("✓1")
    assert squash(line_with(text, "XL2026A0019876")).endswith("✓—")  # not yet counted
    lines = text.splitlines()
    short = lines.index(line_with(text, "PWR-5V-2A"))
    assert squash(lines[short]).endswith("4") and squash(lines[short + 1]).endswith("（短少）")  # D16: short
    assert "✓" not in line_with(text, "PWR-5V-2A")
    assert squash(line_with(text, "合计")) == squash("合计 9 3/4 —")


def test_totals_summarise_the_list(data):
    assert totals(data) == ReturnTotals(quantity=9, packed_lines=3, lines=4, acknowledged=None,
                                        short_lines=1)
    counted = dataclasses.replace(data, lines=(DOA, IN_WARRANTY))
    assert totals(counted).acknowledged == 5
    with pytest.raises(TypeError):
        totals(dataclasses.replace(data, lines=(dataclasses.replace(DOA, quantity=1.0),)))


def test_counted_in_full_prints_the_total(data, write_pdf, pdftotext):
    data = dataclasses.replace(data, lines=(DOA, dataclasses.replace(OUT, acknowledged_quantity=2)))
    text = pdftotext(render(write_pdf, data))
    assert squash(line_with(text, "合计")) == squash("合计 3 2/2 3")
    assert "短少" not in text


def test_missing_dates_and_reference_print_a_dash(data, write_pdf, pdftotext):
    draft = dataclasses.replace(data, status="草稿", applied_on=None, approved_on=None,
                                approval_reference=None, note=None)
    text = pdftotext(render(write_pdf, draft))
    assert_contains(text, "申请日期 — 批准日期 —", "批准文号 —", "草稿")
    assert "备注" not in text


def test_long_list_flows_to_page_two(data, write_pdf, pdftotext):
    many = tuple(dataclasses.replace(OUT, part_no=f"FAN-{i:03d}") for i in range(24))
    path = render(write_pdf, dataclasses.replace(data, lines=many))
    assert pages(path) == 2
    second = pdftotext(path, page=2)
    assert "返厂申请单（续） RA-202611-0005" in second and "第 2 / 2 页" in second
    body = squash(body_text(pdftotext(path)))
    assert all(f"FAN-{i:03d}" in body for i in range(24)) and "厂家签收" in second
    assert squash(line_with(pdftotext(path), "合计")) == squash("合计 48 24/24 —")


def test_user_text_prints_literally(data, write_pdf, pdftotext, pypdf_text):
    odd = dataclasses.replace(OUT, reason=MARKUP, name="<风扇>")
    path = render(write_pdf, dataclasses.replace(data, lines=(odd,), note=MARKUP))
    for text in (pdftotext(path), pypdf_text(path)):
        assert_contains(text, MARKUP, "<风扇>")


def test_english(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data, language="en"))
    assert_contains(text, "Return Application", "Application no.", "Approval ref.",
                    "Classification /", "Found on", "Counted", "(short)", "without a list the",
                    "Approved by maker", "Received by maker", "Page 1 of 1")
    assert "返厂申请单" not in text


def test_qr_code_carries_the_number(data, write_pdf, render_png, zbarimg):
    assert zbarimg(render_png(render(write_pdf, data), dpi=100)) == ["RA-202611-0005"]


def test_only_the_embedded_cjk_font_is_used(data, write_pdf):
    # Charts and plain table cells included: no unembedded base-14 font anywhere.
    assert only_embedded_cjk_font(write_pdf(render_return_application(data), "fonts.pdf"))
