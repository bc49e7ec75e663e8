"""Composition root: builds the QApplication, opens the database, signs in, shows the window.

``run_gui`` composes the steps below; tests and scripts/screenshot.py call the steps themselves
(``prepare_application``, ``build_main_window``) without running the event loop.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import ArgumentError

from desktop_app import APP_NAME, __version__
from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import KnownError
from desktop_app.gui.dialogs.first_run_dialog import FirstRunDialog
from desktop_app.gui.dialogs.sign_in_dialog import SignInDialog
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.report_reminder import install_report_reminder
from desktop_app.gui.fonts import install_cjk_font
from desktop_app.gui.parts.parts_windows import connect_parts_windows
from desktop_app.gui.backup_actions import BackupActions
from desktop_app.gui.idle_lock import IdleLock, minutes_to_ms
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.language_menu import install_language_menu, startup_language
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.printing.claim_documents import connect_receipts
from desktop_app.gui.printing.print_settings_dialog import install_print_menu
from desktop_app.gui.sample_data_loader import DEFAULT_SAMPLE_CLAIMS, SampleDataLoader
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.tabs.requisitions_tab import RequisitionsTab
from desktop_app.gui.tabs.staff_tab import StaffTab
from desktop_app.gui.surveys.survey_menu import install_survey_menu
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.gui.translations import install_translations
from desktop_app.gui.work_orders.fault_catalogue_menu import install_fault_catalogue_menu
from desktop_app.gui.work_orders.order_printing import connect_work_order_printing
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.paths import resource, user_data_dir
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditLog
from desktop_app.services.policy import PolicyService
from desktop_app.services.evaluation_listing import EvaluationListing
from desktop_app.services.listings import ClaimListing, WorkOrderListing
from desktop_app.services.requisition_details import SortedRequisitionListing

log = logging.getLogger(__name__)

EXIT_CANNOT_OPEN_DATABASE = 2
LOG_FILE_NAME = "service-counter.log"
LOG_HANDLER_NAME = "service-counter-file"
APP_ICON = ("icons", "service-counter.svg")


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    load_sample_data: bool = False  # asked for on the first-run dialog


def prepare_application(language: str | None = None) -> QApplication:
    """The one QApplication (reused if one exists, as under pytest-qt), in the chosen language."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translations(app, language)
    install_cjk_font(app)
    icon_path = resource(*APP_ICON)
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    return app


def build_tabs(database: Database, actor: Actor) -> list[ListTab]:
    sessions = database.sessions
    return [
        connect_receipts(ClaimsTab(ClaimListing(sessions), DeskServices.for_sessions(sessions), actor), sessions),
        connect_work_order_printing(
            WorkOrdersTab(WorkOrderListing(sessions), WorkOrderServices.for_sessions(sessions), actor), sessions),
        RequisitionsTab(SortedRequisitionListing(sessions), RequisitionServices.for_sessions(sessions), actor),
        StaffTab(EvaluationListing(sessions, actor), EvaluationServices.for_sessions(sessions), actor),
    ]


def build_main_window(database: Database, actor: Actor) -> MainWindow:
    """The main window with its four tabs loaded (first page of each) and its idle lock; not yet shown."""
    accounts = AccountService(database.sessions)
    window = MainWindow(build_tabs(database, actor), actor, database.location,
                        accounts=accounts, audit_log=AuditLog(database.sessions),
                        policy=PolicyService(database.sessions))
    lock_when_idle(window, accounts)
    install_survey_menu(window, database.sessions)
    window.fault_catalogue = install_fault_catalogue_menu(window, database.sessions)
    window.parts_windows = connect_parts_windows(window.tabs[2], database.sessions, lambda: window.actor)  # D6-D10
    install_print_menu(window)
    window.language_menu = install_language_menu(window)
    window.backups = BackupActions(window, database)
    window.backups.install(window)
    _open_scanned_work_orders(window)
    window.report_reminder = install_report_reminder(window, database.sessions, lambda: window.actor)  # D3
    window.reload_all()
    return window


