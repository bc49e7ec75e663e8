"""Reusable page parts: centre header, number codes, field tables, terms, signatures, footer."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop_app.documents.styles import LABEL_BACKGROUND, MUTED, RULE_COLOUR, DocStyles
from desktop_app.documents.text import para_text
from desktop_app.documents.text_line import CJKTextLine, TextLine

Cell = str | Flowable | list[Flowable]
FooterDrawer = Callable[[Canvas, str, int, int], None]
_SIDE_PADDING = 6  # ReportLab's default left/right cell padding, in points


@dataclass(frozen=True)
class CentreInfo:
    """The service centre as printed on documents (from settings)."""

    name: str
    address: str
    phone: str


def number_codes(value: str, st: DocStyles, width: float, *, qr_side: float = 26 * mm,
                 bar_height: float = 8 * mm, min_qr_side: float = 0) -> list[Flowable]:
    """QR code and Code128 barcode of any document number, with the number in plain text below."""
    # qr_side and bar_height are A4 lengths, scaled to the page like every other length;
    # min_qr_side is absolute: a code scanned back from paper must not shrink with the type.
    parts: list[Flowable] = []
    if value.strip():
        side = max(st.size(qr_side), min_qr_side)
        # The flowable QR draws straight on the canvas; the Drawing widget would pull in an
        # unembedded Helvetica. Level M survives a crease or a pen mark across the code.
        qr = _QrCode(value, width=side, height=side, qrLevel="M")
        qr.hAlign = "CENTER"
        parts.append(qr)
    if value.strip() and value.isascii() and value.isprintable():  # Code128 is ASCII only
        modules = Code128(value, barWidth=1, quiet=0).width
        bar = width / (modules + 20)  # 10-module quiet zone each side, as scanners need
        code = Code128(value, barWidth=bar, barHeight=st.size(bar_height), quiet=1,
                       lquiet=10 * bar, rquiet=10 * bar)
        code.hAlign = "CENTER"
        parts.append(code)
    parts.append(TextLine(para_text(value), st.copy_note))
    return parts


claim_codes = number_codes  # the receipt's original name for the same block


class _QrCode(QrCode):
    """ReportLab's QR flowable, encoded on its first draw only (a two-copy document draws twice)."""

    def draw(self) -> None:
        # QrCode.draw re-runs the encoder every time: trying all eight masks is its slowest part.
        encoder = self.qr
        if encoder.modules is None:
            encoder.make()
        encoder.make = _encoded  # the instance attribute shadows the method for this one draw
        try:
            super().draw()
        finally:
            del encoder.make


def _encoded() -> None:
    """Stands in for QRCode.make once the modules are computed."""


def centre_header(centre: CentreInfo, title: str, copy_mark: tuple[str, str] | None,
                  codes: list[Flowable], st: DocStyles, tel_label: str) -> Table:
    """Boxed mark left (if any), centre name/address/phone and title in the middle, codes right."""
    side = st.size(40 * mm)
    mark: Cell = ""
    if copy_mark is not None:
        mark = table([[TextLine(para_text(copy_mark[0]), st.copy_mark)],
                      [TextLine(para_text(copy_mark[1]), st.copy_note)]],
                     [side - st.size(8 * mm)], [("BOX", (0, 0), (-1, -1), 1.2, RULE_COLOUR)], st)
    middle = [TextLine(para_text(centre.name), st.centre_name)]
    if centre.address.strip():  # settings not filled in yet: no empty lines, no bare "电话"
        middle.append(TextLine(para_text(centre.address), st.centre_line))
    if centre.phone.strip():
        middle.append(TextLine(f"{para_text(tel_label)} {para_text(centre.phone)}", st.centre_line))
    middle += [Spacer(1, st.size(3 * mm)), TextLine(para_text(title), st.title)]
    return table([[mark, middle, codes]], [side, st.frame_width - 2 * side, side], [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ], st, splitInRow=1)  # an absurdly long centre name continues overleaf instead of failing


def table(data: list, widths: list[float], commands: list[tuple], st: DocStyles, **kw) -> Table:
    """A Table drawn in the document font throughout."""
    # Plain-string cells (even empty ones) otherwise pull in an unembedded Helvetica.
    commands = [("FONTNAME", (0, 0), (-1, -1), st.body.fontName), *commands]
    return Table(data, colWidths=widths, style=TableStyle(commands), **kw)


