"""The service report's timeline (E17) splits its steps evenly over its rows: eight steps print four and
four, never six and a lone eighth step centred under them."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from desktop_app.documents.page_parts import CentreInfo
from desktop_app.documents.service_report import ServiceReportData, TimelineLine, render_service_report

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _report(steps: int) -> ServiceReportData:
    start = dt.datetime(2026, 11, 27, 9, 0, tzinfo=SHANGHAI)
    return ServiceReportData(
        centre=CentreInfo("深圳讯联通信售后服务中心", "深圳市南山区科技园", "0755-86321188"),
        work_order_number="WO-2026-000065", kind="送修", technician="李强", customer_name="张天宇",
        customer_phone="17687174913", product_model="MC-1000S40", product_name="千兆单模双纤光纤收发器",
        serial="MC1K25941766", fault_reported="插上电源无任何反应", total_to_customer=Decimal("0"),
        timeline=tuple(TimelineLine(label=f"步骤{n}", at=start + dt.timedelta(hours=n)) for n in range(1, steps + 1)),
        tz=SHANGHAI)


def _row_sizes(pdf: bytes) -> list[int]:
    """How many step labels each printed row holds, top row first."""
    heights: Counter[int] = Counter()

    def visit(text: str, cm, tm, font, size) -> None:
        if text.startswith("步骤"):
            heights[round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])] += 1  # on the page: tables are translated

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return [heights[y] for y in sorted(heights, reverse=True)]


@pytest.mark.parametrize(("steps", "rows"), [(8, [4, 4]), (7, [4, 3]), (6, [6]), (12, [6, 6]), (13, [5, 4, 4])])
def test_timeline_steps_share_the_rows_evenly(steps: int, rows: list[int]) -> None:
    assert _row_sizes(render_service_report(_report(steps))) == rows
