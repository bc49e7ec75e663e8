"""The service report (rule E17) as a real PDF: sections, money, late mark, codes, page flow."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pdf_checks import assert_contains, squash
from pypdf import PdfReader

from desktop_app.documents.page_parts import CentreInfo
from desktop_app.documents.service_report import (
    OnSiteLine, PartLine, ServiceReportData, TimelineLine, render_service_report,
)
from desktop_app.documents.text import PLACEHOLDER

SHANGHAI = ZoneInfo("Asia/Shanghai")


def shanghai(day: int, hour: int, minute: int) -> dt.datetime:
    """A moment given in Shanghai time, passed in UTC as the services store it."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI).astimezone(dt.UTC)


@pytest.fixture
def report_data() -> ServiceReportData:
    """An on-site repair under W4, two parts from the service fund, one wear part paid (W6)."""
    return ServiceReportData(
        centre=CentreInfo("深圳讯联通信售后服务中心",
                          "深圳市南山区科技园高新南一道18号创维大厦A座12楼", "0755-86321188"),
        work_order_number="WO-20261127-0003", claim_number="SC-20261127-0001", kind="上门服务",
        technician="张伟", customer_name="王建国", customer_phone="13823456789",
        customer_company="深圳市华南自动化设备有限公司",
        customer_address="深圳市宝安区西乡街道宝源路1062号",
        product_model="XL-IES2008G", product_name="工业以太网交换机", serial="XL2026A0012345",
        sale_date=dt.date(2024, 3, 15),
        fault_reported="上电后电源灯常亮，所有端口指示灯不亮，无法建立链路。",
        fault_category="电源/供电", cause="质量问题",
        diagnosis="电源模块输出电压仅 3.1V（标称 5V），DC-DC 转换芯片 U12 过热损坏。",
        fault_cause="电源模块电容老化，芯片过热损坏",
        warranty_basis=("售出三年内(含)免费维修（W4）", "电源适配器属易损品，不在保修范围之内（W6）"),
        solution="更换电源模块及 DC-DC 转换芯片，更换电源适配器；老化测试 2 小时正常。",
        parts=(
            PartLine(part_no="PWR-5V-2A", name="电源模块 5V/2A", quantity=1,
                     unit_price=Decimal("86.00"), charged_to="服务基金", amount=Decimal("86.00")),
            PartLine(part_no="IC-TPS5430", name="DC-DC 转换芯片", quantity=2,
                     unit_price=Decimal("12.50"), charged_to="厂家", amount=Decimal("25.00")),
            PartLine(part_no="ADP-12V-1A", name="电源适配器 12V/1A", quantity=1,
                     unit_price=Decimal("1234.5"), charged_to="客户", amount=Decimal("1234.5")),
        ),
        labour=Decimal("0"), travel=Decimal("80"), total_to_customer=Decimal("1314.5"),
        customer_opinion=None,
        timeline=(TimelineLine(label="受理", at=shanghai(27, 9, 5)),
                  TimelineLine(label="派工", at=shanghai(27, 9, 40)),
                  TimelineLine(label="到达现场", at=shanghai(27, 14, 32)),
                  TimelineLine(label="修复", at=shanghai(27, 16, 10)),
                  TimelineLine(label="离开现场", at=shanghai(27, 16, 25)),
                  TimelineLine(label="结单", at=shanghai(28, 10, 0))),
        on_site=OnSiteLine(required_arrival_at=shanghai(27, 14, 0),
                           arrived_at=shanghai(27, 14, 32), departed_at=shanghai(27, 16, 25),
                           late=True),
        tz=SHANGHAI,
    )


