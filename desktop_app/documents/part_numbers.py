"""A part number in a narrow table column: whole, or broken only after a '-', never inside a token."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import ParagraphStyle

from desktop_app.documents.text import para_text

SIDE_PADDING = 6  # ReportLab's default left/right cell padding, in points
SMALLEST = 7.0  # points: still legible on a form the maker keys in by hand
_PIECE = re.compile(r"[^-]*-+|[^-]+")  # "SFP-GE-LX" -> "SFP-", "GE-", "LX"


def part_no_cell(part_no: str, width: float, style: ParagraphStyle, *,
                 padding: float = SIDE_PADDING) -> str:
    """Paragraph markup for ``part_no`` in a column ``width`` points wide, set in ``style``.

    A wrapped part number ("SFP-GE-LX-SM131" / "0") is misread and mistyped by whoever orders from
    the form: it stays on one line, set smaller if need be; only if even ``SMALLEST`` is too big
    does it break, after a '-' (a token longer than a line is then shrunk to fit on its own).
    ``padding``: the cell's left and right padding, if the table sets its own."""
    room = cell_room(width, padding)
    font, size = style.fontName, style.fontSize

    def wide(text: str, at: float = size) -> float:
        return stringWidth(text, font, at)

    if not part_no or wide(part_no) <= room:
        return para_text(part_no)
    fitted = _floor(size * room / wide(part_no))
    if fitted >= SMALLEST:
        return _sized(para_text(part_no), fitted)
    lines: list[str] = []
    for piece in _PIECE.findall(part_no):
        if lines and wide(lines[-1] + piece, SMALLEST) <= room:
            lines[-1] += piece
        else:
            lines.append(piece)
    fitted = min(SMALLEST, *(_floor(size * room / wide(line)) for line in lines))
    return _sized("<br/>".join(para_text(line) for line in lines), fitted)


def cell_room(width: float, padding: float = SIDE_PADDING) -> float:
    """The text width a column ``width`` points wide holds (a point spare: rounding must not wrap)."""
    return width - 2 * padding - 1


def _floor(points: float) -> float:
    return int(points * 10) / 10  # rounded down: a rounded-up size could wrap after all


def _sized(markup: str, points: float) -> str:
    return f'<font size="{points:g}">{markup}</font>'
