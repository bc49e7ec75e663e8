"""The pickup slip (取机单) the customer signs when collecting the unit: A4 / A5 sheet or 58 / 80 mm roll."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.documents.builder import build_document, numbered_footer
from desktop_app.documents.formatting import money
from desktop_app.documents.labels import DEFAULT_LANGUAGE
from desktop_app.documents.page_parts import (
    CentreInfo, centre_header, confirmation_box, field_table, grid_style, label_width, number_codes,
    section_heading, signature_lines, table,
)
from desktop_app.documents.paper_sizes import is_roll, paper_name
from desktop_app.documents.roll_parts import (
    RollPage, amount_lines, build_roll, field_lines, heading, qr_block, roll_header, roll_styles, rule,
    signature_line,
)
from desktop_app.documents.slip_labels import slip_labels
from desktop_app.documents.styles import LABEL_BACKGROUND, RULE_COLOUR, DocStyles, make_styles
from desktop_app.documents.text import CJKParagraph, para_text


@dataclass(frozen=True, kw_only=True)
class PickupSlipData:
    """What the customer takes away with the unit; wording already in the document language."""

    centre: CentreInfo
    work_order_number: str
    claim_number: str | None = None
    kind: str
    technician: str = ""
    pickup_date: dt.date
    customer_name: str
    customer_phone: str
    customer_company: str | None = None
    product_model: str = ""
    product_name: str = ""
    serial: str = ""
    replacement_serial: str | None = None  # an exchange: the customer leaves with another unit
    accessories: tuple[str, ...] = ()  # handed back with the unit
    decision: str | None = None
    solution: str | None = None
    parts: tuple[str, ...] = ()  # "part name ×2"
    charges: tuple[tuple[str, Decimal], ...] = ()  # what the customer paid, line by line
    total_paid: Decimal = Decimal("0.00")


def render_pickup_slip(data: PickupSlipData, *, language: str = DEFAULT_LANGUAGE, paper: str = "A4") -> bytes:
    """A4 / A5: one sheet with the order's codes; 58 / 80 mm: one roll piece."""
    lab = slip_labels(language)
    title = f"{lab['slip_title']} {data.work_order_number}"
    if is_roll(paper):
        st = roll_styles(paper)
        page = RollPage(lambda: _roll_story(data, st, lab),
                        lab["roll_footer"].format(number=data.work_order_number, copy=lab["slip_title"]))
        return build_roll([page], st, title=title, author=data.centre.name, subject=data.work_order_number)
    st = make_styles(paper_name(paper))
    codes = number_codes(data.work_order_number, st, st.size(40 * mm), qr_side=22 * mm, bar_height=7 * mm,
                         min_qr_side=18 * mm)
    rows = _fact_rows(data, lab)
    done = _done_rows(data, lab)
    label = label_width([r[i] for r in (*rows, *done) for i in range(0, len(r), 2)], st, 20, 34)
    story: list[Flowable] = [
        centre_header(data.centre, lab["slip_title"], (lab["slip_mark"], lab["slip_mark_note"]), codes, st,
                      lab["tel"]),
        Spacer(1, st.size(3 * mm)), *field_table(rows, st, label),
        Spacer(1, st.size(2 * mm)), section_heading(lab["sec_done"], st), *field_table(done, st, label),
        Spacer(1, st.size(2 * mm)), section_heading(lab["sec_paid"], st), _sheet_charges(data, st, lab),
        Spacer(1, st.size(3 * mm)), _sheet_confirmation(st, lab),
    ]
    footer = numbered_footer(st, lab, "slip_footer", lab["slip_title"], data.work_order_number)
    return build_document(story, st, title=title, author=data.centre.name, subject=data.work_order_number,
                          draw_footer=footer)


def _text(value: str | None, lab: Mapping[str, str]) -> str:
    return para_text(value) or lab["none"]


