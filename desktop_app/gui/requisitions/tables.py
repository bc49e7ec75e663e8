"""Small grids of this package: the text column takes the spare width, not the last (a number)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget

from desktop_app.gui.work_orders.grids import set_headers


def set_columns(table: QTableWidget, titles: list[str], stretch: int = 1) -> None:
    """Headers sized to their contents, column ``stretch`` (a name or reason) filling the rest."""
    set_headers(table, titles)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def widget_column(table: QTableWidget, column: int, digits: int = 6) -> None:
    """A column of spin boxes: wide enough for ``digits`` and the arrows (contents-sizing ignores widgets)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    title = table.horizontalHeaderItem(column).text() if table.horizontalHeaderItem(column) else ""
    metrics = table.fontMetrics()
    header.resizeSection(column, max(metrics.horizontalAdvance("0" * digits) + 48,
                                     metrics.horizontalAdvance(title) + 24))
