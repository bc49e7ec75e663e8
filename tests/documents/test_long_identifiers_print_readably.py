"""A long serial or part number prints at a readable size, wrapped whole rather than shrunk to fit.

The manufacturer reads the serials off the return application (rule D15, D16: its list is what it
counts against): a 20-character serial in the 28 mm column printed at 6 points. Part numbers on the
requisition (D8) and the service report are keyed by whoever orders the part.
"""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal

import pytest
from month_end_checks import CENTRE
from pypdf import PdfReader
from test_arbitrary_text_all import monthly, reconciliation, requisition, service_report

from desktop_app.documents.identifier_cells import identifier_cell
from desktop_app.documents.part_numbers import SMALLEST
from desktop_app.documents.monthly_report import PartUsage, render_monthly_report_pdf
from desktop_app.documents.parts_reconciliation import render_parts_reconciliation
from desktop_app.documents.requisition_form import render_requisition_pdf
from desktop_app.documents.return_application import (
    ReturnApplicationData, ReturnItem, render_return_application,
)
from desktop_app.documents.service_report import PartLine, render_service_report
from desktop_app.documents.styles import make_styles

SERIAL = "KX7Q2026M1128Z004417"  # 20 characters, no dash: the audit's
SHORT_SERIAL = "RG2026A0001234"  # 14: still fits one line
PART = "XLPWRIES2008G24VDINRAILKIT0001"  # 30 characters, no dash
DASHED = "XLPWR-IES2008G-24V-DINRAIL-KIT"  # 30, with dashes to break after
BODY = make_styles("A4").body.fontSize  # 9.5 points on A4


def drawn(pdf: bytes) -> list[tuple[str, float]]:
    """Every piece of text drawn, in drawing order, with the size it is set in."""
    pieces: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):  # pypdf's visitor signature
        if text.strip():
            pieces.append((text.strip(), size * abs(tm[3]) * abs(cm[3])))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return pieces


def runs_of(identifier: str, pdf: bytes) -> list[list[tuple[str, float]]]:
    """Each place ``identifier`` is printed: the consecutive drawn pieces that join to it, in order."""
    found, runs = drawn(pdf), []
    for start, (text, _size) in enumerate(found):
        if not (identifier.startswith(text) and len(text) >= 5):
            continue
        run, joined = [], ""
        for piece, size in found[start:]:
            if not identifier.startswith(joined + piece):
                break
            run.append((piece, size))
            joined += piece
        if joined == identifier:
            runs.append(run)
    assert runs, f"{identifier} is not printed whole: {found}"
    return runs


def pieces_of(identifier: str, pdf: bytes) -> list[tuple[str, float]]:
    return runs_of(identifier, pdf)[0]


@pytest.fixture(scope="module")
def application() -> bytes:
    lines = (ReturnItem(serial=SERIAL, name=f"交换机 {PART}", reason="上电不亮", classification="开箱不良（D11）",
                        cost_bearer="厂家承担运费", claim_number="SC-2026-000123"),
             ReturnItem(serial=SHORT_SERIAL, name="千兆交换机", reason="风扇异响", classification="品质不良（D12）",
                        cost_bearer="厂家承担运费"),
             ReturnItem(part_no=PART, name="电源模块", reason="翻新", classification="保内（D13）",
                        cost_bearer="服务基金承担去程运费及配件"))
    data = ReturnApplicationData(centre=CENTRE, number="RA-202611-0009", status="草稿", applied_by="李晓燕",
                                 lines=lines)
    return render_return_application(data)


def test_a_twenty_character_serial_wraps_at_a_readable_size_on_the_return_application(application):
    serial = pieces_of(SERIAL, application)
    assert [piece for piece, _ in serial] == ["KX7Q2026M1", "128Z004417"]  # two even lines, in order
    assert all(size >= BODY - 1 for _, size in serial)  # was 6.2 points
    assert pieces_of("SC-2026-000123", application)[0][0] == "SC-2026-000123"  # its claim, beneath


def test_a_serial_that_fits_still_prints_as_one_string(application):
    [(piece, size)] = pieces_of(SHORT_SERIAL, application)
    assert piece == SHORT_SERIAL and size >= BODY - 1


def test_a_thirty_character_part_number_is_never_set_below_seven_points(application):
    runs = runs_of(PART, application)
    assert len(runs) == 2  # in the first line's name and the third line's item column
    for run in runs:
        assert len(run) > 1 and all(size >= SMALLEST for _, size in run)  # was 4.2 and 4.6 points


def test_a_long_part_number_on_the_requisition_is_never_set_below_seven_points():
    sample = requisition()
    data = dataclasses.replace(sample, lines=(dataclasses.replace(sample.lines[0], part_no=PART),))
    run = pieces_of(PART, render_requisition_pdf(data))
    assert len(run) > 1 and all(size >= SMALLEST for _, size in run)  # was one line at 4.7 points


def test_a_long_part_number_on_the_service_report_breaks_only_after_a_dash():
    part = PartLine(part_no=DASHED, name="电源模块", quantity=1, unit_price=Decimal("86"), charged_to="服务基金",
                    amount=Decimal("86"))
    run = pieces_of(DASHED, render_service_report(dataclasses.replace(service_report(), parts=(part,))))
    # It used to wrap wherever the column ended: "XLPWR-IES2008" / "G-24V-DINRAIL-K" / "IT".
    assert len(run) > 1 and all(piece.endswith("-") for piece, _ in run[:-1])
    assert all(size == BODY for _, size in run)


def test_the_cell_wraps_whole_characters_and_prints_markup_literally():
    cell = make_styles("A4").cell
    assert identifier_cell("A&B<b>", 80, cell) == "A&amp;B&lt;b&gt;"  # fits: as typed, escaped
    wrapped = identifier_cell("A&B<b>" * 6, 80, cell, smallest=8.5)
    assert "<font" not in wrapped and "<br/>" in wrapped  # wrapped at the cell's own size
    assert wrapped.replace("<br/>", "") == "A&amp;B&lt;b&gt;" * 6  # no character dropped or added


def test_a_long_part_number_on_the_month_end_reports_is_whole_or_breaks_only_after_a_dash():
    """The monthly report to the manufacturer (D3) and the parts reconciliation (D9) list part numbers
    in narrow columns: they used to break them wherever the column ended. Now each is on one line at
    7 points or more, or, longer, broken after its dashes."""
    usage = PartUsage(part_no=DASHED, name="电源模块", quantity=6, value=Decimal("519"))
    month_end = render_monthly_report_pdf(dataclasses.replace(monthly(), parts=(usage,)))
    sample = reconciliation()
    line = dataclasses.replace(sample.lines[0], part_no=DASHED)
    reconciled = render_parts_reconciliation(dataclasses.replace(sample, lines=(line,)))
    for pdf in (month_end, reconciled):
        run = pieces_of(DASHED, pdf)
        assert all(piece.endswith("-") for piece, _ in run[:-1]), run
        assert all(size >= SMALLEST for _, size in run), run
