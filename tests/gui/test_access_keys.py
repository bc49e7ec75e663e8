"""Every window is keyboard-reachable: no two controls on screen together share an Alt+letter access key.

A shared letter makes Alt+letter only move the focus between the two controls; it never presses the button.
Each window is opened the way users open it, in each mode users see, in Chinese (the default) and English.
"""

from __future__ import annotations

import datetime as dt

import pytest
from access_keys import Clashes, access_key, duplicate_keys
from evaluation_depot import TODAY as EVALUATION_DAY, clock_on, evaluation_depot, staff_tab
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.app import build_main_window
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.gui.dialogs.policy_dialog import PolicyDialog, load_categories
from desktop_app.gui.dialogs.users_dialog import UsersDialog
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.rule_set_dialog import RuleSetDialog
from desktop_app.gui.parts.fund_entry_dialog import Entry
from desktop_app.gui.parts.fund_window import FundWindow
from desktop_app.gui.parts.stock_window import StockWindow
from desktop_app.gui.work_orders.fault_catalogue_dialog import FaultCatalogueDialog
from desktop_app.services.fault_catalogue import FaultCatalogue
from desktop_app.services.policy import PolicyService
from desktop_app.services.sample_data import load_sample_data
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService
from desktop_app.start import prepare_application


@pytest.fixture(params=["zh_CN", "en"])
def language(request, chinese_app) -> str:
    """Each window in both languages: translations choose their own letters and may clash where English does not."""
    prepare_application(request.param)
    return request.param


@pytest.fixture
def depot(language, database) -> Depot:
    return build_depot(database)


def shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def clashes() -> Clashes:
    return Clashes()


def test_the_helper_reads_qt_access_keys() -> None:
    assert [access_key(t) for t in ("&Save", "Re&activate", "原因(&C)：", "Fish && &Chips", "R&&D", "")] == [
        "Alt+S", "Alt+A", "Alt+C", "Alt+C", "", ""]


