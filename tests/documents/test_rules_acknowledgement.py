"""The rules acknowledgement (rule E24) as a real PDF: version, fines, E3, E21, signed statement."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from month_end_checks import CENTRE, MARKUP, line_with, only_embedded_cjk_font, pages
from pdf_checks import assert_contains, squash

from desktop_app.documents.rules_acknowledgement import (
    AcknowledgementData, FineAmount, render_rules_acknowledgement,
)


@pytest.fixture
def data() -> AcknowledgementData:
    return AcknowledgementData(
        centre=CENTRE, staff_name="张伟", role="维修工程师", rule_version=3,
        published_on=dt.date(2026, 1, 5), attitude_bonus_deduction=Decimal("300"),
        fines=(FineAmount(reason="服务结束后未致电总部即离开", amount=Decimal("50")),
               FineAmount(reason="因个人原因迟到现场", amount=Decimal("100")),
               FineAmount(reason="服务报告填写不完整", amount=Decimal("50")),
               FineAmount(reason="不服从派工", amount=Decimal("1200"))),
        issued_by="陈主管")


def render(write_pdf, data, **kwargs):
    return write_pdf(render_rules_acknowledgement(data, **kwargs), "ack.pdf")


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_every_part_is_printed(data, write_pdf, extractor, request):
    path = render(write_pdf, data)
    assert pages(path) == 1
    assert_contains(
        request.getfixturevalue(extractor)(path), "考核制度确认书", CENTRE.name, "员工姓名", "张伟",
        "岗位", "维修工程师", "考核制度版本", "第 3 版", "公布日期", "2026-01-05",
        "一、罚款标准（每次，E23）", "事由", "金额（每次）", *(f.reason for f in data.fines),
        "二、服务态度投诉（E3）", "批评教育，并扣减奖金 ¥300.00", "三、记大过情形（E21）",
        "与客户争吵或顶撞客户", "向客户索要钱物", "因个人原因延误服务", "因个人原因造成重复维修",
        "本人已阅读并知悉《售后服务考核制度》（第 3 版，2026-01-05 公布）的全部内容",
        "员工签字确认", "公布人签字", "陈主管", "v3 张伟 · 第 1 / 1 页")


def test_fine_amounts(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data))
    assert squash(line_with(text, "不服从派工")) == squash("4 不服从派工 ¥1,200.00")
    assert squash(line_with(text, "因个人原因迟到现场")) == squash("2 因个人原因迟到现场 ¥100.00")


def test_signed_date_is_printed_once_acknowledged(data, write_pdf, pdftotext):
    assert "2026-01-08" not in pdftotext(render(write_pdf, data))
    signed = dataclasses.replace(data, acknowledged_on=dt.date(2026, 1, 8))
    assert "2026-01-08" in pdftotext(render(write_pdf, signed))


def test_empty_fine_table_and_literal_text(data, write_pdf, pdftotext, pypdf_text):
    odd = dataclasses.replace(data, staff_name=MARKUP, fines=(), issued_by=None)
    path = render(write_pdf, odd)
    for text in (pdftotext(path), pypdf_text(path)):
        assert_contains(text, MARKUP)
    assert squash("序号 事由 金额（每次） —") in squash(pdftotext(path))


def test_english(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data, language="en"))
    assert_contains(text, "Acknowledgement of Assessment Rules", "version 3", "Published on",
                    "Fines per occurrence (E23)", "bonus deduction of ¥300.00",
                    "Asking the customer for money or gifts", "I have read and understood",
                    "Issued by", "Page 1 of 1")
    assert "确认书" not in text


def test_money_must_be_decimal(data):
    with pytest.raises(TypeError):
        render_rules_acknowledgement(dataclasses.replace(data, attitude_bonus_deduction=300.0))


def test_only_the_embedded_cjk_font_is_used(data, write_pdf):
    # Charts and plain table cells included: no unembedded base-14 font anywhere.
    assert only_embedded_cjk_font(write_pdf(render_rules_acknowledgement(data), "fonts.pdf"))
