"""Rule W9 at the desk: once the manager approved a return and the customer is refunded, the desk closes it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from gui_support import keep_screenshot

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimStatus, Remedy
from desktop_app.db.models import AuditEntry, Claim
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.refund_labels import refund_line
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.claims import ClaimSaved
from desktop_app.services.listings import ClaimListing
from desktop_app.services.return_refunds import RecordedRefund
from desktop_app.services.sample_data import load_sample_data

STATUS_COLUMN = 7


@pytest.fixture
def operator(accounts, manager):
    accounts.add_user(manager, "op.chen", "前台小陈", Role.OPERATOR, "secret-123")
    return accounts.sign_in("op.chen", "secret-123")


def desk(qtbot, database, actor) -> ClaimsTab:
    tab = ClaimsTab(ClaimListing(database.sessions), DeskServices.for_sessions(database.sessions), actor)
    qtbot.addWidget(tab)
    tab.reload()
    return tab


def take_in(qtbot, tab: ClaimsTab, name: str, phone: str, serial: str, remedy: Remedy) -> ClaimSaved:
    """The operator types a claim ten days after the sale and picks the customer's remedy."""
    dialog = tab.windows.open_intake()
    ui = dialog.ui
    ui.name_edit.setText(name)
    qtbot.keyClicks(ui.phone_edit, phone)
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    qtbot.keyClicks(ui.serial_edit, serial)
    qtbot.keyClicks(ui.sale_date_edit, (dt.date.today() - dt.timedelta(days=10)).isoformat())
    ui.fault_edit.setPlainText("开机后所有端口不通")
    dialog.refresh_preview()
    ui.remedy_combo.setFocus()
    qtbot.keyClick(ui.remedy_combo, Qt.Key.Key_Home)
    for _ in range(ui.remedy_combo.count()):
        if ui.remedy_combo.currentData() == remedy.value:
            break
        qtbot.keyClick(ui.remedy_combo, Qt.Key.Key_Down)
    assert ui.remedy_combo.currentData() == remedy.value
    dialog.save()
    assert dialog.saved is not None
    saved = dialog.saved
    dialog.discard_changes()
    return saved


@pytest.fixture
def returns(qtbot, database, operator, manager, monkeypatch):
    """Two returns (the first approved by the manager, the second still waiting) and a free repair."""
    load_sample_data(database.sessions, claims=0)
    tab = desk(qtbot, database, operator)
    approved = take_in(qtbot, tab, "周女士", "13711112222", "S728RETURN01", Remedy.RETURN)
    waiting = take_in(qtbot, tab, "吴先生", "13722223333", "S728RETURN02", Remedy.RETURN)
    repair = take_in(qtbot, tab, "郑先生", "13733334444", "S728REPAIR03", Remedy.FREE_REPAIR)
    assert (approved.status, waiting.status) == (ClaimStatus.AWAITING_APPROVAL,) * 2
    manager_tab = desk(qtbot, database, manager)  # kept: the queue is its child
    queue = manager_tab.windows.open_approvals()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)  # W9: confirmed
    queue.ui.queue_table.selectRow([b.number for b in queue.briefs].index(approved.number))
    qtbot.mouseClick(queue.ui.approve_button, Qt.MouseButton.LeftButton)
    queue.close()
    tab.ui.search_edit.clear()  # the desk showed the last claim taken in; now the whole list
    tab.apply_search()
    return tab, approved, waiting, repair


def select_claim(tab: ClaimsTab, claim_id: int) -> int:
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).id == claim_id)
    tab.ui.table_view.selectRow(row)
    return row


def status_shown(tab: ClaimsTab, claim_id: int) -> str:
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).id == claim_id)
    return tab.model.index(row, STATUS_COLUMN).data()


def fill_refund(qtbot, dialog) -> None:
    """The operator types the invoice's price and the missing accessories' cost (the intake above ticked
    none of them), picks WeChat and ticks what the customer handed back (W2)."""
    ui = dialog.ui
    qtbot.keyClicks(ui.price_edit, "1280")
    qtbot.keyClicks(ui.charge_edit, "60")
    ui.method_combo.setFocus()
    while ui.method_combo.currentData() != "wechat":
        qtbot.keyClick(ui.method_combo, Qt.Key.Key_Down)
    for box in (ui.product_check, ui.accessories_check, ui.invoice_check):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)


