"""The returns window shows each line's found-on day (发现日期), which its class counts to (D11/D12), and a
draft's stock line's day can be corrected from it until the application is applied."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select, update
from work_order_depot import Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel, CostBearer, Remedy
from desktop_app.db.models import Claim, Product, ReturnLine, Unit
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.return_lines_dialog import ReturnLinesDialog
from desktop_app.gui.requisitions.returns_window import ReturnsWindow
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from gui_support import keep_screenshot

TODAY = dt.date.today()
RECEIVED = TODAY - dt.timedelta(days=20)
FOUND = RECEIVED + dt.timedelta(days=3)
FOUND_ON_COLUMN = 4


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        s.add_all([Unit(serial="DOA-LATE", product_id=product.id, centre_received_date=RECEIVED),
                   Unit(serial="OLD-STOCK", product_id=product.id, centre_received_date=RECEIVED)])
    return depot


@pytest.fixture
def number(depot: Depot) -> str:
    """A draft: a stock line found on FOUND, a claim's line, a stock line made before the day was kept."""
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial="SN-CLAIM", sale_date=TODAY - dt.timedelta(days=2),
                       centre_received_date=TODAY - dt.timedelta(days=1)),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线",),
        requested_remedy=Remedy.FREE_REPAIR)
    claim = ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], form).number
    number = ManufacturerReturns(depot.db.sessions).create(depot.staff["sup"], [
        ReturnLineInput(reason="验收第3天不通电", serial="DOA-LATE", found_on=FOUND),
        ReturnLineInput(reason="客户报修不通电", serial="SN-CLAIM", claim_number=claim),
        ReturnLineInput(reason="库存老化", serial="OLD-STOCK")])
    with depot.db.sessions.write() as s, s.begin():  # as migration 0007 left an older line
        unit_id = s.scalar(select(Unit.id).where(Unit.serial == "OLD-STOCK"))
        s.execute(update(ReturnLine).where(ReturnLine.unit_id == unit_id).values(found_on=None))
    return number


@pytest.fixture
def window(qtbot, depot: Depot) -> ReturnsWindow:
    window = ReturnsWindow(RequisitionServices.for_sessions(depot.db.sessions), depot.staff["sup"])
    qtbot.addWidget(window)
    window.show()
    return window


def found_on_cells(window: ReturnsWindow) -> list[str]:
    table = window.ui.lines_table
    return [table.item(row, FOUND_ON_COLUMN).text() for row in range(table.rowCount())]


def test_each_line_shows_the_day_its_class_counts_to(depot: Depot, window: ReturnsWindow, number: str) -> None:
    assert window.open_application(number)
    table = window.ui.lines_table
    assert table.horizontalHeaderItem(FOUND_ON_COLUMN).text() == "发现日期"
    with depot.db.sessions.read() as s:
        claimed = s.scalar(select(Claim.claim_date))
    assert found_on_cells(window) == [FOUND.isoformat(), f"{claimed.isoformat()}（受理）", "—"]  # D11/D12
    assert table.item(0, FOUND_ON_COLUMN + 1).text() == "开箱不良（D11）"  # found on day 3: the manufacturer's
    keep_screenshot(window, "returns_window_found_on")


def test_a_drafts_found_on_day_is_corrected_until_it_is_applied(qtbot, depot: Depot, window: ReturnsWindow,
                                                               number: str) -> None:  # D11
    assert window.open_application(number)
    button = window.ui.found_on_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.dialog(ReturnLinesDialog)
    assert dialog.isVisible() and not dialog.ui.freight_spin.isVisible()
    table = dialog.ui.lines_table
    assert table.cellWidget(0, 5).date().toPython() == FOUND
    assert table.cellWidget(1, 5) is None and "（受理）" in table.item(1, 5).text()  # the claim's: not here
    assert table.cellWidget(2, 5).text() == "—"  # none kept yet
    keep_screenshot(dialog, "return_found_on_days")
    dialog.set_found_on(0, TODAY)  # found on the shelf today after all: outside the 7 days
    dialog.set_found_on(2, FOUND)
    assert dialog.has_unsaved_changes()
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert found_on_cells(window)[0::2] == [TODAY.isoformat(), FOUND.isoformat()]
    assert [x.cost_bearer for x in window.detail.lines][0::2] == [CostBearer.FUND_OUT_OF_WARRANTY,
                                                                  CostBearer.MANUFACTURER_DOA]
    assert "2" in window.ui.message_label.text()
    qtbot.mouseClick(window.ui.apply_button, Qt.MouseButton.LeftButton)
    assert not button.isVisible()  # applied: the manufacturer judges the paper as it is
    dialog.start(dialog.purpose, window.detail)  # a stale dialog is refused by the service
    dialog.set_found_on(0, FOUND)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert "已" in dialog.ui.lines_error.text() + dialog.ui.error_label.text()
    assert found_on_cells(window)[0] == TODAY.isoformat()


# The offscreen platform cannot raise a popup or grab the keyboard for it, and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))")
def test_an_unknown_days_calendar_opens_on_this_month(qtbot, depot: Depot, window: ReturnsWindow, number: str) -> None:
    assert window.open_application(number)
    qtbot.mouseClick(window.ui.found_on_button, Qt.MouseButton.LeftButton)
    edit = window.dialog(ReturnLinesDialog).ui.lines_table.cellWidget(2, 5)  # a line whose day was never kept
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)  # the arrow opens the calendar
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)  # not January 2000
    assert edit.text() == "—"  # still unknown until a day is picked
    calendar.window().close()