def _fact_pairs(data: PickupSlipData, lab: Mapping[str, str]) -> list[tuple[str, str]]:
    def t(value: str | None) -> str:
        return _text(value, lab)

    pairs = [(lab["work_order"], t(data.work_order_number)), (lab["claim_number"], t(data.claim_number)),
             (lab["kind"], t(data.kind)), (lab["pickup_date"], data.pickup_date.isoformat()),
             (lab["customer_name"], t(data.customer_name)), (lab["customer_phone"], t(data.customer_phone))]
    if data.customer_company:
        pairs.append((lab["customer_company"], t(data.customer_company)))
    pairs += [(lab["technician"], t(data.technician)), (lab["product_name"], t(data.product_name)),
              (lab["product_model"], t(data.product_model)), (lab["serial"], t(data.serial))]
    if data.replacement_serial:
        pairs.append((lab["replacement_serial"], t(data.replacement_serial)))
    return pairs


def _fact_rows(data: PickupSlipData, lab: Mapping[str, str]) -> list[tuple[str, ...]]:
    """Two facts a row on a sheet; an odd last one spans the row."""
    pairs = _fact_pairs(data, lab)
    return [pairs[i] + pairs[i + 1] if i + 1 < len(pairs) else pairs[i] for i in range(0, len(pairs), 2)]


def _done_rows(data: PickupSlipData, lab: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(lab["decision"], _text(data.decision, lab)), (lab["solution"], _text(data.solution, lab)),
            (lab["parts"], para_text(lab["list_sep"].join(data.parts)) or para_text(lab["no_parts"])),
            (lab["accessories"], _text(lab["list_sep"].join(data.accessories), lab))]


def _charge_rows(data: PickupSlipData, lab: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(name, money(amount)) for name, amount in data.charges]


def _sheet_charges(data: PickupSlipData, st: DocStyles, lab: Mapping[str, str]) -> Flowable:
    if not data.charges and not data.total_paid:
        return Paragraph(para_text(lab["nothing_paid"]), st.cell)
    rows = [[CJKParagraph(para_text(name), st.cell), Paragraph(amount, st.amount)]
            for name, amount in _charge_rows(data, lab)]
    rows.append([Paragraph(para_text(lab["total_paid"]), st.label), Paragraph(money(data.total_paid), st.amount)])
    commands = [c for c in grid_style(st) if c[0] != "BACKGROUND"]
    commands += [("BACKGROUND", (0, -1), (-1, -1), LABEL_BACKGROUND),
                 ("LINEABOVE", (0, -1), (-1, -1), 1.0, RULE_COLOUR)]
    amount_width = st.size(40 * mm)
    return table(rows, [st.frame_width - amount_width, amount_width], commands, st, splitInRow=1)


def _sheet_confirmation(st: DocStyles, lab: Mapping[str, str]) -> Flowable:
    inner = st.frame_width - 12
    signatures = signature_lines([
        [(lab["sign_customer"], ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["sign_operator"], ""), (lab["sign_date"], lab["date_blank"])],
    ], st, inner)
    return confirmation_box(None, lab["confirm_text"], signatures, st)


def _roll_story(data: PickupSlipData, st: DocStyles, lab: Mapping[str, str]) -> list[Flowable]:
    rows = _fact_pairs(data, lab)
    story: list[Flowable] = [*roll_header(data.centre, lab["slip_title"], lab["slip_mark_note"], st,
                                          lab["tel"]),
                             field_lines(rows, st), rule(st), heading(lab["sec_done"], st),
                             field_lines(_done_rows(data, lab), st), rule(st), heading(lab["sec_paid"], st)]
    if data.charges or data.total_paid:
        story.append(amount_lines(_charge_rows(data, lab), st, (lab["total_paid"], money(data.total_paid))))
    else:
        story.append(Paragraph(para_text(lab["nothing_paid"]), st.cell))
    story += [rule(st), *qr_block(data.work_order_number, st, 22 * mm), rule(st),
              CJKParagraph(para_text(lab["confirm_text"]), st.small),
              signature_line(lab["sign_customer"], st), signature_line(lab["sign_date"], st, lab["date_blank"])]
    return story
