"""Loads the interface language: our .qm catalogue, Qt's own strings and the number locale."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import resource

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
SUPPORTED_LANGUAGES = ("zh_CN", "en")
CATALOGUE_PREFIX = "service_counter_"

# Installed translators must stay referenced, or Python frees them while Qt still uses them.
_installed: list[QTranslator] = []


def normalise_language(language: str | None) -> str:
    """``None`` and unknown values mean the default, Simplified Chinese."""
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def catalogue_path(language: str) -> str:
    return str(resource("i18n", f"{CATALOGUE_PREFIX}{language}.qm"))


def load_app_translator(language: str) -> QTranslator | None:
    """Our own catalogue, or None when the .qm has not been compiled (`make` does that)."""
    translator = QTranslator()
    if translator.load(catalogue_path(language)):
        return translator
    log.warning("no compiled translations at %s; showing the English source text", catalogue_path(language))
    return None


def load_qt_translator(language: str) -> QTranslator | None:
    """Qt's own strings (OK/Cancel, context menus), shipped with PySide6 when available."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        return translator
    return None


def install_translations(app: QCoreApplication, language: str | None) -> str:
    """Replaces any previously installed language (tests switch languages in one process)."""
    language = normalise_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in (load_qt_translator(language), load_app_translator(language)):
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    # Numbers (1,234) and dates formatted through QLocale follow the interface language.
    QLocale.setDefault(QLocale(language))
    return language


def translator_function(language: str | None) -> Callable[[str, str], str]:
    """``translate(context, text)`` for KnownError.render; needs no QCoreApplication (the CLI)."""
    translator = load_app_translator(normalise_language(language))

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate
