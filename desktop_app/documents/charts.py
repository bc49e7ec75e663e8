"""Small report charts drawn with reportlab.graphics in the embedded font (no matplotlib)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.styles import MUTED, RULE_COLOUR
from desktop_app.documents.text import glyph_fallback

BAR_COLOUR = colors.HexColor("#5B7DB1")
LINE_COLOUR = colors.HexColor("#D9822B")
GRID_COLOUR = colors.HexColor("#D5DAE1")
SATISFACTION_MAX = 5  # the survey's scale (rule E17)
_MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass(frozen=True, kw_only=True)
class ChartMonth:
    """One month of a staff member's history: completed orders and mean satisfaction."""

    month: dt.date
    completed: int
    satisfaction: Decimal | None = None  # None: no surveys that month


def _drawing(width: float, height: float) -> Drawing:
    # initialFontName: otherwise the renderer opens with Helvetica, unembedded, in every PDF.
    return Drawing(width, height, initialFontName=register_fonts())


def _nice_ceiling(value: int) -> tuple[int, int]:
    """An axis maximum a little above ``value`` and its step: whole numbers, at most 8 steps."""
    target = value * 1.1
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if target <= step * 8:
            return max(math.ceil(target / step), 1) * step, step
    return math.ceil(target), max(math.ceil(target / 8), 1)


def history_chart(points: Sequence[ChartMonth], width: float, height: float, *,
                  english: bool = False, bar_label: str = "", line_label: str = "") -> Drawing:
    """Completed orders as bars (left axis) and satisfaction as a line (right axis, 0-5).

    The drawing's ``bars`` is the bar chart (one bar per month) and ``satisfaction`` the group
    of line segments and markers (one Circle per month with surveys).
    """
    font = register_fonts()
    drawing = _drawing(width, height)
    left, right, bottom, top = 30, 30, 30, 18
    chart = VerticalBarChart()
    chart.x, chart.y = left, bottom
    chart.width, chart.height = width - left - right, height - bottom - top
    chart.data = [[p.completed for p in points] or [0]]
    chart.categoryAxis.categoryNames = [
        (_MONTHS_EN[p.month.month - 1] if english else f"{p.month.month}月")
        + (f"\n{p.month.year}" if i == 0 or p.month.month == 1 else "")
        for i, p in enumerate(points)] or [""]
    top_value, step = _nice_ceiling(max((p.completed for p in points), default=0))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top_value
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = True, GRID_COLOUR
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR_COLOUR, None
    chart.barWidth, chart.groupSpacing = 10, 6
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = font, 7
        axis.strokeColor = RULE_COLOUR
    chart.categoryAxis.labels.dy = -2
    drawing.add(chart, name="bars")
    drawing.add(_satisfaction(points, chart, font), name="satisfaction")
    drawing.add(_legend(width, height, font, bar_label, line_label), name="legend")
    return drawing


def _satisfaction(points: Sequence[ChartMonth], chart: VerticalBarChart, font: str) -> Group:
    group = Group()
    slot = chart.width / max(len(points), 1)
    x_of = [chart.x + slot * (i + 0.5) for i in range(len(points))]
    for tick in range(SATISFACTION_MAX + 1):  # the right axis: 0 to 5
        y = chart.y + chart.height * tick / SATISFACTION_MAX
        group.add(String(chart.x + chart.width + 4, y - 2.5, str(tick), fontName=font,
                         fontSize=7, fillColor=LINE_COLOUR))
    group.add(Line(chart.x + chart.width, chart.y, chart.x + chart.width,
                   chart.y + chart.height, strokeColor=LINE_COLOUR, strokeWidth=0.5))
    y_of = [None if p.satisfaction is None
            else chart.y + chart.height * float(p.satisfaction) / SATISFACTION_MAX for p in points]
    run: list[float] = []
    labels: list[String] = []
    for i, (x, y, point) in enumerate(zip(x_of, y_of, points, strict=True)):
        if y is None:  # no surveys: the line breaks rather than dropping to 0
            _flush(group, run)
            run = []
            continue
        run += [x, y]
        group.add(Circle(x, y, _MARKER, fillColor=LINE_COLOUR, strokeColor=colors.white,
                         strokeWidth=0.5))
        bar_top = chart.y + chart.height * point.completed / chart.valueAxis.valueMax
        labels.append(_value_label(f"{point.satisfaction:.1f}", x, y,
                                   _label_above(y_of, i, chart, bar_top), font))
    _flush(group, run)
    for label in labels:  # drawn last: over the line, never under a later marker
        group.add(label)
    return group


