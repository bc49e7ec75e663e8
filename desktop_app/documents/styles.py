"""Page sizes and paragraph styles of printed documents, scaled for A4 or A5."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop_app.documents.fonts import register_fonts

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "A5": A5}

LABEL_BACKGROUND = colors.HexColor("#EEF1F5")
RULE_COLOUR = colors.HexColor("#333333")
MUTED = colors.HexColor("#555555")
ALERT = colors.HexColor("#B00020")


@dataclass(frozen=True)
class DocStyles:
    """Everything size-dependent about a page: margins, type sizes, code sizes."""

    page_name: str
    page_size: tuple[float, float]
    margin: float
    scale: float
    body: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    terms: ParagraphStyle
    centre_name: ParagraphStyle
    centre_line: ParagraphStyle
    title: ParagraphStyle
    copy_mark: ParagraphStyle
    copy_note: ParagraphStyle
    alert: ParagraphStyle
    amount: ParagraphStyle
    footer_size: float
    cell_padding: float

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * self.margin

    def size(self, value: float) -> float:
        """A length designed for A4, scaled to this page."""
        return value * self.scale


def page_size_of(name: str) -> tuple[float, float]:
    try:
        return PAGE_SIZES[name.upper()]
    except KeyError:
        raise ValueError(f"unknown page size {name!r}; expected one of {sorted(PAGE_SIZES)}") from None


def make_styles(page_name: str = "A4") -> DocStyles:
    """Styles for one page size; A5 uses the same layout in smaller type."""
    size = page_size_of(page_name)
    font = register_fonts()
    # A5 is 0.71 of A4's width; type shrinks less than that so it stays readable (7pt body).
    scale = 1.0 if page_name.upper() == "A4" else 0.75

    def style(name: str, points: float, *, align: int = TA_LEFT, colour=colors.black,
              lead: float = 1.35) -> ParagraphStyle:
        # CJK wrapping breaks between any two ideographs yet keeps Latin words whole.
        return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=points * scale,
                              leading=points * scale * lead, alignment=align,
                              textColor=colour, wordWrap="CJK")

    return DocStyles(
        page_name=page_name.upper(),
        page_size=size,
        margin=(12 if scale == 1.0 else 8) * mm,  # laser printers leave about 5 mm unprinted
        scale=scale,
        body=style("body", 9.5),
        cell=style("cell", 9.5),
        label=style("label", 9, colour=RULE_COLOUR),
        small=style("small", 8, colour=MUTED),
        terms=style("terms", 7.5, lead=1.4),
        centre_name=style("centre_name", 13, align=TA_CENTER),
        centre_line=style("centre_line", 8.5, align=TA_CENTER, colour=MUTED),
        title=style("title", 19, align=TA_CENTER, lead=1.3),
        copy_mark=style("copy_mark", 13, align=TA_CENTER),
        copy_note=style("copy_note", 7.5, align=TA_CENTER, colour=MUTED),
        alert=style("alert", 9, colour=ALERT),
        amount=style("amount", 9.5, align=TA_RIGHT),
        footer_size=7.5 * scale,
        # A5 keeps one page per copy for an ordinary claim by tightening the table rows.
        cell_padding=2.5 if scale == 1.0 else 1.2,
    )
