"""The staff evaluation sheet (E17, E21, E23, E24, S3) as a real PDF, with its 12-month chart."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from decimal import Decimal

import pytest
from month_end_checks import CENTRE, MARKUP, body_text, line_with, only_embedded_cjk_font, pages
from pdf_checks import assert_contains, drawn_rects, squash
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, PolyLine

from desktop_app.documents.charts import BAR_COLOUR
from desktop_app.documents.evaluation_sheet import (
    ChartMonth, ComplaintEntry, EvaluationData, Figures, FineEntry, evaluation_chart, figure_rows,
    render_evaluation_sheet,
)
from desktop_app.documents.staff_labels import staff_labels

COMPLETED = (18, 22, 15, 0, 25, 30, 27, 21, 19, 24, 28, 26)
SATISFACTION = ("4.5", "4.7", "4.2", None, "4.8", "4.6", "4.9", "4.4", "4.1", "4.6", "4.7", "4.62")


def history() -> tuple[ChartMonth, ...]:
    months = [dt.date(2025 + (11 + i) // 12, (11 + i) % 12 + 1, 1) for i in range(12)]
    return tuple(ChartMonth(month=m, completed=c, satisfaction=Decimal(s) if s else None)
                 for m, c, s in zip(months, COMPLETED, SATISFACTION, strict=True))


@pytest.fixture
def data() -> EvaluationData:
    return EvaluationData(
        centre=CENTRE, staff_name="张伟", role="维修工程师", month=dt.date(2026, 11, 1),
        rule_version=3, rule_published_on=dt.date(2026, 1, 5), acknowledged_on=dt.date(2026, 1, 8),
        figures=Figures(completed=26, surveys=18, satisfaction=Decimal("4.62"),
                        answered_24h_rate=Decimal("0.95"), on_time_rate=None, repeats=1,
                        incomplete_reports=2, verified_complaints=1, major_demerits=0,
                        fines_total=Decimal("150")),
        completed_orders=tuple(f"WO-202611{d:02d}-0003" for d in range(1, 27)),
        late_orders=("WO-20261105-0003",), repeat_orders=("WO-20261103-0002",),
        incomplete_orders=("WO-20261112-0003", "WO-20261120-0003"),
        complaints=(ComplaintEntry(number="CP-202611-0004", category="服务态度",
                                   outcome="批评教育、扣减奖金（E3）"),),
        fines=(FineEntry(reason="服务报告填写不完整", amount=Decimal("50"),
                         order_number="WO-20261112-0003", rule_version=3, facts_on=dt.date(2026, 11, 12)),
               FineEntry(reason="因个人原因迟到", amount=Decimal("100"),
                         order_number="WO-20261105-0003", rule_version=3, facts_on=dt.date(2026, 11, 5))),
        history=history())


def render(write_pdf, data, **kwargs):
    return write_pdf(render_evaluation_sheet(data, **kwargs), "evaluation.pdf")


@pytest.mark.parametrize("extractor", ["pdftotext", "pypdf_text"])
def test_every_field_is_printed(data, write_pdf, extractor, request):
    text = request.getfixturevalue(extractor)(render(write_pdf, data))
    assert_contains(
        text, "员工月度考评表", CENTRE.name, "员工姓名", "张伟", "岗位", "维修工程师", "考评月份",
        "2026年11月", "考核制度版本", "第 3 版（2026-01-05 公布）", "制度确认",
        "已签字确认（2026-01-08）", "一、考评数据", "完成工单", "26 单", "满意度调查份数", "18 份",
        "平均满意度（5分制）", "4.62", "24小时内答复率（S3）", "95.0%", "按时到达率（S3）",
        "重复维修（E16）", "1 次", "服务报告不完整（E23）", "2 次", "经核实投诉", "记大过（E21）",
        "0 次", "罚款合计（E23）", "¥150.00", "二、近12个月趋势", "三、证据明细",
        *data.completed_orders, "超时答复或迟到工单", "WO-20261105-0003", "重复维修工单",
        "WO-20261103-0002", "报告不完整工单", "WO-20261120-0003", "CP-202611-0004", "服务态度",
        "批评教育、扣减奖金（E3）", "四、罚款明细（E23）", "服务报告填写不完整", "因个人原因迟到",
        "¥50.00", "¥100.00", "主管签字", "员工签字确认")


def test_figures_and_fines_total(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, data))
    assert_contains(text, "按时到达率（S3） —")
    assert squash(line_with(text, "因个人原因迟到")) == squash("2 2026-11-05 因个人原因迟到 WO-20261105-0003 3 ¥100.00")
    total = next(line for line in text.splitlines() if line.strip().startswith("合计"))
    assert squash(total) == squash("合计 ¥150.00")


def test_none_prints_a_dash_and_missing_acknowledgement_is_flagged(data, write_pdf, pdftotext):
    rows = figure_rows(Figures(), staff_labels())
    assert len(rows) == 10 and all(value == "—" for _label, value in rows)
    bare = dataclasses.replace(data, figures=Figures(), acknowledged_on=None, rule_version=None,
                               completed_orders=(), late_orders=(), repeat_orders=(),
                               incomplete_orders=(), complaints=(), fines=(), history=())
    text = pdftotext(render(write_pdf, bare))
    assert_contains(text, "完成工单 —", "平均满意度（5分制） —", "罚款合计（E23） —",
                    "员工尚未签字确认该版本", "无已公布版本", "超时答复或迟到工单 —")
    total = next(line for line in text.splitlines() if line.strip().startswith("合计"))
    assert squash(total) == squash("合计 ¥0.00")


def test_chart_has_a_bar_per_month_and_a_marker_per_surveyed_month():
    drawing = evaluation_chart(history(), 500, 160)
    assert drawing.bars.data == [list(COMPLETED)]
    assert len(drawing.bars.categoryAxis.categoryNames) == 12
    markers = [s for s in drawing.satisfaction.contents if isinstance(s, Circle)]
    lines = [s for s in drawing.satisfaction.contents if isinstance(s, PolyLine)]
    assert len(markers) == 11  # March had no surveys: no point, and the line breaks there
    assert len(lines) == 2
    assert drawing.initialFontName.startswith("WenQuanYi")


def test_chart_is_drawn_in_the_pdf(data, write_pdf):
    page = PdfReader(render(write_pdf, data)).pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    fills = {tuple(round(float(v), 3) for v in match)
             for match in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg", content)}
    assert tuple(round(v, 3) for v in BAR_COLOUR.rgb()) in fills  # the bars' fill colour
    widths = Counter(round(w, 2) for _x, _y, w, _h in drawn_rects(page))
    bar_width = next(w for w, n in widths.items() if n == 11)
    bars = sorted((x, h) for x, _y, w, h in drawn_rects(page) if round(w, 2) == bar_width)
    # One rectangle per month with orders (March, with none, draws nothing), left to right,
    # each as tall as its count.
    drawn = [c for c in COMPLETED if c]
    assert len(bars) == len(drawn) == 11
    unit = bars[0][1] / drawn[0]
    assert [round(h / unit, 3) for _x, h in bars] == drawn


def test_long_evidence_flows_to_page_two(data, write_pdf, pdftotext):
    many = tuple(f"WO-2026{m:02d}{d:02d}-{k:04d}" for m in (10, 11) for d in range(1, 29)
                 for k in range(1, 4))
    path = render(write_pdf, dataclasses.replace(data, completed_orders=many))
    assert pages(path) >= 2
    second = pdftotext(path, page=2)
    assert "员工月度考评表（续） 2026-11 张伟" in second and "第 2 /" in second
    body = squash(body_text(pdftotext(path)))
    assert all(number in body for number in many)


def test_user_text_prints_literally(data, write_pdf, pdftotext, pypdf_text):
    odd = dataclasses.replace(data, role=MARKUP, complaints=(ComplaintEntry(
        number="<CP>", category=MARKUP),))
    path = render(write_pdf, odd)
    for text in (pdftotext(path), pypdf_text(path)):
        assert_contains(text, MARKUP, "<CP>")


def test_english(data, write_pdf, pdftotext):
    text = pdftotext(render(write_pdf, dataclasses.replace(data, acknowledged_on=None),
                            language="en"))
    assert_contains(text, "Monthly Staff Evaluation", "November 2026",
                    "version 3 (published 2026-01-05)", "not yet acknowledged",
                    "Mean satisfaction (of 5)", "95.0%", "Arrived on time (S3) —", "Supervisor",
                    "Staff member", "Page 1 of")
    assert "考评" not in text


def test_only_the_embedded_cjk_font_is_used(data, write_pdf):
    # Charts and plain table cells included: no unembedded base-14 font anywhere.
    assert only_embedded_cjk_font(write_pdf(render_evaluation_sheet(data), "fonts.pdf"))
