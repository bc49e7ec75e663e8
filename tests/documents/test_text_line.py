"""TextLine prints exactly what the Paragraph it stands in for prints, only without parsing."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from desktop_app.documents.styles import make_styles
from desktop_app.documents.text import CJKParagraph, SharedParagraph, para_text
from desktop_app.documents.text_line import CJKTextLine, TextLine, plain_text

# (markup, style name): one line, or more, or markup only a Paragraph understands.
CASES = [
    (para_text("客户姓名"), "label"),
    (para_text("A&B <b>公司</b> & 伙伴"), "cell"),  # user text: printed literally
    (para_text("¥1,234.50"), "amount"),  # right-aligned
    (para_text("售后服务受理单"), "title"),  # centred
    (para_text("故障：开机后指示灯闪烁，" * 8), "cell"),  # too long for one line: wraps
    (para_text("第一行\n第二行"), "cell"),  # <br/>
    ("年&nbsp;&nbsp;月&nbsp;&nbsp;日", "amount"),  # an entity the parser decides
]


def _pdf(cells: list, widths: list[float]) -> bytes:
    buffer = BytesIO()
    rows = [[cell] for cell in cells]
    table = Table(rows, colWidths=widths, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(buffer, pagesize=A5).build([table])
    return buffer.getvalue()


@pytest.mark.parametrize("width", [60.0, 140.0, 300.0])
def test_a_page_of_text_lines_renders_pixel_for_pixel_as_its_paragraphs(tmp_path: Path, render_png, width):
    st = make_styles("A5")
    pairs = [(TextLine(markup, getattr(st, name)), SharedParagraph(markup, getattr(st, name)))
             for markup, name in CASES]
    pairs.append((CJKTextLine(CASES[1][0], st.cell), CJKParagraph(CASES[1][0], st.cell)))
    lines = tmp_path / "lines.pdf"
    paragraphs = tmp_path / "paragraphs.pdf"
    lines.write_bytes(_pdf([line for line, _ in pairs], [width]))
    paragraphs.write_bytes(_pdf([paragraph for _, paragraph in pairs], [width]))

    pages = len(PdfReader(paragraphs).pages)
    assert len(PdfReader(lines).pages) == pages
    for page in range(1, pages + 1):  # a narrow column runs to several pages
        assert render_png(lines, dpi=150, page=page).read_bytes() == \
            render_png(paragraphs, dpi=150, page=page).read_bytes(), f"page {page}"


def test_plain_text_that_fits_is_drawn_without_being_parsed():
    st = make_styles("A4")
    line = TextLine(para_text("A&B 公司"), st.cell)
    _pdf([line], [200.0])
    assert line._line and "_frags" not in line.__dict__  # the fast path, not the Paragraph's

    narrow = TextLine(para_text("A&B 公司"), st.cell)
    _pdf([narrow], [30.0])  # does not fit: the Paragraph breaks it
    assert not narrow._line and narrow.blPara.lines and len(narrow.blPara.lines) > 1


def test_only_markup_that_is_one_run_of_plain_text_takes_the_short_way():
    assert plain_text("A&amp;B &lt;b&gt;") == "A&B <b>"
    for markup in ("a<br/>b", "年&nbsp;月", "two  spaces", " edge", "tab\there", "全角\u3000空格"):
        assert plain_text(markup) is None, markup
