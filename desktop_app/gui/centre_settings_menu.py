"""Tools > Centre settings…: the manager's one dialog for the letterhead, cities (S2), E16 and the locks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction

from desktop_app.core.permissions import Permission, allows
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.idle_lock import IdleLock, minutes_to_ms
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.actor import Actor
from desktop_app.services.centre_settings import CentreSettings, CentreSettingsService

if TYPE_CHECKING:  # imported when first opened, not with the main window (issue 8)
    from desktop_app.gui.dialogs.centre_settings_dialog import CentreSettingsDialog


class CentreSettingsWindow(QObject):
    """One dialog at a time, for a manager; it closes when someone else takes over the counter."""

    def __init__(self, service: CentreSettingsService, window: MainWindow) -> None:
        super().__init__(window)
        self._service = service
        self._window = window
        self.dialog: CentreSettingsDialog | None = None
        self.action = QAction(QCoreApplication.translate("CentreSettingsMenu", "&Centre settings…"), window)
        self.action.setObjectName("action_centre_settings")
        self.action.setStatusTip(QCoreApplication.translate(
            "CentreSettingsMenu", "Letterhead, on-site cities, repeat-repair window and sign-in locks"))
        self.action.triggered.connect(self.open)
        window.actor_changed.connect(self.set_actor)
        self.set_actor(window.actor)

    @Slot(object)
    def set_actor(self, actor: Actor) -> None:
        allowed = allows(actor.role, Permission.CENTRE_SETTINGS_MANAGE)
        self.action.setVisible(allowed)  # hidden and disabled: a hidden entry must not open by a shortcut
        self.action.setEnabled(allowed)
        if self.dialog is not None:  # the previous manager's form (the idle lock asked about typed input)
            self.dialog.discard_changes()

    @Slot()
    def open(self) -> CentreSettingsDialog:
        if self.dialog is None:
            from desktop_app.gui.dialogs.centre_settings_dialog import CentreSettingsDialog

            self.dialog = CentreSettingsDialog(self._service, self._window.actor, self._window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.saved.connect(self._saved)
            self.dialog.finished.connect(self._forget)
        self.dialog.open()  # window-modal, like the warranty policy
        return self.dialog

    @Slot(object)
    def _saved(self, stored: CentreSettings) -> None:
        lock = self._window.findChild(IdleLock)
        if lock is not None:  # a new idle lock applies now, not at the next start
            lock.set_interval_ms(minutes_to_ms(stored.idle_lock_minutes))
        self._window.show_message(QCoreApplication.translate("CentreSettingsMenu", "Centre settings saved."))

    @Slot(int)
    def _forget(self, _result: int) -> None:
        self.dialog = None


def install_centre_settings_menu(main_window: MainWindow, sessions: SessionFactory) -> CentreSettingsWindow:
    """Adds the entry to Tools, after the warranty policy (the manager's other centre-wide setting)."""
    window = CentreSettingsWindow(CentreSettingsService(sessions), main_window)
    main_window.ui.menu_tools.addAction(window.action)
    return window
