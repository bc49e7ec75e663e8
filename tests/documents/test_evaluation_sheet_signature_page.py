"""The evaluation sheet is signed on a page with figures (E24): the usual month fits one A4 page,
a long one never leaves the statement and the signatures alone overleaf; the chart's values stay
clear of its markers; every rule version the fines cite is printed with the person's signature."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from month_end_checks import CENTRE
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, String

from desktop_app.documents.charts import ChartMonth
from desktop_app.documents.evaluation_sheet import (
    ComplaintEntry, EvaluationData, Figures, FineEntry, RuleVersionLine, evaluation_chart,
    render_evaluation_sheet,
)

MONTH = dt.date(2026, 10, 1)


def _history(scores: tuple[str | None, ...]) -> tuple[ChartMonth, ...]:
    months = [dt.date(2025 + (10 + i) // 12, (10 + i) % 12 + 1, 1) for i in range(len(scores))]
    return tuple(ChartMonth(month=m, completed=(i % 4), satisfaction=Decimal(s) if s else None)
                 for i, (m, s) in enumerate(zip(months, scores, strict=True)))


def _month(fines: int, complaints: int = 2) -> EvaluationData:
    """A usual month: a few completed orders, a couple of complaints, ``fines`` fines."""
    return EvaluationData(
        centre=CENTRE, staff_name="李强", role="技术员", month=MONTH, rule_version=1,
        rule_published_on=dt.date(2025, 11, 27), acknowledged_on=dt.date(2025, 11, 30),
        figures=Figures(completed=4, surveys=2, satisfaction=Decimal("4.00"),
                        answered_24h_rate=Decimal("1"), repeats=0, incomplete_reports=1,
                        verified_complaints=complaints, major_demerits=1,
                        fines_total=Decimal(50 * fines)),
        completed_orders=tuple(f"WO-2026-0000{n:02d}" for n in range(40, 44)),
        late_orders=("WO-2026-000041",), incomplete_orders=("WO-2026-000042",),
        complaints=tuple(ComplaintEntry(number=f"CP-2026-00{n:02d}", category="服务态度",
                                        outcome="批评（E3），扣奖金 ¥200.00")
                         for n in range(complaints)),
        fines=tuple(FineEntry(reason="离开未报总部", amount=Decimal("50"),
                              order_number=f"WO-2026-0001{n:02d}", rule_version=1)
                    for n in range(fines)),
        history=_history(("5.0", "4.5", "5.0", "4.0", None, None, None, None, None, "4.0", None,
                          "4.0")))


def _pages(data: EvaluationData) -> list[str]:
    reader = PdfReader(io.BytesIO(render_evaluation_sheet(data)))
    return [page.extract_text().replace(" ", "").replace("\n", "") for page in reader.pages]


@pytest.mark.parametrize("fines", [1, 2, 3])
def test_a_usual_month_is_one_signed_page(fines: int) -> None:
    pages = _pages(_month(fines, complaints=1))
    assert len(pages) == 1
    assert "主管签字" in pages[0] and "员工签字确认" in pages[0] and "罚款合计" in pages[0]


def test_a_long_month_keeps_figures_on_the_signed_page() -> None:
    pages = _pages(_month(40, complaints=6))
    assert len(pages) >= 2
    last = pages[-1]
    assert "以上考评数据及所列证据已经主管核实" in last and "员工签字确认" in last
    # the last fines and the total are printed above the signatures
    assert "合计¥2,000.00" in last or "合计¥2000.00" in last
    assert "WO-2026-000139" in last
    assert all("员工签字确认" not in page for page in pages[:-1])


def test_a_long_fines_list_alone_still_ends_with_figures_before_the_signatures() -> None:
    for fines in range(8, 30, 3):
        pages = _pages(_month(fines, complaints=0))
        signed = [i for i, page in enumerate(pages) if "员工签字确认" in page]
        assert signed == [len(pages) - 1], fines
        assert "合计" in pages[-1] and "离开未报总部" in pages[-1], fines


def test_chart_values_do_not_touch_their_markers_or_leave_the_plot() -> None:
    drawing = evaluation_chart(_month(1).history, 480, 160)
    markers = [s for s in drawing.satisfaction.contents if isinstance(s, Circle)]
    values = [s for s in drawing.satisfaction.contents
              if isinstance(s, String) and "." in s.text]
    assert len(values) == len(markers) == 6
    for marker, value in zip(markers, values, strict=True):
        bottom, top = value.y, value.y + value.fontSize * 0.75  # digits: no descenders
        assert bottom >= marker.cy + marker.r + 1 or top <= marker.cy - marker.r - 1
        assert top <= drawing.height - 10  # a 5.0 does not run into the legend
    # 5.0 at the top of the scale: its value goes under the marker, inside the plot
    assert values[0].y < markers[0].cy
    # February's 4.0 dips between 5.0 and nothing, but its bar (3 of 4) is right under it: above
    bars = drawing.bars
    bar_top = bars.y + bars.height * 3 / bars.valueAxis.valueMax
    assert values[3].y > markers[3].cy and values[3].y > bar_top


def test_every_cited_version_is_printed_with_its_own_signature() -> None:
    data = dataclasses.replace(_month(1), rule_versions=(
        RuleVersionLine(version=1, published_on=dt.date(2026, 9, 1)),
        RuleVersionLine(version=2, published_on=dt.date(2026, 10, 15),
                        acknowledged_on=dt.date(2026, 10, 27))))
    text = _pages(data)[0]
    assert "第1版（2026-09-01公布）制度确认未签收" in text
    assert "第2版（2026-10-15公布）制度确认已签字确认（2026-10-27）" in text
    assert "2025-11-30" not in text  # the fallback single version is not printed as well
