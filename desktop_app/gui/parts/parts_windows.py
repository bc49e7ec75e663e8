"""Opens the stock, catalogue and fund windows from the requisitions tab's buttons: one of each, raised if open."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.db.engine import SessionFactory
from desktop_app.gui.parts.catalogue_window import CatalogueWindow
from desktop_app.gui.parts.fund_window import FundWindow
from desktop_app.gui.parts.stock_window import StockWindow
from desktop_app.gui.parts.window_support import bring_up
from desktop_app.services.actor import Actor

WindowClass = type[StockWindow] | type[CatalogueWindow] | type[FundWindow]


class PartsWindows(QObject):
    """Keeps the open windows; a window opened for another user (after a shift change) is rebuilt."""

    def __init__(self, tab: QWidget, sessions: SessionFactory, actor_of: Callable[[], Actor]) -> None:
        super().__init__(tab)
        self._tab = tab
        self._sessions = sessions
        self._actor_of = actor_of
        self._open: dict[type, QWidget] = {}

    def window(self, kind: WindowClass) -> QWidget | None:
        """The open window of ``kind``, if any (closing one deletes it)."""
        window = self._open.get(kind)
        if window is not None and not shiboken6.isValid(window):
            del self._open[kind]
            return None
        return window

    def open(self, kind: WindowClass) -> QWidget:
        actor = self._actor_of()
        window = self.window(kind)
        if window is not None and window.actor != actor:  # type: ignore[attr-defined]
            window.close()  # the previous user's window: its buttons followed that user's permissions
            window = None
        if window is None:
            # A child of the tab's window (closes with the app, stays above it), yet a window of its own.
            window = kind(self._sessions, actor, self._tab.window())
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _=None, k=kind, key=id(window): self._forget(k, key))
            self._open[kind] = window
        bring_up(window)
        return window

    def _forget(self, kind: type, key: int) -> None:
        if id(self._open.get(kind)) == key:  # not a newer window opened since for another user
            del self._open[kind]

    @Slot()
    def open_stock(self) -> StockWindow:
        return self.open(StockWindow)  # type: ignore[return-value]

    @Slot()
    def open_catalogue(self) -> CatalogueWindow:
        return self.open(CatalogueWindow)  # type: ignore[return-value]

    @Slot()
    def open_fund(self) -> FundWindow:
        return self.open(FundWindow)  # type: ignore[return-value]


def connect_parts_windows(tab: QWidget, sessions: SessionFactory, actor_of: Callable[[], Actor]) -> PartsWindows:
    """``tab`` has the signals stock_requested, catalogue_requested and fund_requested; each opens (or raises)
    its window for the user ``actor_of()`` returns at that moment."""
    windows = PartsWindows(tab, sessions, actor_of)
    tab.stock_requested.connect(windows.open_stock)  # type: ignore[attr-defined]
    tab.catalogue_requested.connect(windows.open_catalogue)  # type: ignore[attr-defined]
    tab.fund_requested.connect(windows.open_fund)  # type: ignore[attr-defined]
    return windows
