"""An invoice number or sale date typed with "Invoice present" unticked is judged without the invoice
(W10: paid repair unless a sale is registered): the intake form says so next to the box, without refusing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from work_order_depot import Depot, build_depot

from desktop_app.core.vocabulary import Remedy
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
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.discard_changes()


def fill(dialog) -> None:
    ui = dialog.ui
    ui.name_edit.setText("孙先生")
    ui.phone_edit.setText("13600001111")
    ui.model_combo.setEditText("S5720-28P")
    ui.serial_edit.setText("S728HINT01")
    ui.fault_edit.setPlainText("风扇异响")


def test_an_invoice_number_with_the_box_unticked_shows_a_hint_next_to_it(qtbot, form):
    ui = form.ui
    fill(form)
    assert not ui.invoice_hint_label.isVisible()  # ticked by default: nothing to say
    qtbot.mouseClick(ui.invoice_check, Qt.MouseButton.LeftButton)  # unticked
    assert not ui.invoice_hint_label.isVisible()  # nothing typed of an invoice
    qtbot.keyClicks(ui.invoice_no_edit, "12345678")
    assert ui.invoice_hint_label.isVisible()
    assert "有发票" in ui.invoice_hint_label.text() and "W10" in ui.invoice_hint_label.text()
    qtbot.mouseClick(ui.invoice_check, Qt.MouseButton.LeftButton)  # ticked: the hint goes
    assert not ui.invoice_hint_label.isVisible()


def test_a_sale_date_with_the_box_unticked_shows_the_hint_and_still_saves(qtbot, form):
    ui = form.ui
    fill(form)
    ui.invoice_check.setChecked(False)
    ui.sale_date_edit.setText("2026-01-15")
    assert ui.invoice_hint_label.isVisible()
    form.save()  # a hint, not an error: the customer may really have no invoice
    assert form.saved is not None and form.saved.chosen is Remedy.PAID_REPAIR


def test_a_new_claim_starts_without_the_hint(qtbot, form):
    ui = form.ui
    ui.invoice_check.setChecked(False)
    ui.invoice_no_edit.setText("12345678")
    assert ui.invoice_hint_label.isVisible()
    form.discard_changes()
    form.start()
    form.open()
    assert not ui.invoice_hint_label.isVisible()
