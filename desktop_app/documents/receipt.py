"""The service receipt (售后服务受理单) the customer signs: one PDF, one copy per page run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial
from io import BytesIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table

from desktop_app.documents import labels as wording
from desktop_app.documents import receipt_fit as fit
from desktop_app.documents.formatting import money as _money
from desktop_app.documents.formatting import when as _when
from desktop_app.documents.page_parts import (
    CopyStart, centre_header, claim_codes, confirmation_box, draw_page_furniture,
    field_table, footer_canvas, form_cells, grid_style, label_width, signature_lines, table,
    terms_paragraphs, terms_table,
)
from desktop_app.documents.receipt_data import COPY_KINDS, ChargeLine, ReceiptData
from desktop_app.documents.styles import ALERT, LABEL_BACKGROUND, DocStyles, make_styles
from desktop_app.documents.text import glyph_fallback, para_text
from desktop_app.documents.text_line import CJKTextLine, TextLine

def render_receipt(data: ReceiptData, *, language: str = wording.DEFAULT_LANGUAGE,
                   page_size: str = "A4", copies: tuple[str, ...] = COPY_KINDS) -> bytes:
    """One PDF with one copy per entry of ``copies``, each starting on a new page."""
    if not copies or any(kind not in COPY_KINDS for kind in copies):
        raise ValueError(f"copies must be a non-empty tuple of {COPY_KINDS}, got {copies!r}")
    st = make_styles(page_size)
    lab = wording.labels(language)
    shared = _fitted(data, _shared_parts(data, st, lab, language), copies, st, lab, language)
    story: list = []
    for index, kind in enumerate(copies):
        if index:
            story.append(PageBreak())
        story.append(CopyStart(lab[f"copy_{kind}_full"]))
        story += _copy(data, kind, st, lab, shared, language)
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


@dataclass(frozen=True)
class _SharedParts:
    """What every copy prints alike, built once per document: the codes (the QR is encoded once
    however often it is drawn) and the cells of the field, charge and terms tables (their markup
    parsed once). Each copy gets its own Table objects around them: ReportLab marks a top-level
    flowable it had to move to the next page, and a second copy must not inherit that mark."""

    codes: list
    label_width: float
    fields: list  # the rows above the decision
    after: list  # the rows below it (service times)
    charges: tuple[list, list]
    terms: list
    terms_brief: list  # the centre's stub: each term in a phrase (its summary line)


def _shared_parts(data: ReceiptData, st: DocStyles, lab: Mapping[str, str],
                  language: str) -> _SharedParts:
    fields, after = _fields(data, st, lab, language)
    names = [row[i] for row in (*fields, *after) for i in range(0, len(row), 2)]
    names += [lab["decision"], lab["charges"]]
    return _SharedParts(
        # Codes a little smaller than number_codes' default (still ~1 mm a module for a claim number):
        # their column set the header's height, and a copy must keep to one sheet.
        codes=claim_codes(data.claim_number, st, st.size(40 * mm), qr_side=21 * mm, bar_height=6 * mm),
        label_width=label_width(names, st, 20, 40),  # "Accessories received" on one line
        fields=form_cells(fields, st), after=form_cells(after, st),
        charges=_charge_cells(data.charges, st, lab),
        terms=terms_paragraphs(lab["terms_title"], wording.terms(language), st),
        terms_brief=_terms_brief(data, st, lab, language),
    )


def _terms_brief(data: ReceiptData, st: DocStyles, lab: Mapping[str, str], language: str) -> list:
    """The terms as the stub prints them: one phrase per rule, the full text being on the customer's
    copy (which the customer keeps); the pickup note concerns the customer's copy alone."""
    periods = dict(data.policy_periods)
    brief = [f"〔{rule}〕{para_text(wording.rule_summary(rule, language, periods))}"
             for rule, _text in wording.terms(language) if rule]
    sep = "；" if lab["list_sep"] == "、" else "; "
    return [TextLine(para_text(lab["terms_brief_title"]), st.label), TextLine(sep.join(brief), st.terms)]


