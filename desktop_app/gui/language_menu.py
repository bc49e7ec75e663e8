"""View > Language: follow the system, 简体中文 or English; saved per computer (QSettings), applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop_app.gui.language_choice import FOLLOW_SYSTEM, SETTING, chosen_language


class LanguageMenu:
    """Three exclusive entries under View; a change is saved and takes effect after a restart."""

    def __init__(self, window: QMainWindow, menu) -> None:  # type: ignore[no-untyped-def]
        self._window = window
        self.notice: QMessageBox | None = None
        self.submenu = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
        self.submenu.setObjectName("menu_language")
        self.group = QActionGroup(window)
        self.actions: dict[str, QAction] = {}
        # Each language in its own words: someone who cannot read the current one still finds theirs.
        for value, text in ((FOLLOW_SYSTEM, QCoreApplication.translate("LanguageMenu", "Follow the system")),
                            ("zh_CN", "简体中文"),
                            ("en", "English")):
            action = QAction(text, window)
            action.setCheckable(True)
            action.setData(value)
            self.group.addAction(action)
            self.submenu.addAction(action)
            self.actions[value] = action
        self.actions[chosen_language()].setChecked(True)
        self.group.triggered.connect(self._on_chosen)

    @Slot(QAction)
    def _on_chosen(self, action: QAction) -> None:
        value = action.data()
        settings = QSettings()
        if value == FOLLOW_SYSTEM:
            settings.remove(SETTING)
        else:
            settings.setValue(SETTING, value)
        settings.sync()
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("LanguageMenu", "Language"),
                          QCoreApplication.translate(
                              "LanguageMenu", "The new language is used from the next start of Service Counter."),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, not blocking: the counter goes on
        self.notice = box


def install_language_menu(window: QMainWindow) -> LanguageMenu:
    menu = window.ui.menu_view  # type: ignore[attr-defined]
    menu.addSeparator()
    return LanguageMenu(window, menu)
