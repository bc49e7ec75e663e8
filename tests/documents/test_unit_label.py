"""The unit label: exact page sizes, codes that scan back, text that never leaves its column, privacy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.documents.fonts import FONT_NAME, register_fonts
from desktop_app.documents.paper_sizes import LABEL_SIZES, label_size
from desktop_app.documents.unit_label import UnitLabelData, fit_line, render_unit_label, wrap_lines
from desktop_app.services.unit_labels import phone_tail, surname_of
from pdf_checks import MM, drawn_rects

SIZES = tuple(LABEL_SIZES)
LONG_NAME = "Alexander-Maximilian Montgomery-Wolfeschlegelsteinhausenbergerdorff"


@pytest.fixture
def label() -> UnitLabelData:
    return UnitLabelData(code="WO-2026-000123", claim_number="SC-2026-000123", work_order_number="WO-2026-000123",
                         surname="王", phone_tail="6789", product_model="XL-IES2008G", serial="XL2026A0012345",
                         intake_date=dt.date(2026, 11, 27), fault="上电后电源灯常亮，所有端口指示灯不亮，无法建立链路。",
                         urgent=True, on_site=True)


@pytest.fixture
def long_label() -> UnitLabelData:
    """Everything too long for any label, with markup that must print literally."""
    return UnitLabelData(code="WO-2026-000124", claim_number="SC-2026-000124", work_order_number="WO-2026-000124",
                         surname=surname_of(LONG_NAME), phone_tail="0042",
                         product_model="ULTRA-LONG-MODEL-XL-IES2008G-PRO-MAX-2026 & <b>公司</b> 工业以太网交换机",
                         serial="XL2026A00123456789012345678", intake_date=dt.date(2026, 11, 27),
                         fault="A&B <b>公司</b> " + "风扇在高温下异响并且间歇性重启，" * 8, urgent=True, on_site=True)


def spans(path: Path) -> list[tuple[str, float, float, float]]:
    """(text, left, right, baseline) of every string drawn, in points."""
    found: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, _font, size) -> None:  # noqa: ANN001 - pypdf's visitor signature
        text = text.rstrip("\n")
        if text.strip():
            x, y = tm[4] + cm[4], tm[5] + cm[5]
            found.append((text, x, x + stringWidth(text, FONT_NAME, size), y))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("size", SIZES)
def test_one_page_exactly_the_label_size(label, write_pdf, size):
    register_fonts()
    reader = PdfReader(write_pdf(render_unit_label(label, size=size), f"label-{size}.pdf"))
    assert len(reader.pages) == 1  # one label a page: the printer feeds label by label
    box = reader.pages[0].mediabox
    width, height = (float(v) for v in size.split("x"))
    assert float(box.width) / MM == pytest.approx(width, abs=0.5)
    assert float(box.height) / MM == pytest.approx(height, abs=0.5)
    assert float(box.left) == float(box.bottom) == 0


@pytest.mark.parametrize("size", SIZES)
def test_qr_and_code128_scan_back_to_the_number(label, long_label, write_pdf, render_png, zbarimg, size):
    for data in (label, long_label):
        path = write_pdf(render_unit_label(data, size=size), f"codes-{size}.pdf")
        symbols = zbarimg(render_png(path, dpi=300), raw=False)
        assert sorted(symbols) == sorted([f"QR-Code:{data.code}", f"CODE-128:{data.code}"])


def test_without_a_work_order_the_codes_carry_the_claim_number(label, write_pdf, render_png, zbarimg):
    claim_only = UnitLabelData(code="SC-2026-000777", claim_number="SC-2026-000777", surname="李",
                               phone_tail="1234", intake_date=dt.date(2026, 11, 27))
    path = write_pdf(render_unit_label(claim_only), "claim.pdf")
    assert sorted(zbarimg(render_png(path, dpi=300))) == ["SC-2026-000777", "SC-2026-000777"]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_long_text_stays_in_its_column(long_label, write_pdf, size, language):
    path = write_pdf(render_unit_label(long_label, size=size, language=language), f"long-{size}.pdf")
    layout = label_size(size)
    page = PdfReader(path).pages[0]
    rects = drawn_rects(page)
    # QR modules are short rects; bars are the barcode's height; between them, the black mark boxes.
    qr = [r for r in rects if r[3] < 1.5 * MM]
    bars = [r for r in rects if r[3] > 4 * MM]
    qr_right = max(x + w for x, _y, w, _h in qr)
    bars_bottom = min(y for _x, y, _w, _h in bars)
    drawn = spans(path)
    assert len(drawn) >= 7
    for text, left, right, baseline in drawn:
        assert left >= qr_right, f"{text!r} runs into the QR code"
        assert right <= (layout.width - layout.margin) * MM + 0.01, f"{text!r} runs off the label"
        assert layout.margin * MM * 0.5 < baseline < bars_bottom - 4, f"{text!r} is outside the text area"
    texts = [text for text, *_ in drawn]
    assert any(t.endswith("…") for t in texts)  # cut with an ellipsis, not dropped
    assert any(t.startswith("Montgomery") for t in texts)  # the surname, cut short: still there


def test_lines_do_not_overlap(long_label, write_pdf):
    path = write_pdf(render_unit_label(long_label, size="50x30"), "overlap.pdf")
    rows = sorted({round(baseline, 1) for *_rest, baseline in spans(path)}, reverse=True)
    gaps = [upper - lower for upper, lower in zip(rows, rows[1:])]
    assert min(gaps) >= 4.5  # points: the smallest type is 4.5 pt


@pytest.mark.parametrize("size", SIZES)
def test_the_phone_shows_only_its_last_four_digits(label, write_pdf, pypdf_text, size):
    # Even if a caller passed the whole number, the label prints its tail only.
    leaky = UnitLabelData(**{**label.__dict__, "phone_tail": "138-2345-6789"})
    for data in (label, leaky):
        text = pypdf_text(write_pdf(render_unit_label(data, size=size), "phone.pdf"))
        assert "尾号6789" in text
        assert "13823456789" not in text and "138" not in text.replace("SC-2026-000123", "")
        assert "2345" not in text.replace("XL2026A0012345", "")


def test_text_prints_literally_and_the_marks_show(long_label, write_pdf, pypdf_text):
    text = pypdf_text(write_pdf(render_unit_label(long_label, size="60x40"), "literal.pdf"))
    assert "A&B <b>公司</b>" in text
    assert "加急" in text and "上门" in text
    assert "2026-11-27" in text
    english = pypdf_text(write_pdf(render_unit_label(long_label, size="60x40", language="en"), "en.pdf"))
    assert "URGENT" in english and "ON-SITE" in english and "Tel. *0042" in english


def test_font_is_embedded(label, write_pdf):
    page = PdfReader(write_pdf(render_unit_label(label), "font.pdf")).pages[0]
    fonts = page["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert "WenQuanYi" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_fit_line_shrinks_then_cuts():
    font = register_fonts()
    text, size = fit_line("XL-IES2008G", 200, font, 8, 5)
    assert (text, size) == ("XL-IES2008G", 8)  # fits: untouched
    wide = stringWidth("XL-IES2008G", font, 8)
    text, size = fit_line("XL-IES2008G", wide * 0.8, font, 8, 5)
    assert text == "XL-IES2008G" and 5 <= size < 8  # shrunk, whole
    text, size = fit_line("X" * 200, 50, font, 8, 5)
    assert size == 5 and text.endswith("…") and stringWidth(text, font, size) <= 50
    lines = wrap_lines("风扇异响 " * 30, 60, font, 6, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(stringWidth(line, font, 6) <= 60 for line in lines)


@pytest.mark.parametrize(("name", "surname"), [
    ("王建国", "王"), ("欧阳修", "欧阳"), ("司马相如", "司马"), ("John A. Smith", "Smith"),
    ("  Li  Wei ", "Wei"), ("", ""), ("张", "张"),
])
def test_surname_only(name, surname):
    assert surname_of(name) == surname


@pytest.mark.parametrize(("phone", "tail"), [
    ("13823456789", "6789"), ("0755-8632 1188", "1188"), ("+86 138 2345 6789", "6789"), ("12", "12"), ("", ""),
    (None, ""),
])
def test_phone_tail(phone, tail):
    assert phone_tail(phone) == tail


def test_unknown_size_is_refused(label):
    with pytest.raises(ValueError, match="70x50"):
        render_unit_label(label, size="70x50")
    assert label_size("60×40 mm") is LABEL_SIZES["60x40"]
