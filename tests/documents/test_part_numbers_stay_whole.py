"""A part number on the requisition (rule D8) is never split inside: shrunk to one line, else broken at '-'."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from month_end_checks import CENTRE

from desktop_app.documents.part_numbers import SMALLEST, part_no_cell
from desktop_app.documents.requisition_form import RequisitionData, RequisitionLine, render_requisition_pdf
from desktop_app.documents.styles import make_styles

LONG = "SFP-GE-LX-SM1310"  # the audit's: it printed as SFP-GE-LX-SM131 / 0
HUGE = "WIDGET-ASSEMBLY-REPLACEMENT-KIT-XL2000-BLACK"  # too long for one line even at the smallest size


def requisition(*part_nos: str) -> RequisitionData:
    lines = tuple(RequisitionLine(part_no=p, name="千兆单模光模块1310nm 10km", unit="个", quantity=2,
                                  unit_price=Decimal("80.00"), amount=Decimal("160.00")) for p in part_nos)
    return RequisitionData(centre=CENTRE, number="RQ-2026-000012", month=dt.date(2026, 12, 1), status="草稿",
                           shipping="随货发运", urgent_cost=None, lines=lines, quota=Decimal("1000"),
                           used_before=Decimal("0"), total=Decimal("160") * len(lines), excess=Decimal("0"),
                           prepared_by="李晓燕", approved_by=None, note=None)


def test_a_long_part_number_prints_on_one_line(write_pdf, pdftotext):
    text = pdftotext(write_pdf(render_requisition_pdf(requisition("PB-IES-24V", LONG)), "req.pdf"))
    assert LONG in text and "PB-IES-24V" in text


def test_a_part_number_too_long_for_a_line_breaks_only_after_a_dash(write_pdf, pdftotext):
    text = pdftotext(write_pdf(render_requisition_pdf(requisition(HUGE)), "req.pdf"))
    for token in HUGE.split("-"):
        assert token in text  # each piece between dashes whole
    broken = [line.split()[-1] for line in text.splitlines() if any(t in line for t in HUGE.split("-"))
              and "千兆" not in line]
    assert all(piece.endswith("-") for piece in broken[:-1] if piece in HUGE)


def test_the_cell_shrinks_before_it_breaks():
    st = make_styles("A4")
    assert part_no_cell("PWR-01", 90, st.cell) == "PWR-01"  # fits: untouched
    shrunk = part_no_cell(LONG, 80, st.cell)
    assert "<br/>" not in shrunk and shrunk.startswith('<font size="')
    assert float(shrunk.split('"')[1]) >= SMALLEST
    assert part_no_cell(HUGE, 80, st.cell).count("<br/>") >= 1
