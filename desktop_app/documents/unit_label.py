"""The unit label (维修标签) stuck on a unit on the shelf: its codes and a few facts, one label a page."""

# Decision (layout): the page is the label itself (50×30 or 60×40 mm), so a label printer feeds one
# label per page. The Code128 runs across the top, the QR sits bottom left, the text fills the
# column to its right. Every line is measured with the embedded font: it shrinks down to a floor
# size and is then cut with "…", so nothing ever runs past the column or off the label. The serial
# is never cut (it is what the unit is found by when the codes do not scan): one too long for a line
# at the floor size wraps onto a second line, as long identifiers do on the papers.

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from io import BytesIO

from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.identifier_cells import identifier_lines
from desktop_app.documents.labels import DEFAULT_LANGUAGE
from desktop_app.documents.paper_sizes import DEFAULT_LABEL_SIZE, LabelLayout, label_size
from desktop_app.documents.slip_labels import slip_labels
from desktop_app.documents.text import glyph_fallback

ELLIPSIS = "…"
SERIAL_ROWS = 2  # a serial of up to about 50 characters prints whole; anything longer is cut on the second line
QR_BORDER = 2  # modules of white around the QR; the label's own white edge adds to it


@dataclass(frozen=True, kw_only=True)
class UnitLabelData:
    """What a label shows; the customer is already reduced to a surname and a phone tail (privacy)."""

    code: str  # the number in the codes: the work order's, else the claim's
    claim_number: str | None = None
    work_order_number: str | None = None
    surname: str = ""
    phone_tail: str = ""  # at most the last 4 digits; the label is seen by other customers
    product_model: str = ""
    serial: str = ""
    intake_date: dt.date
    fault: str = ""
    urgent: bool = False
    on_site: bool = False


def render_unit_label(data: UnitLabelData, *, size: str = DEFAULT_LABEL_SIZE,
                      language: str = DEFAULT_LANGUAGE) -> bytes:
    """One page exactly the label's size."""
    layout = label_size(size)
    font = register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=layout.size, initialFontName=font, initialFontSize=layout.font)
    lab = slip_labels(language)
    canvas.setTitle(f"{lab['label_title']} {glyph_fallback(data.code)}")
    canvas.setSubject(glyph_fallback(data.code))
    canvas.setCreator("Service Counter")
    _LabelPainter(canvas, layout, font, data, lab).paint()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def fit_line(text: str, width: float, font: str, size: float, min_size: float) -> tuple[str, float]:
    """``text`` on one line within ``width`` points: shrunk to ``min_size`` at most, then cut with "…"."""
    text = " ".join(glyph_fallback(text).split())
    while size > min_size and stringWidth(text, font, size) > width:
        size = max(size - 0.25, min_size)
    if stringWidth(text, font, size) <= width:
        return text, size
    return _cut(text, width, font, size), size


def wrap_lines(text: str, width: float, font: str, size: float, count: int) -> list[str]:
    """Up to ``count`` lines of ``width`` points; the last is cut with "…" if text is left over."""
    rest = " ".join(glyph_fallback(text).split())
    lines: list[str] = []
    while rest and len(lines) < count:
        if len(lines) == count - 1 or stringWidth(rest, font, size) <= width:
            lines.append(rest if stringWidth(rest, font, size) <= width else _cut(rest, width, font, size))
            break
        end = 1
        while end < len(rest) and stringWidth(rest[:end + 1], font, size) <= width:
            end += 1
        space = rest.rfind(" ", 0, end + 1)
        if 0 < space and not rest[end:end + 1].isspace() and end < len(rest):
            end = space  # a Latin word is not split when a space is near; Chinese breaks anywhere
        lines.append(rest[:end].rstrip())
        rest = rest[end:].lstrip()
    return lines


