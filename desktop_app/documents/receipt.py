"""The service receipt (售后服务受理单) the customer signs: one PDF, one copy per page run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from desktop_app.documents import labels as wording
from desktop_app.documents.formatting import money as _money
from desktop_app.documents.formatting import when as _when
from desktop_app.documents.page_parts import (
    CentreInfo, CopyStart, centre_header, claim_codes, confirmation_box, draw_page_furniture,
    field_table, footer_canvas, grid_style, label_width, signature_lines, table, terms_block,
)
from desktop_app.documents.styles import LABEL_BACKGROUND, DocStyles, make_styles
from desktop_app.documents.text import glyph_fallback, para_text

COPY_KINDS = ("customer", "centre")


@dataclass(frozen=True)
class ChargeLine:
    """One charge; ``amount`` None means it is quoted after diagnosis."""

    item: str
    reason: str
    amount: Decimal | None


@dataclass(frozen=True, kw_only=True)
class ReceiptData:
    """Everything printed on a receipt, already in the document language where it is wording."""

    centre: CentreInfo
    claim_number: str
    received_at: dt.datetime
    operator: str
    customer_name: str
    customer_phone: str
    customer_company: str | None = None
    customer_address: str | None = None
    product_model: str
    product_name: str
    serial: str
    sale_date: dt.date | None = None
    invoice_no: str | None = None
    accessories_received: tuple[str, ...] = ()
    accessories_missing: tuple[str, ...] = ()
    fault_description: str
    channel: str
    decision_lines: tuple[str, ...] = ()
    rules_cited: tuple[str, ...] = ()
    charges: tuple[ChargeLine, ...] = ()
    needs_manager_approval: bool = False  # rule W9
    reply_due: dt.datetime | None = None  # rule S1
    answer_due: dt.datetime | None = None  # rule S3
    work_order_number: str | None = None
    tz: dt.tzinfo | None = None  # print times in this zone; None prints them as passed


def render_receipt(data: ReceiptData, *, language: str = wording.DEFAULT_LANGUAGE,
                   page_size: str = "A4", copies: tuple[str, ...] = COPY_KINDS) -> bytes:
    """One PDF with one copy per entry of ``copies``, each starting on a new page."""
    if not copies or any(kind not in COPY_KINDS for kind in copies):
        raise ValueError(f"copies must be a non-empty tuple of {COPY_KINDS}, got {copies!r}")
    st = make_styles(page_size)
    lab = wording.labels(language)
    story: list = []
    for index, kind in enumerate(copies):
        if index:
            story.append(PageBreak())
        story.append(CopyStart(lab[f"copy_{kind}_full"]))
        story += _copy(data, kind, st, lab, language)
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=st.page_size, leftMargin=st.margin, rightMargin=st.margin,
        topMargin=st.margin, bottomMargin=st.margin + st.size(2 * mm),
        title=f"{lab['receipt_title']} {data.claim_number}", author=data.centre.name,
        subject=data.claim_number, creator="Service Counter",
        initialFontName=st.body.fontName,  # no unembedded Helvetica reference in the file
    )
    footer = partial(_draw_footer, st=st, lab=lab, claim=glyph_fallback(data.claim_number))
    doc.build(story, canvasmaker=footer_canvas(footer))
    return buffer.getvalue()


def _copy(data: ReceiptData, kind: str, st: DocStyles, lab: Mapping[str, str],
          language: str) -> list:
    codes = claim_codes(data.claim_number, st, st.size(40 * mm))
    mark = (lab[f"copy_{kind}"], lab[f"copy_{kind}_note"])
    signatures = [
        [(lab["sign_customer"], ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["sign_operator"], ""), (lab["sign_date"], lab["date_blank"])],
    ]
    if kind == "centre":  # the customer's signed confirmation stays with the centre
        inner = signature_lines(signatures, st, st.frame_width - 12)
        closing = confirmation_box(lab["confirm_title"], lab["confirm_text"], inner, st)
    else:
        closing = signature_lines(signatures, st)
    fields = _fields(data, st, lab, language)
    names = [row[i] for row in fields for i in range(0, len(row), 2)] + [lab["charges"]]
    labels_width = label_width(names, st, 20, 34)
    return [
        centre_header(data.centre, lab["receipt_title"], mark, codes, st, lab["tel"]),
        Spacer(1, st.size(4 * mm)),
        *field_table(fields, st, labels_width),
        _charges(data.charges, st, lab, labels_width),
        Spacer(1, st.size(3 * mm)),
        terms_block(lab["terms_title"], wording.terms(language), st),
        Spacer(1, st.size(2 * mm)),
        KeepTogether([closing]),
    ]


def _fields(data: ReceiptData, st: DocStyles, lab: Mapping[str, str], language: str) -> list:
    none = lab["none"]

    def text(value: str | None) -> str:
        return para_text(value) or none

    def listing(items: tuple[str, ...]) -> str:
        return para_text(lab["list_sep"].join(items)) or none

    rows: list[tuple] = [
        (lab["claim_number"], text(data.claim_number), lab["received_at"],
         _when(data.received_at, data.tz)),
        (lab["channel"], text(data.channel), lab["operator"], text(data.operator)),
        (lab["customer_name"], text(data.customer_name), lab["customer_phone"],
         text(data.customer_phone)),
        (lab["customer_company"], text(data.customer_company), lab["customer_address"],
         text(data.customer_address)),
        (lab["product_name"], text(data.product_name), lab["product_model"],
         text(data.product_model)),
        (lab["serial"], text(data.serial), lab["sale_date"],
         data.sale_date.isoformat() if data.sale_date else none),
        (lab["invoice_no"], text(data.invoice_no), lab["work_order"],
         text(data.work_order_number)),
        (lab["accessories_received"], listing(data.accessories_received)),
        (lab["accessories_missing"], listing(data.accessories_missing)),
        (lab["fault"], text(data.fault_description)),
        (lab["decision"], _decision(data, st, lab, language)),
    ]
    due = []
    if data.reply_due:  # rule S1
        due.append(Paragraph(lab["reply_due"].format(when=_when(data.reply_due, data.tz)), st.cell))
    if data.answer_due:  # rule S3
        due.append(Paragraph(lab["answer_due"].format(when=_when(data.answer_due, data.tz)),
                             st.cell))
    if due:
        rows.append((lab["sla"], due))
    return rows


def _decision(data: ReceiptData, st: DocStyles, lab: Mapping[str, str], language: str) -> list:
    parts: list = [Paragraph(para_text(line), st.cell) for line in data.decision_lines]
    if data.needs_manager_approval:  # rule W9
        parts.append(Paragraph(para_text(lab["approval"]), st.alert))
    if data.rules_cited:
        cited = []
        for rule in data.rules_cited:
            summary = wording.rule_summary(rule, language)
            cited.append(f"{rule} {summary}".strip())
        sep = "；" if lab["list_sep"] == "、" else "; "
        parts.append(Paragraph(f"{para_text(lab['rules_cited'])}{_colon(lab)}"
                               f"{para_text(sep.join(cited))}", st.small))
    return parts or [Paragraph(lab["none"], st.cell)]


def _charges(charges: tuple[ChargeLine, ...], st: DocStyles, lab: Mapping[str, str],
             label_width: float) -> Table:
    amount_width = st.size(30 * mm)
    item_width = (st.frame_width - label_width - amount_width) * 0.45
    reason_width = st.frame_width - label_width - amount_width - item_width
    head = [Paragraph(para_text(lab["charges"]), st.label)]
    rows: list[list] = [head + [Paragraph(lab[key], st.label)
                                for key in ("charge_item", "charge_reason")]
                        + [Paragraph(lab["charge_amount"], st.label)]]
    commands = grid_style(st) + [("SPAN", (0, 0), (0, -1)), ("VALIGN", (0, 0), (0, -1), "MIDDLE")]
    for charge in charges:
        amount = _money(charge.amount) if charge.amount is not None else lab["to_be_quoted"]
        rows.append(["", Paragraph(para_text(charge.item), st.cell),
                     Paragraph(para_text(charge.reason), st.cell), Paragraph(amount, st.amount)])
    if charges:
        known = [c.amount for c in charges if c.amount is not None]
        total = sum(known, Decimal("0"))
        label = lab["total"] if len(known) == len(charges) else lab["total_partial"]
        rows.append(["", "", Paragraph(label, st.amount), Paragraph(_money(total), st.amount)])
    else:
        rows.append(["", Paragraph(lab["no_charges"], st.cell), "", ""])
        commands.append(("SPAN", (1, 1), (3, 1)))
    commands.append(("BACKGROUND", (1, 0), (-1, 0), LABEL_BACKGROUND))
    return table(rows, [label_width, item_width, reason_width, amount_width], commands, st,
                 repeatRows=1)


def _colon(lab: Mapping[str, str]) -> str:
    return "：" if lab["list_sep"] == "、" else ": "


def _draw_footer(canvas: Canvas, copy: str, page: int, pages: int, *, st: DocStyles,
                 lab: Mapping[str, str], claim: str) -> None:
    # A continuation page still says which receipt and copy it belongs to.
    top = lab["continued"].format(title=lab["receipt_title"], claim=claim) if page > 1 else None
    draw_page_furniture(canvas, st, lab["footer"].format(
        claim=claim, copy=copy, page=page, pages=pages), top, copy)
