"""The service receipt as a real PDF: extracted text, pages, embedded font, codes, sizes."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest
from pdf_checks import assert_contains
from pypdf import PdfReader

from desktop_app.documents.receipt import render_receipt
from desktop_app.documents.receipt_data import ChargeLine
from desktop_app.documents.styles import make_styles
from desktop_app.documents.text import (
    PLACEHOLDER, CJKParagraph, escape_markup, glyph_fallback, para_text,
)


W7_ZH = "如您将产品送回或寄回本服务中心，需承担运送时遗失或受损的风险，并预付运送费用，使用原有包装或具同等保护效果的包装寄送产品"
W6_ZH = "易损品不在保修范围之内（如产品外壳、产品外包装、驱动光盘、说明书、接线柱、连接器、电缆线、电源适配器等）"
S1_ZH = "8小时内给予快速回复"
S3_ZH = "在24小时内答复；需要现场服务的，在客户规定的时间内到达现场"


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_every_part_of_the_receipt_is_printed(receipt_data, write_pdf, extractor, request):
    path = write_pdf(render_receipt(receipt_data))
    text = request.getfixturevalue(extractor)(path)
    d = receipt_data
    assert_contains(
        text, d.centre.name, d.centre.address, d.centre.phone, d.claim_number, d.customer_name,
        d.customer_phone, d.customer_company, d.customer_address, d.product_model, d.product_name,
        d.serial, "2026-11-03", d.invoice_no, d.work_order_number, d.operator, d.channel,
        *d.accessories_received, *d.accessories_missing, d.fault_description, *d.decision_lines,
        "W2", "W9", "退货须经总经理批准",  # rule W9
        "驱动光盘", "¥1,234.50", "外壳更换", "检测后报价", "合计（不含待报价项目）",
        W7_ZH, W6_ZH, S1_ZH, S3_ZH,
        "2026-11-27 14:32",  # received 06:32 UTC, printed in Shanghai time
        "2026-11-27 22:32", "2026-11-28 14:32",  # S1 reply and S3 answer deadlines
        "售后服务受理单", "客户签字", "受理人签字", "客户签字确认", "客户联", "存根联（服务中心留存）",
    )


def test_each_copy_starts_on_its_own_page_and_is_numbered_per_copy(receipt_data, write_pdf,
                                                                   pdftotext):
    path = write_pdf(render_receipt(receipt_data))
    assert len(PdfReader(path).pages) == 2
    customer, centre = pdftotext(path, page=1), pdftotext(path, page=2)
    assert "客户联 · 第 1 / 1 页" in customer and "存根联" not in customer
    assert "存根联（服务中心留存） · 第 1 / 1 页" in centre
    assert "客户签字确认" in centre and "客户签字确认" not in customer  # only the centre keeps it
    assert "客户签字" in customer and "受理人签字" in customer


def test_one_copy_on_request(receipt_data, write_pdf):
    path = write_pdf(render_receipt(receipt_data, copies=("centre",)))
    assert len(PdfReader(path).pages) == 1


def test_user_markup_prints_literally(receipt_data, write_pdf, pdftotext, pypdf_text):
    data = dataclasses.replace(receipt_data, customer_company="A&B <b>公司</b>",
                               fault_description="接口 <br/> 松动 & 异响 &amp; 发热 > 60℃")
    path = write_pdf(render_receipt(data))
    for text in (pdftotext(path), pypdf_text(path)):
        assert "A&B <b>公司</b>" in text
        assert_contains(text, "接口 <br/> 松动 & 异响 &amp; 发热 > 60℃")


def test_long_description_continues_on_a_second_page(receipt_data, write_pdf, pdftotext):
    # Mixed Chinese and Latin words, as operators type them; no space between two ideographs.
    long = ("客户反映设备在高温环境下运行约两小时后自动重启，A&B <b>公司</b> 断开，重启后端口 3、5 的链路灯闪烁不定。"
            * 80)[:2990]
    data = dataclasses.replace(receipt_data, fault_description=long + "【描述到此结束】")
    path = write_pdf(render_receipt(data, copies=("customer",)))
    assert len(PdfReader(path).pages) >= 2
    # Nothing lost at the page break, once the page furniture between the halves is removed.
    body = [line for line in pdftotext(path).splitlines()
            if not re.search(r"第 \d+ / \d+ 页|（续）", line)]
    assert_contains("\n".join(body), long + "【描述到此结束】")
    second = pdftotext(path, page=2)
    assert "售后服务受理单（续） SC-20261127-0001" in second
    assert "第 2 / 2 页" in second


@pytest.mark.parametrize("length", [500, 650, 800])
def test_the_terms_stay_with_the_signatures_whatever_the_fault_length(receipt_data, write_pdf, pdftotext, length):
    """A long fault pushes the terms overleaf whole: never their box's title alone at the foot of a page."""
    fault = ("设备上电后 PWR 灯常亮，SYS 灯快闪不止，约 3 分钟后自动重启；" * 40)[:length]
    path = write_pdf(render_receipt(dataclasses.replace(receipt_data, fault_description=fault), copies=("centre",)))
    pages = [pdftotext(path, page=n) for n in range(1, len(PdfReader(path).pages) + 1)]
    with_terms = [n for n, text in enumerate(pages) if "服务条款" in text]
    with_signatures = [n for n, text in enumerate(pages) if "客户签字" in text]
    assert len(with_terms) == 1 and with_terms == with_signatures
    assert "W7" in pages[with_terms[0]]  # the first term beside its title


