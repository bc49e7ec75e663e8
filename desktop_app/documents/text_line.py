"""Paragraphs that draw short plain text as one line without parsing it, when it fits."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.documents.text import CJKParagraph, SharedParagraph

_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))  # the ones escape_markup writes


def plain_text(markup: str) -> str | None:
    """What a Paragraph prints for ``markup`` when that is one run of plain text (no tags, no
    entities but the three escape_markup writes, no whitespace a Paragraph collapses), else None."""
    if "<" in markup or "  " in markup or markup != markup.strip():
        return None
    rest = markup
    for entity, _char in _ENTITIES:
        rest = rest.replace(entity, "")
    if "&" in rest or any(char.isspace() and char != " " for char in rest):
        return None  # &nbsp; and the like, tabs, ideographic spaces: the parser decides
    text = markup
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def _simple(style: ParagraphStyle) -> bool:
    return (style.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT)
            and not (style.leftIndent or style.rightIndent or style.firstLineIndent
                     or style.backColor or style.borderWidth or getattr(style, "autoLeading", "")))


class _OneLineFirst:
    """Mixed into a Paragraph class: one line of plain text that fits is drawn straight.

    Most cells of a form (labels, names, phone numbers, amounts) are one short line. ReportLab's
    Paragraph parses, breaks and draws each through its general machinery, which was most of a
    receipt's layout time. For plain text that fits the width this measures and draws the line
    itself, at the baseline and alignment the Paragraph uses (the rendered pages are identical,
    pixel for pixel); anything else (markup, a second line, a page split inside the text) parses
    on first need and goes through the Paragraph unchanged.
    """

    _plain: str | None = None
    _line = False  # the last wrap fitted the text on one line

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 - ReportLab's names
        plain = plain_text(text) if frags is None and not bulletText and _simple(style) else None
        if not plain:
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        self._deferred = (text, cleaner)
        self.text, self.style, self.bulletText, self.debug = text, style, None, 0
        self._plain = plain
        self._plain_width = stringWidth(plain, style.fontName, style.fontSize)

    @property
    def frags(self):
        """The parsed fragments, parsed on first need for a plain line."""
        state = self.__dict__
        if "_frags" not in state:
            text, cleaner = state.pop("_deferred")
            super()._setup(text, self.style, None, None, cleaner)  # assigns frags (the setter)
        return state["_frags"]

    @frags.setter
    def frags(self, value) -> None:
        self.__dict__["_frags"] = value

    def _fits(self, width: float) -> bool:
        # A hair of slack: at the exact width ReportLab's own line breaking decides.
        return self._plain is not None and self._plain_width <= width - 0.01

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self._line = self._fits(availWidth)
        if not self._line:
            return super().wrap(availWidth, availHeight)
        self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        if not self._fits(availWidth):
            return super().split(availWidth, availHeight)
        # As Paragraph.split: a single line is never left alone as an orphan (allowOrphans is
        # 0), so it stays whole only where two lines would fit.
        return [self] if int(availHeight / self.style.leading) > 1 else []

    def minWidth(self):  # noqa: N802 - ReportLab's name
        return self._plain_width if self._plain is not None and " " not in self._plain \
            else super().minWidth()

    def draw(self):
        if not self._line:
            return super().draw()
        style, canvas = self.style, self.canv
        if style.alignment == TA_RIGHT:
            x = self.width - self._plain_width
        elif style.alignment == TA_CENTER:
            x = (self.width - self._plain_width) / 2
        else:
            x = 0.0
        # drawOn has saved the graphics state around this call, so the colour is restored after.
        canvas.setFillColor(style.textColor)
        text = canvas.beginText(x, self.height - style.fontSize)  # Paragraph's first baseline
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.textOut(self._plain)
        canvas.drawText(text)
        return None


class TextLine(_OneLineFirst, SharedParagraph):
    """A SharedParagraph that draws one fitting line of plain text straight."""


class CJKTextLine(_OneLineFirst, CJKParagraph):
    """A CJKParagraph (user text that may continue overleaf) that draws one fitting line straight."""
