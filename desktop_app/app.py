"""Composition root: opens the database, builds the main window with its tabs and menus.

The start (``desktop_app.start``) shows the sign-in dialog first and imports this module on its
opening thread; tests and scripts/screenshot.py call the steps here (``build_main_window``)
without running the event loop.
"""

from __future__ import annotations

import gc
import importlib
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import configure_mappers

from desktop_app.db.engine import resolve_database_url
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import KnownError
from desktop_app.gui.backup_actions import BackupActions
from desktop_app.gui.centre_settings_menu import install_centre_settings_menu
from desktop_app.gui.database_opening import Opened
from desktop_app.gui.deferred_tab import DeferredTab
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.evaluation.report_reminder import install_report_reminder
from desktop_app.gui.idle_lock import IdleLock, minutes_to_ms
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.language_menu import install_language_menu
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.printing.claim_documents import connect_receipts
from desktop_app.gui.printing.print_settings_dialog import install_print_menu
from desktop_app.gui.products.products_menu import install_products_menu
from desktop_app.gui.sample_data_loader import DEFAULT_SAMPLE_CLAIMS, SampleDataLoader
from desktop_app.gui.surveys.survey_menu import install_survey_menu
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.gui.work_orders.fault_catalogue_menu import install_fault_catalogue_menu
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditLog
from desktop_app.services.listings import ClaimListing
from desktop_app.services.policy import PolicyService
from desktop_app.start import SignedIn

log = logging.getLogger(__name__)

ORDERS_TAB, REQUISITIONS_TAB, STAFF_TAB = 1, 2, 3
# What only the tabs behind the first need (issue 8): imported when one is first shown, or earlier
# by the real start's opening thread while the sign-in dialog waits (``open_for_sign_in``).
DEFERRED_MODULES = (
    "desktop_app.gui.tabs.work_orders_tab", "desktop_app.gui.work_orders.order_printing",
    "desktop_app.gui.work_orders.order_services", "desktop_app.gui.tabs.requisitions_tab",
    "desktop_app.gui.requisitions.requisition_services", "desktop_app.gui.parts.parts_windows",
    "desktop_app.gui.tabs.staff_tab", "desktop_app.gui.evaluation.evaluation_services",
    "desktop_app.services.evaluation_listing", "desktop_app.services.requisition_details",
)


def build_tabs(database: Database, actor: Actor) -> list[ListTab | DeferredTab]:
    """The claims tab, made now (the first screen), and the other three, made when first shown."""
    sessions = database.sessions
    return [
        connect_receipts(ClaimsTab(ClaimListing(sessions), DeskServices.for_sessions(sessions), actor), sessions),
        DeferredTab(QCoreApplication.translate("WorkOrdersTab", "Repair work orders"),
                    lambda actor: _work_orders_tab(database, actor)),
        DeferredTab(QCoreApplication.translate("RequisitionsTab", "Spare-part requisitions"),
                    lambda actor: _requisitions_tab(database, actor)),
        DeferredTab(QCoreApplication.translate("StaffTab", "Staff evaluation"),
                    lambda actor: _staff_tab(database, actor)),
    ]


def _work_orders_tab(database: Database, actor: Actor) -> ListTab:
    from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
    from desktop_app.gui.work_orders.order_printing import connect_work_order_printing
    from desktop_app.gui.work_orders.order_services import WorkOrderServices
    from desktop_app.services.listings import WorkOrderListing

    sessions = database.sessions
    return connect_work_order_printing(
        WorkOrdersTab(WorkOrderListing(sessions), WorkOrderServices.for_sessions(sessions), actor), sessions)


def _requisitions_tab(database: Database, actor: Actor) -> ListTab:
    from desktop_app.gui.requisitions.requisition_services import RequisitionServices
    from desktop_app.gui.tabs.requisitions_tab import RequisitionsTab
    from desktop_app.services.requisition_details import SortedRequisitionListing

    sessions = database.sessions
    return RequisitionsTab(SortedRequisitionListing(sessions), RequisitionServices.for_sessions(sessions), actor)


def _staff_tab(database: Database, actor: Actor) -> ListTab:
    from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
    from desktop_app.gui.tabs.staff_tab import StaffTab
    from desktop_app.services.evaluation_listing import EvaluationListing

    sessions = database.sessions
    return StaffTab(EvaluationListing(sessions, actor), EvaluationServices.for_sessions(sessions), actor)


