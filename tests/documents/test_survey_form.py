"""The satisfaction survey form (rule E17) as a real PDF: questions, tick boxes, QR, one page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from pdf_checks import MM, assert_contains, drawn_rects, squash
from pypdf import PdfReader

from desktop_app.core.surveys import QUESTION_CODES
from desktop_app.documents.page_parts import CentreInfo
from desktop_app.documents.styles import make_styles
from desktop_app.documents.survey_form import (
    MIN_TICK_BOX_MM, SCORES, SURVEY_QUESTIONS, TICK_BOX_MM, SurveyFormData, render_survey_form,
    tick_box_side,
)
from desktop_app.documents.text import PLACEHOLDER

SCALE_ZH = ("很不满意", "不满意", "一般", "满意", "非常满意")


@pytest.fixture
def survey_data() -> SurveyFormData:
    return SurveyFormData(
        centre=CentreInfo("深圳讯联通信售后服务中心",
                          "深圳市南山区科技园高新南一道18号创维大厦A座12楼", "0755-86321188"),
        work_order_number="WO-20261127-0003", technician="张伟", service_date=dt.date(2026, 11, 27),
        customer_name="王建国", product_model="XL-IES2008G", serial="XL2026A0012345",
        kind="上门服务")


def render(write_pdf, data: SurveyFormData, **kwargs):
    return write_pdf(render_survey_form(data, **kwargs), "survey.pdf")


def tick_boxes(path, page_size: str) -> list[tuple[float, float, float, float]]:
    """The squares drawn the size of a tick box (table rules and QR modules are not)."""
    side = tick_box_side(make_styles(page_size))
    return [(x, y, w, h) for x, y, w, h in drawn_rects(PdfReader(path).pages[0])
            if w == pytest.approx(side, abs=0.01) and h == pytest.approx(side, abs=0.01)]


def test_question_codes_are_those_the_entry_dialog_and_database_use():
    codes = tuple(code for code, _zh, _en in SURVEY_QUESTIONS)
    assert codes == ("speed", "attitude", "explanation", "quality", "on_time", "overall")
    assert codes == QUESTION_CODES
    assert all(zh and en for _code, zh, en in SURVEY_QUESTIONS)


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_every_part_of_the_form_is_printed(survey_data, write_pdf, extractor, request):
    text = request.getfixturevalue(extractor)(render(write_pdf, survey_data))
    d = survey_data
    assert_contains(
        text, "客户满意度调查表", d.centre.name, d.centre.address, d.centre.phone,
        d.work_order_number, "2026-11-27", d.customer_name, d.kind, d.product_model, d.serial,
        d.technician, *(zh for _code, zh, _en in SURVEY_QUESTIONS),
        *(f"{n} = {word}" for n, word in zip(SCORES, SCALE_ZH, strict=True)),
        "其他意见或建议", "客户签字", "日期", "填写后请交回服务台",
        "WO-20261127-0003 · 客户满意度调查表 · 第 1 / 1 页",
    )


def test_each_question_has_five_labelled_boxes(survey_data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, survey_data))
    for _code, zh, _en in SURVEY_QUESTIONS:
        assert re.search(rf"{re.escape(zh)}\s+1\s+2\s+3\s+4\s+5\s*$", text, re.MULTILINE), zh


def test_layout_constants_give_large_boxes():
    assert TICK_BOX_MM >= 6 and MIN_TICK_BOX_MM >= 6
    for size in ("A4", "A5"):
        assert tick_box_side(make_styles(size)) >= 6 * MM


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_six_rows_of_five_boxes_at_least_6_mm(survey_data, write_pdf, size):
    boxes = tick_boxes(render(write_pdf, survey_data, page_size=size), size)
    assert len(boxes) == len(SURVEY_QUESTIONS) * len(SCORES) == 30
    assert all(w >= 6 * MM and h >= 6 * MM for _x, _y, w, h in boxes)
    # A grid: five columns (scores 1-5) by six rows (questions), none overlapping.
    assert len({round(x) for x, _y, _w, _h in boxes}) == 5
    assert len({round(y) for _x, y, _w, _h in boxes}) == 6
    xs = sorted({round(x) for x, _y, _w, _h in boxes})
    ys = sorted({round(y) for _x, y, _w, _h in boxes})
    side = boxes[0][2]
    assert min(b - a for a, b in zip(xs, xs[1:])) > side
    assert min(b - a for a, b in zip(ys, ys[1:])) > side


@pytest.mark.parametrize("size", ["A4", "A5"])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_one_page(survey_data, write_pdf, size, language):
    reader = PdfReader(render(write_pdf, survey_data, page_size=size, language=language))
    assert len(reader.pages) == 1
    expected = {"A4": (210, 297), "A5": (148, 210)}[size]
    box = reader.pages[0].mediabox
    assert (float(box.width) / MM, float(box.height) / MM) == pytest.approx(expected, abs=0.5)


@pytest.mark.parametrize(("size", "dpi"), [("A4", 72), ("A5", 100)])
def test_qr_scans_back_to_the_work_order(survey_data, write_pdf, render_png, zbarimg, size, dpi):
    path = render(write_pdf, survey_data, page_size=size)
    assert zbarimg(render_png(path, dpi=dpi)) == [survey_data.work_order_number]
    assert f"CODE-128:{survey_data.work_order_number}" in zbarimg(render_png(path, dpi=300),
                                                                   raw=False)


def test_english_form(survey_data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, survey_data, language="en"))
    assert_contains(
        text, "Customer Satisfaction Survey", *(en for _code, _zh, en in SURVEY_QUESTIONS),
        "1 = Very dissatisfied", "5 = Very satisfied", "Other comments or suggestions",
        "Customer signature", "Page 1 of 1", survey_data.customer_name,
    )
    assert "满意度调查表" not in text and "响应速度" not in text


def test_user_markup_prints_literally(survey_data, write_pdf, pdftotext, pypdf_text):
    data = dataclasses.replace(survey_data, customer_name="A&B <b>公司</b>",
                               technician="张<i>伟</i> & 李")
    path = render(write_pdf, data)
    for text in (pdftotext(path), pypdf_text(path)):
        assert "A&B <b>公司</b>" in text
        assert_contains(text, "张<i>伟</i> & 李")


def test_long_text_flows_to_a_second_page_with_a_running_header(survey_data, write_pdf,
                                                                pdftotext):
    long = ("深圳市华南自动化设备有限公司设备部王建国（代收人：李四）" * 25) + "【到此结束】"
    path = render(write_pdf, dataclasses.replace(survey_data, customer_name=long))
    assert len(PdfReader(path).pages) == 2
    # The name shares its lines with the "service type" column: count its parts, none lost.
    flat = squash(pdftotext(path))
    assert flat.count("（代收人：李四）") == 25 and "【到此结束】" in flat
    second = pdftotext(path, page=2)
    assert "客户满意度调查表（续） WO-20261127-0003" in second and "第 2 / 2 页" in second


def test_emoji_and_rare_characters_never_crash(survey_data, write_pdf, pdftotext):
    data = dataclasses.replace(survey_data, customer_name="王𠀀明😀", technician="👍🏽")
    text = pdftotext(render(write_pdf, data))
    assert_contains(text, f"王[U+20000]明{PLACEHOLDER}", survey_data.serial)
