"""The claim correction dialog (更正受理信息…): an invoice typed by mistake is cleared, the claim judged again
without it and the new decision shown before the second 保存更正 (W10); a phone another customer on record has
is asked as intake asks it (the same person: the claim moves to that customer; a different one: kept apart)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
import printing_support
from gui_support import keep_screenshot
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel, Remedy
from desktop_app.db.models import Claim
from desktop_app.gui.intake.claim_correction_dialog import ClaimCorrectionDialog, Purpose
from desktop_app.services.claims import ClaimIntakeService, ClaimSaved
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput

desk = printing_support.desk  # the operator's claims tab, as the application builds it
private_settings = printing_support.private_settings

IN_EXCHANGE = TODAY - dt.timedelta(days=200)


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def _take_in(depot: Depot, serial: str, *, name: str = "刘洋", phone: str = "13812345678",
             invoice_no: str | None = None) -> ClaimSaved:
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name=name, phone=phone, city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=IN_EXCHANGE, invoice_no=invoice_no),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳")))


def _open(tab, number: str) -> ClaimCorrectionDialog:
    tab.ui.search_edit.setText(number)
    tab.apply_search()
    tab.results.hide()
    tab.ui.table_view.selectRow(0)
    tab.open_correction()
    dialog = tab.windows.correction
    assert dialog is not None and dialog.isVisible() and dialog.purpose is Purpose.CORRECT
    return dialog


def _claim(depot: Depot, claim_id: int) -> Claim:
    with depot.db.sessions.read() as s:
        claim = s.get(Claim, claim_id)
        _ = claim.customer.phone, claim.unit.invoice_no
        return claim


def test_an_invoice_typed_by_mistake_is_cleared_and_the_new_decision_shown_first(qtbot, depot, desk):
    saved = _take_in(depot, "SN-GI1", invoice_no="INV-WRONG")
    desk.reload()
    dialog = _open(desk, saved.number)
    ui = dialog.ui
    assert ui.invoice_no_edit.text() == "INV-WRONG"
    qtbot.mouseClick(ui.invoice_check, Qt.MouseButton.LeftButton)  # the customer has no invoice (W10)
    assert not ui.invoice_no_edit.isEnabled() and not ui.sale_date_edit.isEnabled()
    assert "收费维修" in ui.decision_label.text() and "换货" not in ui.decision_label.text().split("\n")[0]
    keep_screenshot(dialog, "claim_correction_without_invoice")
    ui.reason_edit.setText("客户没有发票，发票号是误填的")
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)  # the decision changes: said before saving
    assert dialog.isVisible() and "保修判定" in ui.error_label.text()
    assert _claim(depot, saved.id).unit.invoice_no == "INV-WRONG"
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    claim = _claim(depot, saved.id)
    assert not claim.has_invoice and claim.decision is Remedy.PAID_REPAIR
    assert (claim.unit.invoice_no, claim.unit.sale_registered) == (None, False)


def test_a_phone_another_customer_has_asks_and_the_same_person_takes_the_claim(qtbot, depot, desk, monkeypatch):
    other = _take_in(depot, "SN-GP0", name="张伟", phone="13700000000")
    saved = _take_in(depot, "SN-GP1")
    desk.reload()
    dialog = _open(desk, saved.number)
    ui = dialog.ui
    asked: list[str] = []
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: asked.append(message) or None)
    box = dialog.shared_phone_box("")  # the real question, with the service's message (screenshot only)
    qtbot.addWidget(box)
    ui.phone_edit.setText("137 0000 0000")
    ui.reason_edit.setText("电话登记错了")
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "张伟" in asked[0] and "深圳" in asked[0]  # cancelled: shown at the phone
    assert dialog.isVisible() and "张伟" in dialog.errors.message("customer_phone")
    box.setText(asked[0])
    box.show()
    qtbot.waitExposed(box)
    keep_screenshot(box, "claim_correction_shared_phone_asked")
    box.close()
    assert _claim(depot, saved.id).customer.phone == "13812345678"
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: "use")
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    claim, theirs = _claim(depot, saved.id), _claim(depot, other.id)
    assert claim.customer_id == theirs.customer_id and claim.customer.name == "张伟"
    assert saved.number in desk.ui.detail_label.text()


def test_a_different_person_keeps_a_separate_customer(qtbot, depot, desk, monkeypatch):
    other = _take_in(depot, "SN-GP2", name="张伟", phone="13700000000")
    saved = _take_in(depot, "SN-GP3")
    desk.reload()
    dialog = _open(desk, saved.number)
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: "new")
    dialog.ui.phone_edit.setText("13700000000")
    dialog.ui.reason_edit.setText("客户换了号码，与张伟共用")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    claim, theirs = _claim(depot, saved.id), _claim(depot, other.id)
    assert claim.customer_id != theirs.customer_id
    assert (claim.customer.name, claim.customer.phone) == ("刘洋", "13700000000")


def test_the_question_names_both_answers_and_enter_guesses_neither(qtbot, depot, desk):
    saved = _take_in(depot, "SN-GP4")
    desk.reload()
    dialog = _open(desk, saved.number)
    box = dialog.shared_phone_box("这个电话已登记给客户 张伟（深圳）。是同一个人吗？")
    qtbot.addWidget(box)
    answers = {button.property("answer"): button.text() for button in box.buttons() if button.property("answer")}
    assert set(answers) == {"use", "new"} and "同一" in answers["use"] and "不同" in answers["new"]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.show()
    qtbot.waitExposed(box)
    keep_screenshot(box, "claim_correction_shared_phone_question")
    box.close()
    dialog.discard_changes()
