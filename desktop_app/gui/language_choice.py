"""Which interface language a start uses: --language, else the saved choice, else the system's."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

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
