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
    """QApplication → sign-in dialog (database opening behind it) or first run → main window."""
    _name_application()
    # No --language: the choice under View > Language, else the system's language.
    app = prepare_application(startup_language(language))
    sys.excepthook = _show_unexpected_error
    # The opening thread first sets up the log file; it starts once the dialog is on screen.
    opening = DatabaseOpening(database_url, first=_log_to_file)
    signed_in: SignedIn | None = None
    if surely_a_new_database(database_url):  # the first run is due: no sign-in dialog to show
        opening.start()
    else:
        signed_in = _sign_in_while_opening(opening)
        if signed_in is None and not _closed_by_start(opening):  # cancelled
            _dispose(opening.wait())  # an upgrade under way is let finish
            return 0
    opened = opening.wait()
    if opened.error is not None:
        _explain_open_failure(opened.error, database_url)
        return EXIT_CANNOT_OPEN_DATABASE  # nothing was changed
    from desktop_app.app import first_run, run_window

    try:
        if signed_in is None:
            signed_in = first_run(opened.accounts) if opened.first_run else _sign_in_while_opening(opening)
        return 0 if signed_in is None else run_window(app, opened.database, signed_in)
    finally:
        _dispose(opened)


def _sign_in_while_opening(opening: DatabaseOpening) -> SignedIn | None:
    """The sign-in dialog, shown at once; it signs in once the database is open. The start closes
    it if the database cannot be opened or has no staff yet. None: not signed in."""
    dialog = SignInDialog()
    QTimer.singleShot(0, opening.start)  # once the dialog is on screen
    answered = False

    def opened(outcome: Opened) -> None:
        nonlocal answered
        if not answered:  # once, whether by the signal or by the check below
            answered = True
            _database_opened(dialog, outcome)

    opening.finished.connect(opened)
    if opening.outcome is not None:  # opened before the connection: answer once the dialog runs
        QTimer.singleShot(0, lambda: opened(opening.wait()))
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
        return SignedIn(dialog.actor)
    return None


def _database_opened(dialog: SignInDialog, opened: Opened) -> None:
    if opened.error is not None or opened.first_run:
        dialog.done(CLOSED_BY_START)
    else:
        dialog.database_ready(opened.accounts, opened.location)


def _explain_open_failure(error: BaseException, database_url: str | None) -> None:
    try:
        from desktop_app.app import explain_open_failure  # loaded already, by the opening thread
    except ImportError:  # the application itself is broken (a bundle missing a module): say so all the same
        from desktop_app.gui.error_display import show_error

        show_error(None, error)
        return
    explain_open_failure(error, database_url)


def _closed_by_start(opening: DatabaseOpening) -> bool:
    outcome = opening.outcome
    return outcome is not None and (outcome.error is not None or outcome.first_run)


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
