"""The fund statement (D4) and parts reconciliation (D9) as real PDFs and spreadsheets."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from month_end_checks import (
    CENTRE, MARKUP, body_text, field, line_with, number, only_embedded_cjk_font, pages, row_of,
    sheet,
)
from pdf_checks import assert_contains, squash

from desktop_app.core.service_fund import quarter_months, settle
from desktop_app.documents.fund_statement import (
    FundStatementData, PartsReconciliationData, ReconciliationLine, payer_totals, period_of,
    render_fund_statement, render_fund_statement_xlsx, render_parts_reconciliation,
    render_parts_reconciliation_xlsx,
)

QUARTERS = ("2026Q2", "2026Q3")


@pytest.fixture
def fund() -> FundStatementData:
    """Q2 carries ¥1,709.30 forward; Q3 overruns by ¥3,741.70, payable by the centre (D4)."""
    accruals = {m: Decimal("1250.00") for q in QUARTERS for m in quarter_months(q)}
    charges = dict(zip(sorted(accruals), (Decimal(v) for v in (
        "1650.50", "2100.50", "300.50", "750.50", "6800.00", "1650.50")), strict=True))
    quarters = tuple(settle(QUARTERS, accruals, charges, Decimal("2010.80")))
    return FundStatementData(centre=CENTRE, quarters=quarters, rate_percent=Decimal("3.50"),
                             prepared_on=dt.date(2026, 10, 2), prepared_by="李晓燕")


def test_fund_statement_prints_every_month_and_the_settlement(fund, write_pdf, pdftotext,
                                                             pypdf_text):
    path = write_pdf(render_fund_statement(fund), "fund.pdf")
    for text in (pdftotext(path), pypdf_text(path)):
        assert_contains(
            text, "服务基金季度结算表", CENTRE.name, "结算期间", "2026年第二季度–2026年第三季度", "基金比例", "3.5%",
            "编制日期", "2026-10-02", "一、季度汇总", "二、2026年第二季度", "三、2026年第三季度",
            "期初余额", "本月计提", "维修费用", "累计余额", "本季合计", "结转下季",
            "本季超支（由服务中心支付）", "服务基金不得冲抵货款（D4）", "制表", "厂家确认")
    text = pdftotext(path)
    assert squash(line_with(text, "2026年4月")) == squash("2026年4月 ¥1,250.00 ¥1,650.50 ¥1,610.30")
    assert squash(line_with(text, "2026年8月")) == squash("2026年8月 ¥1,250.00 ¥6,800.00 -¥3,341.20")
    summary = squash(next(line for line in text.splitlines() if line.strip().startswith("2026年第三季度 ")))
    assert summary == squash("2026年第三季度 ¥1,709.30 ¥3,750.00 ¥9,201.00 -¥3,741.70 ¥3,741.70 ¥0.00")
    assert_contains(text, "期末余额（结算前） -¥3,741.70 本季超支（由服务中心支付） ¥3,741.70",
                    "结转下季 ¥1,709.30", "结转下季 ¥0.00")
    assert "¥-" not in text  # a negative balance reads -¥, never ¥-


def test_fund_statement_names_quarters_in_words_in_header_and_footer(fund, write_pdf, pypdf_text):
    """The header and every page's footer read like the body (2026年第三季度), never the code 2026Q3."""
    single = dataclasses.replace(fund, quarters=fund.quarters[1:])
    text = pypdf_text(write_pdf(render_fund_statement(single), "single.pdf"))
    assert_contains(text, "2026年第三季度 · 第 1 / 1 页")
    assert "2026Q" not in text
    assert "2026Q" not in pypdf_text(write_pdf(render_fund_statement(fund), "two.pdf"))


def test_fund_statement_period_and_english(fund, write_pdf, pdftotext):
    assert period_of(fund) == "2026年第二季度–2026年第三季度"
    assert period_of(fund, english=True) == "2026 Q2–2026 Q3"
    assert period_of(dataclasses.replace(fund, quarters=fund.quarters[:1])) == "2026年第二季度"
    text = pdftotext(write_pdf(render_fund_statement(fund, language="en")))
    assert_contains(text, "Service Fund Quarterly Statement", "2026 Q3", "August 2026",
                    "Overrun payable by the centre", "Carried forward", "never set off",
                    "Page 1 of")
    assert "结算" not in text


def test_a_long_run_of_quarters_flows_with_a_running_header(fund, write_pdf, pdftotext):
    quarters = [f"{year}Q{q}" for year in (2025, 2026) for q in (1, 2, 3, 4)]
    accruals = {m: Decimal("1000") for q in quarters for m in quarter_months(q)}
    many = dataclasses.replace(fund, quarters=tuple(settle(quarters, accruals, {})))
    path = write_pdf(render_fund_statement(many))
    assert pages(path) >= 2
    second = pdftotext(path, page=2)
    assert "服务基金季度结算表（续） 2025年第一季度–2026年第四季度" in second and "第 2 /" in second
    assert all(f"{y}年{m}月" in squash(body_text(pdftotext(path)))
               for y in (2025, 2026) for m in range(1, 13))


