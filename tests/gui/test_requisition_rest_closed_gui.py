"""结束剩余 from the requisitions tab: a button on a short-shipped requisition, a reason, and the detail then
says what was closed and that only what arrived counts toward the quota (D6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import Depot, build_depot

from desktop_app.core.vocabulary import RequisitionStatus as R
from desktop_app.db.models import Requisition
from desktop_app.gui.requisitions.action_rules import Action
from desktop_app.gui.requisitions.note_dialog import RequisitionNoteDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.tabs.requisitions_tab import RequisitionsTab
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.requisition_details import SortedRequisitionListing
from desktop_app.services.requisitions import RequisitionService
from gui_support import keep_screenshot

MONTH = dt.date.today().replace(day=1)


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("5"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))  # quota this quarter: ¥500.00
    return depot


def short_shipped(depot: Depot) -> str:
    service, sup, fan = RequisitionService(depot.db.sessions), depot.staff["sup"], depot.part_ids["FAN-01"]
    number = service.create(sup, MONTH, [(fan, 10)])
    service.submit(sup, number)
    service.mark_shipped(sup, number)
    service.receive(sup, number, {fan: 4})
    return number


def workspace(qtbot, depot: Depot, who: str, number: str) -> RequisitionsTab:
    tab = RequisitionsTab(SortedRequisitionListing(depot.db.sessions),
                          RequisitionServices.for_sessions(depot.db.sessions), depot.staff[who])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.reload()
    assert tab.open_requisition(number)
    return tab


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_supervisor_closes_the_rest_with_a_reason(qtbot, depot: Depot) -> None:
    number = short_shipped(depot)
    tab = workspace(qtbot, depot, "sup", number)
    assert "尚未到货：6" in tab.panel.ui.total_label.text()
    click(qtbot, tab.panel.buttons[Action.CLOSE_SHORT])
    dialog = tab.actions.dialog(RequisitionNoteDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "结束备料单剩余部分"
    click(qtbot, dialog.ui.ok_button)
    assert dialog.isVisible() and dialog.errors.message("reason")  # the reason is required
    dialog.ui.note_edit.setText("厂家缺货，余下6个不再发")
    keep_screenshot(dialog, "close_short_dialog")
    click(qtbot, dialog.ui.ok_button)
    assert not dialog.isVisible()
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Requisition.status).where(Requisition.number == number)) is R.CLOSED
    text = tab.panel.text()
    assert "已结束剩余：6 件未供货" in text and "厂家缺货，余下6个不再发" in text and "¥180.00" in text
    assert "剩余已结束，未供货：6" in tab.panel.ui.total_label.text()
    assert not tab.panel.buttons[Action.CLOSE_SHORT].isEnabled()  # closed: nothing left to close
    keep_screenshot(tab.panel, "requisition_closed")


def test_the_button_waits_for_a_shipment_and_the_technician_never_sees_it(qtbot, depot: Depot) -> None:
    draft = RequisitionService(depot.db.sessions).create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 1)])
    tab = workspace(qtbot, depot, "sup", draft)
    button = tab.panel.buttons[Action.CLOSE_SHORT]
    assert button.isVisible() and not button.isEnabled()  # a draft is cancelled, not closed short
    tech = workspace(qtbot, depot, "tech", short_shipped(depot))
    assert not tech.panel.buttons[Action.CLOSE_SHORT].isVisible()
