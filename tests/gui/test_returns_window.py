"""Returns to the manufacturer through the window (D11-D16): list, classify, apply, approve, pack, count, print."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from printing_support import pdf_text, private_settings  # noqa: F401
from sqlalchemy import select
from work_order_depot import Depot, build_depot

from desktop_app.core.vocabulary import CostBearer, ReturnStatus as RS
from desktop_app.db.models import FundLedgerEntry, Product, ReturnApplication, Unit
from desktop_app.gui.requisitions.new_return_dialog import NewReturnDialog
from desktop_app.gui.requisitions.note_dialog import RequisitionNoteDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.return_lines_dialog import ReturnLinesDialog
from desktop_app.gui.requisitions.returns_window import ReturnsWindow
from desktop_app.gui.tabs.requisitions_tab import RequisitionsTab
from desktop_app.services.requisition_details import SortedRequisitionListing

TODAY = dt.date.today()


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        s.add_all([Unit(serial="DOA-1", product_id=product.id, centre_received_date=TODAY - dt.timedelta(days=3)),
                   Unit(serial="OLD-1", product_id=product.id, sale_date=TODAY - dt.timedelta(days=800))])
    return depot


@pytest.fixture
def tab(qtbot, depot: Depot) -> RequisitionsTab:
    tab = RequisitionsTab(SortedRequisitionListing(depot.db.sessions),
                          RequisitionServices.for_sessions(depot.db.sessions), depot.staff["sup"])
    qtbot.addWidget(tab)
    tab.show()
    return tab


@pytest.fixture
def window(qtbot, tab: RequisitionsTab) -> ReturnsWindow:
    """The supervisor opens the window from the requisitions tab; it stays open beside it."""
    qtbot.mouseClick(tab.ui.returns_button, Qt.MouseButton.LeftButton)
    window = tab.returns_window
    assert window is not None and window.isVisible() and not window.isModal()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def status(depot: Depot, number: str) -> RS:
    with depot.db.sessions.read() as s:
        return s.scalar(select(ReturnApplication.status).where(ReturnApplication.number == number))


def add_line(qtbot, dialog: NewReturnDialog, code: str, reason: str, *, part: bool = False, quantity: int = 1) -> None:
    (dialog.ui.part_radio if part else dialog.ui.unit_radio).setChecked(True)
    dialog.ui.code_edit.setText(code)
    dialog.ui.quantity_spin.setValue(quantity)
    dialog.ui.reason_edit.setText(reason)
    qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)  # Enter in the reason adds the line


def new_application(qtbot, window: ReturnsWindow) -> str:
    click(qtbot, window.ui.new_button)
    dialog = window.dialog(NewReturnDialog)
    assert dialog.isVisible()
    add_line(qtbot, dialog, "NO-SUCH-SN", "不通电")
    assert dialog.errors.message("code") and dialog.lines == []  # unknown: nothing listed
    add_line(qtbot, dialog, "DOA-1", "开箱不通电")
    add_line(qtbot, dialog, "FAN-01", "风扇异响", part=True, quantity=3)
    assert [(p.line.serial or p.line.part_no, p.cost_bearer) for p in dialog.lines] == [
        ("DOA-1", CostBearer.MANUFACTURER_DOA), ("FAN-01", CostBearer.FUND_OUT_OF_WARRANTY)]
    table = dialog.ui.lines_table
    assert [table.item(r, 4).text() for r in (0, 1)] == ["开箱不良（D11）", "保外（D14）"]  # the classification
    assert table.item(0, 5).text() == "厂家承担运费及配件"  # and who pays freight and parts
    dialog.ui.note_edit.setText("两箱")
    click(qtbot, dialog.ui.save_button)
    assert not dialog.isVisible()
    return window.detail.number


def test_from_application_to_the_manufacturers_count(qtbot, depot: Depot, window: ReturnsWindow) -> None:
    number = new_application(qtbot, window)
    assert status(depot, number) is RS.DRAFT and window.model.rowCount() == 1
    click(qtbot, window.ui.apply_button)
    assert status(depot, number) is RS.APPLIED

    click(qtbot, window.ui.ship_button)  # not approved yet: the shipment is refused (D15)
    ship = window.dialog(ReturnLinesDialog)
    click(qtbot, ship.ui.all_button)
    click(qtbot, ship.ui.save_button)
    assert ship.isVisible() and "D15" in ship.ui.lines_error.text() + ship.ui.error_label.text()
    assert status(depot, number) is RS.APPLIED
    ship.discard_changes()

    click(qtbot, window.ui.approve_button)
    note = window.dialog(RequisitionNoteDialog)
    click(qtbot, note.ui.ok_button)
    assert note.isVisible() and note.errors.message("reference")  # the approval needs its reference
    note.ui.note_edit.setText("厂批〔2026〕118号")
    click(qtbot, note.ui.ok_button)
    assert status(depot, number) is RS.APPROVED
    assert window.ui.reference_value.text() == "厂批〔2026〕118号"

    click(qtbot, window.ui.ship_button)
    ship.set_packed(0, True)  # the fans are not in the box yet
    ship.ui.freight_spin.setValue(30)
    assert ship.ui.freight_hint_label.text().startswith("按数量分摊")  # a DOA unit and D14 fans in one box
    click(qtbot, ship.ui.save_button)
    assert ship.isVisible() and "D16" in ship.ui.lines_error.text() + ship.ui.error_label.text()
    ship.set_packed(1, True)
    click(qtbot, ship.ui.save_button)
    assert not ship.isVisible() and status(depot, number) is RS.SHIPPED
    with depot.db.sessions.read() as s:  # the D14 line's share (3 of 4 pieces) of the freight goes to the fund
        assert s.scalar(select(FundLedgerEntry.amount)) == D("-22.50")

    click(qtbot, window.ui.acknowledge_button)
    count = window.dialog(ReturnLinesDialog)
    count.set_count(1, 2)  # the manufacturer counted two fans
    assert count.ui.lines_table.item(1, 6).text() == "-1"
    click(qtbot, count.ui.save_button)
    assert status(depot, number) is RS.ACKNOWLEDGED
    assert [x.acknowledged_quantity for x in window.detail.lines] == [1, 2]
    assert "-1" in window.text()  # the difference stays visible: the maker's count stands (D16)
    assert not any(window.buttons[a].isEnabled() for a in window.buttons if a.value in (
        "apply", "approve", "refuse", "ship", "acknowledge"))


def test_a_refused_application_cannot_ship(qtbot, depot: Depot, window: ReturnsWindow) -> None:
    number = new_application(qtbot, window)
    click(qtbot, window.ui.apply_button)
    click(qtbot, window.ui.refuse_button)
    note = window.dialog(RequisitionNoteDialog)
    note.ui.note_edit.setText("非开箱不良")
    click(qtbot, note.ui.ok_button)
    assert status(depot, number) is RS.REFUSED
    assert not window.ui.ship_button.isEnabled() and not window.ui.approve_button.isEnabled()


def test_the_application_prints_with_its_list(qtbot, depot: Depot, window: ReturnsWindow, private_settings) -> None:
    number = new_application(qtbot, window)
    with qtbot.waitSignal(window.documents.preview_opened, timeout=20000) as opened:
        click(qtbot, window.ui.print_button)
    text = pdf_text(opened.args[0].pdf)
    for expected in ("返厂申请单", number, "DOA-1", "FAN-01", "开箱不通电", "风扇异响", "两箱"):
        assert expected in text, expected
    opened.args[0].close()
    window.ui.search_edit.setText("FAN-01")
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1
    window.ui.search_edit.setText("NOTHING-LIKE-IT")
    qtbot.keyClick(window.ui.search_edit, Qt.Key.Key_Return)
    assert window.model.rowCount() == 0 and window.ui.pages.currentIndex() == 1
