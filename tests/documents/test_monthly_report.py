"""The repair monthly report (rule D3) as a real landscape PDF and a spreadsheet."""

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

from desktop_app.documents.monthly_labels import monthly_labels
from desktop_app.documents.monthly_report import (
    FaultCount, ModelRow, MonthlyReportData, PartUsage, due_date, model_totals, parts_total,
    render_monthly_report_pdf, render_monthly_report_xlsx, top_faults,
)

FAULTS = (FaultCount(fault="外壳破损", count=1), FaultCount(fault="电源/供电", count=5),
          FaultCount(fault="端口故障", count=2), FaultCount(fault="固件异常", count=2))


@pytest.fixture
def data() -> MonthlyReportData:
    return MonthlyReportData(
        centre=CENTRE, month=dt.date(2026, 11, 1), prepared_by="李晓燕",
        prepared_on=dt.date(2026, 12, 2),
        models=(ModelRow(model="XL-IES2008G", name="工业以太网交换机", received=12, repaired=8,
                         exchanged=2, returned=1, in_warranty=7, extended_warranty=3, out_of_warranty=2, doa=1,
                         early_defects=2, faults=FAULTS),
                ModelRow(model="XL-R200", name="企业级路由器", received=5, repaired=4, exchanged=0,
                         returned=0, in_warranty=3, out_of_warranty=2)),
        parts=(PartUsage(part_no="PWR-5V-2A", name="电源模块 5V/2A", quantity=6,
                         value=Decimal("519")),
               PartUsage(part_no="FAN-40", name="风扇组件 40mm", quantity=2,
                         value=Decimal("1234.5"))))


def render(write_pdf, data, **kwargs):
    return write_pdf(render_monthly_report_pdf(data, **kwargs), "monthly.pdf")


def test_builder_totals_due_date_and_top_faults(data):
    assert model_totals(data) == {"received": 17, "repaired": 12, "exchanged": 2, "returned": 1,
                                  "in_warranty": 10, "extended_warranty": 3, "out_of_warranty": 4, "doa": 1,
                                  "early_defects": 2}
    assert parts_total(data) == (8, Decimal("1753.50"))
    assert due_date(dt.date(2026, 11, 1)) == dt.date(2026, 12, 3)
    assert due_date(dt.date(2026, 12, 1)) == dt.date(2027, 1, 3)
    lab = monthly_labels()
    assert top_faults(data.models[0], lab) == "电源/供电 5、固件异常 2、端口故障 2"
    assert top_faults(data.models[1], lab) == ""


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_every_field_is_printed_on_landscape_a4(data, write_pdf, extractor, request):
    path = render(write_pdf, data)
    assert page_mm(path) == pytest.approx((297, 210), abs=0.5) and pages(path) == 1
    assert_contains(
        request.getfixturevalue(extractor)(path), "售后维修月报表", CENTRE.name, "报表月份",
        "2026年11月", "报送期限", "2026-12-03", "编制日期", "2026-12-02", "制表", "李晓燕",
        "一、分型号维修统计", "型号", "接修", "修复", "换机", "退货", "厂家保内", "中心延保", "保外",
        "厂家保内：厂家一年保修内，含开箱不良、品质不良（D10–D13）", "中心延保：厂家保修外本中心承诺或特批的免费维修",
        "（W4、W10、D10、D14）", "保外：客户付费（W5、W11）。",
        "开箱不良（D11）", "品质不良（D12）", "主要故障类别", "XL-IES2008G", "工业以太网交换机",
        "XL-R200", "企业级路由器", "二、本月配件使用", "金额（收费标准）", "PWR-5V-2A", "FAN-40",
        "次月3日前报送厂家（D3）", "厂家签收", "2026-11 · 第 1 / 1 页")


def test_rows_and_totals(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data))
    assert squash(line_with(text, "XL-IES2008G")) == squash(
        "XL-IES2008G 工业以太网交换机 12 8 2 1 7 3 2 1 2 电源/供电 5、固件异常 2、端口故障 2")
    assert squash(line_with(text, "XL-R200")) == squash("XL-R200 企业级路由器 5 4 0 0 3 0 2 0 0 —")
    totals = [line for line in text.splitlines() if line.strip().startswith("合计")]
    assert [squash(t) for t in totals] == [squash("合计 17 12 2 1 10 3 4 1 2"),
                                           squash("合计 8 ¥1,753.50")]
    assert squash(line_with(text, "FAN-40")) == squash("2 FAN-40 风扇组件 40mm 2 ¥1,234.50")


def test_empty_month(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, dataclasses.replace(data, models=(), parts=(),
                                                           prepared_on=None)))
    assert_contains(text, "本月无维修记录", "本月未使用配件", "合计 0 0 0 0 0 0 0 0 0", "合计 0 ¥0.00",
                    "编制日期 —")


def test_many_models_flow_to_page_two_with_running_header(data, write_pdf, pdftotext):
    models = tuple(dataclasses.replace(data.models[1], model=f"XL-M{i:03d}") for i in range(40))
    path = render(write_pdf, dataclasses.replace(data, models=models))
    assert pages(path) >= 2
    second = pdftotext(path, page=2)
    assert "售后维修月报表（续） 2026-11" in second and "第 2 /" in second and "型号" in second
    body = squash(body_text(pdftotext(path)))
    assert all(f"XL-M{i:03d}" in body for i in range(40))
    assert squash("合计 200 160 0 0 120 0 80 0 0") in body