def render(write_pdf, data: ServiceReportData, **kwargs):
    return write_pdf(render_service_report(data, **kwargs), "report.pdf")


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_every_section_is_printed(report_data, write_pdf, extractor, request):
    text = request.getfixturevalue(extractor)(render(write_pdf, report_data))
    d = report_data
    assert_contains(
        text, "售后服务报告单", d.centre.name, d.centre.address, d.centre.phone,
        "一、客户与产品信息", "二、故障诊断与处理", "三、更换配件及费用", "四、服务时间",
        "五、客户意见及签字确认",
        d.work_order_number, d.claim_number, d.kind, d.technician, d.customer_name,
        d.customer_phone, d.customer_company, d.customer_address, d.product_model,
        d.product_name, d.serial, "2024-03-15",
        d.fault_reported, d.fault_category, d.cause, d.diagnosis, d.fault_cause, *d.warranty_basis, d.solution,
        "费用承担", "PWR-5V-2A", "电源模块 5V/2A", "服务基金", "厂家",
        "人工费", "¥0.00", "差旅费", "¥80.00", "客户应付合计", "¥1,314.50",
        "要求到达时间", "2026-11-27 14:00", "实际到达时间", "2026-11-27 14:32", "【迟到】",
        "离开现场时间", "2026-11-27 16:25",
        *(step.label for step in d.timeline), "2026-11-27 09:05", "2026-11-28 10:00",
        "客户意见", "本人确认上述服务内容、更换配件及费用属实", "技术员签字", "客户签字确认",
        "WO-20261127-0003 · 第 1 / 1 页",
    )


def test_part_lines_show_quantity_price_payer_and_amount(report_data, write_pdf, pdftotext):
    lines = pdftotext(render(write_pdf, report_data)).splitlines()

    def line_of(part_no: str) -> str:
        return squash(next(line for line in lines if part_no in line))

    assert line_of("PWR-5V-2A") == squash("1 PWR-5V-2A 电源模块 5V/2A 1 ¥86.00 服务基金 ¥86.00")
    assert line_of("IC-TPS5430") == squash("2 IC-TPS5430 DC-DC 转换芯片 2 ¥12.50 厂家 ¥25.00")
    assert line_of("ADP-12V-1A") == squash("3 ADP-12V-1A 电源适配器 12V/1A 1 ¥1,234.50 客户 ¥1,234.50")
    total = next(line for line in lines if "客户应付合计" in line)
    assert total.rstrip().endswith("¥1,314.50")


def test_a_typical_on_site_report_fits_one_a4_page(report_data, write_pdf):
    assert len(PdfReader(render(write_pdf, report_data)).pages) == 1


def test_late_mark_only_when_late(report_data, write_pdf, pdftotext):
    on_time = dataclasses.replace(report_data, on_site=dataclasses.replace(
        report_data.on_site, late=False))
    text = pdftotext(render(write_pdf, on_time))
    assert "迟到" not in text
    assert_contains(text, "2026-11-27 14:32（按时到达）", "离开现场时间 2026-11-27 16:25")


def test_user_markup_prints_literally(report_data, write_pdf, pdftotext, pypdf_text):
    data = dataclasses.replace(report_data, customer_company="A&B <b>公司</b>",
                               diagnosis="接口 <br/> 松动 & 异响 &amp; 发热 > 60℃",
                               customer_opinion="服务 <i>很好</i> & 及时")
    path = render(write_pdf, data)
    for text in (pdftotext(path), pypdf_text(path)):
        assert "A&B <b>公司</b>" in text
        assert_contains(text, "接口 <br/> 松动 & 异响 &amp; 发热 > 60℃", "服务 <i>很好</i> & 及时")


def test_long_diagnosis_continues_on_a_second_page(report_data, write_pdf, pdftotext):
    long = ("设备在高温环境下运行约两小时后自动重启，A&B <b>公司</b> 断开，端口 3、5 的链路灯闪烁。"
            * 60)[:2400] + "【诊断到此结束】"
    path = render(write_pdf, dataclasses.replace(report_data, diagnosis=long))
    assert len(PdfReader(path).pages) == 2
    body = [line for line in pdftotext(path).splitlines()
            if not re.search(r"第 \d+ / \d+ 页|（续）", line)]
    assert_contains("\n".join(body), long, report_data.solution, "客户签字确认")
    second = pdftotext(path, page=2)
    assert "售后服务报告单（续） WO-20261127-0003" in second
    assert "WO-20261127-0003 · 第 2 / 2 页" in second


