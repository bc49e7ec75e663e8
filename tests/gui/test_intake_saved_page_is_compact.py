"""After saving, the intake form's saved page is a small window (two lines and three buttons), not the
form's large, mostly empty one; the next claim's form comes back at the form's size."""

from __future__ import annotations

import pytest
from work_order_depot import Depot, build_depot

from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing


@pytest.fixture
def form(qtbot, database):
    depot: Depot = build_depot(database)
    tab = ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions),
                    depot.staff["operator"])
    qtbot.addWidget(tab)
    dialog = tab.windows.open_intake()
    dialog.resize(1200, 600)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_saved_page_shrinks_the_window_and_the_next_form_gets_its_size_back(qtbot, form):
    ui = form.ui
    ui.name_edit.setText("孙先生")
    ui.phone_edit.setText("13600001111")
    ui.model_combo.setEditText("S5720-28P")
    ui.serial_edit.setText("S728SMALL1")
    ui.sale_date_edit.setText("2024-01-15")
    ui.fault_edit.setPlainText("风扇异响")
    form.save()
    assert form.saved is not None and ui.done_page.isVisible()
    assert form.width() <= 600 and form.height() <= 250
    assert ui.another_button.isVisible() and ui.close_button.geometry().right() <= ui.done_page.width()
    ui.another_button.click()
    assert ui.form_page.isVisible() and (form.width(), form.height()) == (1200, 600)
