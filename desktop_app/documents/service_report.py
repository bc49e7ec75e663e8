"""The service report (售后服务报告单, rule E17) the technician completes and the customer signs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.documents.builder import build_document, numbered_footer
from desktop_app.documents.form_parts import WritingLines
from desktop_app.documents.formatting import money, when
from desktop_app.documents.identifier_cells import identifier_cell
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.page_parts import (
    CentreInfo, centre_header, confirmation_box, field_table, grid_style, label_width,
    number_codes, section_heading, signature_lines, table,
)
from desktop_app.documents.report_labels import report_labels
from desktop_app.documents.styles import (
    ALERT, LABEL_BACKGROUND, MUTED, RULE_COLOUR, DocStyles, make_styles,
)
from desktop_app.documents.text import para_text

_ZH_NUMERALS = "一二三四五六七八九十"
_TIMELINE_COLUMNS = 6  # at most, a row
_TIMELINE_MIN_SLOTS = 4  # a step's cell is at most a quarter of the row
MIN_QR_SIDE_MM = 18  # the desk scans the report's code back; A5 must not shrink it below this


@dataclass(frozen=True, kw_only=True)
class PartLine:
    """One replaced part; ``amount`` is the line total, whoever pays it."""

    part_no: str
    name: str
    quantity: int
    unit_price: Decimal
    charged_to: str  # label: 客户 / 服务基金 / 厂家 (rules D13, D14)
    amount: Decimal


@dataclass(frozen=True, kw_only=True)
class TimelineLine:
    """One step of the work order (received, dispatched, arrived, repaired, closed...)."""

    label: str
    at: dt.datetime


@dataclass(frozen=True, kw_only=True)
class VisitRow:
    """One of several visits (the order reassigned, or a second trip for parts): who and when (S3, E23)."""

    technician: str
    travel_started_at: dt.datetime | None = None
    arrived_at: dt.datetime
    departed_at: dt.datetime | None = None
    late: bool = False


@dataclass(frozen=True, kw_only=True)
class OnSiteLine:
    """The on-site visit's times (rule S3); the fields are the latest visit's, and ``visits`` lists every
    visit when there was more than one. The call to headquarters (E23) is a staff matter fined by the
    centre, not a fact the customer signs for: it stays in the app and the evaluation, off this paper."""

    required_arrival_at: dt.datetime | None = None
    arrived_at: dt.datetime | None = None
    departed_at: dt.datetime | None = None
    late: bool = False
    visits: tuple[VisitRow, ...] = ()


# The visits table's own words (this document only): set off, visit list heading.
_VISIT_WORDS = {"zh": {"set_off": "出发时间", "visit": "上门"}, "en": {"set_off": "Set off", "visit": "Visit"}}


@dataclass(frozen=True, kw_only=True)
class ServiceReportData:
    """Everything printed on a service report, already in the document language where wording."""

    centre: CentreInfo
    work_order_number: str
    claim_number: str | None = None
    kind: str
    technician: str
    customer_name: str
    customer_phone: str
    customer_company: str | None = None
    customer_address: str | None = None
    product_model: str
    product_name: str
    serial: str
    sale_date: dt.date | None = None
    fault_reported: str
    fault_category: str | None = None
    cause: str | None = None  # the class of cause (quality defect, user damage...) judged at diagnosis (W11)
    diagnosis: str | None = None
    fault_cause: str | None = None  # the report's 故障原因 as the technician wrote it (E17, E23)
    warranty_basis: tuple[str, ...] = ()
    solution: str | None = None
    parts: tuple[PartLine, ...] = ()
    labour: Decimal | None = None
    travel: Decimal | None = None
    total_to_customer: Decimal
    customer_opinion: str | None = None
    timeline: tuple[TimelineLine, ...] = ()
    on_site: OnSiteLine | None = None
    replacement_serial: str | None = None  # the unit given in exchange
    tz: dt.tzinfo | None = None  # print times in this zone; None prints them as passed


def render_service_report(data: ServiceReportData, *, language: str = DEFAULT_LANGUAGE,
                          page_size: str = "A4") -> bytes:
    """One PDF: header with the work order's codes, numbered sections, opinion and signatures."""
    # Tighter rows than the receipt: a report with parts and an on-site visit fits one A4 page.
    st = make_styles(page_size)
    st = dataclasses.replace(st, cell_padding=st.cell_padding * 0.6)
    lab = report_labels(language)
    customer, fault = _customer_rows(data, lab), _fault_rows(data, st, lab)
    times = _on_site_rows(data, lab)
    names = [row[i] for rows in (customer, fault, times) for row in rows
             for i in range(0, len(row), 2)]
    label = label_width(names, st, 20, 34)
    sections: list[tuple[str, list[Flowable]]] = [
        (lab["sec_customer"], field_table(customer, st, label)),
        (lab["sec_fault"], field_table(fault, st, label)),
        (lab["sec_parts"], [_parts_table(data, st, lab),
                            Paragraph(para_text(lab["parts_note"]), st.small)]),
    ]
    if times or data.timeline:
        sections.append((lab["sec_times"], [*field_table(times, st, label),
                                             *_visits_table(data, st, lab, language),
                                             *_timeline(data, st)]))
    sections.append((lab["sec_opinion"], [_opinion_box(data, st, lab)]))
    codes = number_codes(data.work_order_number, st, st.size(40 * mm), qr_side=22 * mm,
                         bar_height=7 * mm, min_qr_side=MIN_QR_SIDE_MM * mm)
    story: list = [centre_header(data.centre, lab["report_title"], (data.kind, lab["kind"]),
                                 codes, st, lab["tel"])]
    for index, (heading, flowables) in enumerate(sections):
        number = f"{index + 1}. " if is_english(language) else f"{_ZH_NUMERALS[index]}、"
        story += [Spacer(1, st.size(2 * mm)), section_heading(number + heading, st), *flowables]
    footer = numbered_footer(st, lab, "page_footer", lab["report_title"], data.work_order_number)
    return build_document(story, st, title=f"{lab['report_title']} {data.work_order_number}",
                          author=data.centre.name, subject=data.work_order_number,
                          draw_footer=footer)


