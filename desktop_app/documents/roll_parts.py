"""Roll paper (58 / 80 mm thermal printers): styles, one-column page parts, and pages as long as their content."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.page_parts import CentreInfo, table
from desktop_app.documents.paper_sizes import paper_name
from desktop_app.documents.styles import ALERT, MUTED, RULE_COLOUR, DocStyles
from desktop_app.documents.text import CJKParagraph, glyph_fallback, para_text
from desktop_app.errors import BugError


@dataclass(frozen=True)
class RollPaper:
    width: float  # mm, the roll
    printable: float  # mm, what the print head reaches (48 of 58, 72 of 80)
    scale: float  # type size against A4's


_ROLLS = {"58mm": RollPaper(58, 48, 0.78), "80mm": RollPaper(80, 72, 0.88)}
_TOP_BOTTOM = 4 * mm  # the cutter needs a little paper above and below the print
_MAX_HEIGHT = 5000 * mm  # PDF's limit is 5080 mm; no real receipt comes near it


def roll_styles(paper: str) -> DocStyles:
    """A DocStyles for a roll: the page height is 0 here, and set per copy by ``build_roll``."""
    roll = _ROLLS[paper_name(paper)]
    font = register_fonts()
    scale = roll.scale

    def style(name: str, points: float, *, align: int = TA_LEFT, colour=colors.black,
              lead: float = 1.3) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, bulletFontName=font, fontSize=points * scale,
                              leading=points * scale * lead, alignment=align, textColor=colour,
                              wordWrap="CJK")

    return DocStyles(
        page_name=paper_name(paper), page_size=(roll.width * mm, 0.0),
        margin=(roll.width - roll.printable) / 2 * mm, scale=scale,
        body=style("body", 9.5), cell=style("cell", 9.5), label=style("label", 9, colour=RULE_COLOUR),
        small=style("small", 8, colour=MUTED), terms=style("terms", 7.5, lead=1.35),
        centre_name=style("centre_name", 12, align=TA_CENTER),
        centre_line=style("centre_line", 8.5, align=TA_CENTER, colour=MUTED),
        title=style("title", 15, align=TA_CENTER), copy_mark=style("copy_mark", 11, align=TA_CENTER),
        copy_note=style("copy_note", 8, align=TA_CENTER, colour=MUTED), alert=style("alert", 9, colour=ALERT),
        amount=style("amount", 9.5, align=TA_RIGHT), footer_size=7.5 * scale, cell_padding=1.0,
    )


def roll_header(centre: CentreInfo, title: str, mark: str, st: DocStyles, tel_label: str) -> list[Flowable]:
    """Centre name, address and phone, the title and the copy mark, centred."""
    parts: list[Flowable] = [Paragraph(para_text(centre.name), st.centre_name)]
    if centre.address.strip():
        parts.append(Paragraph(para_text(centre.address), st.centre_line))
    if centre.phone.strip():
        parts.append(Paragraph(f"{para_text(tel_label)} {para_text(centre.phone)}", st.centre_line))
    parts += [Spacer(1, 1.5 * mm), Paragraph(para_text(title), st.title)]
    if mark:
        parts.append(Paragraph(para_text(mark), st.copy_note))
    parts.append(rule(st))
    return parts


def rule(st: DocStyles, dashed: bool = True) -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.6, color=RULE_COLOUR, spaceBefore=1.2 * mm,
                      spaceAfter=1.2 * mm, dash=(2, 2) if dashed else None)


def heading(text: str, st: DocStyles) -> Paragraph:
    heading = Paragraph(para_text(text), st.label)
    heading.keepWithNext = 1
    return heading


def field_lines(rows: Sequence[tuple[str, str | Flowable | list[Flowable]]], st: DocStyles,
                label_share: float = 0.3) -> Table:
    """Label and value side by side, no ruling; string values are markup (pass para_text output)."""
    label = st.frame_width * label_share
    data = [[Paragraph(para_text(name), st.label),
             CJKParagraph(value, st.cell) if isinstance(value, str) else value] for name, value in rows]
    return table(data, [label, st.frame_width - label], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), st.cell_padding), ("BOTTOMPADDING", (0, 0), (-1, -1), st.cell_padding),
    ], st, splitInRow=1)


def amount_lines(rows: Sequence[tuple[str, str]], st: DocStyles, total: tuple[str, str] | None) -> Table:
    """Item left, amount right; the total under a rule."""
    data = [[CJKParagraph(para_text(name), st.cell), Paragraph(para_text(amount), st.amount)]
            for name, amount in rows]
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), st.cell_padding),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), st.cell_padding)]
    if total is not None:
        data.append([Paragraph(para_text(total[0]), st.label), Paragraph(para_text(total[1]), st.amount)])
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE_COLOUR))
    amount_width = st.frame_width * 0.38
    return table(data, [st.frame_width - amount_width, amount_width], commands, st, splitInRow=1)


def qr_block(value: str, st: DocStyles, side: float = 26 * mm) -> list[Flowable]:
    """The number's QR code, centred, with the number under it (scanned at pickup)."""
    parts: list[Flowable] = []
    if value.strip():
        qr = QrCode(value, width=side, height=side, qrLevel="M")  # draws on the canvas: no Helvetica
        qr.hAlign = "CENTER"
        parts.append(qr)
    parts.append(Paragraph(para_text(value), st.copy_note))
    return parts


