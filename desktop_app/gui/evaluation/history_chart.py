"""Twelve months at a glance: completed orders as bars, satisfaction (of 5) as a line, drawn with QPainter."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.kpis import MonthFigures
from desktop_app.gui.evaluation.texts import score_text

BAR_COLOUR = QColor("#5b8fd6")
LINE_COLOUR = QColor("#d9822b")
SCORE_MAX = 5  # surveys score 1–5 (E17)


GRID_STEPS = 5  # one grid line per satisfaction point, 0–5


def nice_ceiling(value: int) -> int:
    """The bar axis top: 5, 10, 15 … so the grid lines fall on whole orders and whole scores alike."""
    return max(GRID_STEPS, math.ceil(value / GRID_STEPS) * GRID_STEPS)


class HistoryChart(QWidget):
    """Oldest month on the left; a month without surveys breaks the line rather than dropping to zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[dt.date, MonthFigures]] = []
        self._computing = False  # the series is on its way (computed off the UI thread)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 190)

    def set_series(self, series: Sequence[tuple[dt.date, MonthFigures]], *, computing: bool = False) -> None:
        self._series = list(series)
        self._computing = computing and not self._series
        self.setToolTip(self.describe())
        self.update()

    @property
    def series(self) -> list[tuple[dt.date, MonthFigures]]:
        return list(self._series)

    def describe(self) -> str:
        """The same figures as text: the tooltip, and what a screen reader or a test reads."""
        lines = [self.tr("{month}: {completed} completed, satisfaction {score}").format(
            month=f"{m:%Y-%m}", completed=f.completed, score=score_text(f.satisfaction)) for m, f in self._series]
        return "\n".join(lines)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line_height = metrics.height()
        legend_height = line_height + 6
        left = metrics.horizontalAdvance("000") + 10
        right = metrics.horizontalAdvance("5") + 12
        plot = QRectF(left, legend_height + 6, self.width() - left - right,
                      self.height() - legend_height - 6 - 2 * line_height - 6)
        self._legend(painter, text, line_height)
        if plot.width() <= 20 or plot.height() <= 20:
            painter.end()
            return
        top = nice_ceiling(max((f.completed for _m, f in self._series), default=0))
        grid = QColor(text)
        grid.setAlpha(50)
        for step in range(GRID_STEPS + 1):  # grid lines with both axes' values
            y = plot.bottom() - plot.height() * step / GRID_STEPS
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line_height / 2, left - 6, line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(top * step // GRID_STEPS))
            painter.drawText(QRectF(plot.right() + 6, y - line_height / 2, right - 6, line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(SCORE_MAX * step // GRID_STEPS))
        if not self._series:
            empty = self.tr("Computing…") if self._computing else self.tr("No history yet")
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, empty)
            painter.end()
            return
        slot = plot.width() / len(self._series)
        points: list[QPointF | None] = []
        for index, (month, figures) in enumerate(self._series):
            x = plot.left() + slot * index
            height = plot.height() * figures.completed / top
            painter.fillRect(QRectF(x + slot * 0.2, plot.bottom() - height, slot * 0.6, height), BAR_COLOUR)
            painter.setPen(text)
            painter.drawText(QRectF(x, plot.bottom() + 2, slot, line_height), Qt.AlignmentFlag.AlignCenter,
                             str(month.month))  # the years are in the chart's caption
            points.append(None if figures.satisfaction is None else QPointF(
                x + slot / 2, plot.bottom() - plot.height() * float(figures.satisfaction / Decimal(SCORE_MAX))))
        self._line(painter, points)
        painter.end()

    def _line(self, painter: QPainter, points: list[QPointF | None]) -> None:
        painter.setPen(QPen(LINE_COLOUR, 2))
        for a, b in zip(points, points[1:]):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        painter.setBrush(LINE_COLOUR)
        for point in points:
            if point is not None:
                painter.drawEllipse(point, 3, 3)

    def _legend(self, painter: QPainter, text: QColor, line_height: int) -> None:
        x = 4.0
        for colour, caption, bar in ((BAR_COLOUR, self.tr("Completed orders"), True),
                                     (LINE_COLOUR, self.tr("Satisfaction (of 5)"), False)):
            if bar:
                painter.fillRect(QRectF(x, 4 + line_height / 4, 14, line_height / 2), colour)
            else:
                painter.setPen(QPen(colour, 2))
                painter.drawLine(QPointF(x, 4 + line_height / 2), QPointF(x + 14, 4 + line_height / 2))
            painter.setPen(text)
            width = self.fontMetrics().horizontalAdvance(caption)
            painter.drawText(QRectF(x + 18, 4, width + 4, line_height), Qt.AlignmentFlag.AlignVCenter, caption)
            x += 18 + width + 20
