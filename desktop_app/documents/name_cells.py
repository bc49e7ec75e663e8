"""A product or part name in a narrow table column: Chinese wraps anywhere, a model number never inside."""

from __future__ import annotations

import re
import unicodedata

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import ParagraphStyle

from desktop_app.documents.identifier_cells import identifier_cell
from desktop_app.documents.part_numbers import SIDE_PADDING, cell_room
from desktop_app.documents.text import escape_markup, glyph_fallback

# ReportLab's CJK wrapping breaks a Latin run anywhere once it looks back half a line for a space, so
# "千兆交换机 S5720-28P-LI-AC" printed "S5720-28P-L" / "I-AC" and the maker keyed the wrong model.
# The lines are broken here instead, each measured to fit, and handed over joined by <br/>.
_CANNOT_START = set("，。、；：！？）》」』】〉’”%,.;:!?)]}")  # stays on the line before
_CANNOT_END = set("（《「『【〈‘“([{")  # goes to the line after
_RUN = re.compile(r"\s+|\S")


def name_cell(name: str, width: float, style: ParagraphStyle, *, padding: float = SIDE_PADDING) -> str:
    """Paragraph markup for ``name`` in a column ``width`` points wide, set in ``style``.

    Breaks fall between Chinese characters and at spaces; a run of Latin letters, digits and signs
    (a model or part number, "1310nm") stays whole: on the next line if it does not fit the rest of
    this one, and if it is wider than a whole line it gets one of its own, set smaller
    (``identifier_cell``: down to ``SMALLEST``, then wrapped rather than shrunk further);
    ``padding`` as there."""
    room = cell_room(width, padding)
    font, size = style.fontName, style.fontSize

    def wide(text: str) -> float:
        return stringWidth(text, font, size)

    lines: list[str] = []  # markup of the finished lines
    line = ""  # plain text of the line being filled
    for paragraph in glyph_fallback(name.strip()).splitlines() or [""]:
        for gap, unit in _units(paragraph):
            joined = f"{line}{' ' if gap and line else ''}{unit}"
            if wide(joined) <= room:
                line = joined
                continue
            if line:
                lines.append(escape_markup(line))
            if wide(unit) <= room:
                line = unit
            else:  # a model number longer than the column: alone, shrunk to one line if legible
                lines.append(identifier_cell(unit, width, style, padding=padding))
                line = ""
        if line:
            lines.append(escape_markup(line))
            line = ""
    return "<br/>".join(lines)


def _units(text: str) -> list[tuple[bool, str]]:
    """(space before it, text) for each piece a line may not break inside."""
    units: list[tuple[bool, str]] = []
    gap = glue = False  # glue: the last piece ends with an opening bracket, the next joins it
    for run in _RUN.findall(text):
        if run.isspace():
            gap, glue = True, False
            continue
        latin, last = not _wide(run), units[-1][1][-1] if units else " "
        # One Latin run; punctuation held on; a figure with its measure word ("24口", "9天").
        if units and not gap and (glue or run in _CANNOT_START or latin and not _wide(last)
                                  or last.isdigit() and last.isascii()):
            units[-1] = (units[-1][0], units[-1][1] + run)
        else:
            units.append((gap, run))
        gap, glue = False, run in _CANNOT_END
    return units


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"
