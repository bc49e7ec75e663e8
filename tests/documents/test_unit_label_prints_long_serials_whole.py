"""A 30-character serial prints whole on the unit label, in both sizes and languages: too long for one line at
the floor size, it wraps onto a second line (as identifiers do on the papers) instead of being cut with "…";
every line still stays in its column, and the intake date keeps its place beside the English marks."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.documents.paper_sizes import LABEL_SIZES, label_size
from desktop_app.documents.unit_label import UnitLabelData, render_unit_label
from test_unit_label import spans

SERIAL = "XL2026A0012345678901234567ABCD"


@pytest.fixture
def label() -> UnitLabelData:
    return UnitLabelData(code="WO-2026-000123", claim_number="SC-2026-000123", work_order_number="WO-2026-000123",
                         surname="王", phone_tail="6789", product_model="XL-IES2008G", serial=SERIAL,
                         intake_date=dt.date(2026, 11, 27), fault="上电后电源灯常亮，所有端口指示灯不亮，无法建立链路。",
                         urgent=True, on_site=True)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", tuple(LABEL_SIZES))
def test_a_thirty_character_serial_prints_whole(label, write_pdf, render_png, size, language) -> None:
    assert len(SERIAL) == 30
    path = write_pdf(render_unit_label(label, size=size, language=language), f"serial-{size}-{language}.pdf")
    drawn = spans(path)
    texts = [text for text, *_ in drawn]
    assert SERIAL in "".join(texts).replace(" ", "")  # every character, in order
    assert not any(SERIAL[:10] in text and text.endswith("…") for text in texts)  # never cut
    serial_lines = [i for i, text in enumerate(texts) if text.startswith("SN ")]
    assert len(serial_lines) == 1 and SERIAL.startswith(texts[serial_lines[0]][3:])  # "SN XL2026A…" first
    layout = label_size(size)
    for text, _left, right, _baseline in drawn:
        assert right <= (layout.width - layout.margin) * 72 / 25.4 + 0.01, f"{text!r} runs off the label"
    assert "2026-11-27" in texts  # the date whole, in English beside URGENT and ON-SITE too
    assert render_png(path, 100).exists()


def test_a_serial_that_fits_stays_on_one_line(label, write_pdf) -> None:
    short = dataclasses.replace(label, serial="XL2026A0012345")
    texts = [text for text, *_ in spans(write_pdf(render_unit_label(short), "short.pdf"))]
    assert "SN XL2026A0012345" in texts


def test_the_wrapped_serial_lines_do_not_overlap(label, write_pdf) -> None:
    rows = sorted({round(baseline, 1) for *_rest, baseline in spans(write_pdf(render_unit_label(label), "o.pdf"))},
                  reverse=True)
    assert min(upper - lower for upper, lower in zip(rows, rows[1:])) >= 4.5  # points: the smallest type