_MARKER = 2.2  # the satisfaction marker's radius
_LABEL_SIZE = 6.5
_LABEL_GAP = 2.5  # between the marker's edge and its value


def _label_above(y_of: Sequence[float | None], i: int, chart: VerticalBarChart,
                 bar_top: float) -> bool:
    """The value goes on the side of the marker the line leaves free: above a peak, below a dip
    (the line runs through whatever is printed on the other side); the other side when that one
    leaves the plot (a 5.0 would run into the legend) or sits on the month's bar."""
    y = y_of[i]
    neighbours = [v for v in (y_of[i - 1] if i > 0 else None,
                              y_of[i + 1] if i + 1 < len(y_of) else None) if v is not None]
    preferred = not neighbours or sum(neighbours) / len(neighbours) <= y
    room = _MARKER + _LABEL_GAP + _LABEL_SIZE

    def clear(above: bool) -> bool:
        if above:  # up to the legend's foot, a little above the plot
            return y + room <= chart.y + chart.height + _LABEL_GAP
        return y - room >= chart.y and y - room >= bar_top

    def fits(above: bool) -> bool:
        return y + room <= chart.y + chart.height + _LABEL_GAP if above else y - room >= chart.y

    for above in (preferred, not preferred):
        if clear(above):
            return above
    return preferred if fits(preferred) else not preferred


def _value_label(text: str, x: float, y: float, above: bool, font: str) -> String:
    # Clear of the marker: the gap counts from its edge, and a label below drops by its cap height.
    base = y + _MARKER + _LABEL_GAP if above else y - _MARKER - _LABEL_GAP - _LABEL_SIZE * 0.75
    return String(x, base, text, fontName=font, fontSize=_LABEL_SIZE, fillColor=LINE_COLOUR,
                  textAnchor="middle")


def _flush(group: Group, run: list[float]) -> None:
    if len(run) >= 4:
        group.insert(0, PolyLine(run, strokeColor=LINE_COLOUR, strokeWidth=1.4))


def _legend(width: float, height: float, font: str, bar_label: str, line_label: str) -> Group:
    group = Group()
    y = height - 10
    group.add(Rect(30, y, 8, 6, fillColor=BAR_COLOUR, strokeColor=None))
    group.add(String(41, y, glyph_fallback(bar_label), fontName=font, fontSize=7,
                     fillColor=MUTED))
    x = 41 + stringWidth(glyph_fallback(bar_label), font, 7) + 14
    group.add(Line(x, y + 3, x + 10, y + 3, strokeColor=LINE_COLOUR, strokeWidth=1.4))
    group.add(String(x + 13, y, glyph_fallback(line_label), fontName=font, fontSize=7,
                     fillColor=MUTED))
    return group


def fault_bars(faults: Sequence[tuple[str, int]], width: float, *,
               bar_height: float = 14) -> Drawing:
    """Fault categories as horizontal bars, most frequent on top; ``bars`` is the chart."""
    font = register_fonts()
    rows = list(faults) or [("", 0)]
    names = [glyph_fallback(name) for name, _ in rows]
    label_room = min(max(stringWidth(name, font, 7.5) for name in names) + 10, width * 0.4)
    height = len(rows) * bar_height + 24
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, 16
    chart.width, chart.height = width - label_room - 24, height - 22
    # ReportLab draws the first category at the bottom: reverse, so the largest is on top.
    chart.data = [[count for _, count in reversed(rows)]]
    chart.categoryAxis.categoryNames = names[::-1]
    top_value, step = _nice_ceiling(max(count for _, count in rows))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top_value
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = True, GRID_COLOUR
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR_COLOUR, None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = font, 7
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = font, 7.5
        axis.strokeColor = RULE_COLOUR
    chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dx = "e", -3
    drawing.add(chart, name="bars")
    return drawing
