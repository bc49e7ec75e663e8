"""The parts requisition (rule D8) as a real PDF and XLSX: lines, over-quota marks, quota check."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from month_end_checks import (
    CENTRE, MARKUP, body_text, field, line_with, number, only_embedded_cjk_font, page_mm, pages,
    row_of, sheet,
)
from pdf_checks import assert_contains, squash

from desktop_app.documents.requisition_form import (
    RequisitionData, RequisitionLine, line_rows, quota_figures, render_requisition_pdf,
    render_requisition_xlsx,
)

NAMES = ("电源模块 5V/2A", "DC-DC 转换芯片", "以太网变压器", "风扇组件 40mm")


def lines(count: int, over_from: int) -> tuple[RequisitionLine, ...]:
    return tuple(RequisitionLine(part_no=f"PWR-5V-{i:02d}", name=NAMES[i % 4], unit="个",
                                 quantity=i + 1, unit_price=Decimal("86.00"),
                                 amount=Decimal("86.00") * (i + 1), over_quota=i >= over_from)
                 for i in range(count))


@pytest.fixture
def data() -> RequisitionData:
    """Seven lines for ¥2,408.00 against a ¥2,000 quota with ¥600 used: ¥1,008 over (D6)."""
    return RequisitionData(
        centre=CENTRE, number="RQ-202611-0002", month=dt.date(2026, 11, 1), status="待审批",
        shipping="EMS（加急）", urgent_cost=Decimal("120"), lines=lines(7, 5),
        quota=Decimal("2000"), used_before=Decimal("600"), total=Decimal("2408"),
        excess=Decimal("1008"), prepared_by="李晓燕", approved_by=None,
        note="风扇组件库存不足，请随下批货物一并发运。")


@pytest.fixture
def pdf(data, write_pdf):
    return write_pdf(render_requisition_pdf(data), "requisition.pdf")


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_every_field_is_printed(pdf, data, extractor, request):
    text = request.getfixturevalue(extractor)(pdf)
    assert_contains(
        text, "维修配件备料单", CENTRE.name, CENTRE.address, CENTRE.phone, "备料单号",
        data.number, "备料月份", "2026年11月", "所属季度", "2026年第四季度", "状态", "待审批",
        "发运方式", "EMS（加急）", "加急运费差额", "¥120.00", "一、备料明细", "配件编号",
        "单价（收费标准）", *(line.part_no for line in data.lines), *NAMES, "二、定额核对",
        "本季度备料定额", "¥2,000.00", "本季度已用（不含本单）", "¥600.00", "本单金额",
        "¥2,408.00", "本季度累计", "¥3,008.00", "剩余定额", "¥0.00",
        "超额金额（按收费标准计费）", "¥1,008.00", "三、备注", data.note,
        "由服务中心承担（D8）", "制表", "李晓燕", "审核", "厂家确认", "RQ-202611-0002 · 第 1 / 1 页")


def test_lines_totals_and_over_quota_marks(pdf, pdftotext):
    text = pdftotext(pdf)
    assert squash(line_with(text, "PWR-5V-00")) == squash(
        "1 PWR-5V-00 电源模块 5V/2A 个 1 ¥86.00 ¥86.00")
    assert squash(line_with(text, "PWR-5V-05")) == squash(
        "6 PWR-5V-05 DC-DC 转换芯片（超额） 个 6 ¥86.00 ¥516.00")
    marked = [line for line in text.splitlines() if "PWR-5V-" in line and "（超额）" in line]
    assert [line.split()[1] for line in marked] == ["PWR-5V-05", "PWR-5V-06"]
    assert squash(line_with(text, "合计")).endswith(squash("28 ¥2,408.00"))


def test_the_builder_rows_and_quota_figures(data):
    rows = line_rows(data, {"over_mark": "（超额）"})
    assert rows[0] == [1, "PWR-5V-00", "电源模块 5V/2A", "个", 1, Decimal("86.00"),
                       Decimal("86.00")]
    assert [row[2].endswith("（超额）") for row in rows] == [False] * 5 + [True] * 2
    assert dict(quota_figures(data)) == {
        "quota": Decimal("2000"), "used_before": Decimal("600"), "this_total": Decimal("2408"),
        "cumulative": Decimal("3008"), "remaining": Decimal("0"), "excess": Decimal("1008")}
    within = dataclasses.replace(data, total=Decimal("500"), excess=Decimal("0"))
    assert dict(quota_figures(within))["remaining"] == Decimal("900")


def test_within_quota_and_no_urgent_shipping(data, write_pdf, pdftotext):
    within = dataclasses.replace(data, lines=lines(3, 99), total=Decimal("516"),
                                 excess=Decimal("0"), urgent_cost=None, shipping="随货发运",
                                 approved_by="陈主管", note=None)
    text = pdftotext(write_pdf(render_requisition_pdf(within), "within.pdf"))
    assert "（超额）" not in text and "由服务中心承担（D8）" not in text and "备注" not in text
    assert_contains(text, "加急运费差额 —", "¥0.00（未超定额）", "剩余定额 ¥884.00", "陈主管")


def test_long_requisition_continues_with_running_header(data, write_pdf, pdftotext):
    many = lines(40, 30)
    total = sum((line.amount for line in many), Decimal("0"))
    path = write_pdf(render_requisition_pdf(dataclasses.replace(data, lines=many, total=total)))
    assert pages(path) == 2 and page_mm(path) == pytest.approx((210, 297), abs=0.5)
    second = pdftotext(path, page=2)
    assert "维修配件备料单（续） RQ-202611-0002" in second and "第 2 / 2 页" in second
    assert "配件编号" in second  # the table head repeats
    body = squash(body_text(pdftotext(path)))
    assert all(f"PWR-5V-{i:02d}" in body for i in range(40))
    assert "厂家确认" in second


def test_user_text_prints_literally(data, write_pdf, pdftotext, pypdf_text):
    odd = (RequisitionLine(part_no="X<1>", name=MARKUP, unit="套", quantity=1,
                           unit_price=Decimal("1"), amount=Decimal("1")),)
    path = write_pdf(render_requisition_pdf(dataclasses.replace(data, lines=odd, note=MARKUP)))
    for text in (pdftotext(path), pypdf_text(path)):
        assert_contains(text, MARKUP, "X<1>")


def test_english(data, write_pdf, pdftotext):
    text = pdftotext(write_pdf(render_requisition_pdf(data, language="en")))
    assert_contains(text, "Parts Requisition", "November 2026", "2026 Q4",
                    "DC-DC 转换芯片 (over quota)", "Quota check",
                    "Excess (charged at the fee schedule)",
                    "¥1,008.00", "Prepared by", "Reviewed by", "Manufacturer", "Page 1 of 1")
    assert "备料单" not in text


def test_money_must_be_decimal_and_quantity_whole(data):
    with pytest.raises(TypeError):
        render_requisition_pdf(dataclasses.replace(data, urgent_cost=120.0))
    bad = dataclasses.replace(data.lines[0], quantity=Decimal("1.5"))
    with pytest.raises(TypeError):
        render_requisition_pdf(dataclasses.replace(data, lines=(bad,)))
    with pytest.raises(TypeError):
        render_requisition_xlsx(dataclasses.replace(data, quota=2000.0))


def test_qr_code_carries_the_number(pdf, render_png, zbarimg):
    assert zbarimg(render_png(pdf, dpi=100)) == ["RQ-202611-0002"]


def test_spreadsheet_has_the_same_columns_and_numbers(data):
    ws = sheet(render_requisition_xlsx(data))
    assert ws.title == "备料单"
    assert ws["A1"].value == f"{CENTRE.name} 维修配件备料单"
    assert field(ws, "备料单号") == data.number and field(ws, "状态") == "待审批"
    assert field(ws, "备料月份") == "2026年11月" and field(ws, "所属季度") == "2026年第四季度"
    assert number(field(ws, "加急运费差额")) == Decimal("120")
    head = row_of(ws, "序号")
    assert [c.value for c in ws[head]] == ["序号", "配件编号", "配件名称", "单位", "数量",
                                           "单价（收费标准）", "金额"]
    first = ws[head + 1]
    assert [c.value for c in first[:5]] == [1, "PWR-5V-00", "电源模块 5V/2A", "个", 1]
    assert number(first[5].value) == Decimal("86.00") and first[5].number_format == "0.00"
    assert ws.cell(head + 6, 3).value == "DC-DC 转换芯片（超额）"
    total = ws[row_of(ws, "合计")]
    assert total[4].value == 28 and number(total[6].value) == data.total
    assert total[6].number_format == "0.00"
    assert number(field(ws, "超额金额（按收费标准计费）")) == Decimal("1008")
    assert number(field(ws, "本季度累计")) == Decimal("3008")


def test_spreadsheet_keeps_formula_like_text_as_text(data):
    odd = dataclasses.replace(data.lines[0], name="=HYPERLINK(\"x\")\x07")
    ws = sheet(render_requisition_xlsx(dataclasses.replace(data, lines=(odd,), note="=1+1")))
    cell = ws.cell(row_of(ws, "序号") + 1, 3)
    assert cell.value == "=HYPERLINK(\"x\")" and cell.data_type == "s"
    assert field(ws, "备注") == "=1+1"


def test_only_the_embedded_cjk_font_is_used(data, write_pdf):
    # Charts and plain table cells included: no unembedded base-14 font anywhere.
    assert only_embedded_cjk_font(write_pdf(render_requisition_pdf(data), "fonts.pdf"))