def build_main_window(database: Database, actor: Actor) -> MainWindow:
    """The main window with the claims tab loaded (its first page) and its idle lock; not yet shown.
    The other tabs are made, and read their rows, when first shown (``MainWindow.tab``)."""
    accounts = AccountService(database.sessions)
    window = MainWindow(build_tabs(database, actor), actor, database.location,
                        accounts=accounts, audit_log=AuditLog(database.sessions),
                        policy=PolicyService(database.sessions))
    lock_when_idle(window, accounts)
    window.centre_settings = install_centre_settings_menu(window, database.sessions)  # after Warranty policy
    install_survey_menu(window, database.sessions)
    window.fault_catalogue = install_fault_catalogue_menu(window, database.sessions)
    window.products = install_products_menu(window, database.sessions)  # W2, W4: without the demo data
    window.parts_windows = None  # made with the requisitions tab, whose buttons open them (D6-D10)
    install_print_menu(window)
    window.language_menu = install_language_menu(window)
    window.backups = BackupActions(window, database)
    window.backups.install(window)
    window.report_reminder = install_report_reminder(window, database.sessions, lambda: window.actor)  # D3
    _wire_tabs_when_built(window, database)
    window.reload_all()
    return window


def _wire_tabs_when_built(window: MainWindow, database: Database) -> None:
    """A work-order number scanned at the intake desk, or chosen in the evaluation's evidence, opens
    the order on its own tab; the requisitions tab opens the parts windows; the staff tab tells the
    report reminder of a report sent. Each connection is made when its tab is."""

    def open_order(order_id: int) -> None:
        window.show_tab(ORDERS_TAB)
        window.tab(ORDERS_TAB).open_order(order_id)

    def open_number(number: str) -> None:
        orders = window.tab(ORDERS_TAB)
        order_id = orders.services.support.find_order(number) if orders.services else None
        if order_id is not None:
            open_order(order_id)

    def built(index: int, tab: ListTab) -> None:
        if index == REQUISITIONS_TAB:
            from desktop_app.gui.parts.parts_windows import connect_parts_windows

            window.parts_windows = connect_parts_windows(tab, database.sessions, lambda: window.actor)
        elif index == STAFF_TAB:
            tab.work_order_requested.connect(open_number)
            tab.report_sent.connect(window.report_reminder.check)

    window.tab(0).work_order_scanned.connect(open_order)
    window.tab_built.connect(built)


def lock_when_idle(window: MainWindow, accounts: AccountService) -> IdleLock:
    """Locks after ``security.idle_lock_minutes`` without input (0: never by itself); Ctrl+L locks at once."""
    lock = IdleLock(window, accounts, minutes_to_ms(accounts.idle_lock_minutes()), parent=window)
    lock.user_switched.connect(window.focus_search)  # the next user starts with a scan, as after sign-in
    return lock


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
    try:
        return open_database(resolve_database_url(database_url))
    except Exception as error:  # noqa: BLE001 - explained (an unexpected one logged with its traceback)
        explain_open_failure(error, database_url)
    return None


def explain_open_failure(error: BaseException, database_url: str | None) -> None:
    """Why the database could not be opened, in a message box on the UI thread."""
    title = QCoreApplication.translate("App", "Cannot open the database")
    if isinstance(error, KnownError):
        QMessageBox.critical(None, title, error_text(error))
    elif isinstance(error, ArgumentError):
        message = QCoreApplication.translate(
            "App", "“{url}” is not a database address. Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB."
        )
        QMessageBox.critical(None, title, message.format(url=database_url))
    else:
        show_error(None, error, title)


def open_for_sign_in(database_url: str | None) -> Opened:
    """Runs on the start's opening thread: opens (and upgrades) the database and says whether the
    first run is due. Raises what ``explain_open_failure`` explains; makes no widget."""
    database = open_database(resolve_database_url(database_url))
    try:
        configure_mappers()  # else the first ORM query after Sign in would (about 60 ms)
        for name in DEFERRED_MODULES:  # while the user types: the first switch to a tab does not wait
            importlib.import_module(name)
        accounts = AccountService(database.sessions)
        opened = Opened(database, accounts, database.location, first_run=accounts.needs_first_run())
        _settle_heap()
        return opened
    except BaseException:
        database.dispose()
        raise


def _settle_heap() -> None:
    """Collects the start's garbage once, while the user is still typing, and moves what survives
    (modules, the ORM's mappers, Qt's wrappers: long-lived) out of the collector's way. Otherwise the
    first full collection over them, about 40 ms, fell between Sign in and the main window (issue 8)."""
    gc.collect()
    gc.freeze()


def run_window(app: QApplication, database: Database, signed_in: SignedIn) -> int:
    """The main window for the signed-in user, until it is closed; the database stays open."""
    window = build_main_window(database, signed_in.actor)
    window.show()
    window.backups.automatic_at_start()  # the daily backup, off the UI thread
    if signed_in.load_sample_data:
        load_sample_data_into(window, database)
    result = app.exec()
    window.backups.automatic_on_exit()
    return result
