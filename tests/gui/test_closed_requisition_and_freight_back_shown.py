"""On screen: a requisition whose rest was closed says 已结束 with its reason in the list and the detail, not
已到货 (D6); the returns window shows the freight back counted at acknowledgement and who pays it (D14)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import Depot, build_depot

from desktop_app.db.models import Product, Unit
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.returns_window import ReturnsWindow
from desktop_app.gui.tabs.requisitions_tab import RequisitionsTab
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.requisition_details import SortedRequisitionListing
from desktop_app.services.requisitions import RequisitionService
from gui_support import keep_screenshot

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
REASON = "厂家缺货，余下6个不再发"


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("5"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product.id))
        s.add_all([Unit(serial="DOA-1", product_id=product, centre_received_date=TODAY - dt.timedelta(days=3)),
                   Unit(serial="OLD-1", product_id=product, sale_date=TODAY - dt.timedelta(days=800))])
    return depot


def _tab(qtbot, depot: Depot) -> RequisitionsTab:
    tab = RequisitionsTab(SortedRequisitionListing(depot.db.sessions),
                          RequisitionServices.for_sessions(depot.db.sessions), depot.staff["sup"])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.reload()
    return tab


def test_a_closed_requisition_says_closed_and_why_in_the_list_and_the_detail(qtbot, depot: Depot) -> None:  # D6
    service, sup, fan = RequisitionService(depot.db.sessions), depot.staff["sup"], depot.part_ids["FAN-01"]
    number = service.create(sup, MONTH, [(fan, 10)])
    service.submit(sup, number)
    service.mark_shipped(sup, number)
    service.receive(sup, number, {fan: 4})
    service.close_short(sup, number, REASON)
    tab = _tab(qtbot, depot)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    status = tab.model.index(0, 5)
    assert status.data() == "已结束（未供齐）"
    assert status.data(Qt.ItemDataRole.ToolTipRole) == f"已结束（未供齐）。原因：{REASON}"
    assert tab.open_requisition(number)
    panel = tab.panel.ui
    assert panel.title_label.text() == f"{number} · 已结束（未供齐）"
    assert panel.status_value.text().startswith("已结束（未供齐），") and panel.status_value.text().endswith(
        f"原因：{REASON}")
    assert "已到货" not in panel.status_value.text()
    keep_screenshot(tab, "requisition_closed_in_tab")


def test_the_returns_window_shows_the_freight_back_and_who_pays_it(qtbot, depot: Depot) -> None:  # D11, D14
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, [ReturnLineInput(reason="开箱不良", serial="DOA-1"),
                                  ReturnLineInput(reason="过保维修", serial="OLD-1")])
    returns.apply(sup, number)
    returns.approve(sup, number, "厂批-7")
    services = RequisitionServices.for_sessions(depot.db.sessions)
    ids = {x.id for x in services.return_details.get(sup, number).lines}
    returns.ship(sup, number, ids, D("20.00"))
    window = ReturnsWindow(services, sup)
    qtbot.addWidget(window)
    window.show_and_reload()
    assert window.open_application(number)
    assert window.ui.freight_back_value.text() == "—"  # not counted yet
    returns.acknowledge(sup, number, {i: 1 for i in ids}, freight_back=D("30.00"))
    window.reload()
    assert window.ui.freight_back_label.text() == "回程运费："
    assert window.ui.freight_back_value.text() == (
        "¥30.00：服务基金承担 ¥15.00（D14 明细），厂家承担 ¥15.00（D11–D13 明细）")
    assert "¥30.00" in window.text()
    keep_screenshot(window, "returns_window_freight_back")