def label_width(labels: Iterable[str], st: DocStyles, low: float, high: float) -> float:
    """A label column as wide as its longest label (one line), clamped to [low, high] mm on A4."""
    widest = max((stringWidth(label, st.label.fontName, st.label.fontSize) for label in labels),
                 default=0)
    return min(max(widest + 2 * _SIDE_PADDING + 1, st.size(low * mm)), st.size(high * mm))


def grid_style(st: DocStyles, label_columns: int = 1) -> list[tuple]:
    """The ruling shared by every bordered table, with shaded label columns on the left."""
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOUR),
        ("BOX", (0, 0), (-1, -1), 1.0, RULE_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), st.cell_padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.cell_padding + 1),
        ("BACKGROUND", (0, 0), (label_columns - 1, -1), LABEL_BACKGROUND),
    ]


def field_table(rows: Sequence[tuple[Cell, ...]], st: DocStyles, label: float) -> list[Table]:
    """Bordered form rows: (label, value, label, value) or (label, value); strings are markup."""
    # Runs of wide rows are separate two-column tables stacked flush: ReportLab cannot split a
    # row across pages (splitInRow) when it has a SPAN, and a long fault must continue overleaf.
    value_width = (st.frame_width - 2 * label) / 2
    tables: list[Table] = []
    run: list[tuple[Cell, ...]] = []
    for row in [*rows, ()]:
        if run and len(row) != len(run[0]):
            if len(run[0]) == 4:
                widths = [label, value_width, label, value_width]
            else:
                widths = [label, st.frame_width - label]
            tables.append(_form_rows(run, widths, st))
            run = []
        run.append(row)
    return tables


def form_cells(rows: Sequence[tuple[Cell, ...]], st: DocStyles) -> list[tuple[Cell, ...]]:
    """field_table's rows with every string made its Paragraph (a document printing the same
    rows in several copies parses them once)."""
    return [tuple(_label(value, st) if index % 2 == 0 else _cell(value, st)
                  for index, value in enumerate(row)) for row in rows]


def _form_rows(rows: Sequence[tuple[Cell, ...]], widths: list[float], st: DocStyles) -> Table:
    data = [list(row) for row in form_cells(rows, st)]
    commands = grid_style(st)
    if len(widths) == 4:
        commands.append(("BACKGROUND", (2, 0), (2, -1), LABEL_BACKGROUND))
    return table(data, widths, commands, st, splitInRow=1)


def _cell(value: Cell, st: DocStyles) -> Flowable | list[Flowable]:
    return CJKTextLine(value, st.cell) if isinstance(value, str) else value


def _label(value: Cell, st: DocStyles) -> Flowable | list[Flowable]:
    return TextLine(value, st.label) if isinstance(value, str) else value


def terms_block(title: str, items: Sequence[tuple[str, str]], st: DocStyles) -> Table:
    """Numbered small-type terms in a light box; each item is (rule number or "", text)."""
    return terms_table(terms_paragraphs(title, items, st), st)


def terms_paragraphs(title: str, items: Sequence[tuple[str, str]], st: DocStyles) -> list[Flowable]:
    """The title and numbered items of terms_block (built once for a document's several copies)."""
    paragraphs: list[Flowable] = [TextLine(para_text(title), st.label)]
    for number, (rule, text) in enumerate(items, start=1):
        # The rule number leads: at the end ReportLab may break the line inside "〔W7〕".
        cite = f"〔{rule}〕" if rule else ""
        paragraphs.append(TextLine(f"{number}. {cite}{para_text(text)}", st.terms))
    return paragraphs


def terms_table(paragraphs: Sequence[Flowable], st: DocStyles) -> Table:
    """terms_block from its paragraphs: one row each, in a light box."""
    return table([[paragraph] for paragraph in paragraphs], [st.frame_width], [
        ("BOX", (0, 0), (-1, -1), 0.5, RULE_COLOUR),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
    ], st)


