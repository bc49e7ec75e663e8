"""Rule W9 at the desk: a requested return waits in the manager's queue; the operator never sees it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from gui_support import keep_screenshot

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimStatus, Remedy
from desktop_app.db.models import Claim, WorkOrder
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing
from desktop_app.services.sample_data import load_sample_data


@pytest.fixture
def operator(accounts, manager):
    accounts.add_user(manager, "op.chen", "前台小陈", Role.OPERATOR, "secret-123")
    return accounts.sign_in("op.chen", "secret-123")


def desk(qtbot, database, actor) -> ClaimsTab:
    tab = ClaimsTab(ClaimListing(database.sessions), DeskServices.for_sessions(database.sessions), actor)
    qtbot.addWidget(tab)
    tab.reload()
    return tab


@pytest.fixture
def pending_return(qtbot, database, operator):
    """The operator takes in a claim whose customer asks for a return, ten days after the sale."""
    load_sample_data(database.sessions, claims=0)
    tab = desk(qtbot, database, operator)
    dialog = tab.windows.open_intake()
    ui = dialog.ui
    ui.name_edit.setText("周女士")
    qtbot.keyClicks(ui.phone_edit, "13711112222")
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    qtbot.keyClicks(ui.serial_edit, "S728RETURN01")
    qtbot.keyClicks(ui.sale_date_edit, (dt.date.today() - dt.timedelta(days=10)).isoformat())
    ui.fault_edit.setPlainText("开机后所有端口不通")
    dialog.refresh_preview()
    ui.remedy_combo.setFocus()
    while ui.remedy_combo.currentData() != Remedy.RETURN.value:
        qtbot.keyClick(ui.remedy_combo, Qt.Key.Key_Down)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.status is ClaimStatus.AWAITING_APPROVAL
    assert dialog.saved.work_order_number is None
    assert "退货须等待总经理批准（W9）。" in ui.done_detail_label.text()
    return tab, dialog.saved


def test_the_operator_does_not_see_the_approval_queue(qtbot, pending_return):
    tab, _saved = pending_return
    assert tab.ui.approvals_button.isHidden()
    tab.open_approvals()
    assert tab.windows.approvals is None


def test_the_manager_approves_a_return_from_the_queue(qtbot, database, manager, pending_return, monkeypatch):
    _operator_tab, saved = pending_return
    asked = []

    def answer(reply):  # rule W9: an approval cannot be undone, so it is asked first
        return lambda _parent, title, question, *_a: asked.append((title, question)) or reply
    tab = desk(qtbot, database, manager)
    assert not tab.ui.approvals_button.isHidden()
    assert tab.ui.approvals_button.text() == "待审批退货(&A)（1）"
    qtbot.mouseClick(tab.ui.approvals_button, Qt.MouseButton.LeftButton)
    queue = tab.windows.approvals
    assert queue.isVisible()
    assert [b.number for b in queue.briefs] == [saved.number]
    assert queue.ui.queue_table.item(0, 0).text() == saved.number
    assert "开机后所有端口不通" in queue.ui.detail_label.text()
    sold = (dt.date.today() - dt.timedelta(days=10)).isoformat()  # what the refund rests on (W2)
    assert f"售出日期：{sold}" in queue.ui.detail_label.text() and "受理人：前台小陈" in queue.ui.detail_label.text()

    keep_screenshot(queue, "approvals_queue")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(queue.ui.approve_button, Qt.MouseButton.LeftButton)
    assert asked == [("批准退货？", f"批准 周女士 的退货 {saved.number}？批准后不能撤销：前台随即可以退款（W9）。")]
    assert [b.number for b in queue.briefs] == [saved.number]  # cancelled: still waiting
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(queue.return_decided) as decided:
        qtbot.mouseClick(queue.ui.approve_button, Qt.MouseButton.LeftButton)
    assert decided.args == [saved.id, True]
    assert queue.ui.error_label.text() == f"退货 {saved.number} 已批准。"
    assert queue.ui.pages.currentIndex() == 1 and queue.ui.empty_label.text() == "没有待审批的退货。"
    assert tab.ui.approvals_button.text() == "待审批退货(&A)（0）"
    with database.sessions.read() as s:
        claim = s.get(Claim, saved.id)
        assert claim.status is ClaimStatus.IN_PROGRESS and claim.approved_by_id == manager.staff_id


def test_refusing_needs_a_reason_and_makes_it_an_exchange(qtbot, database, manager, pending_return):
    _operator_tab, saved = pending_return
    tab = desk(qtbot, database, manager)
    queue = tab.windows.open_approvals()
    qtbot.mouseClick(queue.ui.refuse_button, Qt.MouseButton.LeftButton)
    assert queue.ui.error_label.text() == "请写明拒绝退货的理由。"
    assert queue.briefs and queue.focusWidget() is queue.ui.note_edit
    queue.ui.note_edit.setText("包装缺失，按换货处理")
    qtbot.mouseClick(queue.ui.refuse_button, Qt.MouseButton.LeftButton)
    assert queue.briefs == []
    with database.sessions.read() as s:
        claim = s.get(Claim, saved.id)
        assert (claim.status, claim.decision) == (ClaimStatus.OPEN, Remedy.EXCHANGE)
        assert s.scalar(select(WorkOrder.number).where(WorkOrder.claim_id == saved.id)) is not None


def test_a_user_switch_hides_the_queue_from_an_operator(qtbot, database, manager, operator):
    tab = desk(qtbot, database, manager)
    tab.open_approvals()
    assert not tab.ui.approvals_button.isHidden()
    tab.set_actor(operator)
    assert tab.ui.approvals_button.isHidden()
    assert not tab.windows.approvals.isVisible()
