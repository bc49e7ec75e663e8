"""Builds a single-copy document (story to PDF bytes) with a numbered footer and running header."""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from desktop_app.documents.page_parts import FooterDrawer, draw_page_furniture, footer_canvas
from desktop_app.documents.styles import DocStyles
from desktop_app.documents.text import glyph_fallback

_BOTTOM_EXTRA = 2 * mm  # A4 room between the last line and the footer


def numbered_footer(st: DocStyles, lab: Mapping[str, str], footer_key: str, title: str,
                    number: str) -> FooterDrawer:
    """A footer drawer: number and page x / y at the bottom, a running header on later pages."""
    number = glyph_fallback(number)  # drawn straight on the canvas: no Paragraph to fall back

    def draw(canvas: Canvas, _copy: str, page: int, pages: int) -> None:
        top = lab["continued"].format(title=title, number=number) if page > 1 else None
        draw_page_furniture(canvas, st, lab[footer_key].format(number=number, page=page,
                                                               pages=pages), top)

    return draw


def frame_height(st: DocStyles) -> float:
    """Height of the text frame build_document lays the story into (its 6 pt paddings off)."""
    return st.page_size[1] - 2 * st.margin - _BOTTOM_EXTRA * st.scale - 12


def build_document(story: list, st: DocStyles, *, title: str, author: str, subject: str,
                   draw_footer: FooterDrawer) -> bytes:
    """The story laid out on ``st``'s page with its margins; returns the PDF bytes."""
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=st.page_size, leftMargin=st.margin, rightMargin=st.margin,
        topMargin=st.margin, bottomMargin=st.margin + st.size(_BOTTOM_EXTRA),
        title=glyph_fallback(title), author=author, subject=subject, creator="Service Counter",
        initialFontName=st.body.fontName,  # no unembedded Helvetica reference in the file
    )
    doc.build(story, canvasmaker=footer_canvas(draw_footer))
    return buffer.getvalue()
