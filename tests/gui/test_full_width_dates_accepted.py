"""Dates typed with a Chinese input method's full-width digits and separators are read like ASCII ones,
in every date field the GUI parses (intake, visit identification, surveys, arrival times)."""

from __future__ import annotations

import datetime as dt

import pytest
from work_order_depot import Depot, build_depot

from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.field_errors import parse_date
from desktop_app.gui.intake.intake_fields import parse_local_time
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing


@pytest.mark.parametrize("typed", ["２０２６－１１－０１", "２０２６／１１／１", "２０２６．１１．０１", "２０２６年１１月１日",
                                   "　２０２６－１１－０１　"])
def test_full_width_dates_are_the_same_day(typed):
    assert parse_date(typed, "sale_date") == dt.date(2026, 11, 1)


def test_a_full_width_arrival_time_is_read():
    assert parse_local_time("２０２６－１１－０１　１４：３０", "required_arrival_at") == \
        dt.datetime(2026, 11, 1, 14, 30).astimezone()


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def test_the_intake_form_takes_a_full_width_sale_date(qtbot, depot):
    tab = ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions),
                    depot.staff["operator"])
    qtbot.addWidget(tab)
    dialog = tab.windows.open_intake()
    ui = dialog.ui
    ui.name_edit.setText("孙先生")
    ui.phone_edit.setText("１３６００００１１１１")
    ui.model_combo.setEditText("S5720-28P")
    ui.serial_edit.setText("S728FULLW1")
    ui.sale_date_edit.setText("２０２４－０１－１５")
    ui.fault_edit.setPlainText("风扇异响")
    dialog.save()
    assert dialog.errors.message("sale_date") == ""
    assert dialog.saved is not None
    assert dialog.saved.decision.sale_date_used == dt.date(2024, 1, 15)
