"""The return application (返厂申请单, rules D15-D16): the detailed list shipped with the goods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.documents.depot_labels import depot_labels
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.page_parts import (
    CentreInfo, field_table, label_width, signature_lines,
)
from desktop_app.documents.identifier_cells import identifier_cell
from desktop_app.documents.name_cells import name_cell
from desktop_app.documents.part_numbers import SIDE_PADDING, part_no_cell
from desktop_app.documents.report_parts import (
    alert, empty_row, fit_widths, render_report, report_header, ruled_table, sections,
    text_or_none,
)
from desktop_app.documents.styles import DocStyles, make_styles
from desktop_app.documents.text import escape_markup, para_text
from desktop_app.documents.totals_row import keep_with_total

TICK = "\u2713"  # ✓: in the bundled font
FOUND_ON_HEAD = ("发现日期", "Found on")  # (Chinese, English): the column heading
# Column widths in A4 mm, with the list's cells padded PAD points a side (not 6: nine columns gave
# 19 mm to padding). The name fits an 18-character model number ("RG-S2910-24GT4XS-E") on one line
# at 8 points and a 15-character one at full size: in 23 mm "S5720-28P-LI-AC" was cut in two. The item
# fits a 14-character serial at 9 points (a longer one wraps, see _item) and a claim number small
# beneath it, the class 开箱不良（D11） on one line, the found-on day at 8 points (D11/D12), the
# manufacturer's count its heading and the short mark under it; the reason takes the rest, eight
# characters a line, so twelve long lines stay on two pages.
ITEM_MM, NAME_MM, CLASS_MM, FOUND_MM, ACK_MM = 28, 30, 29.5, 17.5, 17
PAD = 4  # points
SERIAL_DROP = 1  # points: a serial is set at least this close to the body size (9.5: 8.5 on A4)


@dataclass(frozen=True, kw_only=True)
class ReturnItem:
    """One unit (by serial) or part (by part number) to ship back, classified D11-D14."""

    serial: str | None = None
    part_no: str | None = None
    name: str  # product name and model, or the part's name
    quantity: int = 1
    reason: str
    classification: str  # label, e.g. 开箱不良（D11）
    cost_bearer: str  # label: who pays freight and parts
    packed: bool = False
    acknowledged_quantity: int | None = None  # the manufacturer's count (D16); None: not yet
    claim_number: str | None = None
    # D11/D12: the day the class is counted to, so the manufacturer can check it: a stock line's day
    # the defect was found, a claim's line its claim's date; None for a line made before it was kept.
    found_on: dt.date | None = None
    found_on_mark: str | None = None  # label under the day, e.g. （受理）: the day is the claim's


@dataclass(frozen=True, kw_only=True)
class ReturnApplicationData:
    """An application as printed, wording already in the document language."""

    centre: CentreInfo
    number: str
    status: str
    applied_on: dt.date | None = None
    approved_on: dt.date | None = None
    approval_reference: str | None = None
    applied_by: str
    lines: tuple[ReturnItem, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class ReturnTotals:
    """What the summary row states."""

    quantity: int
    packed_lines: int
    lines: int
    acknowledged: int | None  # None until the manufacturer has counted every line
    short_lines: int


def totals(data: ReturnApplicationData) -> ReturnTotals:
    """Quantity shipped, lines packed, and the manufacturer's count where complete."""
    for line in data.lines:
        for value in (line.quantity, line.acknowledged_quantity):
            if isinstance(value, bool) or not isinstance(value, int | None):
                raise TypeError(f"quantities must be int, got {type(value).__name__}")
    counted = [line.acknowledged_quantity for line in data.lines]
    complete = bool(counted) and None not in counted
    return ReturnTotals(
        quantity=sum(line.quantity for line in data.lines),
        packed_lines=sum(1 for line in data.lines if line.packed), lines=len(data.lines),
        acknowledged=sum(c for c in counted if c is not None) if complete else None,
        short_lines=sum(1 for line in data.lines if line.acknowledged_quantity is not None
                        and line.acknowledged_quantity < line.quantity))


def render_return_application(data: ReturnApplicationData, *,
                              language: str = DEFAULT_LANGUAGE) -> bytes:
    """A4: header with the number's codes, dates, approval, the list, D15/D16 notes, signatures."""
    st, lab, english = make_styles("A4"), depot_labels(language), is_english(language)
    title = lab["ret_title"]
    notes = [Paragraph(para_text(lab["d15_note"]), st.body),
             Paragraph(para_text(lab["d16_note"]), st.body)]
    if data.note and data.note.strip():
        notes.append(Spacer(1, st.size(4)))
        notes.append(Paragraph(f"{para_text(lab['sec_note'])}{_colon(english)}"
                               f"{para_text(data.note)}", st.body))
    signatures = signature_lines([
        [(lab["applied_by"], data.applied_by), (lab["sign_date"], lab["date_blank"])],
        [(lab["approver"], ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["receiver"], ""), (lab["sign_date"], lab["date_blank"])],
    ], st)
    story = [report_header(data.centre, title, st, lab, number=data.number,
                           mark=(data.status, lab["status"])),
             Spacer(1, st.size(8)), *_details(data, st, lab),
             *sections([(lab["sec_ret_lines"], [_lines_table(data, st, lab, english)]),
                        (lab["sec_ret_summary"], notes)], st, english),
             Spacer(1, st.size(14)), KeepTogether([signatures])]
    return render_report(story, st, lab, title=title, number=data.number,
                         author=data.centre.name)