def test_the_helper_finds_a_shared_letter_only_among_visible_controls(qtbot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    label, edit, button = QLabel("&Reason:"), QLineEdit(), QPushButton("&Record")
    label.setBuddy(edit)
    for widget in (label, edit, button):
        layout.addWidget(widget)
    shown(qtbot, window)
    assert list(duplicate_keys(window)) == ["Alt+R"]
    button.setEnabled(False)  # a disabled button still holds its shortcut
    assert list(duplicate_keys(window)) == ["Alt+R"]
    button.hide()
    assert duplicate_keys(window) == {}


# --- the main window and its tabs -----------------------------------------------------------------
WORK_ORDERS_TAB = 1


@pytest.fixture
def main_window_with_data(qtbot, language, database, manager):
    load_sample_data(database.sessions, claims=20)
    window = build_main_window(database, manager)
    window.resize(1280, 800)
    return shown(qtbot, window)


def open_first_row(qtbot, window, index: int) -> bool:
    """The tab shown with its first record open, as a click in its list does; False for an empty list."""
    window.ui.tab_widget.setCurrentIndex(index)
    tab = window.tabs[index]
    tab.reload()
    qtbot.waitUntil(lambda: not getattr(tab, "loading", False), timeout=20_000)
    if tab.model.rowCount() == 0:
        return False
    tab.ui.table_view.selectRow(0)
    return True


def test_each_main_tab(qtbot, clashes: Clashes, main_window_with_data) -> None:
    """The menu bar's Alt+letters count too: they share the window with every tab."""
    window = main_window_with_data
    tabs = window.ui.tab_widget
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        clashes.check(window, tabs.tabText(index))
        if index != WORK_ORDERS_TAB and open_first_row(qtbot, window, index):
            clashes.check(window, f"{tabs.tabText(index)}, a record open")
    assert not clashes, str(clashes)


def test_an_open_work_order_beside_the_menu_bar(qtbot, clashes: Clashes, main_window_with_data) -> None:
    window = main_window_with_data
    assert open_first_row(qtbot, window, WORK_ORDERS_TAB)
    clashes.check(window, "a work order open")
    assert not clashes, str(clashes)


# --- account and policy windows -------------------------------------------------------------------
def test_users_dialog(qtbot, clashes: Clashes, language, accounts, manager) -> None:
    dialog = shown(qtbot, UsersDialog(accounts, manager))
    clashes.check(dialog, "nobody selected")
    accounts.add_user(manager, "tech", "李工", Role.TECHNICIAN, "secret-123")
    dialog.reload()
    dialog.select_user("tech")
    clashes.check(dialog, "an active user")
    deactivate = dialog.ui.active_button.text()
    qtbot.mouseClick(dialog.ui.active_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.active_button.text() != deactivate  # now it offers to reactivate
    clashes.check(dialog, "a deactivated user")
    assert not clashes, str(clashes)


def test_policy_dialog(qtbot, clashes: Clashes, language, database, manager) -> None:
    dialog = shown(qtbot, PolicyDialog(PolicyService(database.sessions), manager, load_categories(database.sessions)))
    clashes.check(dialog)
    assert not clashes, str(clashes)


# --- work orders ----------------------------------------------------------------------------------
def test_fault_catalogue_dialog(qtbot, clashes: Clashes, depot: Depot) -> None:
    dialog = shown(qtbot, FaultCatalogueDialog(FaultCatalogue(depot.db.sessions), depot.staff["sup"]))
    clashes.check(dialog, "new category")
    dialog.ui.fault_table.selectRow(0)
    clashes.check(dialog, "an active category")
    qtbot.mouseClick(dialog.ui.active_button, Qt.MouseButton.LeftButton)
    assert dialog.selected() is not None and not dialog.selected().active
    clashes.check(dialog, "a retired category")
    assert not clashes, str(clashes)


# --- parts: stock and the service fund ------------------------------------------------------------
def order_holding(depot: Depot, serial: str, part_no: str) -> None:
    number = depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number
    order_id = depot.order_id(number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    orders.set_state(depot.staff["tech"], order_id, S.DIAGNOSING)
    bench = BenchService(depot.db.sessions)
    assert bench.use_parts(depot.staff["tech"], order_id, [(depot.part_ids[part_no], 1)]).issued


def test_stock_window_and_its_movements(qtbot, clashes: Clashes, depot: Depot) -> None:
    order_holding(depot, "SN-KEYS-1", "FAN-01")
    window = shown(qtbot, StockWindow(depot.db.sessions, depot.staff["sup"]))
    clashes.check(window, "parts and ledger")
    window.ui.tabs.setCurrentIndex(1)
    clashes.check(window, "tool register")
    window.ui.tabs.setCurrentIndex(0)
    assert window.select_part("FAN-01")
    for opening in (window.open_adjust, window.open_return, window.open_tool_check_in):
        dialog = opening()
        assert dialog is not None and dialog.isVisible()
        clashes.check(dialog, dialog.purpose)
        dialog.reject()
    assert not clashes, str(clashes)


def test_fund_window_and_its_entries(qtbot, clashes: Clashes, depot: Depot) -> None:
    window = shown(qtbot, FundWindow(depot.db.sessions, depot.staff["manager"]))
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        clashes.check(window, window.ui.tabs.tabText(index))
    for entry in Entry:
        dialog = window.open_entry(entry)
        assert dialog.isVisible()
        clashes.check(dialog, entry)
        dialog.reject()
    assert not clashes, str(clashes)


# --- staff evaluation -----------------------------------------------------------------------------
@pytest.fixture
def evaluation(language, database):
    return evaluation_depot(database)


def test_staff_tab_and_its_fines(qtbot, clashes: Clashes, evaluation) -> None:
    tab = staff_tab(qtbot, evaluation)
    clashes.check(tab)
    dialog = tab.open_fines()
    assert dialog.isVisible()
    clashes.check(dialog)
    assert not clashes, str(clashes)


@pytest.mark.parametrize("who", ["manager", "tech"])
def test_rule_set_dialog(qtbot, clashes: Clashes, evaluation, who: str) -> None:
    services = EvaluationServices.for_sessions(evaluation.db.sessions, clock_on(EVALUATION_DAY))
    dialog = shown(qtbot, RuleSetDialog(services, evaluation.staff[who]))
    clashes.check(dialog, who)
    assert not clashes, str(clashes)


def test_monthly_report_dialog(qtbot, clashes: Clashes, evaluation) -> None:
    tab = staff_tab(qtbot, evaluation)
    dialog = tab.open_monthly_report()
    assert dialog is not None and dialog.isVisible()
    clashes.check(dialog)
    assert not clashes, str(clashes)
