"""The service-fund quarterly statement (rule D4), PDF and XLSX; the parts reconciliation (D9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from desktop_app.core.fund_progress import month_begun, quarter_ended, quarter_last_day
from desktop_app.core.service_fund import MonthLine, QuarterStatement
from desktop_app.documents.depot_labels import depot_labels
from desktop_app.documents.formatting import money, month_text, quarter_text, signed_money
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.page_parts import (
    CentreInfo, field_table, label_width, signature_lines,
)
from desktop_app.documents.parts_reconciliation import (
    PartsReconciliationData, ReconciliationLine, payer_totals, render_parts_reconciliation,
    render_parts_reconciliation_xlsx,
)
from desktop_app.documents.report_parts import (
    alert, fit_widths, render_report, report_header, ruled_table, sections, text_or_none,
)
from desktop_app.documents.styles import DocStyles, make_styles
from desktop_app.documents.text import para_text
from desktop_app.documents.workbook import SheetWriter

__all__ = [
    "FundStatementData", "MonthLine", "PartsReconciliationData", "QuarterStatement",
    "ReconciliationLine", "payer_totals", "render_fund_statement", "render_fund_statement_xlsx",
    "render_parts_reconciliation", "render_parts_reconciliation_xlsx",
]


@dataclass(frozen=True, kw_only=True)
class FundStatementData:
    """Consecutive quarters as ``core.service_fund.settle`` returns them, and who prepared them."""

    centre: CentreInfo
    quarters: tuple[QuarterStatement, ...]
    rate_percent: Decimal | None = None  # D4: the agreed share (configuration), if one rate
    prepared_on: dt.date
    prepared_by: str


def period_of(data: FundStatementData, english: bool = False) -> str:
    """``2026年第一季度`` or ``2026年第一季度–2026年第四季度`` (``2026 Q1–2026 Q4``): the statement's
    number on every page, in the same words as its body and the fund window."""
    if not data.quarters:
        return data.prepared_on.isoformat()
    first, last = (quarter_text(q.quarter, english) for q in (data.quarters[0], data.quarters[-1]))
    return first if first == last else f"{first}–{last}"


def render_fund_statement(data: FundStatementData, *, language: str = DEFAULT_LANGUAGE) -> bytes:
    """A4: summary of the quarters, then each quarter month by month and its settlement."""
    st, lab, english = make_styles("A4"), depot_labels(language), is_english(language)
    title, period = lab["fund_title"], period_of(data, english)
    parts: list[tuple[str, list, bool]] = [
        (lab["sec_summary"], [_summary(data, st, lab, english)], False)]
    for quarter in data.quarters:
        parts.append((quarter_text(quarter.quarter, english),
                      _quarter(quarter, data.prepared_on, st, lab, english), True))
    rate = f"{data.rate_percent.normalize():f}%" if data.rate_percent is not None else lab["none"]
    rows = [(lab["period"], para_text(period), lab["rate"], rate),
            (lab["prepared_by"], text_or_none(data.prepared_by, lab), lab["prepared_on"],
             data.prepared_on.isoformat())]
    label = label_width([row[i] for row in rows for i in (0, 2)], st, 20, 34)
    signatures = signature_lines([
        [(lab["prepared_by"], data.prepared_by), (lab["sign_date"], lab["date_blank"])],
        [(lab["reviewed_by"], ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["maker_confirm"], ""), (lab["sign_date"], lab["date_blank"])]], st)
    story = [report_header(data.centre, title, st, lab), Spacer(1, st.size(8)),
             *field_table(rows, st, label), *sections(parts, st, english), Spacer(1, st.size(6)),
             Paragraph(para_text(lab["fund_note"]), st.small), Spacer(1, st.size(14)),
             KeepTogether([signatures])]
    return render_report(story, st, lab, title=title, number=period, author=data.centre.name)


def _open_mark(q: QuarterStatement, today: dt.date, lab: Mapping[str, str]) -> str | None:
    """D4 settles a quarter once it has ended: before that, its balance is only a figure so far."""
    return None if quarter_ended(q.quarter, today) else lab["open_quarter"].format(day=f"{today:%m-%d}")


def _summary(data: FundStatementData, st: DocStyles, lab: Mapping[str, str],
             english: bool) -> Table:
    head = [lab["quarter"], lab["opening"], lab["quarter_accrual"], lab["charges"], lab["closing"],
            lab["overrun"], lab["carried"]]
    rows, extra = [], []
    for index, q in enumerate(data.quarters, start=1):
        overrun = money(q.overrun_payable)
        row = [quarter_text(q.quarter, english), signed_money(q.opening), money(q.accrual),
               money(q.charges), signed_money(q.closing),
               alert(overrun) if q.overrun_payable > 0 else overrun, money(q.carried_forward)]
        mark = _open_mark(q, data.prepared_on, lab)
        if mark:  # nothing to pay or carry yet: one cell across both settlement columns
            row[5:] = [para_text(mark), ""]
            extra.append(("SPAN", (5, index), (6, index)))
        rows.append(row)
    widths = fit_widths([34, *[None] * 6], st)
    return ruled_table(head, rows, widths, st, right=set(range(1, 7)), extra=extra)


def _quarter(q: QuarterStatement, today: dt.date, st: DocStyles, lab: Mapping[str, str],
             english: bool) -> list:
    mark = _open_mark(q, today, lab)
    rows: list[list] = [[lab["opening"], "", "", signed_money(q.opening)]]
    for line in q.months:
        figures = ([money(line.accrual), money(line.charges), signed_money(line.balance)]
                   if month_begun(line.month, today) else ["", "", ""])  # not ¥0.00: nothing yet
        rows.append([month_text(line.month, english), *figures])
    rows.append([lab["open_total"] if mark else lab["quarter_total"], money(q.accrual),
                 money(q.charges), signed_money(q.closing)])
    head = [lab["month"], lab["accrual"], lab["charges"], lab["balance"]]
    months = ruled_table(head, rows, fit_widths([None] * 4, st), st, right={1, 2, 3}, totals=1)
    if mark:  # no settlement line for a quarter still running
        end = quarter_last_day(q.quarter).isoformat()
        label = label_width([mark], st, 30, 80)
        return [months, *field_table(
            [(para_text(mark), lab["open_balance"].format(amount=signed_money(q.closing), end=end))],
            st, label)]
    overrun = money(q.overrun_payable)
    settlement = [(lab["closing"], signed_money(q.closing), lab["overrun"],
                   alert(overrun) if q.overrun_payable > 0 else overrun),
                  (lab["carried"], money(q.carried_forward))]
    label = label_width([lab["closing"], lab["overrun"]], st, 30, 60)
    return [months, *field_table(settlement, st, label)]


def render_fund_statement_xlsx(data: FundStatementData, *,
                               language: str = DEFAULT_LANGUAGE) -> bytes:
    """Sheet 基金结算: header block, the summary table, then each quarter's month table."""
    lab, english = depot_labels(language), is_english(language)
    sheet = SheetWriter("基金结算", f"{data.centre.name} {lab['fund_title']}")
    sheet.field(lab["period"], period_of(data, english))
    sheet.field(lab["rate"], data.rate_percent)
    sheet.field(lab["prepared_by"], data.prepared_by)
    sheet.field(lab["prepared_on"], data.prepared_on)
    sheet.heading(lab["sec_summary"])
    today = data.prepared_on
    sheet.table([lab["quarter"], lab["opening"], lab["quarter_accrual"], lab["charges"], lab["closing"],
                 lab["overrun"], lab["carried"]],
                [[quarter_text(q.quarter, english), q.opening, q.accrual, q.charges, q.closing,
                  *_settled_or_open(q, today, lab)] for q in data.quarters])
    for q in data.quarters:
        mark = _open_mark(q, today, lab)
        sheet.heading(quarter_text(q.quarter, english))
        sheet.table([lab["month"], lab["accrual"], lab["charges"], lab["balance"]],
                    [[lab["opening"], None, None, q.opening],
                     *([month_text(m.month, english), m.accrual, m.charges, m.balance]
                       if month_begun(m.month, today) else [month_text(m.month, english), None, None, None]
                       for m in q.months)],
                    totals=[[lab["open_total"] if mark else lab["quarter_total"], q.accrual, q.charges,
                             q.closing]])
        if mark:  # D4: settled only once the quarter has ended
            sheet.field(mark, lab["open_balance"].format(amount=signed_money(q.closing),
                                                         end=quarter_last_day(q.quarter).isoformat()))
            continue
        sheet.field(lab["overrun"], q.overrun_payable)
        sheet.field(lab["carried"], q.carried_forward)
    sheet.widths([22, 16, 16, 16, 18, 22, 16])
    return sheet.to_bytes()


def _settled_or_open(q: QuarterStatement, today: dt.date, lab: Mapping[str, str]) -> list:
    """The summary's overrun and carried-forward cells, or the mark of a quarter still running (D4)."""
    mark = _open_mark(q, today, lab)
    return [mark, None] if mark else [q.overrun_payable, q.carried_forward]