def _colon(english: bool) -> str:
    return ": " if english else "："


def _details(data: ReturnApplicationData, st: DocStyles, lab: Mapping[str, str]) -> list[Table]:
    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else lab["none"]

    rows = [(lab["ret_number"], text_or_none(data.number, lab), lab["status"],
             text_or_none(data.status, lab)),
            (lab["applied_on"], day(data.applied_on), lab["approved_on"], day(data.approved_on)),
            (lab["applied_by"], text_or_none(data.applied_by, lab), lab["approval_ref"],
             text_or_none(data.approval_reference, lab))]
    names = [row[i] for row in rows for i in (0, 2)]
    return field_table(rows, st, label_width(names, st, 20, 34))


def _lines_table(data: ReturnApplicationData, st: DocStyles, lab: Mapping[str, str], english: bool) -> Flowable:
    found_head = FOUND_ON_HEAD[english]
    head = [lab["row_no"], lab["item"], lab["item_name"], lab["quantity"], lab["reason"], found_head,
            lab["classification"], lab["packed"], lab["acknowledged"]]
    # The reason is a line's longest text: it takes what the short columns leave (with 36 mm for the
    # serial and 32 for the name it wrapped every four characters, and twelve lines took three pages).
    widths = fit_widths([lab["row_no"], ITEM_MM, NAME_MM, lab["quantity"], None, FOUND_MM, CLASS_MM,
                         lab["packed"], ACK_MM], st)
    for heading in (0, 3, 7):  # fit_widths sized these for 6-point padding: the reason gets the spare
        widths[heading] -= 2 * (SIDE_PADDING - PAD)
        widths[4] += 2 * (SIDE_PADDING - PAD)
    rows: list[list] = []
    for number, line in enumerate(data.lines, start=1):
        item = _item(line, widths[1], st) or lab["none"]
        if line.claim_number:  # the claim behind a returned unit, for the maker's records
            claim = identifier_cell(line.claim_number, widths[1], st.small, padding=PAD)
            item += f'<br/><font size="{st.small.fontSize}">{claim}</font>'
        judged = [Paragraph(text_or_none(line.classification, lab), st.cell),
                  Paragraph(text_or_none(line.cost_bearer, lab), st.small)]
        # A model or part number in the name or the reason is not split either (name_cells).
        rows.append([str(number), item, name_cell(line.name, widths[2], st.cell, padding=PAD) or lab["none"],
                     str(line.quantity), name_cell(line.reason, widths[4], st.cell, padding=PAD) or lab["none"],
                     _found_on(line, widths[5], st, lab), judged,
                     TICK if line.packed else "", _counted(line, lab)])
    extra: list[tuple] = [("ALIGN", (7, 1), (7, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                          ("RIGHTPADDING", (0, 0), (-1, -1), PAD)]
    if not rows:
        row, span = empty_row(lab["no_lines"], len(head))
        rows.append(row)
        extra.append(span)
    summary = totals(data)
    counted = str(summary.acknowledged) if summary.acknowledged is not None else lab["none"]
    if summary.short_lines:
        counted = alert(counted)
    rows.append([lab["total"], "", "", str(summary.quantity), "", "", "",
                 f"{summary.packed_lines}/{summary.lines}", counted])
    extra.append(("SPAN", (0, -1), (2, -1)))
    return keep_with_total(ruled_table(head, rows, widths, st, right={0, 3, 8}, totals=1, extra=extra))


def _item(line: ReturnItem, width: float, st: DocStyles) -> str:
    """The serial, else the part number: on one line if it fits at a readable size, else wrapped.

    The manufacturer reads the serials off this list (rules D15, D16): a serial is never set below
    the body size less SERIAL_DROP (a 20-character one shrunk to fit printed at 6 points); it wraps
    instead, between characters. A part number keeps identifier_cell's floor (7 points), as on
    the requisition."""
    if line.serial:
        return identifier_cell(line.serial, width, st.cell, padding=PAD,
                               smallest=st.body.fontSize - SERIAL_DROP)
    return identifier_cell(line.part_no or "", width, st.cell, padding=PAD)


def _found_on(line: ReturnItem, width: float, st: DocStyles, lab: Mapping[str, str]) -> str:
    """The day on one line (a date split at its dashes misreads), a claim's mark small beneath it."""
    if line.found_on is None:
        return lab["none"]
    shown = part_no_cell(line.found_on.isoformat(), width, st.cell, padding=PAD)
    if line.found_on_mark:
        shown += f'<br/><font size="{st.small.fontSize}">{para_text(line.found_on_mark)}</font>'
    return shown


def _counted(line: ReturnItem, lab: Mapping[str, str]) -> str:
    if line.acknowledged_quantity is None:
        return lab["none"]
    shown = str(line.acknowledged_quantity)
    if line.acknowledged_quantity < line.quantity:  # D16: the manufacturer's count stands
        # On its own line: the column is as wide as its heading, the found-on day took the rest.
        return alert(f'{shown}<br/>{escape_markup(lab["count_short"].strip())}')
    return shown