def test_the_desk_records_the_refund_before_an_approved_return_is_closed(qtbot, database, operator, returns):
    tab, approved, waiting, repair = returns
    button = tab.ui.complete_return_button
    assert not button.isHidden() and button.text() == "完成退货(&C)…"
    assert not button.isEnabled()  # nothing selected
    for other in (waiting, repair):
        select_claim(tab, other.id)
        assert not button.isEnabled(), other.number
    select_claim(tab, approved.id)
    assert button.isEnabled()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.windows.return_completion
    ui = dialog.ui
    assert dialog.isVisible() and dialog.windowTitle() == "完成退货"
    assert ui.intro_label.text() == f"{approved.number} · 周女士 · S5720-28P S728RETURN01"
    assert [ui.method_combo.itemText(i) for i in range(ui.method_combo.count())] == [
        "请选择…", "原路退回", "现金", "银行转账", "微信支付", "支付宝"]
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)  # empty: the reviewer's closed-without-refund
    assert dialog.isVisible()
    assert (ui.price_error.text(), ui.method_error.text()) == ("请填写发票上的购买价格（元）。", "请选择退款方式。")
    assert ui.returned_error.text().split("\n") == [
        "退款前须收回故障产品（W2）。", "退款前须收回受理时登记的全部附件（W2）。", "退款前须收回发票（W2）。"]
    assert dialog.focusWidget() is ui.price_edit
    with database.sessions.read() as s:
        assert s.get(Claim, approved.id).status is ClaimStatus.IN_PROGRESS

    assert ui.missing_label.text() == "受理时缺少：电源线、安装支架、橡胶脚垫、说明书、Console线。按其成本价从退款中扣除（W2）。"
    assert ui.charge_error.text() == "请填写缺少附件的成本价（元）（W2）。"
    fill_refund(qtbot, dialog)
    assert ui.amount_edit.text() == "1220.00" and ui.amount_edit.isReadOnly()  # W2: the price less the charge
    assert ui.price_error.isHidden() and ui.method_error.isHidden() and ui.returned_error.isHidden()
    qtbot.keyClicks(ui.note_edit, "4200001 ")  # QTest types ASCII only; the rest as an input method
    ui.note_edit.insert("微信转账")
    assert tab.has_unsaved_changes()  # the idle lock would ask before dropping the refund
    with qtbot.waitSignal(dialog.return_completed) as completed:
        qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert completed.args == [approved.id, approved.number]
    assert not dialog.isVisible() and not tab.has_unsaved_changes()
    with database.sessions.read() as s:
        claim = s.get(Claim, approved.id)
        assert (claim.status, claim.refund_amount, claim.refund_accessories_charge, claim.refund_method) == (
            ClaimStatus.COMPLETED, Decimal("1220.00"), Decimal("60.00"), "wechat")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "claim", AuditEntry.entity_id == approved.id,
                                                   AuditEntry.action == "complete_return")).one()
        assert entry.user_id == operator.staff_id and entry.changes["note"] == "4200001 微信转账"
    assert status_shown(tab, approved.id) == "已完成"
    assert tab.ui.detail_label.text() == f"退货 {approved.number} 已完成，理赔已结案。"
    assert not button.isEnabled()
    select_claim(tab, approved.id)
    assert not button.isEnabled()  # completed: there is nothing left to close
    refund = tab.ui.detail_label.text().split("\n")[-1]
    assert refund.startswith("退款：¥1,220.00 · 微信支付 · ")
    assert refund.endswith("（购买价 ¥1,280.00，扣除缺少附件 ¥60.00） · 4200001 微信转账")
    assert refund_line(RecordedRefund(None, None, None, None, None, None)) == "退款：未记录"  # before 0011


def test_a_return_awaiting_approval_cannot_be_completed(qtbot, database, returns):
    tab, _approved, waiting, _repair = returns
    select_claim(tab, waiting.id)
    assert not tab.ui.complete_return_button.isEnabled()
    tab.open_return_completion()  # e.g. a stale shortcut: the tab opens nothing for it
    assert tab.windows.return_completion is None

    dialog = tab.windows.open_return_completion(waiting.id)  # the service is the last word (W9)
    dialog.ui.note_edit.insert("已退款")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.error_label.text() == "此理赔不是已批准的退货。"
    assert dialog.isVisible() and dialog.ui.note_edit.text() == "已退款"  # nothing typed is lost
    with database.sessions.read() as s:
        assert s.get(Claim, waiting.id).status is ClaimStatus.AWAITING_APPROVAL
    assert tab.has_unsaved_changes()
    tab.discard_changes()  # the idle lock has asked already
    assert not dialog.isVisible() and not tab.has_unsaved_changes()


def test_a_user_switch_completes_the_return_as_the_new_user(qtbot, database, manager, returns):
    tab, approved, _waiting, _repair = returns
    select_claim(tab, approved.id)
    tab.open_return_completion()
    fill_refund(qtbot, tab.windows.return_completion)
    tab.set_actor(manager)  # the idle lock: someone else signs in at the counter
    qtbot.mouseClick(tab.windows.return_completion.ui.ok_button, Qt.MouseButton.LeftButton)
    with database.sessions.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "complete_return")).one()
        assert entry.user_id == manager.staff_id and entry.changes["note"] is None


def test_the_plain_claims_list_has_no_return_button(qtbot, database):
    tab = ClaimsTab(ClaimListing(database.sessions))
    qtbot.addWidget(tab)
    assert tab.ui.complete_return_button.isHidden()


def test_the_dialog_and_the_tab_show_their_texts_whole(qtbot, database, returns, tmp_path):
    """Rendered offscreen with the CJK font: no button or label is cut short."""
    tab, approved, _waiting, _repair = returns
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    select_claim(tab, approved.id)
    tab.open_return_completion()
    dialog = tab.windows.return_completion
    qtbot.waitExposed(dialog)
    for name, widget in (("tab", tab), ("dialog", dialog)):
        path = tmp_path / f"return_completion_{name}.png"
        assert widget.grab().save(str(path)) and not QImage(str(path)).isNull()
    keep_screenshot(dialog, "return_completion_empty")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)  # every field's message shown under it
    keep_screenshot(dialog, "return_completion_refused")
    ui = dialog.ui
    for button in (tab.ui.complete_return_button, ui.ok_button, ui.cancel_button, ui.product_check,
                   ui.accessories_check, ui.invoice_check):
        assert button.width() >= button.sizeHint().width(), button.text()
    for label in (ui.intro_label, ui.explain_label, ui.missing_label, ui.note_label, ui.price_label, ui.charge_label,
                  ui.returned_error, ui.charge_error):
        assert label.height() >= label.heightForWidth(label.width()) or not label.wordWrap(), label.text()
    fill_refund(qtbot, dialog)
    keep_screenshot(dialog, "return_completion_filled")
    dialog.discard_changes()
