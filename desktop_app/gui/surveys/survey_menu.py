"""Tools > Enter survey… (Ctrl+Shift+S) and Unreturned surveys…: one window of each, made on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.main_window import MainWindow
from desktop_app.services.actor import Actor

if TYPE_CHECKING:  # each imported when first opened, not with the main window (issue 8)
    from desktop_app.gui.surveys.survey_desk import SurveyDesk
    from desktop_app.gui.surveys.survey_entry_dialog import SurveyEntryDialog
    from desktop_app.gui.surveys.unreturned_dialog import UnreturnedSurveysDialog


class SurveyWindows(QObject):
    def __init__(self, desk: SurveyDesk | Callable[[], SurveyDesk], window: MainWindow) -> None:
        """``desk`` or a function making it when a window is first opened (issue 8: not at the start)."""
        super().__init__(window)
        self._desk_or_maker = desk
        self._window = window
        self.entry: SurveyEntryDialog | None = None
        self.unreturned: UnreturnedSurveysDialog | None = None
        self.enter_action = QAction(QCoreApplication.translate("SurveyMenu", "&Enter survey…"), window)
        self.enter_action.setObjectName("action_enter_survey")
        self.enter_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.enter_action.triggered.connect(self._on_enter_triggered)
        self.unreturned_action = QAction(QCoreApplication.translate("SurveyMenu", "U&nreturned surveys…"), window)
        self.unreturned_action.setObjectName("action_unreturned_surveys")
        self.unreturned_action.triggered.connect(self.open_unreturned)
        window.actor_changed.connect(self.set_actor)
        self.set_actor(window.actor)

    @Slot(object)
    def set_actor(self, actor: Actor) -> None:
        """Only those who may enter surveys see the entries (a technician does not)."""
        allowed = allows(actor.role, Permission.SURVEYS_ENTER)
        for action in (self.enter_action, self.unreturned_action):
            action.setVisible(allowed)
            action.setEnabled(allowed)  # hidden and disabled: the shortcut must not open it either
        for dialog in (self.entry, self.unreturned):
            if dialog is not None:
                dialog.set_actor(actor)
                if not allowed:
                    dialog.close()

    @property
    def _desk(self) -> SurveyDesk:
        if callable(self._desk_or_maker):
            self._desk_or_maker = self._desk_or_maker()
        return self._desk_or_maker

    def open_entry(self, number: str | None = None) -> SurveyEntryDialog:
        if self.entry is None:
            from desktop_app.gui.surveys.survey_entry_dialog import SurveyEntryDialog

            self.entry = SurveyEntryDialog(self._desk, self._window.actor, self._window)
            self.entry.survey_saved.connect(self._on_survey_saved)
        self.entry.start(number)
        _show_in_front(self.entry)
        return self.entry

    @Slot()
    def open_unreturned(self) -> UnreturnedSurveysDialog:
        if self.unreturned is None:
            from desktop_app.gui.surveys.unreturned_dialog import UnreturnedSurveysDialog

            self.unreturned = UnreturnedSurveysDialog(self._desk, self._window.actor, self._window)
            self.unreturned.enter_requested.connect(self._on_enter_requested)
        self.unreturned.reload()
        _show_in_front(self.unreturned)
        return self.unreturned

    @Slot()
    def _on_enter_triggered(self) -> None:
        self.open_entry()

    @Slot(str)
    def _on_enter_requested(self, number: str) -> None:
        self.open_entry(number)

    @Slot(str, bool)
    def _on_survey_saved(self, _number: str, _replaced: bool) -> None:
        if self.unreturned is not None and self.unreturned.isVisible():
            self.unreturned.reload()


def _show_in_front(dialog: QWidget) -> None:
    """A new window opens in front; one already open (perhaps behind the main window) is raised."""
    if dialog.isVisible():
        dialog.raise_()
    dialog.show()
    dialog.activateWindow()


def install_survey_menu(main_window: MainWindow, sessions: SessionFactory) -> SurveyWindows:
    """Adds the survey entries to Tools (the main window's ``ui.menu_tools``)."""
    def desk() -> SurveyDesk:
        from desktop_app.gui.surveys.survey_desk import SurveyDesk

        return SurveyDesk.for_sessions(sessions)

    windows = SurveyWindows(desk, main_window)
    menu = main_window.ui.menu_tools
    menu.addSeparator()
    menu.addAction(windows.enter_action)
    menu.addAction(windows.unreturned_action)
    return windows
