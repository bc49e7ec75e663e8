"""Tools > Fault catalogue…: one window, made on first use, for those who may edit the catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from desktop_app.core.permissions import Permission, allows
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.actor import Actor
from desktop_app.services.fault_catalogue import FaultCatalogue

if TYPE_CHECKING:  # imported when first opened, not with the main window (issue 8)
    from desktop_app.gui.work_orders.fault_catalogue_dialog import FaultCatalogueDialog


class FaultCatalogueWindow(QObject):
    def __init__(self, catalogue: FaultCatalogue, window: MainWindow) -> None:
        super().__init__(window)
        self._catalogue = catalogue
        self._window = window
        self.dialog: FaultCatalogueDialog | None = None
        self.action = QAction(QCoreApplication.translate("FaultCatalogueMenu", "&Fault catalogue…"), window)
        self.action.setObjectName("action_fault_catalogue")
        self.action.triggered.connect(self.open)
        window.actor_changed.connect(self.set_actor)
        self.set_actor(window.actor)

    @Slot(object)
    def set_actor(self, actor: Actor) -> None:
        allowed = allows(actor.role, Permission.FAULT_CATALOGUE_MANAGE)
        self.action.setVisible(allowed)
        self.action.setEnabled(allowed)
        if self.dialog is not None:
            self.dialog.set_actor(actor)
            if not allowed:
                self.dialog.close()

    @Slot()
    def open(self) -> FaultCatalogueDialog:
        if self.dialog is None:
            from desktop_app.gui.work_orders.fault_catalogue_dialog import FaultCatalogueDialog

            self.dialog = FaultCatalogueDialog(self._catalogue, self._window.actor, self._window)
        self.dialog.reload()
        if self.dialog.isVisible():
            self.dialog.raise_()
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog


def install_fault_catalogue_menu(main_window: MainWindow, sessions: SessionFactory) -> FaultCatalogueWindow:
    window = FaultCatalogueWindow(FaultCatalogue(sessions), main_window)
    main_window.ui.menu_tools.addAction(window.action)
    return window