def signature_lines(columns: Sequence[Sequence[tuple[str, str]]], st: DocStyles,
                    width: float | None = None, row_height: float = 9 * mm) -> Table:
    """Side-by-side columns of "label ______" lines; the second item is pre-printed on the line."""
    height = max(len(column) for column in columns)
    labels = [label for column in columns for label, _ in column]
    name_width = label_width(labels, st, 16, 34) + st.size(2 * mm)
    line_width = (width or st.frame_width) / len(columns) - name_width
    gap = st.size(8 * mm)  # keeps the left line clear of the right column's label
    data: list[list[object]] = [[] for _ in range(height)]
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for col, column in enumerate(columns):
        for row in range(height):
            label, preprint = column[row] if row < len(column) else ("", "")
            # Paragraph collapses ideographic spaces; non-breaking ones keep "年　月　日" apart.
            blank = para_text(preprint).replace("\u3000", "&nbsp;" * 4)
            data[row] += [TextLine(para_text(label), st.body), TextLine(blank, st.amount)]
            if label:
                commands.append(("LINEBELOW", (2 * col + 1, row), (2 * col + 1, row), 0.7,
                                 RULE_COLOUR))
    widths: list[float] = []
    for col in range(len(columns)):  # any number of columns; one or two as before
        last = col == len(columns) - 1 and col > 0
        widths += [name_width + (gap if col else 0), line_width - (0 if last else gap)]
    return table(data, widths, commands, st, rowHeights=[st.size(row_height)] * height)


def confirmation_box(title: str | None, statement: str, signatures: Table, st: DocStyles,
                     body: Sequence[Flowable] = ()) -> Table:
    """A boxed statement the customer signs under (title and statement are plain text)."""
    # ``body`` (e.g. the customer's opinion) prints between the title (if any) and the statement.
    rows = [*([[TextLine(para_text(title), st.label)]] if title is not None else []),
            *([[list(body)]] if body else []),
            [TextLine(para_text(statement), st.body)], [signatures]]
    commands = [("BOX", (0, 0), (-1, -1), 1.0, RULE_COLOUR),
                ("TOPPADDING", (0, 0), (-1, -1), st.cell_padding),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]
    if title is not None:
        commands += [("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE_COLOUR)]
    # A body over half a page tall (a customer's very long opinion) continues overleaf instead of
    # failing the whole document; an ordinary box still moves to the next page whole.
    tall = sum(f.wrap(st.frame_width, st.page_size[1])[1] for f in body) > st.page_size[1] / 2
    return table(rows, [st.frame_width], commands, st, splitInRow=1 if tall else 0)


def section_heading(text: str, st: DocStyles) -> Table:
    """A shaded heading bar with a dark left rule, kept with the section below it."""
    heading = table([[TextLine(para_text(text), st.label)]], [st.frame_width], [
        ("BACKGROUND", (0, 0), (-1, -1), LABEL_BACKGROUND),
        ("LINEBEFORE", (0, 0), (0, -1), 3, RULE_COLOUR),
        ("TOPPADDING", (0, 0), (-1, -1), st.size(0.8 * mm)),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.size(1.0 * mm)),
    ], st)
    heading.keepWithNext = 1
    return heading


def draw_page_furniture(canvas: Canvas, st: DocStyles, bottom: str, top_left: str | None = None,
                        top_right: str = "") -> None:
    """Footer line centred at the bottom; on continuation pages a running header at the top."""
    width, height = st.page_size
    canvas.saveState()
    canvas.setFont(st.body.fontName, st.footer_size)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(width / 2, st.margin * 0.55, bottom)
    if top_left is not None:
        top = height - st.margin * 0.6
        canvas.drawString(st.margin, top, top_left)
        if top_right:
            canvas.drawRightString(width - st.margin, top, top_right)
    canvas.restoreState()


class CopyStart(Flowable):
    """Zero-size marker: the pages from here to the next marker are one copy, numbered 1..n."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.sc_copy_count = getattr(canvas, "sc_copy_count", 0) + 1
        canvas.sc_copy = (canvas.sc_copy_count, self.label)


def footer_canvas(draw_footer: FooterDrawer) -> type[Canvas]:
    """A canvas class that defers footers to the end, so each knows its copy's page count."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.sc_pages: list[dict] = []
            self.sc_copy: tuple[int, str] = (0, "")

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self.sc_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            keys = [state["sc_copy"] for state in self.sc_pages]
            for index, state in enumerate(self.sc_pages):
                self.__dict__.update(state)
                key = keys[index]
                draw_footer(self, key[1], keys[: index + 1].count(key), keys.count(key))
                Canvas.showPage(self)
            Canvas.save(self)

    return FooterCanvas
