"""The customer satisfaction survey (满意度调查表, rule E17): one page, filled in by pen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.documents.builder import build_document, frame_height, numbered_footer
from desktop_app.documents.form_parts import TickBox, WritingLines
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.page_parts import (
    CentreInfo, centre_header, field_table, grid_style, label_width, number_codes,
    signature_lines, table,
)
from desktop_app.documents.report_labels import SURVEY_QUESTIONS, survey_labels
from desktop_app.documents.styles import LABEL_BACKGROUND, RULE_COLOUR, DocStyles, make_styles
from desktop_app.documents.text import escape_markup, para_text

SCORES = (1, 2, 3, 4, 5)
TICK_BOX_MM = 8.5  # side of a tick box on A4: room for a pen tick or cross
MIN_TICK_BOX_MM = 6.5  # never smaller on any page, whatever the scale
QR_SIDE_MM = 30  # A4; scanned back at the desk (and by phone) to open the entry dialog
MIN_QR_SIDE_MM = 25  # on A5 too: about 0.75 mm modules, easy for a phone or a desk imager
COMMENT_LINE_MM = 8  # A4 spacing of the comment box's ruled lines
COMMENT_LINES = (2, 8)  # as many as fit the rest of the page, within these bounds


@dataclass(frozen=True, kw_only=True)
class SurveyFormData:
    """What is pre-printed on a survey form; the scores are written in by the customer."""

    centre: CentreInfo
    work_order_number: str
    technician: str
    service_date: dt.date
    customer_name: str
    product_model: str
    serial: str
    kind: str


def tick_box_side(st: DocStyles) -> float:
    """Side of a tick box on this page, in points (never below MIN_TICK_BOX_MM)."""
    return max(st.size(TICK_BOX_MM * mm), MIN_TICK_BOX_MM * mm)


def render_survey_form(data: SurveyFormData, *, language: str = DEFAULT_LANGUAGE,
                       page_size: str = "A4") -> bytes:
    """One page: work-order QR code, six questions scored 1-5, comment box, signature."""
    st = make_styles(page_size)
    lab = survey_labels(language)
    title = lab["survey_title"]
    codes = number_codes(data.work_order_number, st, st.size(40 * mm), qr_side=QR_SIDE_MM * mm,
                         min_qr_side=MIN_QR_SIDE_MM * mm)
    comment = _comment_box(st, lab, 0)
    story: list = [
        centre_header(data.centre, title, (lab["mark"], lab["mark_note"]), codes, st, lab["tel"]),
        Spacer(1, st.size(4 * mm)),
        *_details(data, st, lab),
        Spacer(1, st.size(4 * mm)),
        Paragraph(para_text(lab["intro"]), st.body),
        Spacer(1, st.size(2 * mm)),
        Paragraph(_legend(lab), st.label),
        Spacer(1, st.size(2 * mm)),
        _questions(st, lab, language),
        Spacer(1, st.size(4 * mm)),
        comment,
        Spacer(1, st.size(2 * mm)),
        signature_lines([[(lab["sign_customer"], "")], [(lab["sign_date"], lab["date_blank"])]],
                        st),
        Spacer(1, st.size(3 * mm)),
        table([[Paragraph(para_text(lab["return_note"]), st.small),
                Paragraph(para_text(lab["office_use"]),
                          ParagraphStyle("office_use", parent=st.small, alignment=TA_RIGHT))]],
              [st.frame_width * 0.45, st.frame_width * 0.55], [], st),
    ]
    # The comment box takes what the rest leaves of the page, so the form stays on one sheet.
    used = sum(part.wrap(st.frame_width, frame_height(st))[1] for part in story)
    spacing = st.size(COMMENT_LINE_MM * mm)
    lines = int((frame_height(st) - used - st.size(1 * mm)) // spacing)
    lines = min(max(lines, COMMENT_LINES[0]), COMMENT_LINES[1])
    story[story.index(comment)] = _comment_box(st, lab, lines)
    footer = numbered_footer(st, lab, "survey_footer", title, data.work_order_number)
    return build_document(story, st, title=f"{title} {data.work_order_number}",
                          author=data.centre.name, subject=data.work_order_number,
                          draw_footer=footer)


def _details(data: SurveyFormData, st: DocStyles, lab: Mapping[str, str]) -> list[Table]:
    def text(value: str) -> str:
        return para_text(value) or lab["none"]

    rows = [
        (lab["work_order"], text(data.work_order_number), lab["service_date"],
         data.service_date.isoformat()),
        (lab["customer_name"], text(data.customer_name), lab["kind"], text(data.kind)),
        (lab["product_model"], text(data.product_model), lab["serial"], text(data.serial)),
        (lab["technician"], text(data.technician)),
    ]
    names = [row[i] for row in rows for i in range(0, len(row), 2)]
    return field_table(rows, st, label_width(names, st, 20, 34))


def _legend(lab: Mapping[str, str]) -> str:
    words = lab["scale"].split("|")
    # Paragraph collapses runs of spaces: non-breaking ones keep the five entries apart.
    entries = [f"{n} = {para_text(w)}".replace(" ", "&nbsp;")
               for n, w in zip(SCORES, words, strict=True)]
    title = escape_markup(lab["legend_title"]).replace(" ", "&nbsp;")  # keep "Scale: " whole
    return title + ("&nbsp;" * 4).join(entries)


def _questions(st: DocStyles, lab: Mapping[str, str], language: str) -> Table:
    """Number, question and five labelled tick boxes per row; scores headed 1 to 5."""
    # Latin wrapping in the headings: CJK wrapping would split "dissatis-fied" at the cell edge.
    centred = ParagraphStyle("survey_head", parent=st.label, alignment=TA_CENTER, wordWrap=None)
    question = ParagraphStyle("survey_question", parent=st.body, fontSize=st.body.fontSize * 1.1,
                              leading=st.body.leading * 1.1)
    words = lab["scale"].split("|")
    side = tick_box_side(st)
    score_width = st.size(24 * mm)
    number_width = label_width([lab["row_no"], "9"], st, 8, 14)
    widths = [number_width, st.frame_width - number_width - 5 * score_width] + [score_width] * 5
    head: list = [Paragraph(lab["row_no"], centred), Paragraph(lab["question"], st.label)]
    head += [Paragraph(f"{n}<br/>{para_text(w)}", centred) for n, w in zip(SCORES, words,
                                                                           strict=True)]
    rows: list[list] = [head]
    for number, (_code, zh, en) in enumerate(SURVEY_QUESTIONS, start=1):
        boxes: list[Flowable] = [TickBox(str(n), side, st.body.fontName, st.body.fontSize)
                                 for n in SCORES]
        rows.append([Paragraph(str(number), centred),
                     Paragraph(para_text(en if is_english(language) else zh), question), *boxes])
    pad = st.size(2 * mm)
    commands = [c for c in grid_style(st) if c[0] != "BACKGROUND"] + [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 1), (-1, -1), "CENTER"),
        ("LEFTPADDING", (2, 0), (-1, 0), 2),  # room for "very dissatisfied" on one line
        ("RIGHTPADDING", (2, 0), (-1, 0), 2),
        ("TOPPADDING", (0, 1), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
    ]
    return table(rows, widths, commands, st, repeatRows=1)


def _comment_box(st: DocStyles, lab: Mapping[str, str], lines: int) -> Table:
    rows = [[Paragraph(para_text(lab["comment"]), st.label)],
            [WritingLines(st.frame_width - 12, lines, st.size(COMMENT_LINE_MM * mm))]]
    return table(rows, [st.frame_width], [("BOX", (0, 0), (-1, -1), 1.0, RULE_COLOUR),
                                          ("BOTTOMPADDING", (0, -1), (-1, -1), st.size(3 * mm))],
                 st)
