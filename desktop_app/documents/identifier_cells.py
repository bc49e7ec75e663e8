"""A serial, part or claim number in a narrow column: one line if it fits, else wrapped, never tiny."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import ParagraphStyle

from desktop_app.documents.part_numbers import SIDE_PADDING, SMALLEST, cell_room
from desktop_app.documents.text import escape_markup, glyph_fallback

# part_no_cell shrinks a number with no '-' to whatever fits one line: a 20-character serial in the
# return application's 28 mm column printed at 6 points and a 30-character part number at 4, which
# the manufacturer cannot read off paper. Here a number shrinks only down to a floor; below it, it
# wraps (after a '-' where it has one, else between characters, into lines of even length), never
# dropping a character nor adding a hyphen.
_PIECE = re.compile(r"[^-]*-+|[^-]+")  # "SFP-GE-LX" -> "SFP-", "GE-", "LX"


def identifier_cell(identifier: str, width: float, style: ParagraphStyle, *,
                    padding: float = SIDE_PADDING, smallest: float = SMALLEST) -> str:
    """Paragraph markup for ``identifier`` in a column ``width`` points wide, set in ``style``.

    Whole on one line at the style's size if it fits, else at the largest size down to
    ``smallest`` that fits (so it still extracts as one string); longer, it wraps at the style's
    own size: a line more in the row costs less than a number nobody can read.
    ``padding``: the cell's left and right padding, if the table sets its own."""
    text = glyph_fallback(identifier.strip())
    room = cell_room(width, padding)
    font, size = style.fontName, style.fontSize
    whole = stringWidth(text, font, size)
    if not text or whole <= room:
        return escape_markup(text)
    fitted = _floor(size * room / whole)
    if fitted >= smallest:
        return _sized(escape_markup(text), fitted)
    return "<br/>".join(escape_markup(line) for line in _wrapped(text, room, font, size))


def identifier_lines(identifier: str, room: float, font: str, size: float) -> list[str]:
    """``identifier`` in as few lines of ``room`` points at ``size`` as it takes, broken as
    ``identifier_cell`` breaks it (after a '-' where one fits, else between characters into lines of
    even length): for text drawn straight on a canvas, such as the unit label's serial."""
    text = glyph_fallback(identifier.strip())
    if not text or stringWidth(text, font, size) <= room:
        return [text] if text else []
    return _wrapped(text, room, font, size)


def _wrapped(text: str, room: float, font: str, size: float) -> list[str]:
    """Lines of ``text`` each at most ``room`` wide: broken after a '-' where one fits, and a piece
    wider than a line split between characters."""
    def wide(part: str) -> float:
        return stringWidth(part, font, size)

    lines: list[str] = []
    for piece in _PIECE.findall(text):
        if lines and wide(lines[-1] + piece) <= room:
            lines[-1] += piece
        elif wide(piece) <= room:
            lines.append(piece)
        else:
            lines.extend(_even_split(piece, room, wide))
    return lines


def _even_split(piece: str, room: float, wide: Callable[[str], float]) -> list[str]:
    """``piece`` in as few lines as fit, of even length: "SN20261128" / "00012345AB", not a
    13-character line and a 7-character one (a short tail reads as a separate number)."""
    greedy: list[str] = [""]
    for char in piece:
        if greedy[-1] and wide(greedy[-1] + char) > room:
            greedy.append("")
        greedy[-1] += char
    count = len(greedy)
    step = len(piece) / count
    even = [piece[math.ceil(i * step - 1e-9):math.ceil((i + 1) * step - 1e-9)] for i in range(count)]
    return even if all(wide(line) <= room for line in even) else greedy


def _floor(points: float) -> float:
    return int(points * 10) / 10  # rounded down: a rounded-up size could wrap after all


def _sized(markup: str, points: float) -> str:
    return f'<font size="{points:g}">{markup}</font>'
