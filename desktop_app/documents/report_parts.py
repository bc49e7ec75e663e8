"""Parts of month-end reports and forms: header, numbered sections, ruled data tables, build."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.documents.builder import build_document, numbered_footer
from desktop_app.documents.page_parts import (
    Cell, CentreInfo, centre_header, grid_style, label_width, number_codes, section_heading, table,
)
from desktop_app.documents.styles import ALERT, LABEL_BACKGROUND, RULE_COLOUR, DocStyles
from desktop_app.documents.text import CJKParagraph, para_text

_ZH_NUMERALS = "一二三四五六七八九十"
_MIN_START = 40  # A4 mm: a section starts on a page only with this much room (heading, rows)


def text_or_none(value: str | None, lab: Mapping[str, str]) -> str:
    """User text as Paragraph markup, or the dash for nothing."""
    return para_text(value) or lab["none"]


def alert(markup: str) -> str:
    """Markup printed in the alert colour (over quota, short count, unacknowledged rules)."""
    return f'<font color="#{ALERT.hexval()[2:]}">{markup}</font>'


def report_header(centre: CentreInfo, title: str, st: DocStyles, lab: Mapping[str, str], *,
                  number: str | None = None, mark: tuple[str, str] | None = None) -> Table:
    """The centre header; the document number as QR and Code128 on the right when given."""
    codes = number_codes(number, st, st.size(40 * mm), qr_side=20 * mm, bar_height=6 * mm,
                         min_qr_side=18 * mm) if number else []
    return centre_header(centre, title, mark, codes, st, lab["tel"])


def sections(parts: Sequence[tuple[str, Sequence[Flowable]] | tuple[str, Sequence[Flowable], bool]],
             st: DocStyles, english: bool) -> list[Flowable]:
    """Headings numbered 一、二、… (1. 2. … in English), each followed by its flowables; a part
    given a third item True is kept on one page with its heading (short tables)."""
    story: list[Flowable] = []
    for index, (heading, flowables, *keep) in enumerate(parts):
        number = f"{index + 1}. " if english else f"{_ZH_NUMERALS[index % 10]}、"
        bar = section_heading(number + heading, st)
        story.append(Spacer(1, st.size(3 * mm)))
        if keep and keep[0]:
            # ReportLab never joins a keepWithNext heading to a KeepTogether: group them here.
            story.append(KeepTogether([bar, *flowables]))
        else:
            # A long table must not push its heading to a fresh page and leave this one empty:
            # the section starts here if a few rows fit, else on the next page.
            bar.keepWithNext = 0
            story.append(_StartTogether([bar, *flowables], st.size(_MIN_START * mm)))
    return story


class _StartTogether(KeepTogether):
    """Kept on one page if it fits; else it starts here when ``room`` is left, or overleaf."""

    def __init__(self, flowables: Sequence[Flowable], room: float) -> None:
        super().__init__(list(flowables))
        self._room = room

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - ReportLab's names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > aH >= self._room:  # too long for any page: start it on this one
            return list(self._content)
        return super().split(aW, aH)


def fit_widths(widths: Sequence[float | str | tuple[str, ...] | None], st: DocStyles,
               total: float | None = None, min_flexible: float = 24) -> list[float]:
    """Column widths: a number is A4 millimetres (scaled); a string (or tuple of strings) is
    text the column fits on one line, with room for four digits, up to 22 mm (a longer heading
    wraps); the ``None`` columns share the rest, shrinking the others to keep ``min_flexible``."""
    total = st.frame_width if total is None else total
    sized = [None if w is None else st.size(w * mm) if isinstance(w, int | float)
             else label_width([*((w,) if isinstance(w, str) else w), "9999"], st, 8, 22)
             for w in widths]
    flexible = sum(1 for w in sized if w is None)
    fixed = sum(w for w in sized if w is not None)
    room = total - flexible * st.size(min_flexible * mm)
    if fixed > room:  # a long English heading set: every fixed column gives up a share
        sized = [None if w is None else w * room / fixed for w in sized]
        fixed = room
    rest = (total - fixed) / max(flexible, 1)
    return [rest if w is None else w for w in sized]


def ruled_table(head: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float],
                st: DocStyles, *, right: Iterable[int] = (), totals: int = 0,
                extra: Sequence[tuple] = ()) -> Table:
    """A grid with a shaded head repeated on every page; the last ``totals`` rows shaded too.

    Strings are Paragraph markup (pass user text through ``para_text``); columns in ``right``
    (figures) align right, head included.
    """
    right = set(right)
    data: list[list[object]] = [[_head_cell(label, col in right, st)
                                 for col, label in enumerate(head)]]
    for row in rows:
        data.append([CJKParagraph(value, st.amount if col in right else st.cell)
                     if isinstance(value, str) else value for col, value in enumerate(row)])
    commands = [c for c in grid_style(st) if c[0] != "BACKGROUND"]
    commands += [("BACKGROUND", (0, 0), (-1, 0), LABEL_BACKGROUND),
                 ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    if totals:
        commands += [("BACKGROUND", (0, -totals), (-1, -1), LABEL_BACKGROUND),
                     ("LINEABOVE", (0, -totals), (-1, -totals), 1.0, RULE_COLOUR)]
    return table(data, list(widths), [*commands, *extra], st, repeatRows=1, splitInRow=1)


def _head_cell(label: str, right: bool, st: DocStyles) -> Paragraph:
    # An English heading wraps between words: CJK wrapping would cut "balan-ce" at the edge.
    style = ParagraphStyle("head", parent=st.label, alignment=TA_RIGHT if right else 0,
                           wordWrap=None if label.isascii() else "CJK")
    return Paragraph(para_text(label), style)


def empty_row(text: str, columns: int) -> tuple[list[Cell], tuple]:
    """A row saying the table is empty, spanning every column, and its SPAN command."""
    return [para_text(text)] + [""] * (columns - 1), ("SPAN", (0, 1), (-1, 1))


def number_list(values: Sequence[str], st: DocStyles, lab: Mapping[str, str]) -> Paragraph:
    """Order or complaint numbers run on as one wrapped paragraph (or the dash)."""
    return CJKParagraph(para_text(lab["list_sep"].join(values)) or lab["none"], st.cell)


def render_report(story: list, st: DocStyles, lab: Mapping[str, str], *, title: str,
                  number: str, author: str) -> bytes:
    """The story built with "number · page x / y" below and a running header on later pages."""
    footer = numbered_footer(st, lab, "page_footer", title, number)
    return build_document(story, st, title=f"{title} {number}", author=author, subject=number,
                          draw_footer=footer)
