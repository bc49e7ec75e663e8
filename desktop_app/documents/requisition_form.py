"""The monthly parts requisition (维修配件备料单, rule D8) for the manufacturer: PDF and XLSX."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.core.service_fund import quarter_of
from desktop_app.documents.depot_labels import depot_labels
from desktop_app.documents.formatting import money, month_text, quarter_text
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.page_parts import (
    CentreInfo, field_table, label_width, signature_lines,
)
from desktop_app.documents.identifier_cells import identifier_cell
from desktop_app.documents.report_parts import (
    alert, empty_row, fit_widths, render_report, report_header, ruled_table, sections,
    text_or_none,
)
from desktop_app.documents.styles import DocStyles, make_styles
from desktop_app.documents.text import para_text
from desktop_app.documents.totals_row import keep_with_total
from desktop_app.documents.workbook import SheetWriter

ZERO = Decimal("0.00")


@dataclass(frozen=True, kw_only=True)
class RequisitionLine:
    """One part requested, priced at the manufacturer's fee schedule (D6)."""

    part_no: str
    name: str
    unit: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    over_quota: bool = False  # reaches past the quarter's quota (D6): charged
    closed: int = 0  # 结束剩余: ordered but closed without arriving; not counted toward the quota (D6)


@dataclass(frozen=True, kw_only=True)
class RequisitionData:
    """A requisition as filed, its wording already in the document language."""

    centre: CentreInfo
    number: str
    month: dt.date
    status: str
    shipping: str
    urgent_cost: Decimal | None = None  # D8: the freight difference, charged to the centre
    lines: tuple[RequisitionLine, ...] = ()
    quota: Decimal
    used_before: Decimal
    total: Decimal
    excess: Decimal  # D6: charged at the fee schedule
    prepared_by: str
    approved_by: str | None = None
    note: str | None = None
    close_reason: str | None = None  # why the rest was closed (with lines' ``closed``)


# The closed remainder's wording (D6), in the document language; the form's own, like the quota note.
_CLOSED = {
    "zh": {"mark": "（结束剩余 {n}，未供货）",
           "note": "结束剩余：共 {n} 件未供货，不再发货；本单只按已到货金额 {received} 计入定额（D6）。原因：{reason}"},
    "en": {"mark": " (rest closed: {n} not supplied)",
           "note": "Rest closed: {n} pieces not supplied and not to come; only what arrived, {received}, "
                   "counts toward the quota (D6). Reason: {reason}"},
}


def ordered_total(data: RequisitionData) -> Decimal:
    """The lines' total as ordered; ``data.total`` is what counts toward the quota, less once the rest
    was closed (D6), so the line table adds up to its own rows."""
    return sum((line.amount for line in data.lines), ZERO) if data.lines else data.total


def closed_note(data: RequisitionData, language: str) -> str | None:
    """What the form says about a remainder closed short, or None."""
    closed = sum(line.closed for line in data.lines)
    if not closed:
        return None
    words = _CLOSED["en" if is_english(language) else "zh"]
    received = sum((line.unit_price * (line.quantity - line.closed) for line in data.lines), ZERO)
    return words["note"].format(n=closed, received=money(received), reason=data.close_reason or "—")


def closed_mark(line: RequisitionLine, language: str) -> str:
    return _CLOSED["en" if is_english(language) else "zh"]["mark"].format(n=line.closed) if line.closed else ""


def quota_figures(data: RequisitionData) -> list[tuple[str, Decimal]]:
    """The quota check as (label key, amount): quota, used, this, to date, left, excess."""
    cumulative = data.used_before + data.total
    return [("quota", data.quota), ("used_before", data.used_before),
            ("this_total", data.total), ("cumulative", cumulative),
            ("remaining", max(data.quota - cumulative, ZERO)), ("excess", data.excess)]


def line_rows(data: RequisitionData, lab: Mapping[str, str], language: str = DEFAULT_LANGUAGE) -> list[list]:
    """Rows as values: number, part no., name (+ over-quota and closed marks), unit, qty, price, amount."""
    rows = []
    for number, line in enumerate(data.lines, start=1):
        if isinstance(line.quantity, bool) or not isinstance(line.quantity, int):
            raise TypeError(f"quantity must be an int, got {type(line.quantity).__name__}")
        name = line.name + (lab["over_mark"] if line.over_quota else "") + closed_mark(line, language)
        rows.append([number, line.part_no, name, line.unit, line.quantity, line.unit_price,
                     line.amount])
    return rows


def _head(lab: Mapping[str, str]) -> list[str]:
    return [lab["row_no"], lab["part_no"], lab["part_name"], lab["unit"], lab["quantity"],
            lab["fee_price"], lab["amount"]]