def test_a_split_chinese_paragraph_gains_no_spaces():
    # ReportLab joins the lines of a split paragraph with spaces; between ideographs that
    # would print "客户 反映" overleaf, so CJKParagraph joins them without.
    # Escaped markup splits the text into several fragments: the case ReportLab gets wrong.
    text = "客户反映设备在高温环境下运行约两小时后自动重启，A&B 公司<b>端口</b>三的链路灯闪烁不定。" * 12
    style = make_styles("A4").cell
    paragraph = CJKParagraph(para_text(text), style)
    paragraph.wrap(200, 10_000)
    first, rest = paragraph.split(200, style.leading * 3.5)
    joined = "".join(frag.text for part in (first, rest) for frag in part.frags)
    assert joined == text


def test_emoji_and_rare_characters_never_crash(receipt_data, write_pdf, pdftotext):
    data = dataclasses.replace(receipt_data, customer_name="王𠀀明😀",
                               fault_description="屏幕碎裂😀👍🏽，外壳有划痕𠀀，其余正常。")
    path = write_pdf(render_receipt(data))
    text = pdftotext(path)
    assert_contains(text, f"王[U+20000]明{PLACEHOLDER}",
                    f"屏幕碎裂{PLACEHOLDER}{PLACEHOLDER}，外壳有划痕[U+20000]，其余正常。",
                    receipt_data.customer_phone, receipt_data.serial)


def test_text_helpers():
    assert escape_markup("A&B <b>") == "A&amp;B &lt;b&gt;"
    assert glyph_fallback("好😀\U00020000\ufe0f") == f"好{PLACEHOLDER}[U+20000]"
    assert para_text("一\r\n二\t三 & <x>") == "一<br/>二 三 &amp; &lt;x&gt;"
    assert para_text(None) == ""
    assert glyph_fallback("\ud83d") == PLACEHOLDER  # a lone surrogate must not reach the PDF


def test_font_is_embedded(receipt_data, write_pdf):
    reader = PdfReader(write_pdf(render_receipt(receipt_data)))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            assert "WenQuanYi" in font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_qr_and_code128_carry_the_claim_number(receipt_data, write_pdf, render_png, zbarimg):
    path = write_pdf(render_receipt(receipt_data))
    for page in (1, 2):
        assert zbarimg(render_png(path, dpi=100, page=page)) == [receipt_data.claim_number]
    # The Code128 bars are 0.2 mm wide: a scanner or a 300 dpi image resolves them.
    symbols = zbarimg(render_png(path, dpi=300), raw=False)
    assert f"CODE-128:{receipt_data.claim_number}" in symbols
    assert f"QR-Code:{receipt_data.claim_number}" in symbols