def _cut(text: str, width: float, font: str, size: float) -> str:
    """The longest start of ``text`` that fits with "…" after it (binary search: text may be long)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


class _LabelPainter:
    def __init__(self, canvas: Canvas, layout: LabelLayout, font: str, data: UnitLabelData,
                 lab: Mapping[str, str]) -> None:
        self.c, self.l, self.font, self.d, self.lab = canvas, layout, font, data, lab
        self.width, self.height = layout.size
        self.margin = layout.margin * mm

    def paint(self) -> None:
        bar_bottom = self._barcode()
        body_top = bar_bottom - 0.8 * mm
        qr_right = self._qr(body_top)
        self._text(qr_right + 0.6 * mm, body_top)

    def _barcode(self) -> float:
        """Code128 across the top, quiet zones included; returns its bottom edge."""
        top = self.height - self.margin
        bottom = top - self.l.bar_height * mm
        code = self.d.code
        if not (code.isascii() and code.isprintable() and code.strip()):  # Code128 is ASCII only
            return top
        modules = Code128Auto(code, barWidth=1, quiet=0).width
        edge = 0.8 * mm  # the quiet zone is white: it may reach nearer the edge than the text
        bar = (self.width - 2 * edge) / (modules + 20)  # 10-module quiet zone each side
        barcode = Code128Auto(code, barWidth=bar, barHeight=top - bottom, quiet=1,
                              lquiet=10 * bar, rquiet=10 * bar)
        barcode.drawOn(self.c, edge, bottom)
        return bottom

    def _qr(self, top: float) -> float:
        """The QR from the body's top down to the label's bottom edge; returns its right edge."""
        side = top - 0.6 * mm  # its white border reaches into the bottom margin
        qr = QrCode(self.d.code, width=side, height=side, qrLevel="M", qrBorder=QR_BORDER)
        left = max(self.margin - 1.0 * mm, 0.5 * mm)
        qr.drawOn(self.c, left, top - side)
        return left + side

    def _lines(self) -> list[tuple[str, float, str]]:
        """(text, start size, style) top to bottom; style "number", "plain", "serial", "who" or "marks"."""
        d, lab = self.d, self.lab
        lines = [(d.code, self.l.number_font, "number")]
        other = d.claim_number if d.code != d.claim_number else d.work_order_number
        if other:
            lines.append((f"{lab['claim_short']} {other}" if other == d.claim_number else other,
                          self.l.font, "plain"))
        lines += [(d.surname, self.l.font, "who"), (d.product_model, self.l.font, "plain"),
                  (f"{lab['serial_short']} {d.serial}" if d.serial else "", self.l.font, "serial"),
                  (d.intake_date.isoformat(), self.l.font, "marks")]
        return [line for line in lines if line[0] or line[2] == "marks" or (line[2] == "who" and d.phone_tail)]

    def _who(self, surname: str, left: float, right: float, y: float, size: float) -> None:
        """Surname, then the phone's last 4 digits: a long name is cut, the digits always show."""
        tail = "".join(ch for ch in self.d.phone_tail if ch.isdigit())[-4:]  # never more than 4
        x = left
        if tail:
            text, tail_size = fit_line(self.lab["phone_tail"].format(digits=tail), right - left, self.font,
                                       size, self.l.min_font)
            self.c.setFont(self.font, tail_size)
            self.c.drawRightString(right, y + size * 0.22, text)
            x = right - stringWidth(text, self.font, tail_size) - size * 0.5
        if surname and x > left:
            fitted, fitted_size = fit_line(surname, x - left, self.font, size, self.l.min_font)
            self.c.setFont(self.font, fitted_size)
            self.c.drawString(left, y + size * 0.22, fitted)

    def _text(self, left: float, top: float) -> None:
        right = self.width - self.margin
        width = right - left
        bottom = self.margin
        lines = self._lines()
        lead = 1.18
        # A wrapped serial's further lines (counted at the start size: smaller type needs no more).
        more = sum(len(self._serial_rows(text, size, width)) - 1 for text, size, style in lines if style == "serial")
        needed = sum(size * lead for _, size, _ in lines) + self.l.font * lead * (self.l.fault_lines + more)
        scale = min(1.0, (top - bottom) / needed) if needed else 1.0  # long content: all lines smaller
        y = top
        for text, size, style in lines:
            size = max(size * scale, self.l.min_font)
            y -= size * lead
            rows = self._serial_rows(text, size, width) if style == "serial" else [text]
            if len(rows) > 1:
                for number, row in enumerate(rows):
                    y -= size * lead if number else 0
                    self.c.setFont(self.font, size)
                    self.c.drawString(left, y + size * 0.22, row)
            elif style == "marks":
                self._date_and_marks(text, left, right, y, size)
            elif style == "who":
                self._who(text, left, right, y, size)
            else:
                fitted, fitted_size = fit_line(text, width, self.font, size, self.l.min_font)
                self.c.setFont(self.font, fitted_size)
                self.c.drawString(left, y + size * 0.22, fitted)
        size = max(self.l.font * scale, self.l.min_font)
        room = int((y - bottom) // (size * lead))
        for line in wrap_lines(self.d.fault, width, self.font, size, min(self.l.fault_lines, room)):
            y -= size * lead
            self.c.setFont(self.font, size)
            self.c.drawString(left, y + size * 0.22, line)

    def _serial_rows(self, text: str, size: float, width: float) -> list[str]:
        """The serial line whole: one line if it fits there shrunk to the floor size (``fit_line`` then
        shrinks it), else the lines it wraps into at ``size``."""
        if stringWidth(glyph_fallback(text), self.font, self.l.min_font) <= width:
            return [text]
        rows = identifier_lines(text, width, self.font, size)
        if len(rows) > SERIAL_ROWS:  # no serial is that long: text pasted by mistake keeps the label readable
            rows = rows[:SERIAL_ROWS - 1] + [_cut("".join(rows[SERIAL_ROWS - 1:]), width, self.font, size)]
        return rows

    def _date_and_marks(self, date: str, left: float, right: float, y: float, size: float) -> None:
        """The intake date, then the urgent / on-site marks white on black at the right."""
        marks = [self.lab[key] for key, on in (("urgent", self.d.urgent), ("on_site", self.d.on_site)) if on]
        pad = size * 0.25
        # The marks shrink (to the floor) before the date is cut: "URGENT ON-SITE" left "20…" of it.
        room = right - left - stringWidth(date, self.font, self.l.min_font) - pad
        mark_size = size
        while mark_size > self.l.min_font and sum(
                stringWidth(mark, self.font, mark_size) + 3 * pad for mark in marks) > room:
            mark_size = max(mark_size - 0.25, self.l.min_font)
        x = right
        for mark in reversed(marks):
            fitted, fitted_size = fit_line(mark, right - left, self.font, mark_size, self.l.min_font)
            box = stringWidth(fitted, self.font, fitted_size) + 2 * pad
            x -= box
            self.c.setFillColor(colors.black)
            self.c.rect(x, y - pad * 0.2, box, size * 1.1, stroke=0, fill=1)
            self.c.setFillColor(colors.white)
            self.c.setFont(self.font, fitted_size)
            self.c.drawString(x + pad, y + size * 0.22, fitted)
            self.c.setFillColor(colors.black)
            x -= pad
        fitted, fitted_size = fit_line(date, max(x - left, 0), self.font, size, self.l.min_font)
        if x - left > 0:
            self.c.setFont(self.font, fitted_size)
            self.c.drawString(left, y + size * 0.22, fitted)
