"""The returns window asks the day a defect was found (D11, D12) and, at the manufacturer's count, the freight
the centre paid for the goods coming back (D14)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select
from work_order_depot import Depot, build_depot

from desktop_app.core.vocabulary import CostBearer, FundEntryKind
from desktop_app.db.models import FundLedgerEntry, Product, Unit
from desktop_app.gui.requisitions.new_return_dialog import NewReturnDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.return_lines_dialog import LinesPurpose, ReturnLinesDialog
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from gui_support import keep_screenshot

TODAY = dt.date.today()
RECEIVED = TODAY - dt.timedelta(days=20)


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        s.add_all([Unit(serial="DOA-LATE", product_id=product.id, centre_received_date=RECEIVED),
                   Unit(serial="OLD-1", product_id=product.id, sale_date=TODAY - dt.timedelta(days=800))])
    return depot


def dialog_of(qtbot, kind, depot: Depot):
    dialog = kind(RequisitionServices.for_sessions(depot.db.sessions), depot.staff["sup"])
    qtbot.addWidget(dialog)
    return dialog


def add_unit(qtbot, dialog: NewReturnDialog, serial: str, found_on: dt.date) -> None:
    dialog.ui.code_edit.setText(serial)
    dialog.ui.found_on_edit.setDate(QDate(found_on.year, found_on.month, found_on.day))
    dialog.ui.reason_edit.setText("验收时不通电")
    qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)


def test_a_unit_found_dead_on_arrival_weeks_ago_is_the_manufacturers(qtbot, depot: Depot) -> None:  # D11
    dialog = dialog_of(qtbot, NewReturnDialog, depot)
    dialog.start()
    dialog.show()
    assert dialog.ui.found_on_edit.date().toPython() == TODAY  # default: today, never later
    assert dialog.ui.found_on_edit.maximumDate().toPython() == TODAY
    add_unit(qtbot, dialog, "DOA-LATE", RECEIVED - dt.timedelta(days=1))  # before it reached the centre
    assert "到达服务中心" in dialog.ui.code_error.text() and dialog.lines == []
    add_unit(qtbot, dialog, "DOA-LATE", RECEIVED + dt.timedelta(days=2))
    assert [p.cost_bearer for p in dialog.lines] == [CostBearer.MANUFACTURER_DOA]
    table = dialog.ui.lines_table
    assert table.item(0, 4).text() == "开箱不良（D11）" and table.item(0, 6).text() == (
        RECEIVED + dt.timedelta(days=2)).isoformat()
    keep_screenshot(dialog, "new_return_found_on")
    dialog.ui.save_button.click()
    assert not dialog.isVisible()


def test_the_count_dialog_takes_the_freight_back_for_the_fund(qtbot, depot: Depot) -> None:  # D14
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, [ReturnLineInput(reason="过保维修", serial="OLD-1")])
    returns.apply(sup, number)
    returns.approve(sup, number, "厂批-1")
    services = RequisitionServices.for_sessions(depot.db.sessions)
    detail = services.return_details.get(sup, number)
    returns.ship(sup, number, {x.id for x in detail.lines}, D("0.00"))
    dialog = dialog_of(qtbot, ReturnLinesDialog, depot)
    dialog.start(LinesPurpose.ACKNOWLEDGE, services.return_details.get(sup, number))
    dialog.show()
    assert dialog.ui.freight_spin.isVisible() and dialog.ui.freight_label.text() == "回程运费(&F)："
    assert "服务基金" in dialog.ui.freight_hint_label.text()
    dialog.ui.freight_spin.setValue(26.4)
    keep_screenshot(dialog, "acknowledge_freight_back")
    dialog.ui.save_button.click()
    assert not dialog.isVisible()
    with depot.db.sessions.read() as s:
        charges = list(s.scalars(select(FundLedgerEntry.amount).where(FundLedgerEntry.kind == FundEntryKind.CHARGE)))
    assert charges == [D("-26.40")]
