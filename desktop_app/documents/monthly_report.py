"""The repair monthly report (售后维修月报表, rule D3) for the manufacturer: PDF and XLSX."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.documents.formatting import money, month_text
from desktop_app.documents.identifier_cells import identifier_cell
from desktop_app.documents.labels import DEFAULT_LANGUAGE, is_english
from desktop_app.documents.monthly_labels import monthly_labels
from desktop_app.documents.page_parts import (
    CentreInfo, field_table, label_width, signature_lines,
)
from desktop_app.documents.report_parts import (
    empty_row, fit_widths, render_report, report_header, ruled_table, sections, text_or_none,
)
from desktop_app.documents.styles import DocStyles, make_styles
from desktop_app.documents.text import para_text
from desktop_app.documents.totals_row import keep_with_total
from desktop_app.documents.workbook import SheetWriter

DUE_DAY = 3  # D3: by the 3rd of the following month
TOP_FAULTS = 3
# Three warranty columns (D10): the manufacturer's, the centre's own promise beyond it, the customer's.
COUNTS = ("received", "repaired", "exchanged", "returned", "in_warranty", "extended_warranty",
          "out_of_warranty", "doa", "early_defects")
_HEADS = ("received", "repaired", "exchanged", "returned", "in_warranty", "extended_warranty",
          "out_of_warranty", "doa", "early")


@dataclass(frozen=True, kw_only=True)
class FaultCount:
    fault: str
    count: int


@dataclass(frozen=True, kw_only=True)
class ModelRow:
    """One product model's month, as ``services.monthly_reports.ModelLine`` counts it."""

    model: str
    name: str
    received: int = 0
    repaired: int = 0
    exchanged: int = 0
    returned: int = 0
    in_warranty: int = 0  # the manufacturer's warranty (D10-D13)
    extended_warranty: int = 0  # the centre's own free repair beyond it, at its cost (W4, D10, D14)
    out_of_warranty: int = 0  # paid by the customer (W5, W11)
    doa: int = 0  # D11
    early_defects: int = 0  # D12
    faults: tuple[FaultCount, ...] = ()  # any order: the report prints the most frequent


@dataclass(frozen=True, kw_only=True)
class PartUsage:
    part_no: str
    name: str
    quantity: int
    value: Decimal  # at the fee schedule (D9)


@dataclass(frozen=True, kw_only=True)
class MonthlyReportData:
    centre: CentreInfo
    month: dt.date
    models: tuple[ModelRow, ...] = ()
    parts: tuple[PartUsage, ...] = ()
    prepared_by: str
    prepared_on: dt.date | None = None
    # Which version of the month this paper is (D3): 「已于 … 报送」 for the figures as sent, or a
    # warning that current data may differ from what the manufacturer received. None: not sent yet.
    version_note: str | None = None


def due_date(month: dt.date) -> dt.date:
    """The 3rd of the following month (D3)."""
    following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following.replace(day=DUE_DAY)


