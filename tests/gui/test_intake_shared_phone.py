"""At the intake form: a phone already registered under another name asks whether that customer is
meant or a new one; a serial whose invoice was seen before is judged from its registered sale (W10)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.db.models import Claim, Customer
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import DONE_PAGE, FORM_PAGE, IntakeDialog
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.listings import ClaimListing
from desktop_app.services.sample_data import load_sample_data

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()
SOLD = TODAY - dt.timedelta(days=200)  # exchange with the invoice (W3), free repair from a registered sale
PHONE = "13766667777"


@pytest.fixture
def tab(qtbot, database, manager) -> ClaimsTab:
    load_sample_data(database.sessions, claims=5)
    with database.sessions.write() as s, s.begin():
        s.add(Customer(name="张三", phone=PHONE, city="深圳"))
    services = DeskServices.for_sessions(database.sessions, clock=lambda: NOW)
    claims = ClaimsTab(ClaimListing(database.sessions), services, manager)
    qtbot.addWidget(claims)
    claims.show()
    return claims


def fill(dialog: IntakeDialog, name: str, serial: str) -> None:
    ui = dialog.ui
    ui.name_edit.setText(name)
    ui.phone_edit.setText("137 6666 7777")
    ui.model_combo.setEditText("S5720-28P")
    ui.serial_edit.setText(serial)
    ui.sale_date_edit.setText(SOLD.isoformat())
    ui.fault_edit.setPlainText("不通电")
    dialog.refresh_preview()


def customers_named(database, name: str) -> list[int]:
    with database.sessions.read() as s:
        return list(s.scalars(select(Customer.id).where(Customer.phone == PHONE, Customer.name == name)))


def claim_customer(database, dialog: IntakeDialog) -> int:
    with database.sessions.read() as s:
        return s.get(Claim, dialog.saved.id).customer_id


def test_the_desk_answers_use_that_customer_and_the_claim_is_theirs(qtbot, tab, database, monkeypatch):
    dialog = tab.windows.open_intake()
    asked: list[str] = []
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: asked.append(message) or "use")
    fill(dialog, "李四", "SN-SHARED-1")
    dialog.save()
    assert asked and "张三" in asked[0] and "深圳" in asked[0]  # the question names who holds the number
    assert dialog.ui.pages.currentIndex() == DONE_PAGE
    assert claim_customer(database, dialog) == customers_named(database, "张三")[0]
    assert customers_named(database, "李四") == []  # no duplicate made


def test_the_desk_answers_new_customer_and_both_share_the_number(qtbot, tab, database, monkeypatch):
    dialog = tab.windows.open_intake()
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: "new")
    fill(dialog, "李四", "SN-SHARED-2")
    dialog.save()
    assert dialog.ui.pages.currentIndex() == DONE_PAGE
    assert claim_customer(database, dialog) == customers_named(database, "李四")[0]
    assert len(customers_named(database, "张三")) == 1


def test_a_cancelled_question_leaves_the_form_with_the_message_at_the_phone(qtbot, tab, database, monkeypatch):
    dialog = tab.windows.open_intake()
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: None)
    fill(dialog, "李四", "SN-SHARED-3")
    dialog.save()
    assert dialog.ui.pages.currentIndex() == FORM_PAGE and dialog.ui.name_edit.text() == "李四"
    assert "张三" in dialog.ui.customer_phone_error.text()
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Claim).where(Claim.fault_description == "不通电")) == 0


def test_the_question_reads_in_chinese(qtbot, tab, database):
    dialog = tab.windows.open_intake()
    box = dialog.shared_phone_box("这个电话已登记给客户 张三（深圳）：请使用该客户，或确认以同一号码新建客户。")
    qtbot.addWidget(box)
    box.show()
    labels = {button.text() for button in box.buttons()}
    assert {"使用该客户", "以此号码新建客户"} <= labels and box.windowTitle() == "电话号码已登记"
    box.close()


def test_a_serial_whose_invoice_was_seen_before_is_judged_from_that_sale_without_it(qtbot, tab, database, manager):
    ClaimIntakeService(database.sessions, clock=lambda: NOW).take_in(manager, IntakeForm(
        customer=CustomerInput(name="张三", phone=PHONE), channel=ClaimChannel.WALK_IN, fault_description="端口故障",
        unit=UnitInput(product_model="S5720-28P", serial="SN-SEEN-1", sale_date=SOLD, invoice_no="INV-9")))
    tab.ui.search_edit.clear()
    qtbot.keyClicks(tab.ui.search_edit, "SN-SEEN-1")
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Return)
    dialog = tab.windows.intake
    assert dialog is not None and dialog.ui.serial_edit.text() == "SN-SEEN-1"
    assert not dialog.ui.invoice_check.isChecked()  # no invoice on the counter today
    panel = dialog.ui.decision_panel.ui
    qtbot.waitUntil(lambda: panel.remedies_value.text() == "免费维修")  # W10, W4: not paid repair
    assert SOLD.isoformat() in panel.periods_value.text()
