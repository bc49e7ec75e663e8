"""Small fixed grids (parts lines, history, search results): headers and filling, red rows for attention."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ATTENTION = QColor("#b00020")


STRETCH_COLUMN = "stretch_column"  # the table property naming the column that takes the spare width


def set_headers(table: QTableWidget, titles: list[str], *, stretch: int | None = None) -> None:
    """Columns as wide as their contents; the spare width goes to the last column, or to ``stretch``
    (a name beside short numbers: the last column, an amount, stood a hand wide while names were cut)."""
    table.setColumnCount(len(titles))
    table.setHorizontalHeaderLabels(titles)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setProperty(STRETCH_COLUMN, stretch)


def fill_grid(table: QTableWidget, rows: list[tuple[str, ...]], *, right: tuple[int, ...] = (),
              red: set[int] | frozenset[int] = frozenset(), fit: bool = False) -> None:
    """``right``: numeric columns; ``red``: rows needing attention; ``fit``: as tall as its rows."""
    table.setRowCount(len(rows))
    stretched = table.property(STRETCH_COLUMN)
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            if c == stretched:  # a narrow window cuts the stretched column to fit: whole in the tooltip
                item.setToolTip(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            if r in red:
                item.setForeground(QBrush(ATTENTION))
            table.setItem(r, c, item)
    if fit:  # inside a scrolling panel: the panel scrolls as a whole, not each grid
        if table.findChild(_FitHeight) is None:
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.installEventFilter(_FitHeight(table))
        fit_height(table)


def fit_height(table: QTableWidget) -> None:
    """As tall as the header and every row, plus the horizontal scroll bar while the columns are wider
    than the grid (long part numbers and names): without it the bar covered the last row, and two parts
    lines showed as one and a half."""
    height = sum(table.rowHeight(r) for r in range(table.rowCount())) or table.verticalHeader().defaultSectionSize()
    frame = 2 * table.frameWidth()
    header = table.horizontalHeader()
    header.resizeSections()  # the columns fitted to the rows just filled in, not at the next layout
    bar = table.horizontalScrollBar().sizeHint().height() if header.length() > table.width() - frame else 0
    table.setFixedHeight(header.sizeHint().height() + height + bar + frame + 2)


class _FitHeight(QObject):
    """Fits the grid again when its width changes (the splitter, the window): the scroll bar comes or goes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and isinstance(watched, QTableWidget):
            if event.oldSize().width() != event.size().width():  # type: ignore[attr-defined]
                # Once the table has laid out its header for the new width.
                QTimer.singleShot(0, watched, lambda: fit_height(watched))
        return False


def grid_text(table: QTableWidget) -> list[str]:
    return [" ".join(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]
