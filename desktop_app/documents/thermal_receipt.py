"""The service receipt on 58 / 80 mm roll paper: one column, one cut piece per copy, QR to scan at pickup."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.documents import labels as wording
from desktop_app.documents.formatting import money, when
from desktop_app.documents.receipt_data import COPY_KINDS, ReceiptData
from desktop_app.documents.paper_sizes import is_roll
from desktop_app.documents.roll_parts import (
    RollPage, amount_lines, build_roll, field_lines, heading, qr_block, roll_header, roll_styles, rule,
    signature_line, terms_lines,
)
from desktop_app.documents.slip_labels import slip_labels
from desktop_app.documents.styles import DocStyles
from desktop_app.documents.text import CJKParagraph, para_text


def render_thermal_receipt(data: ReceiptData, *, paper: str = "80mm",
                           language: str = wording.DEFAULT_LANGUAGE,
                           copies: tuple[str, ...] = COPY_KINDS) -> bytes:
    """One roll piece per entry of ``copies``, each as long as its content."""
    if not is_roll(paper):
        raise ValueError(f"{paper!r} is not a roll paper")
    if not copies or any(kind not in COPY_KINDS for kind in copies):
        raise ValueError(f"copies must be a non-empty tuple of {COPY_KINDS}, got {copies!r}")
    st = roll_styles(paper)
    lab, slip = wording.labels(language), slip_labels(language)
    pages = [RollPage(lambda kind=kind: _copy(data, kind, st, lab, slip, language),
                      slip["roll_footer"].format(number=data.claim_number, copy=lab[f"copy_{kind}"]))
             for kind in copies]
    return build_roll(pages, st, title=f"{lab['receipt_title']} {data.claim_number}", author=data.centre.name,
                      subject=data.claim_number)


def _copy(data: ReceiptData, kind: str, st: DocStyles, lab: Mapping[str, str], slip: Mapping[str, str],
          language: str) -> list[Flowable]:
    mark = f"{lab[f'copy_{kind}']} · {lab[f'copy_{kind}_note']}"
    story: list[Flowable] = [*roll_header(data.centre, lab["receipt_title"], mark, st, lab["tel"])]
    if data.corrected_at is not None:  # a reprint after a correction supersedes the paper the customer holds
        story.append(CJKParagraph(para_text(lab["corrected"].format(
            when=when(data.corrected_at, data.tz), edition=data.edition)), st.alert))
    if data.withdrawn_at is not None:  # 撤销受理
        stamp = ParagraphStyle("withdrawn_stamp", parent=st.alert, alignment=TA_CENTER,
                               fontSize=st.alert.fontSize * 1.4, leading=st.alert.fontSize * 1.8)
        story.append(CJKParagraph(para_text(lab["withdrawn"].format(when=when(data.withdrawn_at, data.tz))), stamp))
    story += [field_lines(_facts(data, lab), st), rule(st)]
    story += [heading(lab["fault"], st), CJKParagraph(para_text(data.fault_description) or lab["none"], st.cell),
              Spacer(1, 1 * mm), heading(lab["decision"], st)]
    # Who pays inside the dealer agreement (D rules) is on the centre's piece only.
    story += [CJKParagraph(para_text(line), st.cell) for line in data.decision_for(kind)] or \
        [Paragraph(lab["none"], st.cell)]
    if data.needs_manager_approval:  # rule W9
        story.append(CJKParagraph(para_text(lab["approval"]), st.alert))
    if rules := data.rules_for(kind):
        sep = "；" if lab["list_sep"] == "、" else "; "
        story.append(CJKParagraph(para_text(lab["rules_cited"] + slip["colon"] + sep.join(rules)), st.small))
    story += [rule(st), heading(lab["charges"], st), _charges(data, st, lab)]
    due = []
    if data.reply_due:  # rule S1
        due.append(lab["reply_due"].format(when=when(data.reply_due, data.tz)))
    if data.answer_due:  # rule S3
        due.append(lab["answer_due"].format(when=when(data.answer_due, data.tz)))
    if data.outcome_note:  # a reprint of a claim that is over: what happened, not a promise
        due.append(data.outcome_note)
    if due:
        story += [rule(st), heading(lab["sla"], st), *(CJKParagraph(para_text(t), st.small) for t in due)]
    story += [rule(st), *qr_block(data.claim_number, st, 24 * mm)]
    if kind == "customer":
        story.append(Paragraph(para_text(slip["roll_keep"]), st.copy_note))
    story += [rule(st), *terms_lines(lab["terms_title"], wording.terms(language), st), rule(st)]
    if kind == "centre":  # the customer's signed confirmation stays with the centre
        story += [heading(lab["confirm_title"], st), CJKParagraph(para_text(lab["confirm_text"]), st.small),
                  signature_line(lab["sign_customer"], st), signature_line(lab["sign_date"], st, lab["date_blank"])]
    else:
        story.append(signature_line(lab["sign_operator"], st))
    return story


def _facts(data: ReceiptData, lab: Mapping[str, str]) -> list[tuple[str, str]]:
    def text(value: str | None) -> str:
        return para_text(value) or lab["none"]

    rows = [(lab["claim_number"], text(data.claim_number)), (lab["received_at"], when(data.received_at, data.tz)),
            (lab["channel"], text(data.channel)), (lab["operator"], text(data.operator)),
            (lab["customer_name"], text(data.customer_name)), (lab["customer_phone"], text(data.customer_phone))]
    if data.customer_company:
        rows.append((lab["customer_company"], text(data.customer_company)))
    rows += [(lab["product_name"], text(data.product_name)), (lab["product_model"], text(data.product_model)),
             (lab["serial"], text(data.serial)),
             (lab["sale_date"], data.sale_date.isoformat() if data.sale_date else lab["none"])]
    if data.work_order_number:
        rows.append((lab["work_order"], text(data.work_order_number)))
    rows.append((lab["accessories_received"], text(lab["list_sep"].join(data.accessories_received))))
    if data.accessories_missing:
        rows.append((lab["accessories_missing"], text(lab["list_sep"].join(data.accessories_missing))))
    return rows


def _charges(data: ReceiptData, st: DocStyles, lab: Mapping[str, str]) -> Flowable:
    if not data.charges:
        return Paragraph(para_text(lab["no_charges"]), st.cell)
    rows = [(f"{c.item}（{c.reason}）" if lab["list_sep"] == "、" else f"{c.item} ({c.reason})",
             money(c.amount) if c.amount is not None else lab["to_be_quoted"]) for c in data.charges]
    known = [c.amount for c in data.charges if c.amount is not None]
    label = lab["total"] if len(known) == len(data.charges) else lab["total_partial"]
    return amount_lines(rows, st, (label, money(sum(known, Decimal("0")))))