def render_requisition_pdf(data: RequisitionData, *, language: str = DEFAULT_LANGUAGE) -> bytes:
    """A4: header with the number's codes, details, lines, quota check, signatures."""
    st, lab, english = make_styles("A4"), depot_labels(language), is_english(language)
    title = lab["req_title"]
    parts = [(lab["sec_req_lines"], [_lines_table(data, st, lab, language)]),
             (lab["sec_quota"], _quota_block(data, st, lab, language))]
    if data.note and data.note.strip():
        parts.append((lab["sec_note"], [Paragraph(para_text(data.note), st.body)]))
    signatures = signature_lines([
        [(lab["prepared_by"], data.prepared_by), (lab["sign_date"], lab["date_blank"])],
        [(lab["reviewed_by"], data.approved_by or ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["maker_confirm"], ""), (lab["sign_date"], lab["date_blank"])],
    ], st)
    story = [report_header(data.centre, title, st, lab, number=data.number,
                           mark=(data.status, lab["status"])),
             Spacer(1, st.size(8)), *_details(data, st, lab, english),
             *sections(parts, st, english), Spacer(1, st.size(14)), KeepTogether([signatures])]
    return render_report(story, st, lab, title=title, number=data.number,
                         author=data.centre.name)


def _details(data: RequisitionData, st: DocStyles, lab: Mapping[str, str],
             english: bool) -> list[Table]:
    urgent = money(data.urgent_cost) if data.urgent_cost is not None else lab["none"]
    rows = [(lab["req_number"], text_or_none(data.number, lab), lab["req_month"],
             month_text(data.month, english)),
            (lab["quarter"], quarter_text(quarter_of(data.month), english), lab["status"],
             text_or_none(data.status, lab)),
            (lab["shipping"], text_or_none(data.shipping, lab), lab["urgent_cost"], urgent)]
    names = [row[i] for row in rows for i in (0, 2)]
    return field_table(rows, st, label_width(names, st, 20, 34))


def _lines_table(data: RequisitionData, st: DocStyles, lab: Mapping[str, str], language: str) -> Flowable:
    widths = fit_widths([lab["row_no"], 32, None, lab["unit"], lab["quantity"], 30, 28], st)
    rows: list[list] = []
    for number, part_no, name, unit, qty, price, amount in line_rows(data, lab, language):
        line = data.lines[number - 1]
        shown = (para_text(line.name) + (alert(lab["over_mark"]) if line.over_quota else "")
                 + (alert(closed_mark(line, language)) if line.closed else ""))
        rows.append([str(number), identifier_cell(part_no, widths[1], st.cell), shown, para_text(unit), str(qty),
                     money(price), money(amount)])
    extra: list[tuple] = []
    if not rows:
        row, span = empty_row(lab["no_lines"], 7)
        rows.append(row)
        extra.append(span)
    quantity = sum(line.quantity for line in data.lines)
    rows.append([lab["total"], "", "", "", str(quantity), "", money(ordered_total(data))])
    extra.append(("SPAN", (0, -1), (3, -1)))
    return keep_with_total(ruled_table(_head(lab), rows, widths, st, right={0, 4, 5, 6}, totals=1, extra=extra))


def _quota_block(data: RequisitionData, st: DocStyles, lab: Mapping[str, str], language: str) -> list:
    cells = []
    for key, amount in quota_figures(data):
        shown = money(amount)
        if key == "excess":
            shown = alert(shown) if amount > 0 else f"{shown}（{lab['within_quota']}）"
        cells.append((lab[key], shown))
    rows = [(*cells[i], *cells[i + 1]) for i in range(0, len(cells), 2)]
    quota_note = lab["quota_note"]
    if any(line.over_quota for line in data.lines):
        quota_note += lab["over_note"]
    notes = [Paragraph(para_text(quota_note), st.small)]
    if data.urgent_cost is not None:
        notes.append(Paragraph(para_text(lab["urgent_note"]), st.small))
    closed = closed_note(data, language)
    if closed:
        notes.append(Paragraph(alert(para_text(closed)), st.small))
    label = label_width([c[0] for c in cells], st, 30, 60)
    return [*field_table(rows, st, label), Spacer(1, st.size(3)), *notes]


def render_requisition_xlsx(data: RequisitionData, *, language: str = DEFAULT_LANGUAGE) -> bytes:
    """The same form as a sheet "备料单": header block, line table, totals and quota check."""
    lab, english = depot_labels(language), is_english(language)
    sheet = SheetWriter("备料单", f"{data.centre.name} {lab['req_title']}")
    for key, value in (("req_number", data.number), ("req_month", month_text(data.month, english)),
                       ("quarter", quarter_text(quarter_of(data.month), english)),
                       ("status", data.status), ("shipping", data.shipping),
                       ("urgent_cost", data.urgent_cost), ("prepared_by", data.prepared_by),
                       ("reviewed_by", data.approved_by), ("sec_note", data.note)):
        sheet.field(lab[key], value)
    quantity = sum(line.quantity for line in data.lines)
    sheet.table(_head(lab), line_rows(data, lab, language),
                           totals=[[lab["total"], None, None, None, quantity, None, ordered_total(data)]])
    sheet.heading(lab["sec_quota"])
    for key, amount in quota_figures(data):
        sheet.field(lab[key], amount)
    closed = closed_note(data, language)
    if closed:
        sheet.field(lab["sec_note"], closed)
    sheet.widths([18, 16, 30, 8, 10, 18, 14])
    return sheet.to_bytes()
