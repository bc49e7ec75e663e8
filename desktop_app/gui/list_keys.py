"""Arrow keys between a list tab's search box and its list: Down goes in, the first arrow picks the first row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView

ARROWS = (Qt.Key.Key_Down, Qt.Key.Key_Up)


class ListKeys(QObject):
    """``search_may_leave``: False while Down in the search box has another use (the claims tab's
    customer matches under the box)."""

    def __init__(self, search: QLineEdit, table: QTableView,
                 search_may_leave: Callable[[], bool] = lambda: True) -> None:
        super().__init__(table)
        self._search = search
        self._table = table
        self._may_leave = search_may_leave
        search.installEventFilter(self)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        if watched is self._search and event.key() == Qt.Key.Key_Down and self._may_leave():
            return self._enter_list()
        if watched is self._table and event.key() in ARROWS:
            return self._first_arrow()
        return False

    def _enter_list(self) -> bool:
        if self._table.model().rowCount() == 0:
            return False
        self._table.setFocus(Qt.FocusReason.TabFocusReason)
        self._first_arrow()
        return True

    def _first_arrow(self) -> bool:
        """With nothing selected, the view's current row (it puts one on the first row when it gets the
        focus, unselected) is selected instead of the arrow moving past it (the second order, WO-61)."""
        selection = self._table.selectionModel()
        if selection.hasSelection() or self._table.model().rowCount() == 0:
            return False
        current = self._table.currentIndex()
        self._table.selectRow(current.row() if current.isValid() else 0)
        return True