def _copy(data: ReceiptData, kind: str, st: DocStyles, lab: Mapping[str, str],
          shared: _SharedParts, language: str) -> list:
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
    return [
        centre_header(data.centre, lab["receipt_title"], mark, shared.codes, st, lab["tel"]),
        *_supersedes(data, st, lab),
        Spacer(1, st.size(4 * mm)),
        *field_table([*shared.fields, (lab["decision"], _decision(data, kind, st, lab, language)),
                      *shared.after], st, shared.label_width),
        _charges(shared.charges, st, shared.label_width),
        Spacer(1, st.size(3 * mm)),
        # The terms the customer signs for stay with the signatures: a long fault description once
        # left the terms box's title alone at the foot of page 1 and the rest overleaf.
        KeepTogether([terms_table(shared.terms if kind == "customer" else shared.terms_brief, st),
                      Spacer(1, st.size(2 * mm)), closing]),
    ]


def _supersedes(data: ReceiptData, st: DocStyles, lab: Mapping[str, str]) -> list:
    """Under the title, on a reprint: the edition a correction made (the customer's earlier paper no longer
    stands) and a withdrawn claim's stamp (撤销受理); nothing on a claim never corrected or withdrawn."""
    parts: list = []
    if data.corrected_at is not None:
        line = lab["corrected"].format(when=_when(data.corrected_at, data.tz), edition=data.edition)
        parts += [Spacer(1, st.size(1.5 * mm)), TextLine(para_text(line), _centred(st.alert, st.size(10)))]
    if data.withdrawn_at is not None:
        stamp = TextLine(para_text(lab["withdrawn"].format(when=_when(data.withdrawn_at, data.tz))),
                         _centred(st.alert, st.size(15)))
        parts += [Spacer(1, st.size(2 * mm)), table([[stamp]], [st.size(95 * mm)], [
            ("BOX", (0, 0), (-1, -1), 1.8, ALERT), ("TOPPADDING", (0, 0), (-1, -1), st.size(1.5 * mm)),
            ("BOTTOMPADDING", (0, 0), (-1, -1), st.size(2 * mm))], st, hAlign="CENTER")]
    return parts


def _centred(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_centred_{size:g}", parent=style, alignment=TA_CENTER,
                          fontSize=size, leading=size * 1.3)


def _fields(data: ReceiptData, st: DocStyles, lab: Mapping[str, str],
            language: str) -> tuple[list, list]:
    """The rows above the decision and those below it; the decision differs by copy."""
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
        (lab["fault"], text(data.fault_description)),  # the last row: _fitted sizes it
    ]
    due = []
    if data.reply_due:  # rule S1
        due.append(TextLine(lab["reply_due"].format(when=_when(data.reply_due, data.tz)), st.cell))
    if data.answer_due:  # rule S3
        due.append(TextLine(lab["answer_due"].format(when=_when(data.answer_due, data.tz)), st.cell))
    if data.outcome_note:  # a reprint of a claim that is over: what happened, not a promise
        due.append(TextLine(para_text(data.outcome_note), st.cell))
    return rows, ([(lab["sla"], due)] if due else [])


def _decision(data: ReceiptData, kind: str, st: DocStyles, lab: Mapping[str, str],
              language: str) -> list:
    """The decision as the copy ``kind`` prints it. The customer's copy leaves out who pays inside
    the dealer agreement (D rules: the centre's business) and explains each rule it cites in a
    line, but not those its terms box or the W9 warning print in full: the customer keeps this
    copy and may not know the rules. The centre's stub cites the rule numbers only: the centre
    has its policy, and the full texts once pushed its terms and signatures onto a second sheet."""
    parts: list = [TextLine(para_text(line), st.cell) for line in data.decision_for(kind)]
    if data.needs_manager_approval:  # rule W9
        parts.append(TextLine(para_text(lab["approval"]), st.alert))
    rules = data.rules_for(kind)
    sep = "；" if lab["list_sep"] == "、" else "; "
    if kind == "customer":
        said = {rule for rule, _text in wording.terms(language)}
        if data.needs_manager_approval:  # the warning above says W9 in full: once is enough
            said.add("W9")
        cited = [f"{rule} {wording.rule_summary(rule, language, dict(data.policy_periods))}".strip()
                 for rule in rules if rule not in said]
    else:
        cited, sep = list(rules), lab["list_sep"]
    if cited:
        parts.append(TextLine(f"{para_text(lab['rules_cited'])}{_colon(lab)}"
                              f"{para_text(sep.join(cited))}", st.small))
    return parts or [TextLine(lab["none"], st.cell)]


