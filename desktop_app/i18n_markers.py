"""Marks user-facing text below the GUI for Qt's translation tools, without importing Qt.

``pyside6-lupdate`` finds ``QT_TRANSLATE_NOOP("Context", "text")`` calls by name; the GUI (or the
CLI) translates the text later with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
