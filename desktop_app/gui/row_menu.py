"""A right-click menu on a list's rows that offers the buttons acting on the selected row.

The buttons stay where they are; the menu repeats them at the pointer, where a desk user right-clicks
first (as in Excel or Explorer), with each button's state and reason (its tooltip) as it is for that row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu


class RowMenu:
    """``buttons()`` gives the row's buttons in menu order, looked up when the menu opens (some are
    added after the tab is built); a hidden one, not for this user, is left out."""

    def __init__(self, view: QAbstractItemView, buttons: Callable[[], Sequence[QAbstractButton]]) -> None:
        self._view = view
        self._buttons = buttons
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show)

    def menu_at(self, position: QPoint) -> QMenu | None:
        """The menu for the row under ``position`` (viewport coordinates), that row selected first so
        the buttons' states are that row's; None below the last row."""
        index = self._view.indexAt(position)
        if not index.isValid():
            return None
        self._view.selectRow(index.row())
        menu = QMenu(self._view)
        menu.setToolTipsVisible(True)  # a greyed entry says why, as its button's tooltip does
        owner = self._view.window()
        for button in self._buttons():
            if not button.isVisibleTo(owner):
                continue
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)
        return menu if menu.actions() else None

    def _show(self, position: QPoint) -> None:
        menu = self.menu_at(position)
        if menu is not None:
            menu.exec(self._view.viewport().mapToGlobal(position))
            menu.deleteLater()