def _ruled(st: DocStyles) -> list[tuple]:
    """Grid ruling with a shaded heading row instead of a shaded label column."""
    return [c for c in grid_style(st) if c[0] != "BACKGROUND"] + [
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND)]


def _hex(colour: Color) -> str:
    return "#" + colour.hexval()[2:]


def _text(value: str | None, lab: Mapping[str, str]) -> str:
    return para_text(value) or lab["none"]


def _customer_rows(data: ServiceReportData, lab: Mapping[str, str]) -> list[tuple]:
    return [
        (lab["work_order"], _text(data.work_order_number, lab), lab["claim_number"],
         _text(data.claim_number, lab)),
        (lab["kind"], _text(data.kind, lab), lab["technician"], _text(data.technician, lab)),
        (lab["customer_name"], _text(data.customer_name, lab), lab["customer_phone"],
         _text(data.customer_phone, lab)),
        (lab["customer_company"], _text(data.customer_company, lab), lab["customer_address"],
         _text(data.customer_address, lab)),
        (lab["product_name"], _text(data.product_name, lab), lab["product_model"],
         _text(data.product_model, lab)),
        (lab["serial"], _text(data.serial, lab), lab["sale_date"],
         data.sale_date.isoformat() if data.sale_date else lab["none"]),
    ]


def _fault_rows(data: ServiceReportData, st: DocStyles, lab: Mapping[str, str]) -> list[tuple]:
    # Fault cause, solution and parts complete a report (rule E23): they always get a row.
    basis = [Paragraph(para_text(line), st.cell) for line in data.warranty_basis]
    rows: list[tuple] = [
        (lab["fault_reported"], _text(data.fault_reported, lab)),
        (lab["fault_category"], _text(data.fault_category, lab), lab["cause_class"],
         _text(data.cause, lab)),
        (lab["diagnosis"], _text(data.diagnosis, lab)),
        (lab["fault_cause"], _text(data.fault_cause, lab)),
        (lab["warranty_basis"], basis or lab["none"]),
        (lab["solution"], _text(data.solution, lab)),
    ]
    if data.replacement_serial:  # an exchange: the customer leaves with another unit
        rows.append((lab["replacement_serial"], _text(data.replacement_serial, lab)))
    return rows


