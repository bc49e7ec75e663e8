"""A table's 合计 row never stands alone at the top of a page: the last rows it sums go with it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from month_end_checks import CENTRE, pages
from pdf_checks import squash

from desktop_app.documents.monthly_report import ModelRow, MonthlyReportData, render_monthly_report_pdf


def test_the_monthly_reports_total_row_keeps_company_whatever_the_number_of_models(write_pdf, pdftotext):
    base = MonthlyReportData(centre=CENTRE, month=dt.date(2026, 11, 1), prepared_by="李晓燕",
                             prepared_on=dt.date(2026, 12, 2), models=(), parts=())
    row = ModelRow(model="XL-R200", name="企业级路由器", received=5, repaired=4, exchanged=0, returned=0,
                   in_warranty=3, out_of_warranty=2)
    broke = 0
    for count in range(12, 30):  # rule D3's report: wherever the page breaks, the total has rows above it
        data = dataclasses.replace(base, models=tuple(dataclasses.replace(row, model=f"XL-M{i:03d}")
                                                      for i in range(count)))
        path = write_pdf(render_monthly_report_pdf(data), "monthly.pdf")
        total = squash(f"合计 {5 * count} {4 * count}")
        for page in range(1, pages(path) + 1):
            text = pdftotext(path, page=page)
            if total in squash(text):
                assert "XL-M" in text, f"{count} models: 合计 alone on page {page}"
                broke += page > 1
    assert broke  # some counts do put the table across two pages
