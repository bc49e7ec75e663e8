"""Shows errors the user can act on in their language; anything else as an internal error."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.errors import KnownError

log = logging.getLogger(__name__)


def qt_translate(context: str, text: str) -> str:
    """The ``translate`` that KnownError.render expects, backed by the installed translators."""
    return QCoreApplication.translate(context, text)


def error_text(error: BaseException) -> str:
    """The message for the user; an unexpected exception is logged with its traceback."""
    if isinstance(error, KnownError):
        return error.render(qt_translate)
    log.error("internal error", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "Errors",
        "An internal error occurred. Nothing more was saved. The details were written to the log; "
        "please tell your supervisor.",
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.critical(parent, title or QCoreApplication.translate("Errors", "Service Counter"),
                         shown_literally(error_text(error)))


def shown_literally(text: str) -> str:
    """A message box guesses rich text from the first tag it sees: a message naming a customer typed
    as "A&B <b>公司</b>" would print him in bold. Such a text goes as escaped HTML, shown as typed."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text