def _parts_table(data: ServiceReportData, st: DocStyles, lab: Mapping[str, str]) -> Table:
    # The narrow columns are as wide as their heading (ReportLab's cell padding does not scale).
    fixed = [label_width([lab["row_no"], "99"], st, 8, 14), st.size(30 * mm), 0.0,
             label_width([lab["quantity"], "9999"], st, 10, 16),
             *(st.size(w * mm) for w in (24, 22, 27))]
    fixed[2] = st.frame_width - sum(fixed)
    head = ["row_no", "part_no", "part_name", "quantity", "unit_price", "charged_to", "amount"]
    numeric = {"quantity", "unit_price", "amount"}  # headed like their right-aligned figures
    rows: list[list] = [[Paragraph(lab[key], st.amount if key in numeric else st.label)
                         for key in head]]
    commands = _ruled(st)
    for number, part in enumerate(data.parts, start=1):
        if isinstance(part.quantity, bool) or not isinstance(part.quantity, int):
            raise TypeError(f"part quantity must be an int, got {type(part.quantity).__name__}")
        # A part number wraps after a '-' or evenly, never "XLPWR-IES2008" / "G-24V-DINRAIL-K" / "IT".
        part_no = identifier_cell(part.part_no, fixed[1], st.cell)
        rows.append([Paragraph(str(number), st.cell), Paragraph(part_no, st.cell),
                     Paragraph(para_text(part.name), st.cell),
                     Paragraph(str(part.quantity), st.amount),
                     Paragraph(money(part.unit_price), st.amount),
                     Paragraph(para_text(part.charged_to), st.cell),
                     Paragraph(money(part.amount), st.amount)])
    if not data.parts:
        rows.append([Paragraph(para_text(lab["no_parts"]), st.cell)] + [""] * 6)
        commands.append(("SPAN", (0, 1), (-1, 1)))
    for key, amount in (("labour", data.labour), ("travel", data.travel)):
        if amount is not None:
            rows.append([Paragraph(lab[key], st.cell)] + [""] * 5 +
                        [Paragraph(money(amount), st.amount)])
            commands.append(("SPAN", (0, len(rows) - 1), (5, len(rows) - 1)))
    total = money(data.total_to_customer)
    rows.append([Paragraph(lab["total_to_customer"], st.amount)] + [""] * 5 +
                [Paragraph(total, st.amount)])
    commands += [("SPAN", (0, -1), (5, -1)), ("BACKGROUND", (0, -1), (-1, -1), LABEL_BACKGROUND),
                 ("LINEABOVE", (0, -1), (-1, -1), 1.0, RULE_COLOUR)]
    return table(rows, fixed, commands, st, repeatRows=1, splitInRow=1)


def _on_site_rows(data: ServiceReportData, lab: Mapping[str, str]) -> list[tuple]:
    visit = data.on_site
    if visit is None:
        return []

    def at(moment: dt.datetime | None) -> str:
        return when(moment, data.tz) if moment else lab["none"]

    if len(visit.visits) > 1:  # each visit in the table below (_visits_table)
        return [(lab["required_arrival"], at(visit.required_arrival_at))]
    arrived = _arrival(at(visit.arrived_at), visit.late, bool(visit.arrived_at and visit.required_arrival_at), lab)
    return [(lab["required_arrival"], at(visit.required_arrival_at), lab["arrived"], arrived),
            (lab["departed"], at(visit.departed_at))]


def _arrival(text: str, late: bool, judged: bool, lab: Mapping[str, str]) -> str:
    if late:  # rule S3 broken; a late arrival for personal reasons is fined (rule E23)
        return text + f' <font color="{_hex(ALERT)}">【{lab["late"]}】</font>'
    if judged:
        return text + f' <font color="{_hex(MUTED)}">（{lab["on_time"]}）</font>'
    return text


