"""Scanning a known unit pre-fills the intake form, but never the invoice (rule W10); the policy
dialog names the version judging today's claims, not a version announced for later (rule W12)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.core.warranty_policy import PolicyTerms
from desktop_app.db.models import Customer, Product, Unit
from desktop_app.gui.dialogs.policy_dialog import PolicyDialog, load_categories
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import IntakeDialog
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing
from desktop_app.services.policy import PolicyService
from desktop_app.services.sample_data import load_sample_data

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()
SOLD = TODAY - dt.timedelta(days=10)  # within the return month (W2), were the invoice shown


@pytest.fixture
def tab(qtbot, database, manager) -> ClaimsTab:
    load_sample_data(database.sessions, claims=5)
    with database.sessions.write() as s, s.begin():
        customer = Customer(name="孙丽", phone="13711112222", city="深圳")
        s.add(customer)
        s.flush()
        product_id = s.scalar(select(Product.id).where(Product.model == "S5720-28P"))
        s.add_all([Unit(serial="PREFILL-REG", product_id=product_id, customer_id=customer.id, sale_date=SOLD,
                        sale_registered=True),
                   Unit(serial="PREFILL-INV", product_id=product_id, customer_id=customer.id, sale_date=SOLD,
                        invoice_no="44039999")])
    services = DeskServices.for_sessions(database.sessions, clock=lambda: NOW)
    claims = ClaimsTab(ClaimListing(database.sessions), services, manager)
    qtbot.addWidget(claims)
    claims.show()
    return claims


def scan(qtbot, tab: ClaimsTab, serial: str) -> IntakeDialog:
    tab.ui.search_edit.clear()
    qtbot.keyClicks(tab.ui.search_edit, serial)
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Return)
    dialog = tab.windows.intake
    assert dialog is not None and dialog.isVisible() and dialog.ui.serial_edit.text() == serial
    return dialog


def remedies(qtbot, dialog: IntakeDialog, expected: str) -> None:
    panel = dialog.ui.decision_panel.ui
    qtbot.waitUntil(lambda: panel.remedies_value.text() == expected)


def test_a_unit_with_a_registered_sale_is_offered_repair_only_until_the_invoice_is_shown(qtbot, tab):
    dialog = scan(qtbot, tab, "PREFILL-REG")
    ui = dialog.ui
    assert not ui.invoice_check.isChecked()
    assert ui.sale_date_edit.text() == SOLD.isoformat()  # to check against the invoice, if one is shown
    assert ui.invoice_hint_label.isVisible()  # the box unticked: judged without the invoice (W10)
    remedies(qtbot, dialog, "免费维修")  # repair judged from the registered sale (W10)
    assert SOLD.isoformat() in ui.decision_panel.ui.periods_value.text()


def test_a_unit_seen_with_an_invoice_before_needs_it_ticked_again_for_a_return(qtbot, tab):
    dialog = scan(qtbot, tab, "PREFILL-INV")
    ui = dialog.ui
    assert not ui.invoice_check.isChecked()
    assert (ui.sale_date_edit.text(), ui.invoice_no_edit.text()) == (SOLD.isoformat(), "44039999")
    remedies(qtbot, dialog, "收费维修")  # no invoice today, no registered sale (W10)
    ui.invoice_check.setFocus()
    qtbot.keyClick(ui.invoice_check, Qt.Key.Key_Space)  # the operator has seen the invoice
    remedies(qtbot, dialog, "退货（最优）、换货、免费维修")


def test_the_policy_dialog_shows_the_version_in_force_and_the_one_announced(qtbot, database, manager):
    policy = PolicyService(database.sessions)
    starts = TODAY + dt.timedelta(days=35)
    policy.publish(manager, PolicyTerms(version=1, exchange_months=6), starts)
    dialog = PolicyDialog(policy, manager, load_categories(database.sessions))
    qtbot.addWidget(dialog)
    assert dialog.ui.version_label.text() == f"现行第 1 版。 第 2 版自 {starts.isoformat()} 起施行。"
    assert dialog.ui.exchange_months_spin.value() == 12  # the terms in force today