def test_qr_and_code128_carry_the_work_order_number(report_data, write_pdf, render_png,
                                                    zbarimg):
    for size in ("A4", "A5"):
        path = render(write_pdf, report_data, page_size=size)
        assert zbarimg(render_png(path, dpi=100)) == [report_data.work_order_number]
        symbols = zbarimg(render_png(path, dpi=300), raw=False)
        assert f"CODE-128:{report_data.work_order_number}" in symbols


def test_font_is_embedded(report_data, write_pdf):
    for page in PdfReader(render(write_pdf, report_data)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "WenQuanYi" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_english_report(report_data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, report_data, language="en"))
    assert_contains(
        text, "Service Report", "1. Customer and product", "2. Fault, diagnosis and solution",
        "3. Parts and charges", "4. Service times", "5. Customer's opinion and confirmation",
        "Paid by", "Total to the customer", "¥1,314.50", "Required arrival", "【LATE】",
        "Technician signature", "Customer signature", "Page 1 of 1",
    )
    assert "售后服务报告单" not in text and "客户签字" not in text


def test_optional_parts_may_be_empty(report_data, write_pdf, pdftotext):
    data = dataclasses.replace(
        report_data, claim_number=None, customer_company=None, customer_address=None,
        sale_date=None, fault_category=None, cause=None, diagnosis=None, warranty_basis=(),
        solution=None, parts=(), labour=None, travel=None, total_to_customer=Decimal("0"),
        timeline=(), on_site=None, tz=None)
    text = pdftotext(render(write_pdf, data))
    assert_contains(text, "本次服务未更换配件", "客户应付合计", "¥0.00", "四、客户意见及签字确认")
    for absent in ("服务时间", "人工费", "差旅费", "迟到", "换新序列号"):
        assert absent not in text


def test_exchange_prints_the_replacement_serial(report_data, write_pdf, pdftotext):
    data = dataclasses.replace(report_data, replacement_serial="XL2026B0099999")
    assert_contains(pdftotext(render(write_pdf, data)), "换新序列号 XL2026B0099999")


def test_emoji_and_rare_characters_never_crash(report_data, write_pdf, pdftotext):
    data = dataclasses.replace(report_data, customer_name="王𠀀明😀",
                               customer_opinion="很满意👍🏽", work_order_number="WO-😀-1")
    text = pdftotext(render(write_pdf, data))
    assert_contains(text, f"王[U+20000]明{PLACEHOLDER}", f"很满意{PLACEHOLDER}",
                    f"WO-{PLACEHOLDER}-1 · 第 1 / 1 页")


@pytest.mark.parametrize(("size", "expected"), [("A4", (210, 297)), ("A5", (148, 210))])
def test_page_size(report_data, write_pdf, size, expected):
    for page in PdfReader(render(write_pdf, report_data, page_size=size)).pages:
        width, height = (float(v) * 25.4 / 72 for v in (page.mediabox.width,
                                                        page.mediabox.height))
        assert (width, height) == pytest.approx(expected, abs=0.5)


def test_money_is_decimal_and_quantity_whole(report_data):
    part = report_data.parts[0]
    with pytest.raises(TypeError):
        render_service_report(dataclasses.replace(report_data, travel=80.0))
    with pytest.raises(TypeError):
        render_service_report(dataclasses.replace(
            report_data, parts=(dataclasses.replace(part, amount=86.0),)))
    with pytest.raises(TypeError):
        render_service_report(dataclasses.replace(
            report_data, parts=(dataclasses.replace(part, quantity=Decimal("1.5")),)))
    with pytest.raises(ValueError):
        render_service_report(report_data, page_size="Letter")
