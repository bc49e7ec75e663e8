"""The monthly parts reconciliation (rule D9): parts issued, at the fee schedule, per payer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from desktop_app.documents.depot_labels import depot_labels
from desktop_app.documents.formatting import money, month_text
from desktop_app.documents.identifier_cells import identifier_cell
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.page_parts import (
    CentreInfo, field_table, label_width, signature_lines,
)
from desktop_app.documents.report_parts import (
    empty_row, fit_widths, render_report, report_header, ruled_table, sections, text_or_none,
)
from desktop_app.documents.styles import MUTED, DocStyles, make_styles
from desktop_app.documents.text import para_text
from desktop_app.documents.workbook import SheetWriter

ZERO = Decimal("0.00")


@dataclass(frozen=True, kw_only=True)
class ReconciliationLine:
    """Parts issued in the month, priced at the fee schedule (D9)."""

    part_no: str
    name: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    charged_to: str  # label: 服务基金 / 厂家 / 客户 / 服务中心 (D11-D14)
    order_number: str | None = None
    # Issued in an earlier month, its payer changed this month (W11, D13): the day of that issue, printed as a
    # note; the line is below zero for the old payer and above for the new, the earlier month stays as delivered.
    rejudged_issue: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class PartsReconciliationData:
    centre: CentreInfo
    month: dt.date
    lines: tuple[ReconciliationLine, ...] = ()
    prepared_by: str


@dataclass(frozen=True)
class PayerTotal:
    payer: str
    lines: int
    quantity: int
    amount: Decimal


def payer_totals(data: PartsReconciliationData) -> list[PayerTotal]:
    """One total per payer, in the order the payers first appear."""
    totals: dict[str, PayerTotal] = {}
    for line in data.lines:
        if isinstance(line.quantity, bool) or not isinstance(line.quantity, int):
            raise TypeError(f"quantity must be an int, got {type(line.quantity).__name__}")
        money(line.amount)  # refuses a float before any sum
        was = totals.get(line.charged_to, PayerTotal(line.charged_to, 0, 0, ZERO))
        totals[line.charged_to] = PayerTotal(line.charged_to, was.lines + 1,
                                             was.quantity + line.quantity, was.amount + line.amount)
    return list(totals.values())


def _rejudged(line: ReconciliationLine, lab: Mapping[str, str]) -> str | None:
    return lab["recon_rejudged"].format(day=line.rejudged_issue.isoformat()) if line.rejudged_issue else None


def _name_cell(line: ReconciliationLine, st: DocStyles, lab: Mapping[str, str]) -> str:
    note = _rejudged(line, lab)
    if note is None:
        return para_text(line.name)
    colour = "#" + MUTED.hexval()[2:]
    return f'{para_text(line.name)}<br/><font size="{st.small.fontSize}" color="{colour}">{para_text(note)}</font>'


def _number(data: PartsReconciliationData) -> str:
    return f"{data.month:%Y-%m}"


def _head(lab: Mapping[str, str]) -> list[str]:
    return [lab["row_no"], lab["order"], lab["part_no"], lab["part_name"], lab["issued"],
            lab["unit_price"], lab["amount"], lab["charged_to"]]


def render_parts_reconciliation(data: PartsReconciliationData, *,
                                language: str = DEFAULT_LANGUAGE) -> bytes:
    """A4: every part issued in the month, then the totals per payer and the grand total."""
    st, lab, english = make_styles("A4"), depot_labels(language), is_english(language)
    title, number = lab["recon_title"], _number(data)
    rows = [(lab["recon_month"], month_text(data.month, english), lab["prepared_by"],
             text_or_none(data.prepared_by, lab))]
    label = label_width([lab["recon_month"], lab["prepared_by"]], st, 20, 34)
    signatures = signature_lines([
        [(lab["prepared_by"], data.prepared_by), (lab["sign_date"], lab["date_blank"])],
        [(lab["maker_confirm"], ""), (lab["sign_date"], lab["date_blank"])]], st)
    story = [report_header(data.centre, title, st, lab), Spacer(1, st.size(8)),
             *field_table(rows, st, label),
             *sections([(lab["sec_recon_lines"], [_lines(data, st, lab)]),
                        (lab["sec_recon_totals"], [_totals(data, st, lab)], True)],
                       st, english),
             Spacer(1, st.size(4)), Paragraph(para_text(lab["recon_note"]), st.small),
             *([Paragraph(para_text(lab["recon_rejudged_note"]), st.small)]
               if any(line.rejudged_issue for line in data.lines) else []),
             Spacer(1, st.size(14)), KeepTogether([signatures])]
    return render_report(story, st, lab, title=title, number=number, author=data.centre.name)


def _lines(data: PartsReconciliationData, st: DocStyles, lab: Mapping[str, str]) -> Table:
    widths = fit_widths([lab["row_no"], 35, 26, None, lab["issued"], 22, 24, 22], st)
    # A long part number wraps after a '-' or evenly, not wherever its column ends.
    rows: list[list] = [[str(n), text_or_none(line.order_number, lab),
                         identifier_cell(line.part_no, widths[2], st.cell),
                         _name_cell(line, st, lab), str(line.quantity), money(line.unit_price),
                         money(line.amount), para_text(line.charged_to)]
                        for n, line in enumerate(data.lines, start=1)]
    extra: list[tuple] = []
    if not rows:
        row, span = empty_row(lab["no_lines"], 8)
        rows.append(row)
        extra.append(span)
    totals = payer_totals(data)
    rows.append([lab["total"], "", "", "", str(sum(t.quantity for t in totals)), "",
                 money(sum((t.amount for t in totals), ZERO)), ""])
    extra.append(("SPAN", (0, -1), (3, -1)))
    return ruled_table(_head(lab), rows, widths, st, right={0, 4, 5, 6}, totals=1, extra=extra)


def _totals(data: PartsReconciliationData, st: DocStyles, lab: Mapping[str, str]) -> Table:
    totals = payer_totals(data)
    rows: list[list] = [[para_text(t.payer), str(t.lines), str(t.quantity), money(t.amount)]
                        for t in totals]
    rows.append([lab["grand_total"], str(sum(t.lines for t in totals)),
                 str(sum(t.quantity for t in totals)), money(sum((t.amount for t in totals),
                                                                 ZERO))])
    head = [lab["payer"], lab["lines_count"], lab["issued"], lab["amount"]]
    return ruled_table(head, rows, fit_widths([None, 30, 30, 40], st), st, right={1, 2, 3},
                       totals=1)


def render_parts_reconciliation_xlsx(data: PartsReconciliationData, *,
                                     language: str = DEFAULT_LANGUAGE) -> bytes:
    """Sheet 配件对账: the same lines as numbers, then the totals per payer."""
    lab, english = depot_labels(language), is_english(language)
    sheet = SheetWriter("配件对账", f"{data.centre.name} {lab['recon_title']}")
    sheet.field(lab["recon_month"], month_text(data.month, english))
    sheet.field(lab["prepared_by"], data.prepared_by)
    totals = payer_totals(data)
    quantity, amount = sum(t.quantity for t in totals), sum((t.amount for t in totals), ZERO)
    sheet.table([*_head(lab), lab["recon_remark"]],
                [[n, line.order_number, line.part_no, line.name, line.quantity, line.unit_price, line.amount,
                  line.charged_to, _rejudged(line, lab)] for n, line in enumerate(data.lines, start=1)],
                totals=[[lab["total"], None, None, None, quantity, None, amount, None, None]])
    sheet.heading(lab["sec_recon_totals"])
    sheet.table([lab["payer"], lab["lines_count"], lab["issued"], lab["amount"]],
                [[t.payer, t.lines, t.quantity, t.amount] for t in totals],
                totals=[[lab["grand_total"], sum(t.lines for t in totals), quantity, amount]])
    sheet.widths([14, 20, 16, 28, 10, 14, 14, 14, 30])
    return sheet.to_bytes()
