"""A fund statement made before a quarter ends never prints it as settled (rule D4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from month_end_checks import CENTRE, line_with, row_of, sheet
from pdf_checks import assert_contains, squash

from desktop_app.core.service_fund import settle
from desktop_app.documents.fund_statement import (
    FundStatementData, render_fund_statement, render_fund_statement_xlsx,
)

QUARTERS = ("2026Q3", "2026Q4")


@pytest.fixture
def fund() -> FundStatementData:
    """Q3 ended with ¥140,979.00; on 27 November Q4 has October's and November's figures only."""
    accruals = {dt.date(2026, 7, 1): Decimal("19050.00"), dt.date(2026, 10, 1): Decimal("5730.00"),
                dt.date(2026, 11, 1): Decimal("2700.00")}
    charges = {dt.date(2026, 8, 1): Decimal("747.00"), dt.date(2026, 11, 1): Decimal("1164.00")}
    quarters = tuple(settle(QUARTERS, accruals, charges, Decimal("122676.00")))
    return FundStatementData(centre=CENTRE, quarters=quarters, rate_percent=Decimal("3"),
                             prepared_on=dt.date(2026, 11, 27), prepared_by="周建国")


def _row(text: str, first_cell: str) -> str:
    """The summary row of a quarter (the header's period also names the quarters)."""
    return next(line for line in text.splitlines() if line.strip().startswith(first_cell + " "))


def test_an_unfinished_quarter_prints_no_carry_forward_and_blank_later_months(fund, write_pdf, pdftotext):
    text = pdftotext(write_pdf(render_fund_statement(fund), "fund.pdf"))
    summary = squash(_row(text, "2026年第四季度"))
    assert summary.endswith(squash("¥148,245.00 本季未结束（截至 11-27）"))  # no overrun, nothing carried yet
    assert squash(_row(text, "2026年第三季度")).endswith(squash("¥0.00 ¥140,979.00"))  # Q3 is settled
    assert squash(line_with(text, "2026年12月")) == "2026年12月"  # December has not begun: blank, not ¥0.00
    assert_contains(text, "本季至今合计", "目前余额 ¥148,245.00，季度结束（2026-12-31）后结算")
    assert squash(text).count("结转下季¥") == 1  # Q3's line only
    assert "季度汇总" in text and "本季计提" in squash(line_with(text, "所属季度"))  # a quarter's accrual


def test_a_quarter_is_settled_the_day_after_it_ends(fund, write_pdf, pdftotext):
    later = dataclasses.replace(fund, prepared_on=dt.date(2027, 1, 1))
    text = pdftotext(write_pdf(render_fund_statement(later), "fund.pdf"))
    assert "本季未结束" not in text and squash(text).count("结转下季¥") == 2
    assert squash(line_with(text, "2026年12月")) == squash("2026年12月 ¥0.00 ¥0.00 ¥148,245.00")


def test_the_english_statement_marks_the_quarter_as_running(fund, write_pdf, pdftotext):
    text = pdftotext(write_pdf(render_fund_statement(fund, language="en"), "fund.pdf"))
    assert_contains(text, "Quarter not yet ended (as of 11-27)", "Accrued in", "Quarter to date")
    assert squash(line_with(text, "December 2026")) == "December2026"


def test_the_spreadsheet_leaves_the_months_ahead_empty_and_settles_nothing(fund):
    ws = sheet(render_fund_statement_xlsx(fund))
    q4 = ws[row_of(ws, "所属季度") + 2]
    assert q4[0].value == "2026年第四季度" and [c.value for c in q4[5:7]] == ["本季未结束（截至 11-27）", None]
    december = ws[row_of(ws, "2026年12月")]
    assert [c.value for c in december[1:4]] == [None, None, None]
    assert ws[row_of(ws, "所属季度")][2].value == "本季计提"
    assert [r for r in ws.iter_rows(values_only=True) if r[0] == "结转下季"][1:] == []  # Q3's only
