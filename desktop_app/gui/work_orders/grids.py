"""Small fixed grids (parts lines, history, search results): headers and filling, red rows for attention."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ATTENTION = QColor("#b00020")


def set_headers(table: QTableWidget, titles: list[str]) -> None:
    table.setColumnCount(len(titles))
    table.setHorizontalHeaderLabels(titles)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def fill_grid(table: QTableWidget, rows: list[tuple[str, ...]], *, right: tuple[int, ...] = (),
              red: set[int] | frozenset[int] = frozenset(), fit: bool = False) -> None:
    """``right``: numeric columns; ``red``: rows needing attention; ``fit``: as tall as its rows."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            if r in red:
                item.setForeground(QBrush(ATTENTION))
            table.setItem(r, c, item)
    if fit:  # inside a scrolling panel: the panel scrolls as a whole, not each grid
        height = sum(table.rowHeight(r) for r in range(len(rows))) or table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + height + 2 * table.frameWidth() + 2)


def grid_text(table: QTableWidget) -> list[str]:
    return [" ".join(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]
