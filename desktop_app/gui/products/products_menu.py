"""Tools > Product models…: one window, made on first use, for those who keep the product catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction

from desktop_app.core.permissions import Permission, allows
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.parts.window_support import bring_up
from desktop_app.services.actor import Actor

if TYPE_CHECKING:  # imported when first opened, not with the main window (issue 8)
    from desktop_app.gui.products.products_window import ProductsWindow


class ProductsMenu(QObject):
    def __init__(self, sessions: SessionFactory, window: MainWindow) -> None:
        super().__init__(window)
        self._sessions = sessions
        self._window = window
        self.products_window: ProductsWindow | None = None
        self.action = QAction(QCoreApplication.translate("ProductsMenu", "Product &models…"), window)
        self.action.setObjectName("action_product_models")
        self.action.setStatusTip(QCoreApplication.translate(
            "ProductsMenu", "The product categories and models intake offers, with their accessories"))
        self.action.triggered.connect(self.open)
        window.actor_changed.connect(self.set_actor)
        self.set_actor(window.actor)

    @Slot(object)
    def set_actor(self, actor: Actor) -> None:
        allowed = allows(actor.role, Permission.PRODUCTS_MANAGE)
        self.action.setVisible(allowed)  # hidden and disabled: its shortcut must not open it either
        self.action.setEnabled(allowed)
        window = self.products_window
        if window is not None and shiboken6.isValid(window) and window.actor != actor:
            window.close()  # its buttons followed the previous user's permissions
            self.products_window = None

    @Slot()
    def open(self) -> ProductsWindow:
        window = self.products_window
        if window is None or not shiboken6.isValid(window):
            from desktop_app.gui.products.products_window import ProductsWindow

            # A child of the main window (closes with the app, stays above it), yet a window of its own.
            window = ProductsWindow(self._sessions, self._window.actor, self._window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.products_window = window
        else:
            window.reload()
        bring_up(window)
        return window


def install_products_menu(main_window: MainWindow, sessions: SessionFactory) -> ProductsMenu:
    menu = ProductsMenu(sessions, main_window)
    main_window.ui.menu_tools.addAction(menu.action)
    return menu
