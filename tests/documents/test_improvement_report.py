"""The product improvement report (rule E2) as a real PDF, with one fault chart per model."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from month_end_checks import CENTRE, MARKUP, body_text, line_with, only_embedded_cjk_font, pages
from pdf_checks import assert_contains, drawn_rects, squash
from pypdf import PdfReader

from desktop_app.documents.improvement_report import (
    CHART_FAULTS, ComplaintNote, FaultCount, ImprovementData, ModelFaults, RepeatRepair,
    fault_chart, ranked_faults, render_improvement_report,
)

FAULTS = ("电源/供电", "端口故障", "固件异常", "外壳破损", "风扇异响", "指示灯异常", "光模块不识别",
          "配置丢失", "重启频繁", "温度过高")
SWITCH = ModelFaults(model="XL-IES2008G", name="工业以太网交换机", faults=tuple(
    FaultCount(fault=f, count=max(1, 14 - 2 * i)) for i, f in enumerate(FAULTS)))
ROUTER = ModelFaults(model="XL-R200", name="企业级路由器", faults=(
    FaultCount(fault="电源/供电", count=2), FaultCount(fault="固件异常", count=5)))


@pytest.fixture
def data() -> ImprovementData:
    return ImprovementData(
        centre=CENTRE, first_month=dt.date(2026, 9, 1), last_month=dt.date(2026, 11, 1),
        models=(SWITCH, ROUTER), prepared_by="陈主管",
        repeat_repairs=(RepeatRepair(order="WO-20261103-0002", earlier_order="WO-20260915-0011",
                                     model="XL-IES2008G", fault="电源/供电", technician="张伟"),),
        design_defects=(ComplaintNote(number="CP-202611-0003", model="XL-IES2008G",
                                      description="导轨卡扣强度不足，安装时易断裂。"),),
        non_quality_complaints=(ComplaintNote(number="CP-202610-0007",
                                              description="说明书中网口配置步骤不清楚。"),))


def render(write_pdf, data, **kwargs):
    return write_pdf(render_improvement_report(data, **kwargs), "improvement.pdf")


def test_ranking_sums_the_tail_as_other():
    ranked = ranked_faults(SWITCH, "其他")
    assert len(ranked) == CHART_FAULTS == 8
    assert ranked[:3] == [("电源/供电", 14), ("端口故障", 12), ("固件异常", 10)]
    assert ranked[-1] == ("其他", 1 + 1 + 1)  # the 8th to 10th faults
    assert ranked_faults(ROUTER, "其他") == [("固件异常", 5), ("电源/供电", 2)]


def test_chart_has_one_bar_per_ranked_fault():
    chart = fault_chart(SWITCH, 300)
    assert chart.bars.data == [[3, 2, 4, 6, 8, 10, 12, 14]]  # drawn bottom-up: largest on top
    assert chart.bars.categoryAxis.categoryNames[-1] == "电源/供电"
    assert len(fault_chart(ROUTER, 300).bars.data[0]) == 2
    assert fault_chart(ModelFaults(model="X"), 300).bars.data == [[0]]


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_every_section_is_printed(data, write_pdf, extractor, request):
    text = request.getfixturevalue(extractor)(render(write_pdf, data))
    assert_contains(
        text, "产品改进报告", CENTRE.name, "呈报", "总经理", "统计期间", "2026年9月 – 2026年11月",
        "主管", "陈主管", "（E2）", "一、各型号主要故障", "XL-IES2008G", "工业以太网交换机", "共 59 单",
        "故障类别", "次数", "占比", *FAULTS[:7], "其他", "XL-R200", "共 7 单", "二、重复维修（E16）",
        "WO-20261103-0002", "WO-20260915-0011", "张伟", "三、疑似设计缺陷（E6）", "CP-202611-0003",
        "导轨卡扣强度不足，安装时易断裂。", "四、非质量投诉（E5）", "CP-202610-0007",
        "说明书中网口配置步骤不清楚。", "五、改进建议", "总经理批阅")


def test_fault_table_counts_and_shares(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data))
    assert squash("固件异常 5 71%") in squash(text)
    assert squash("电源/供电 14 24%") in squash(text)


def test_charts_are_drawn(data, write_pdf):
    page = PdfReader(render(write_pdf, data)).pages[0]
    # Horizontal bars share one height per chart; 8 + 2 bars on the first page.
    heights = {}
    for _x, _y, w, h in drawn_rects(page):
        heights.setdefault(round(h, 2), []).append(w)
    assert sorted(len(v) for v in heights.values() if len(v) in (2, 8))[-2:] == [2, 8]


def test_empty_sections_and_written_suggestions(data, write_pdf, pdftotext):
    empty = dataclasses.replace(data, models=(), repeat_repairs=(), design_defects=(),
                                non_quality_complaints=(), suggestions="建议加固导轨卡扣。",
                                last_month=data.first_month)
    text = pdftotext(render(write_pdf, empty))
    assert squash(text).count("本期无") == 4
    assert_contains(text, "建议加固导轨卡扣。", "统计期间 2026年9月", "2026-09 · 第 1 / 1 页")


def test_many_models_flow_with_running_header(data, write_pdf, pdftotext):
    models = tuple(dataclasses.replace(SWITCH, model=f"XL-M{i:02d}") for i in range(8))
    path = render(write_pdf, dataclasses.replace(data, models=models))
    assert pages(path) >= 3
    second = pdftotext(path, page=2)
    assert "产品改进报告（续） 2026-09–2026-11" in second and "第 2 /" in second
    body = squash(body_text(pdftotext(path)))
    assert all(f"XL-M{i:02d}" in body for i in range(8))


def test_user_text_prints_literally(data, write_pdf, pdftotext, pypdf_text):
    odd = dataclasses.replace(data, models=(ModelFaults(model="<M>", faults=(
        FaultCount(fault="<端口>", count=3),)),), design_defects=(ComplaintNote(
            number="CP-1", description=MARKUP),))
    path = render(write_pdf, odd)
    for text in (pdftotext(path), pypdf_text(path)):
        assert_contains(text, MARKUP, "<M>")
        assert squash(text).count("<端口>") == 2  # in the table and on the chart
    assert "<端口>" in line_with(pdftotext(path), "100%")


def test_english(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data, language="en"))
    assert_contains(text, "Product Improvement Report", "General manager",
                    "September 2026 – November 2026", "59 orders", "Other",
                    "Repeat repairs (E16)", "Suspected design defects (E6)",
                    "Non-quality complaints (E5)", "Suggestions", "Page 1 of")
    assert "改进报告" not in text


def test_only_the_embedded_cjk_font_is_used(data, write_pdf):
    # Charts and plain table cells included: no unembedded base-14 font anywhere.
    assert only_embedded_cjk_font(write_pdf(render_improvement_report(data), "fonts.pdf"))
