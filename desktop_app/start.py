"""The window's start: the sign-in dialog within a moment, the database opening behind it.

Only PySide6 and a few small modules are imported before the first window is shown. The database
layer and every tab (``desktop_app.app``: SQLAlchemy, the models, the widgets; about a second on
a slow machine) are imported and the database opened on ``DatabaseOpening``'s thread while the user
types their name and password (issue 8). A sign-in asked for before the database is open goes
through once it is.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app import APP_NAME, __version__
from desktop_app.gui.database_opening import DatabaseOpening, Opened
from desktop_app.gui.dialogs.sign_in_dialog import SignInDialog
from desktop_app.gui.fonts import install_cjk_font
from desktop_app.gui.language_choice import startup_language
from desktop_app.gui.translations import install_translations
from desktop_app.paths import resource, surely_a_new_database, user_data_dir

if TYPE_CHECKING:
    from desktop_app.services.actor import Actor

log = logging.getLogger(__name__)

EXIT_CANNOT_OPEN_DATABASE = 2
LOG_FILE_NAME = "service-counter.log"
LOG_HANDLER_NAME = "service-counter-file"
APP_ICON = ("icons", "service-counter.svg")
# The sign-in dialog's result when the start closes it itself: the database could not be opened,
# or it has no staff yet and the first-run dialog takes over.
CLOSED_BY_START = 2


class SignedIn(NamedTuple):  # a NamedTuple: dataclasses cost the first window a few milliseconds
    actor: Actor
    load_sample_data: bool = False  # asked for on the first-run dialog


def prepare_application(language: str | None = None) -> QApplication:
    """The one QApplication (reused if one exists, as under pytest-qt), in the chosen language."""
    _name_application()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    install_translations(app, language)
    install_cjk_font(app)
    icon_path = resource(*APP_ICON)
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    return app


def _name_application() -> None:
    """Names QSettings uses (the saved language is read before the QApplication exists)."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


def run_gui(database_url: str | None, language: str | None) -> int:
    """QApplication → sign-in (or first-run) dialog, the database opening behind it → main window."""
    _name_application()
    # No --language: the choice under View > Language, else the system's language.
    app = prepare_application(startup_language(language))
    sys.excepthook = _show_unexpected_error
    # The opening thread first sets up the log file; it starts once the dialog is on screen.
    opening = DatabaseOpening(database_url, first=_log_to_file)
    first_run_due = surely_a_new_database(database_url)  # a new default database: no sign-in to show
    signed_in = _dialog_while_opening(opening, first_run=first_run_due)
    if signed_in is None and not _closed_by_start(opening, first_run=first_run_due):  # cancelled
        _dispose(opening.wait())  # an upgrade under way is let finish
        return 0
    opened = opening.wait()
    if opened.error is not None:
        _explain_open_failure(opened.error, database_url)
        return EXIT_CANNOT_OPEN_DATABASE  # nothing was changed
    try:
        if signed_in is None:  # the start closed the dialog: the database wants the other one
            signed_in = _dialog_while_opening(opening, first_run=opened.first_run)
        if signed_in is None:
            return 0
        from desktop_app.app import run_window  # loaded already, by the opening thread

        return run_window(app, opened.database, signed_in)
    finally:
        _dispose(opened)


def _dialog_while_opening(opening: DatabaseOpening, *, first_run: bool) -> SignedIn | None:
    """The sign-in dialog, or the first-run dialog on a new database, shown at once; what is asked
    for in it is done once the database is open. The start closes the dialog if the database cannot
    be opened or turns out to want the other one. None: nobody signed in."""
    if _closed_by_start(opening, first_run=first_run):  # known already: this dialog is not wanted
        return None
    dialog = _first_run_dialog() if first_run else SignInDialog()
    QTimer.singleShot(0, opening.start)  # once the dialog is on screen
    answered = False

    def opened(outcome: Opened) -> None:
        nonlocal answered
        if not answered:  # once, whether by the signal or at once below
            answered = True
            if outcome.error is not None or outcome.first_run != first_run:
                dialog.done(CLOSED_BY_START)
            else:
                dialog.database_ready(outcome.accounts, outcome.location)

    opening.finished.connect(opened)
    if opening.outcome is not None:  # opened already (the second dialog of a start): ready at once
        opened(opening.outcome)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return SignedIn(dialog.actor, first_run and dialog.load_sample_data_requested)  # a new installation's choice


def _first_run_dialog() -> QDialog:
    from desktop_app.gui.dialogs.first_run_dialog import FirstRunDialog  # a new database only

    return FirstRunDialog()


def _explain_open_failure(error: BaseException, database_url: str | None) -> None:
    try:
        from desktop_app.app import explain_open_failure  # loaded already, by the opening thread
    except ImportError:  # the application itself is broken (a bundle missing a module): say so all the same
        from desktop_app.gui.error_display import show_error

        show_error(None, error)
        return
    explain_open_failure(error, database_url)


def _closed_by_start(opening: DatabaseOpening, *, first_run: bool) -> bool:
    outcome = opening.outcome
    return outcome is not None and (outcome.error is not None or outcome.first_run != first_run)


def _dispose(opened: Opened) -> None:
    if opened.database is not None:
        opened.database.dispose()


def _log_to_file() -> None:
    """The internal-error message points here: a GUI user has no terminal to read."""
    root = logging.getLogger()
    if any(getattr(h, "name", "") == LOG_HANDLER_NAME for h in root.handlers):
        return
    from logging.handlers import RotatingFileHandler  # not before the first window (issue 8)

    try:  # a read-only or full data folder: carry on without a log file rather than not start
        handler = RotatingFileHandler(user_data_dir() / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=3,
                                      encoding="utf-8")
    except OSError as error:
        log.warning("cannot write the log file: %s", error)  # not user_data_dir() again: it may raise
        return
    handler.set_name(LOG_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)


def _show_unexpected_error(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An exception escaping a slot: log it and say so, instead of a traceback on stderr."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    from desktop_app.gui.error_display import show_error  # message boxes: not before the first window

    error.__traceback__ = tb
    show_error(QApplication.activeWindow(), error)