def test_user_text_prints_literally(data, write_pdf, pdftotext, pypdf_text):
    odd = dataclasses.replace(data.models[0], name=MARKUP,
                              faults=(FaultCount(fault="<端口>", count=1),))
    path = render(write_pdf, dataclasses.replace(data, models=(odd,)))
    for text in (pdftotext(path), pypdf_text(path)):
        assert_contains(text, "<端口> 1")
    assert_contains(pypdf_text(path), MARKUP)


def test_english(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data, language="en"))
    assert_contains(text, "Repair Monthly Report", "November 2026", "Due by", "DOA (D11)",
                    "Received", "Exchanged", "Value (fee schedule)", "¥1,753.50", "Page 1 of")
    assert "月报表" not in text


def test_counts_and_money_are_typed(data):
    with pytest.raises(TypeError):
        model_totals(dataclasses.replace(data, models=(dataclasses.replace(
            data.models[0], received=Decimal("1")),)))
    with pytest.raises(TypeError):
        render_monthly_report_xlsx(dataclasses.replace(data, parts=(dataclasses.replace(
            data.parts[0], value=519.0),)))


def test_spreadsheet(data):
    ws = sheet(render_monthly_report_xlsx(data))
    assert ws.title == "维修月报" and ws.page_setup.orientation == "landscape"
    assert field(ws, "报表月份") == "2026年11月"
    assert field(ws, "报送期限").date() == dt.date(2026, 12, 3)
    head = row_of(ws, "型号")
    assert [c.value for c in ws[head]][:4] == ["型号", "产品名称", "接修", "修复"]
    assert [c.value for c in ws[head]][6:9] == ["厂家保内", "中心延保", "保外"]  # rule D10
    first = [c.value for c in ws[head + 1]]
    assert first == ["XL-IES2008G", "工业以太网交换机", 12, 8, 2, 1, 7, 3, 2, 1, 2,
                     "电源/供电 5、固件异常 2、端口故障 2"]
    totals = [c.value for c in ws[row_of(ws, "合计")]]
    assert totals[2:11] == [17, 12, 2, 1, 10, 3, 4, 1, 2]
    part = ws[row_of(ws, "PWR-5V-2A", column=2)]
    assert part[3].value == 6 and number(part[4].value) == Decimal("519")
    assert part[4].number_format == "0.00"
    rows = [r for r in ws.iter_rows() if r[0].value == "合计"]
    assert rows[1][3].value == 8 and number(rows[1][4].value) == Decimal("1753.50")


def test_only_the_embedded_cjk_font_is_used(data, write_pdf):
    # Charts and plain table cells included: no unembedded base-14 font anywhere.
    assert only_embedded_cjk_font(write_pdf(render_monthly_report_pdf(data), "fonts.pdf"))


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_the_centres_own_promise_has_its_own_column(data, write_pdf, extractor, request):
    # rules D3, D10, D14: one month with a claim in each warranty column prints 1 / 1 / 1
    one_each = ModelRow(model="S5720-28P", name="千兆交换机", received=3, repaired=3, in_warranty=1,
                        extended_warranty=1, out_of_warranty=1)
    month = dataclasses.replace(data, models=(one_each,))
    text = request.getfixturevalue(extractor)(render(write_pdf, month))
    assert squash("S5720-28P 千兆交换机 3 3 0 0 1 1 1 0 0 —") in squash(text)
    assert squash("合计 3 3 0 0 1 1 1 0 0") in squash(text)
    totals = model_totals(month)
    assert totals["in_warranty"] + totals["extended_warranty"] + totals["out_of_warranty"] == totals["received"]


def test_english_headers_and_note_name_the_three_warranty_columns(data, write_pdf, pypdf_text):
    text = squash(pypdf_text(render(write_pdf, data, language="en")))
    for words in ("Maker warranty", "Centre warranty", "Customer paid",
                  "Maker warranty: the manufacturer's year, with DOA and early defects (D10–D13)",
                  "centre warranty: the centre's own free repair beyond it, at the service fund's cost"
                  " (W4, W10, D10, D14); customer paid: W5, W11."):
        assert squash(words) in text


@pytest.mark.parametrize(("model_count", "name"), [(4, "二十四口千兆三层网管交换机（四个万兆光口）"),
                                                 (5, "二十四口千兆三层网管交换机（四个万兆光口）"),
                                                 (10, "工业以太网交换机"), (13, "工业以太网交换机")])
def test_the_signatures_never_stand_alone_on_a_page(data, write_pdf, pdftotext, model_count, name):
    # Page one just full: the signatures go overleaf only with the parts table they sign (these
    # counts left them alone on page two).
    models = tuple(dataclasses.replace(data.models[0], model=f"XL-M{i:03d}", name=name) for i in range(model_count))
    path = render(write_pdf, dataclasses.replace(data, models=models))
    for page in range(1, pages(path) + 1):
        text = body_text(pdftotext(path, page=page))
        if "厂家签收" in text:
            assert "PWR-5V-2A" in text and "FAN-40" in text, (model_count, page, text)