def model_totals(data: MonthlyReportData) -> dict[str, int]:
    """Each count summed over the models (the totals row)."""
    for row in data.models:
        for name in COUNTS:
            value = getattr(row, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    return {name: sum(getattr(row, name) for row in data.models) for name in COUNTS}


def parts_total(data: MonthlyReportData) -> tuple[int, Decimal]:
    """Quantity and fee-schedule value of all parts used."""
    for part in data.parts:
        money(part.value)  # refuses a float
    return (sum(p.quantity for p in data.parts),
            sum((p.value for p in data.parts), Decimal("0.00")))


def top_faults(row: ModelRow, lab: Mapping[str, str], limit: int = TOP_FAULTS) -> str:
    """``电源/供电 3、端口故障 2``: the most frequent first, ties by name."""
    ranked = sorted(row.faults, key=lambda f: (-f.count, f.fault))[:limit]
    return lab["list_sep"].join(f"{f.fault} {f.count}" for f in ranked)


def render_monthly_report_pdf(data: MonthlyReportData, *,
                              language: str = DEFAULT_LANGUAGE) -> bytes:
    """Landscape A4: header block, one row per model with totals, parts used, signatures."""
    st = make_styles("A4")
    # Twelve columns need the width; tighter rows keep a usual month on one sheet.
    st = dataclasses.replace(st, page_size=landscape(A4), cell_padding=st.cell_padding * 0.6)
    lab, english = monthly_labels(language), is_english(language)
    title, number = lab["monthly_title"], f"{data.month:%Y-%m}"
    rows = [(lab["report_month"], month_text(data.month, english), lab["due_by"],
             due_date(data.month).isoformat()),
            (lab["prepared_by"], text_or_none(data.prepared_by, lab), lab["prepared_on"],
             data.prepared_on.isoformat() if data.prepared_on else lab["none"])]
    label = label_width([row[i] for row in rows for i in (0, 2)], st, 20, 34)
    signatures = signature_lines([
        [(lab["prepared_by"], data.prepared_by), (lab["sign_date"], lab["date_blank"])],
        [(lab["reviewed_by"], ""), (lab["sign_date"], lab["date_blank"])],
        [(lab["receiver"], ""), (lab["sign_date"], lab["date_blank"])]], st, row_height=8 * mm)
    # Under the title, where whoever takes the paper reads first which version it is.
    stamp = ParagraphStyle("version_note", parent=st.alert, alignment=TA_CENTER, fontSize=st.size(11),
                           leading=st.size(14))
    note = [Spacer(1, st.size(2)), Paragraph(para_text(data.version_note), stamp)] if data.version_note else []
    story = [report_header(data.centre, title, st, lab), *note, Spacer(1, st.size(6)),
             *field_table(rows, st, label),
             *sections([(lab["sec_models"], [_models(data, st, lab, english), Spacer(1, st.size(2)),
                                             Paragraph(para_text(lab["warranty_note"]), st.small)]),
                        # The signatures go with the parts table, never alone overleaf: a short table
                        # moves to the next page with them (a long one splits as it must).
                        (lab["sec_parts_used"], [_parts(data, st, lab), Spacer(1, st.size(4)),
                                                 Paragraph(para_text(lab["monthly_note"]), st.small),
                                                 Spacer(1, st.size(6)), signatures], True)], st, english)]
    return render_report(story, st, lab, title=title, number=number, author=data.centre.name)


def _models(data: MonthlyReportData, st: DocStyles, lab: Mapping[str, str], english: bool) -> Flowable:
    head = [lab["model"], lab["product"], *(lab[key] for key in _HEADS), lab["top_faults"]]
    # Count columns as wide as their headings. An English heading wraps between words, so the DOA and
    # early-defect columns may too (fixed widths would squeeze "Received" mid-word); a Chinese one
    # wraps anywhere, so those two keep room for "开箱不良（D11）" on one line.
    wide = (lab["doa"], lab["early"]) if english else (28, 28)
    widths = fit_widths([28, 34, *(lab[key] for key in _HEADS[:7]), *wide, None], st)
    rows: list[list] = [[para_text(row.model), para_text(row.name),
                         *(str(getattr(row, name)) for name in COUNTS),
                         text_or_none(top_faults(row, lab), lab)] for row in data.models]
    extra: list[tuple] = []
    if not rows:
        row, span = empty_row(lab["no_models"], len(head))
        rows.append(row)
        extra.append(span)
    totals = model_totals(data)
    rows.append([lab["total"], "", *(str(totals[name]) for name in COUNTS), ""])
    extra.append(("SPAN", (0, -1), (1, -1)))
    return keep_with_total(  # never 合计 alone overleaf
        ruled_table(head, rows, widths, st, right=set(range(2, 2 + len(COUNTS))), totals=1, extra=extra))


def _parts(data: MonthlyReportData, st: DocStyles, lab: Mapping[str, str]) -> Flowable:
    head = [lab["row_no"], lab["part_no"], lab["part_name"], lab["quantity"], lab["fee_value"]]
    widths = fit_widths([lab["row_no"], 50, None, lab["quantity"], 40], st)
    # A long part number wraps after a '-' or evenly, not wherever the 50 mm column ends.
    rows: list[list] = [[str(n), identifier_cell(p.part_no, widths[1], st.cell), para_text(p.name), str(p.quantity),
                         money(p.value)] for n, p in enumerate(data.parts, start=1)]
    extra: list[tuple] = []
    if not rows:
        row, span = empty_row(lab["no_parts_used"], len(head))
        rows.append(row)
        extra.append(span)
    quantity, value = parts_total(data)
    rows.append([lab["total"], "", "", str(quantity), money(value)])
    extra.append(("SPAN", (0, -1), (2, -1)))
    return keep_with_total(ruled_table(head, rows, widths, st, right={0, 3, 4}, totals=1, extra=extra))


def render_monthly_report_xlsx(data: MonthlyReportData, *,
                               language: str = DEFAULT_LANGUAGE) -> bytes:
    """Sheet 维修月报: the same columns, counts and values as numbers, totals in bold."""
    lab, english = monthly_labels(language), is_english(language)
    sheet = SheetWriter("维修月报", f"{data.centre.name} {lab['monthly_title']}", landscape=True)
    sheet.field(lab["report_month"], month_text(data.month, english))
    sheet.field(lab["due_by"], due_date(data.month))
    sheet.field(lab["prepared_by"], data.prepared_by)
    sheet.field(lab["prepared_on"], data.prepared_on)
    if data.version_note:
        sheet.field(lab["version"], data.version_note)
    sheet.heading(lab["sec_models"])
    totals = model_totals(data)
    sheet.table([lab["model"], lab["product"], *(lab[key] for key in _HEADS), lab["top_faults"]],
                [[row.model, row.name, *(getattr(row, name) for name in COUNTS),
                  top_faults(row, lab)] for row in data.models],
                totals=[[lab["total"], None, *(totals[name] for name in COUNTS), None]])
    sheet.heading(lab["sec_parts_used"])
    quantity, value = parts_total(data)
    sheet.table([lab["row_no"], lab["part_no"], lab["part_name"], lab["quantity"],
                 lab["fee_value"]],
                [[n, p.part_no, p.name, p.quantity, p.value]
                 for n, p in enumerate(data.parts, start=1)],
                totals=[[lab["total"], None, None, quantity, value]])
    sheet.widths([16, 24, 24, 10, 10, 10, 12, 12, 10, 14, 14, 36])
    return sheet.to_bytes()
