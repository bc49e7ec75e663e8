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


def test_a_table_kept_with_its_total_lines_up_with_the_other_tables():
    """The monthly report, requisition, return application and fund statement keep their totals with
    their tables; such a table stood 6 pt right of the page's other tables (past the right margin)."""
    import io

    from pypdf import PdfReader

    from desktop_app.documents.report_parts import fit_widths, render_report, ruled_table
    from desktop_app.documents.depot_labels import depot_labels
    from desktop_app.documents.styles import make_styles
    from desktop_app.documents.totals_row import keep_with_total

    st = make_styles("A4")
    widths = fit_widths([20, None, 30], st)

    def grid(first: str):
        return ruled_table(["序号", "名称", "数量"], [[first, "电源模块", "2"], ["合计", "", "2"]], widths, st,
                           totals=1)

    pdf = render_report([grid("甲行"), keep_with_total(grid("乙行"))], st, depot_labels("zh_CN"),
                        title="对齐", number="T-1", author="test")
    starts = {}

    def visit(text, cm, tm, font, size):
        if text.strip() in ("甲行", "乙行"):
            starts[text.strip()] = round(tm[4] * cm[0] + cm[4], 1)

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert len(starts) == 2 and starts["甲行"] == starts["乙行"], starts


def test_a_table_whose_last_rows_and_total_outgrow_a_page_still_prints():
    """Sent whole overleaf to keep its last rows with the total, a table whose last two rows and total
    are taller than a page was sent overleaf again from the top of that page, for ever: ReportLab's
    "too large" error, found by the arbitrary-text test on the monthly report with long model names."""
    import io

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from desktop_app.documents.totals_row import keep_with_total

    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    tall = doc.height * 0.45  # the heading and two rows fit on a page; with the total they do not
    table = Table([["Model", "Qty"], ["XL-A", "1"], ["XL-B", "1"], ["TOTAL", "2"]],  # reportlab's own font
                  rowHeights=[20, tall, tall, doc.height * 0.2], repeatRows=1)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([keep_with_total(table)])
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)
    assert all(word in text for word in ("XL-A", "XL-B", "TOTAL")), text
