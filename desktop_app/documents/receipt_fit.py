"""A long fault description in type small enough that each receipt copy keeps to one sheet."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from math import ceil

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from desktop_app.documents.styles import DocStyles

# A4 point sizes tried in turn; below 6.5 pt a customer cannot read back what was written down.
SIZES = (9.5, 8.5, 7.5, 6.5)
_FRAME_PADDING = 6  # SimpleDocTemplate's frame padding on each side, in points
_CELL_PADDING = 6  # a table cell's left and right padding


def worth_fitting(text: str, st: DocStyles, column: float) -> bool:
    """Whether the fault may be long enough to push a copy over: more than three lines at the body
    size, estimated from the text's width. Most faults are a line or two and cost no measuring."""
    width = column - 2 * _CELL_PADDING
    lines = sum(ceil(stringWidth(part, st.cell.fontName, st.cell.fontSize) / width) or 1
                for part in text.strip().splitlines())
    return lines > 3


def frame_height(st: DocStyles) -> float:
    """The height a page's frame gives the story (render_receipt's margins, the frame's padding)."""
    return st.page_size[1] - 2 * st.margin - st.size(2 * mm) - 2 * _FRAME_PADDING


def story_height(story: Iterable[Flowable], st: DocStyles) -> float:
    """The height of a copy's flowables laid out one after another on an endless page."""
    total = 0.0
    for flowable in story:
        for part in (flowable._content if isinstance(flowable, KeepTogether) else [flowable]):
            total += part.wrap(st.frame_width, 1e6)[1]
    return total


def fault_cell(markup: str, available: float, column: float, st: DocStyles, make: type) -> Flowable:
    """The fault cell ``make(markup, style)`` at the largest size whose height fits ``available``
    (the smallest size when none does: the copy then continues overleaf, nothing is cut)."""
    for points in SIZES:
        cell = make(markup, sized(st, points))
        if cell.wrap(column - 2 * _CELL_PADDING, 1e6)[1] <= available:
            break
    return cell


@lru_cache(maxsize=16)
def sized(st: DocStyles, points: float) -> ParagraphStyle:
    """The table cell style at ``points`` (an A4 size, scaled to the page like the others)."""
    if points == SIZES[0]:
        return st.cell
    size = points * st.scale
    return ParagraphStyle(f"cell_{points}", parent=st.cell, fontSize=size,
                          leading=size * st.cell.leading / st.cell.fontSize)