def _visits_table(data: ServiceReportData, st: DocStyles, lab: Mapping[str, str], language: str) -> list[Flowable]:
    """Every visit in order when there were several (S3): who, set off, arrived (late in red), left.
    Only the first arrival is judged against the time the customer asked for."""
    visits = data.on_site.visits if data.on_site else ()
    if len(visits) < 2:
        return []
    words = _VISIT_WORDS["en" if is_english(language) else "zh"]

    def at(moment: dt.datetime | None) -> str:
        return when(moment, data.tz) if moment else lab["none"]

    head = [words["visit"], lab["technician"], words["set_off"], lab["arrived"], lab["departed"]]
    rows: list[list] = [[Paragraph(para_text(h), st.label) for h in head]]
    for number, v in enumerate(visits, start=1):
        rows.append([Paragraph(str(number), st.cell), Paragraph(_text(v.technician, lab), st.cell),
                     Paragraph(at(v.travel_started_at), st.cell),
                     Paragraph(_arrival(at(v.arrived_at), v.late, number == 1 and bool(
                         data.on_site.required_arrival_at), lab), st.cell),
                     Paragraph(at(v.departed_at), st.cell)])
    # The times on one line even on A5: their columns as wide as a time (the arrival's with its late
    # mark), the technician's name takes what is left.
    font, size = st.cell.fontName, st.cell.fontSize
    time = stringWidth("2026-11-27 00:00", font, size) + 14
    arrival = time + stringWidth(f" 【{lab['late']}】", font, size)
    number = label_width([words["visit"], "99"], st, 8, 14)
    name = max(st.frame_width - number - 2 * time - arrival, label_width([lab["technician"]], st, 16, 26))
    widths = [number, name, time, arrival, time]
    return [Spacer(1, st.size(1.5 * mm)), table(rows, widths, _ruled(st), st, repeatRows=1)]


def _timeline(data: ServiceReportData, st: DocStyles) -> list[Table]:
    """The work order's steps left to right, label above, time below, in as few bands of at most six as
    needed and shared evenly among them (8 steps: 4 + 4, not 6 and a lone step); the bands share one column
    width, so a shorter last band lines up under the first from the left."""
    tables: list[Table] = []
    steps = list(data.timeline)
    bands = -(-len(steps) // _TIMELINE_COLUMNS)
    columns = -(-len(steps) // bands) if steps else 0
    remaining = len(steps)
    start = 0
    for band_index in range(bands):
        size = -(-remaining // (bands - band_index))  # the longer bands first: 13 steps are 5 + 4 + 4
        band = steps[start:start + size]
        start, remaining = start + size, remaining - size
        # Unruled blank cells keep a shorter band's steps under the first's, and a step or two from
        # stretching across the page (never wider than a quarter of it).
        slots = max(columns, _TIMELINE_MIN_SLOTS)
        blank = [""] * (slots - len(band))
        rows = [[Paragraph(para_text(step.label), st.label) for step in band] + blank,
                [Paragraph(when(step.at, data.tz), st.small) for step in band] + blank]
        last = len(band) - 1
        ruling = [(c[0], c[1], (last if c[2][0] == -1 else c[2][0], c[2][1]), *c[3:]) for c in _ruled(st)]
        tables.append(table(rows, [st.frame_width / slots] * slots, ruling, st))
    return tables


def _opinion_box(data: ServiceReportData, st: DocStyles, lab: Mapping[str, str]) -> Table:
    inner = st.frame_width - 12
    body: list[Flowable] = [Paragraph(para_text(lab["opinion"]), st.label)]
    if data.customer_opinion:
        body.append(Paragraph(para_text(data.customer_opinion), st.body))
        body.append(Spacer(1, st.size(3 * mm)))
    else:  # left blank for the customer to write in by pen
        body.append(WritingLines(inner, 2, st.size(6.5 * mm)))
    signatures = signature_lines([
        [(lab["sign_technician"], ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["sign_customer_confirm"], ""), (lab["sign_date"], lab["date_blank"])],
    ], st, inner, row_height=8 * mm)
    return confirmation_box(None, lab["confirm_text"], signatures, st, body=body)
