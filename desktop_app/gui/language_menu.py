"""View > Language: follow the system, 简体中文 or English; saved per computer (QSettings), applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop_app.gui.translations import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

SETTING = "interface/language"  # "zh_CN", "en", or absent: follow the system
FOLLOW_SYSTEM = ""


def system_language(locale: QLocale | None = None) -> str:
    """The system's language when we have it; anything else gets the default, Simplified Chinese."""
    language = (locale or QLocale.system()).language()
    return "en" if language == QLocale.Language.English else DEFAULT_LANGUAGE


def chosen_language(settings: QSettings | None = None) -> str:
    """The saved choice, or FOLLOW_SYSTEM."""
    value = (settings or QSettings()).value(SETTING, FOLLOW_SYSTEM)
    return value if value in SUPPORTED_LANGUAGES else FOLLOW_SYSTEM


def startup_language(command_line: str | None, settings: QSettings | None = None,
                     locale: QLocale | None = None) -> str:
    """``--language`` first, then the saved choice, then the system's language."""
    return command_line or chosen_language(settings) or system_language(locale)


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