def terms_lines(title: str, items: Sequence[tuple[str, str]], st: DocStyles) -> list[Flowable]:
    """Numbered terms in small type, each citing its rule."""
    parts: list[Flowable] = [heading(title, st)]
    for number, (rule_no, text) in enumerate(items, start=1):
        cite = f"〔{rule_no}〕" if rule_no else ""
        parts.append(CJKParagraph(f"{number}. {cite}{para_text(text)}", st.terms))
    return parts


def signature_line(label: str, st: DocStyles, preprint: str = "") -> Table:
    """"label ________" across the column, tall enough to sign on."""
    blank = para_text(preprint).replace("\u3000", "&nbsp;" * 4)
    wanted = stringWidth(glyph_fallback(label), st.body.fontName, st.body.fontSize) + 4  # one line
    name_width = min(max(wanted, st.frame_width * 0.22), st.frame_width * 0.55)
    return table([[Paragraph(para_text(label), st.body), Paragraph(blank, st.amount)]],
                 [name_width, st.frame_width - name_width],
                 [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                  ("LINEBELOW", (1, 0), (1, 0), 0.7, RULE_COLOUR)], st, rowHeights=[9 * mm])


@dataclass(frozen=True)
class RollPage:
    """One piece of roll: its flowables (made fresh on each call) and the line printed under them."""

    story: Callable[[], list[Flowable]]
    footer: str


def build_roll(pages: Sequence[RollPage], st: DocStyles, *, title: str, author: str, subject: str) -> bytes:
    """One PDF page per piece, each exactly as long as its content: the printer cuts after each.

    A piece longer than a PDF page may be (about 5 m of roll) continues on further pages."""
    font = st.body.fontName
    buffer = BytesIO()
    width = st.page_size[0]
    canvas = Canvas(buffer, pagesize=(width, 100 * mm), initialFontName=font)
    canvas.setTitle(glyph_fallback(title))
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("Service Counter")
    footer_room = st.footer_size * 2.2
    for page in pages:
        heights = _content_heights(page.story(), st)
        story = page.story()
        while story:
            # The same frame heights as measured give the same splits; +1 pt against rounding.
            height = (heights.pop(0) if heights else _MAX_HEIGHT) + 1
            canvas.setPageSize((width, height + 2 * _TOP_BOTTOM + footer_room))
            _fill(_frame(st, _TOP_BOTTOM + footer_room, height), story, canvas)
            canvas.setFont(font, st.footer_size)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(width / 2, _TOP_BOTTOM, glyph_fallback(page.footer))
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _frame(st: DocStyles, bottom: float, height: float) -> Frame:
    return Frame(st.margin, bottom, st.frame_width, height, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, showBoundary=0)


def _fill(frame: Frame, story: list[Flowable], canvas: Canvas) -> None:
    """Frame.addFromList, but a flowable that does not fit is split (as a page template would)."""
    while story:
        if frame.add(story[0], canvas, trySplit=0):
            del story[0]
            continue
        parts = frame.split(story[0], canvas)
        if len(parts) < 2 or not frame.add(parts[0], canvas, trySplit=0):
            return  # the frame is full: the rest goes on the next piece
        story[0:1] = parts[1:]
        return


def _content_heights(story: list[Flowable], st: DocStyles) -> list[float]:
    """Laid out in frames as tall as PDF allows, on a canvas thrown away: the height each one used."""
    scratch = Canvas(BytesIO(), pagesize=(st.page_size[0], _MAX_HEIGHT), initialFontName=st.body.fontName)
    heights: list[float] = []
    while story:
        frame = _frame(st, 0, _MAX_HEIGHT)
        _fill(frame, story, scratch)
        used = _MAX_HEIGHT - frame._y  # noqa: SLF001 - Frame keeps its fill line here
        if story and used <= 0:
            raise BugError("a roll flowable cannot be laid out at any length")
        heights.append(used)
    return heights
