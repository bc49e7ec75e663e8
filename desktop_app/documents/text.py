"""User text made safe for ReportLab Paragraphs: markup escaped, glyphs the font lacks replaced."""

# Decision (missing glyphs): the bundled font has no emoji and no CJK Extension B+ ideographs, and
# ReportLab would silently print nothing for them. A letter or ideograph the font lacks (a rare
# character in a name or address) becomes "[U+20000]" so staff can still tell which character
# was meant; any other missing character (emoji, symbols) becomes "□"; invisible modifiers the
# font lacks (variation selectors, skin tones) and control characters are dropped.

from __future__ import annotations

import unicodedata

from reportlab.platypus.paragraph import Paragraph, _split_blParaHard

from desktop_app.documents.fonts import FONT_NAME, font_cmap

PLACEHOLDER = "\u25a1"  # □: present in the bundled font, reads as "a character was here"
# Sk covers emoji skin-tone modifiers, which mean nothing once the emoji is a placeholder.
_DROP_WHEN_MISSING = {"Mn", "Me", "Cf", "Cc", "Sk"}
_KEEP_AS_CODE = ("L",)  # general-category prefixes worth naming by code point


def escape_markup(text: str) -> str:
    """Escapes ``&``, ``<`` and ``>`` so ReportLab's Paragraph prints the text literally."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def glyph_fallback(text: str, font_name: str = FONT_NAME) -> str:
    """Replaces characters the font cannot draw (see the module docstring); never raises."""
    cmap = font_cmap(font_name)
    out: list[str] = []
    for char in text:
        if char in "\n\t" or cmap.get(ord(char)):
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category in _DROP_WHEN_MISSING:
            continue
        if category.startswith(_KEEP_AS_CODE):
            out.append(f"[U+{ord(char):04X}]")
        else:
            out.append(PLACEHOLDER)
    return "".join(out)


def para_text(text: str | None, font_name: str = FONT_NAME) -> str:
    """User text ready for a Paragraph: glyphs checked, markup escaped, line breaks kept."""
    if not text:
        return ""
    clean = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").strip()
    safe = escape_markup(glyph_fallback(clean, font_name))
    return safe.replace("\n", "<br/>")


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _split_lines_cjk(blPara, start: int, stop: int) -> list:
    """Fragments of lines start..stop; a break between ideographs gets no joining space."""
    frags: list = []
    lines = blPara.lines[start:stop]
    for line in lines:
        if frags and line.words:
            last, first = frags[-1], line.words[0]
            text, following = getattr(last, "text", ""), getattr(first, "text", "")
            # ReportLab assumes every line break ate a space; in Chinese it ate nothing.
            if text and following and not (_wide(text[-1]) or _wide(following[0])) \
                    and not text.endswith(" "):
                last.text = text + " "
        frags.extend(line.words)
    return frags


class SharedParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width, however often it is measured."""

    # A table wraps each cell to size its row and again to draw it, and a document printing the
    # same cells in several copies wraps them once more per copy; the lines depend on the width
    # alone (the frames' heights never reach Paragraph.wrap), so the last result stands.
    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        memo = self.__dict__.get("_sc_wrapped")
        # split() drops blPara when the paragraph must move whole to the next page: wrap afresh.
        if memo is not None and memo[0] == availWidth and "blPara" in self.__dict__:
            return memo[1]
        size = super().wrap(availWidth, availHeight)
        self._sc_wrapped = (availWidth, size)
        return size


class CJKParagraph(SharedParagraph):
    """A Paragraph whose continuation after a page split gains no spaces inside Chinese text."""

    def _get_split_blParaFunc(self):  # noqa: N802 - ReportLab's name
        func = super()._get_split_blParaFunc()
        # Only the multi-fragment case is replaced: a single-fragment paragraph is re-wrapped from
        # whole lines at the same width, so its joining spaces fall at line ends, unseen.
        return _split_lines_cjk if func is _split_blParaHard else func