def _open_scanned_work_orders(window: MainWindow) -> None:
    """A work-order number scanned at the intake desk, or chosen in the evaluation's evidence, opens
    the order on its own tab."""
    claims, orders, staff = window.tabs[0], window.tabs[1], window.tabs[3]

    def open_order(order_id: int) -> None:
        window.show_tab(1)
        orders.open_order(order_id)

    def open_number(number: str) -> None:
        order_id = orders.services.support.find_order(number) if orders.services else None
        if order_id is not None:
            open_order(order_id)

    claims.work_order_scanned.connect(open_order)
    staff.work_order_requested.connect(open_number)


def lock_when_idle(window: MainWindow, accounts: AccountService) -> IdleLock:
    """Locks after ``security.idle_lock_minutes`` without input (0: never by itself); Ctrl+L locks at once."""
    return IdleLock(window, accounts, minutes_to_ms(accounts.idle_lock_minutes()), parent=window)


def load_sample_data_into(window: MainWindow, database: Database, *,
                          claims: int = DEFAULT_SAMPLE_CLAIMS) -> SampleDataLoader:
    """Fills the database in the background, then re-reads every tab."""
    loader = SampleDataLoader(database.sessions, window, claims=claims)
    loader.loaded.connect(window.reload_all)
    loader.loaded.connect(lambda summary: _inform(window, loader.summary_text(summary)))
    loader.start()
    return loader


def _inform(parent: QWidget, text: str) -> None:
    """A window-modal note that does not block the caller (tests and the event loop go on)."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("App", "Sample data"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def open_database_or_explain(database_url: str | None) -> Database | None:
    """Opens (and upgrades) the database; on failure explains why in a message box."""
    title = QCoreApplication.translate("App", "Cannot open the database")
    try:
        return open_database(resolve_database_url(database_url))
    except KnownError as error:
        QMessageBox.critical(None, title, error_text(error))
    except ArgumentError:
        message = QCoreApplication.translate(
            "App", "“{url}” is not a database address. Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB."
        )
        QMessageBox.critical(None, title, message.format(url=database_url))
    except Exception as error:  # noqa: BLE001 - logged with its traceback, shown as internal
        show_error(None, error, title)
    return None


def sign_in(database: Database, parent: QWidget | None = None) -> SignedIn | None:
    """First run creates the general manager; otherwise the sign-in dialog. None: cancelled."""
    accounts = AccountService(database.sessions)
    if accounts.needs_first_run():
        first_run = FirstRunDialog(accounts, parent)
        if first_run.exec() != FirstRunDialog.DialogCode.Accepted or first_run.actor is None:
            return None
        return SignedIn(first_run.actor, first_run.load_sample_data_requested)
    dialog = SignInDialog(accounts, database.location, parent)
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return SignedIn(dialog.actor)


def run_gui(database_url: str | None, language: str | None) -> int:
    """QApplication → translations → database → first run or sign in → main window → event loop."""
    app = prepare_application(language)
    if language is None:  # no --language: the choice under View > Language, else the system's language
        install_translations(app, startup_language(None))
    _log_to_file()
    sys.excepthook = _show_unexpected_error
    database = open_database_or_explain(database_url)
    if database is None:
        return EXIT_CANNOT_OPEN_DATABASE  # nothing was changed
    try:
        signed_in = sign_in(database)
        if signed_in is None:
            return 0
        window = build_main_window(database, signed_in.actor)
        window.show()
        window.backups.automatic_at_start()  # the daily backup, off the UI thread
        if signed_in.load_sample_data:
            load_sample_data_into(window, database)
        result = app.exec()
        window.backups.automatic_on_exit()
        return result
    finally:
        database.dispose()


def _log_to_file() -> None:
    """The internal-error message points here: a GUI user has no terminal to read."""
    root = logging.getLogger()
    if any(getattr(h, "name", "") == LOG_HANDLER_NAME for h in root.handlers):
        return
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
    error.__traceback__ = tb
    show_error(QApplication.activeWindow(), error)
