"""The part dialog says why new prices cannot start today for a part issued today (D9), at the date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import MovementKind
from desktop_app.db.models import StockMovement
from desktop_app.gui.parts.catalogue_window import CatalogueWindow
from desktop_app.services.parts_catalogue import PartsCatalogue


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def test_repricing_a_part_issued_today_points_at_the_date_and_saves_from_tomorrow(qtbot, depot: Depot) -> None:
    with depot.db.sessions.write() as s, s.begin():  # a technician took one this morning
        s.add(StockMovement(part_id=depot.part_ids["FAN-01"], kind=MovementKind.ISSUE, quantity=-1,
                            by_id=depot.staff["tech"].staff_id))
    window = CatalogueWindow(depot.db.sessions, depot.staff["manager"])
    qtbot.addWidget(window)
    window.show()
    assert window.select_part("FAN-01")
    dialog = window.open_edit()
    ui = dialog.ui
    ui.fee_edit.setText("50.00")
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    tomorrow = TODAY + dt.timedelta(days=1)
    assert dialog.isVisible()
    message = dialog.errors.message("effective_from")
    assert "FAN-01" in message and "今天已按现行价格领用" in message and tomorrow.isoformat() in message
    ui.prices_from_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    catalogue = PartsCatalogue(depot.db.sessions)
    assert catalogue.price_on("FAN-01", TODAY).fee_price == Decimal("45.00")
    assert catalogue.price_on("FAN-01", tomorrow).fee_price == Decimal("50.00")