def test_fund_spreadsheet_numbers(fund):
    ws = sheet(render_fund_statement_xlsx(fund))
    assert ws.title == "基金结算" and field(ws, "结算期间") == "2026年第二季度–2026年第三季度"
    assert number(field(ws, "基金比例")) == Decimal("3.5")
    head = row_of(ws, "所属季度")
    q3 = ws[head + 2]
    assert q3[0].value == "2026年第三季度"
    assert [number(c.value) for c in q3[1:]] == [Decimal("1709.30"), Decimal("3750.00"),
                                                 Decimal("9201.00"), Decimal("-3741.70"),
                                                 Decimal("3741.70"), Decimal("0")]
    august = ws[row_of(ws, "2026年8月")]
    assert [number(c.value) for c in august[1:4]] == [Decimal("1250"), Decimal("6800"),
                                                      Decimal("-3341.20")]
    assert august[3].number_format == "0.00"


@pytest.fixture
def recon() -> PartsReconciliationData:
    payers = ("服务基金", "厂家（D11）", "客户", "服务基金")
    return PartsReconciliationData(centre=CENTRE, month=dt.date(2026, 11, 1), prepared_by="李晓燕",
                                   lines=tuple(ReconciliationLine(
                                       part_no=f"PWR-{i:02d}", name="电源模块 5V/2A", quantity=i + 1,
                                       unit_price=Decimal("86.50"),
                                       amount=Decimal("86.50") * (i + 1), charged_to=payers[i],
                                       order_number=f"WO-2026110{i + 1}-0003") for i in range(4)))


def test_payer_totals(recon):
    assert [(t.payer, t.lines, t.quantity, t.amount) for t in payer_totals(recon)] == [
        ("服务基金", 2, 5, Decimal("432.50")), ("厂家（D11）", 1, 2, Decimal("173.00")),
        ("客户", 1, 3, Decimal("259.50"))]


def test_reconciliation_pdf(recon, write_pdf, pdftotext, pypdf_text):
    path = write_pdf(render_parts_reconciliation(recon), "recon.pdf")
    for text in (pdftotext(path), pypdf_text(path)):
        assert_contains(text, "维修配件月度对账单", "对账月份", "2026年11月", "工单号", "WO-20261101-0003",
                        "PWR-03", "费用承担", "按承担方汇总", "按厂家维修收费标准计价", "厂家确认",
                        "2026-11 · 第 1 / 1 页")
    text = pdftotext(path)
    assert squash(line_with(text, "PWR-01")) == squash(
        "2 WO-20261102-0003 PWR-01 电源模块 5V/2A 2 ¥86.50 ¥173.00 厂家（D11）")
    assert squash(line_with(text, "服务基金 ")) == squash("服务基金 2 5 ¥432.50")
    assert squash(line_with(text, "总计")) == squash("总计 4 10 ¥865.00")
    assert squash(line_with(text, "合计")) == squash("合计 10 ¥865.00")


def test_reconciliation_flows_and_prints_user_text_literally(recon, write_pdf, pdftotext,
                                                             pypdf_text):
    line = dataclasses.replace(recon.lines[0], name=MARKUP, charged_to="<客户>")
    many = dataclasses.replace(recon, lines=(line,) * 30)
    path = write_pdf(render_parts_reconciliation(many))
    assert pages(path) == 2
    text = pdftotext(path)
    assert "维修配件月度对账单（续） 2026-11" in pdftotext(path, page=2)
    # The wrapped name interleaves with its row in the layout text; pypdf keeps cells whole.
    assert squash(body_text(pypdf_text(path))).count(squash(MARKUP)) == 30
    assert squash(line_with(text, "总计")) == squash("总计 30 30 ¥2,595.00")


def test_reconciliation_spreadsheet(recon):
    ws = sheet(render_parts_reconciliation_xlsx(recon))
    assert ws.title == "配件对账" and field(ws, "对账月份") == "2026年11月"
    first = ws[row_of(ws, "序号") + 1]
    assert [c.value for c in first[:5]] == [1, "WO-20261101-0003", "PWR-00", "电源模块 5V/2A", 1]
    assert number(first[6].value) == Decimal("86.50") and first[7].value == "服务基金"
    total = ws[row_of(ws, "合计")]
    assert total[4].value == 10 and number(total[6].value) == Decimal("865.00")
    payer = ws[row_of(ws, "厂家（D11）")]
    assert [payer[1].value, payer[2].value, number(payer[3].value)] == [1, 2, Decimal("173.00")]
    grand = ws[row_of(ws, "总计")]
    assert number(grand[3].value) == Decimal("865.00")


def test_money_must_be_decimal(recon, fund):
    bad = dataclasses.replace(recon.lines[0], amount=86.5)
    with pytest.raises(TypeError):
        render_parts_reconciliation(dataclasses.replace(recon, lines=(bad,)))
    with pytest.raises(TypeError):
        render_parts_reconciliation_xlsx(dataclasses.replace(recon, lines=(bad,)))
    q = dataclasses.replace(fund.quarters[0], opening=100.0)
    with pytest.raises(TypeError):
        render_fund_statement(dataclasses.replace(fund, quarters=(q,)))


def test_only_the_embedded_cjk_font_is_used(fund, recon, write_pdf):
    # Charts and plain table cells included: no unembedded base-14 font anywhere.
    assert only_embedded_cjk_font(write_pdf(render_fund_statement(fund), "fonts.pdf"))
    assert only_embedded_cjk_font(write_pdf(render_parts_reconciliation(recon), "r.pdf"))
