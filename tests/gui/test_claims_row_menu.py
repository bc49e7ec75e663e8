"""A right-click on a claim offers the buttons that act on it, as they are for that claim: the claim under
the pointer is selected first, a greyed entry keeps its button's reason, and choosing one does what the
button does."""

from __future__ import annotations

import datetime as dt

import pytest
import printing_support
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import WorkOrder
from desktop_app.gui.intake.claim_correction_dialog import Purpose

desk = printing_support.desk  # the operator's claims tab with printing connected, as the application builds it
private_settings = printing_support.private_settings

IN_EXCHANGE = TODAY - dt.timedelta(days=200)


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def _menu_on_row(tab, row: int):
    view = tab.ui.table_view
    return tab.row_menu.menu_at(view.visualRect(tab.model.index(row, 1)).center())


def _entries(menu) -> dict[str, object]:
    return {action.text().replace("&", ""): action for action in menu.actions()}


def test_the_menu_selects_the_claim_under_the_pointer_and_offers_its_actions(qtbot, depot, desk):
    older = depot.take_in("SN-MENU-1", IN_EXCHANGE)
    newer = depot.take_in("SN-MENU-2", IN_EXCHANGE)
    desk.reload()
    assert desk.model.row_at(1).number == older.number  # newest first
    menu = _menu_on_row(desk, 1)
    assert desk.selected_row().number == older.number
    entries = _entries(menu)
    # The operator's desk: receipt, correction and withdrawal; not the manager's negotiation.
    assert "打印受理单(P)" in entries and "更正受理信息(E)…" in entries and "撤销受理(W)…" in entries
    assert not any("协商" in text for text in entries)
    assert entries["更正受理信息(E)…"].isEnabled()
    entries["更正受理信息(E)…"].trigger()
    dialog = desk.windows.correction
    assert dialog is not None and dialog.isVisible() and dialog.purpose is Purpose.CORRECT
    assert older.number in dialog.windowTitle() and newer.number not in dialog.windowTitle()
    dialog.reject()


def test_a_greyed_entry_keeps_the_buttons_reason(qtbot, depot, desk):
    saved = depot.take_in("SN-MENU-3", IN_EXCHANGE)
    with depot.db.sessions.write() as s, s.begin():
        s.scalar(select(WorkOrder).where(WorkOrder.claim_id == saved.id)).state = S.REPAIRED
    desk.reload()
    entries = _entries(_menu_on_row(desk, 0))
    withdraw = entries["撤销受理(W)…"]
    assert not withdraw.isEnabled() and saved.work_order_number in withdraw.toolTip()


def test_below_the_last_row_there_is_no_menu(qtbot, depot, desk):
    depot.take_in("SN-MENU-4", IN_EXCHANGE)
    desk.reload()
    view = desk.ui.table_view
    below = view.visualRect(desk.model.index(0, 1)).center()
    below.setY(view.viewport().height() - 2)
    assert desk.row_menu.menu_at(below) is None