def test_english_receipt(receipt_data, write_pdf, pdftotext):
    path = write_pdf(render_receipt(receipt_data, language="en"))
    text = pdftotext(path)
    assert_contains(
        text, "Service Receipt", "Customer copy", "Centre copy", "Claim no.", "Fault description",
        "Warranty decision", "Accessories received", "Terms of service", "Customer signature",
        "Operator signature", "Customer's confirmation", "Page 1 of 1",
        "you bear the risk of its loss or damage in transit, prepay the freight",
        "Wear parts are not covered by the warranty", "within 8 hours", "within 24 hours",
        "general manager's approval", "¥1,234.50", receipt_data.customer_name,
    )
    assert "售后服务受理单" not in text and "客户签字" not in text


@pytest.mark.parametrize(("size", "expected"), [("A4", (210, 297)), ("A5", (148, 210))])
def test_page_size(receipt_data, write_pdf, size, expected):
    reader = PdfReader(write_pdf(render_receipt(receipt_data, page_size=size)))
    for page in reader.pages:
        box = page.mediabox
        width, height = (float(v) * 25.4 / 72 for v in (box.width, box.height))
        assert width == pytest.approx(expected[0], abs=0.5)
        assert height == pytest.approx(expected[1], abs=0.5)


def test_a5_keeps_an_ordinary_claim_on_one_page_per_copy(receipt_data, write_pdf):
    assert len(PdfReader(write_pdf(render_receipt(receipt_data, page_size="A5"))).pages) == 2


def test_money_is_decimal_only(receipt_data):
    float_charge = dataclasses.replace(receipt_data, charges=(ChargeLine("x", "y", 1.5),))
    with pytest.raises(TypeError):
        render_receipt(float_charge)
    no_charges = dataclasses.replace(receipt_data, charges=(ChargeLine("x", "y", Decimal("0")),))
    assert render_receipt(no_charges).startswith(b"%PDF")


@pytest.mark.parametrize("kwargs", [{"page_size": "Letter"}, {"copies": ()},
                                    {"copies": ("customer", "archive")}])
def test_bad_arguments_are_refused(receipt_data, kwargs):
    with pytest.raises(ValueError):
        render_receipt(receipt_data, **kwargs)


def test_optional_fields_may_be_empty(receipt_data, write_pdf, pdftotext):
    data = dataclasses.replace(
        receipt_data, customer_company=None, customer_address=None, sale_date=None,
        invoice_no=None, accessories_received=(), accessories_missing=(), decision_lines=(),
        rules_cited=(), charges=(), needs_manager_approval=False, reply_due=None,
        answer_due=None, work_order_number=None, tz=None)
    text = pdftotext(write_pdf(render_receipt(data)))
    assert_contains(text, "暂无收费项目", "2026-11-27 06:32")  # as passed without tz
    assert "退货须经总经理批准" not in text


def test_a_long_list_of_charges_runs_over_pages(receipt_data, write_pdf, pdftotext):
    """Forty missing accessories once made a table taller than a page that could not split."""
    charges = tuple(ChargeLine(item=f"配件{n:02d}", reason="缺失", amount=Decimal("12.50")) for n in range(60))
    path = write_pdf(render_receipt(dataclasses.replace(receipt_data, charges=charges), copies=("customer",)))
    text = pdftotext(path)
    assert all(f"配件{n:02d}" in text for n in range(60))
    assert "750.00" in text  # the total, on the last page
    assert len(PdfReader(path).pages) >= 2


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_rule_a_decision_can_cite_is_explained_on_paper(language: str) -> None:
    """A rule number printed on the receipt means something to the reader: the judge's reasons and
    notes cite only rules the receipt has a line for (W, D rules)."""
    import re

    from desktop_app.core import warranty
    from desktop_app.documents.labels import rule_summary

    texts = [value for name, value in vars(warranty).items() if name.startswith(("_R_", "_N_")) and isinstance(value, str)]
    cited = {rule for text in texts for rule in re.findall(r"\b[WSDE]\d+\b", text)}
    assert {"W11", "D13", "D14"} <= cited
    assert [rule for rule in sorted(cited) if not rule_summary(rule, language)] == []
