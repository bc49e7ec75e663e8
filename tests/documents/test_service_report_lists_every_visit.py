"""The service report (E17) lists every on-site visit when there were several (S3, E23): who, set off,
arrived (the late one marked), left; one visit prints as it always did. The call to headquarters (E23) is
the centre's staff matter and is not on the customer's paper."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from pdf_checks import assert_contains, squash

from desktop_app.documents.page_parts import CentreInfo
from desktop_app.documents.service_report import OnSiteLine, ServiceReportData, VisitRow, render_service_report

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _at(hour: int) -> dt.datetime:
    return dt.datetime(2026, 11, 27, hour, 0, tzinfo=SHANGHAI).astimezone(dt.UTC)


FIRST = VisitRow(technician="李工", travel_started_at=_at(8), arrived_at=_at(10), departed_at=_at(11), late=True)
SECOND = VisitRow(technician="王工", arrived_at=_at(15), departed_at=_at(17))
DATA = ServiceReportData(
    centre=CentreInfo("深圳讯联通信售后服务中心", "深圳市南山区科技园", "0755-86321188"),
    work_order_number="WO-2026-000031", kind="上门服务", technician="王工", customer_name="刘洋",
    customer_phone="13812345678", product_model="S5720-28P", product_name="千兆交换机", serial="SN-RV",
    fault_reported="不通电", total_to_customer=Decimal("0"),
    on_site=OnSiteLine(required_arrival_at=_at(9), arrived_at=_at(15), departed_at=_at(17), late=False,
                       visits=(FIRST, SECOND)),
    tz=SHANGHAI)


def test_a_reassigned_order_prints_both_visits_in_order(write_pdf, pdftotext) -> None:
    text = pdftotext(write_pdf(render_service_report(DATA), "visits.pdf"))
    assert_contains(text, "出发时间", "2026-11-27 08:00", "2026-11-27 10:00【迟到】", "2026-11-27 17:00")
    flat = squash(text)
    assert flat.index("1李工2026-11-2708:00") < flat.index("2王工—2026-11-2715:00")
    assert flat.count("【迟到】") == 1  # only the first arrival had a time asked of it (S3)
    once = dataclasses.replace(DATA, on_site=dataclasses.replace(DATA.on_site, visits=(SECOND,)))
    single = squash(pdftotext(write_pdf(render_service_report(once), "one.pdf")))
    assert "出发时间" not in single and "实际到达时间2026-11-2715:00" in single  # as before
