"""The keyboard in the lists: Down from the search box goes into the list, the first Down picks the first
row (not the second), and Enter in the fines dialog's reason box moves on to 确认罚款 (E23)."""

from __future__ import annotations

import datetime as dt

import pytest
from evaluation_depot import evaluation_depot, repaired_order, staff_tab
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from work_order_depot import TODAY, build_depot, workspace

from desktop_app.app import build_main_window
from desktop_app.core.vocabulary import FineStatus
from desktop_app.db.models import Fine
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import WorkOrderQueue as Q


def numbers(tab) -> list[str]:
    return [tab.model.row_at(r).number for r in range(tab.model.rowCount())]


@pytest.fixture
def orders(database):
    depot = build_depot(database)
    for n in range(3):
        depot.take_in(f"SN-K{n}", TODAY - dt.timedelta(days=100))
    return depot


def test_down_in_the_work_orders_search_box_selects_the_first_order(qtbot, orders):
    tab = workspace(qtbot, orders, "sup")
    assert tab.queues.current is Q.TO_DISPATCH and tab.model.rowCount() == 3
    tab.focus_search()
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is tab.ui.table_view
    assert tab.selected_row().number == numbers(tab)[0] and tab.panel.detail.number == numbers(tab)[0]
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_Down)
    assert tab.panel.detail.number == numbers(tab)[1]


def test_first_down_in_the_list_selects_the_first_order_not_the_second(qtbot, orders):
    tab = workspace(qtbot, orders, "sup")
    tab.ui.table_view.setFocus(Qt.FocusReason.TabFocusReason)  # Tab from the search box: nothing selected
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.ui.table_view)
    assert tab.selected_row() is None
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_Down)
    assert tab.panel.detail.number == numbers(tab)[0]


def test_down_in_the_claims_search_box_goes_into_the_claims_list(qtbot, orders):
    window = build_main_window(orders.db, orders.staff["operator"])
    qtbot.addWidget(window)
    window.show()
    claims = next(t for t in window.tabs if isinstance(t, ClaimsTab))
    window.show_tab(window.tabs.index(claims))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    claims.reload()
    claims.focus_search()
    qtbot.keyClick(claims.ui.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is claims.ui.table_view
    assert claims.selected_row().number == numbers(claims)[0]


@pytest.fixture
def fines(database):
    depot = evaluation_depot(database)
    repaired_order(depot, "SN-F1", report=False)  # repaired with an incomplete report: a fine to suggest
    return depot


def test_enter_in_the_fines_reason_moves_on_to_confirm_without_deciding(qtbot, fines, database):
    tab = staff_tab(qtbot, fines)
    dialog = tab.open_fines()
    ui = dialog.ui
    ui.suggest_button.click()
    assert ui.fines_table.rowCount() == 1
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ui.reason_edit.setFocus()
    qtbot.keyClick(ui.reason_edit, Qt.Key.Key_Return)
    assert dialog.errors.message("reason") == "请填写处理理由。"  # no reason yet: says what is missing
    qtbot.keyClicks(ui.reason_edit, "checked by the supervisor")
    qtbot.keyClick(ui.reason_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is ui.confirm_button and dialog.errors.message("reason") == ""
    with database.sessions.read() as s:  # Enter chose nothing: confirming or dismissing is the supervisor's
        assert list(s.scalars(select(Fine.status))) == [FineStatus.SUGGESTED]
    qtbot.keyClick(ui.confirm_button, Qt.Key.Key_Space)
    assert ui.fines_table.item(0, 6).text() == "已确认"
