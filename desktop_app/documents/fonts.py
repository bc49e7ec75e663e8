"""Registers the bundled CJK TrueType font with ReportLab, once per process."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.errors import BugError
from desktop_app.paths import resource

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

# Documents may be rendered from a background thread while another is printing.
_lock = threading.Lock()


def register_fonts() -> str:
    """Registers WenQuanYi Micro Hei (embedded as a subset in every PDF); returns its name."""
    with _lock:
        if FONT_NAME in pdfmetrics.getRegisteredFontNames():
            return FONT_NAME
        path = resource(*FONT_FILE)
        if not path.is_file():
            raise BugError(f"bundled font missing: {path}")
        # A TrueType (glyf) collection: ReportLab embeds and subsets it; CFF fonts it cannot.
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
        # The family has no bold or italic face: map them to the regular one so markup never fails.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT_NAME, bold, italic, FONT_NAME)
        return FONT_NAME


def font_cmap(font_name: str = FONT_NAME) -> Mapping[int, int]:
    """Code point to glyph id of a registered TrueType font (what it can actually draw)."""
    if font_name == FONT_NAME:
        register_fonts()
    return pdfmetrics.getFont(font_name).face.charToGlyph