def _fitted(data: ReceiptData, shared: _SharedParts, copies: tuple[str, ...], st: DocStyles,
            lab: Mapping[str, str], language: str) -> _SharedParts:
    """``shared`` with a long fault in the type that keeps every copy to one sheet (receipt_fit)."""
    column = st.frame_width - shared.label_width
    label, cell = shared.fields[-1]
    if not data.fault_description.strip() or not fit.worth_fitting(data.fault_description, st, column):
        return shared
    # Laid out once at the body size: what the copy needs besides the fault's own lines.
    fault_height = cell.wrap(column - 12, 1e6)[1]
    rest = max(fit.story_height(_copy(data, kind, st, lab, shared, language), st) for kind in copies)
    room = fit.frame_height(st) - (rest - fault_height) - 1  # a point's slack for rounding
    fitted = fit.fault_cell(para_text(data.fault_description), room, column, st, CJKTextLine)
    return replace(shared, fields=[*shared.fields[:-1], (label, fitted)])


SPANNED_CHARGES = 10  # at most this many charges fit beside one label cell on any page


def _charge_cells(charges: tuple[ChargeLine, ...], st: DocStyles,
                  lab: Mapping[str, str]) -> tuple[list, list]:
    """The charge table's rows (label column first) and its style commands."""
    head = [TextLine(para_text(lab["charges"]), st.label)]
    rows: list[list] = [head + [TextLine(lab[key], st.label)
                                for key in ("charge_item", "charge_reason", "charge_amount")]]
    commands = grid_style(st)
    charges = _grouped(charges, lab)
    if len(charges) <= SPANNED_CHARGES:
        # The label spans the table; a longer table must be free to split across pages, which a
        # spanned cell forbids (reportlab cannot break it), so there the label heads the first row.
        commands += [("SPAN", (0, 0), (0, -1)), ("VALIGN", (0, 0), (0, -1), "MIDDLE")]
    for charge in charges:
        amount = _money(charge.amount) if charge.amount is not None else lab["to_be_quoted"]
        rows.append(["", TextLine(para_text(charge.item), st.cell),
                     TextLine(para_text(charge.reason), st.cell), TextLine(amount, st.amount)])
    if charges:
        known = [c.amount for c in charges if c.amount is not None]
        total = sum(known, Decimal("0"))
        label = lab["total"] if len(known) == len(charges) else lab["total_partial"]
        rows.append(["", "", TextLine(label, st.amount), TextLine(_money(total), st.amount)])
    else:
        rows.append(["", TextLine(lab["no_charges"], st.cell), "", ""])
        commands.append(("SPAN", (1, 1), (3, 1)))
    commands.append(("BACKGROUND", (1, 0), (-1, 0), LABEL_BACKGROUND))
    return rows, commands


def _grouped(charges: tuple[ChargeLine, ...], lab: Mapping[str, str]) -> tuple[ChargeLine, ...]:
    """Unpriced charges with one reason share a row (「说明书、电源适配器：退换货时附件不全…」): five
    missing accessories once took five rows saying the same, pushing the signatures overleaf."""
    out: list[ChargeLine] = []
    for charge in charges:
        last = out[-1] if out else None
        if last is not None and last.amount is None and charge.amount is None and last.reason == charge.reason:
            out[-1] = ChargeLine(f"{last.item}{lab['list_sep']}{charge.item}", last.reason, None)
        else:
            out.append(charge)
    return tuple(out)


def _charges(cells: tuple[list, list], st: DocStyles, label_width: float) -> Table:
    rows, commands = cells
    # Wide enough for "Quoted after diagnosis" on one line: two lines per charge cost a copy its sheet.
    widest = max((getattr(row[-1], "_plain_width", 0) or 0 for row in rows), default=0)
    amount_width = min(max(st.size(30 * mm), widest + 13), st.size(45 * mm))
    item_width = (st.frame_width - label_width - amount_width) * 0.45
    reason_width = st.frame_width - label_width - amount_width - item_width
    return table([list(row) for row in rows], [label_width, item_width, reason_width, amount_width],
                 list(commands), st, repeatRows=1)


def _colon(lab: Mapping[str, str]) -> str:
    return "：" if lab["list_sep"] == "、" else ": "


def _draw_footer(canvas: Canvas, copy: str, page: int, pages: int, *, st: DocStyles,
                 lab: Mapping[str, str], claim: str) -> None:
    # A continuation page still says which receipt and copy it belongs to.
    top = lab["continued"].format(title=lab["receipt_title"], claim=claim) if page > 1 else None
    draw_page_furniture(canvas, st, lab["footer"].format(
        claim=claim, copy=copy, page=page, pages=pages), top, copy)
