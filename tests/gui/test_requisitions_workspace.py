"""The requisitions tab as the clerk and the manager use it: new draft, quota check (D6), shipping, receipts (D8)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from printing_support import pdf_text, private_settings  # noqa: F401
from sqlalchemy import select
from work_order_depot import Depot, build_depot

from desktop_app.core.vocabulary import RequisitionStatus as R, ShippingMethod
from desktop_app.db.models import Part, PrintedDocument, Requisition
from desktop_app.gui.requisitions.action_rules import Action
from desktop_app.gui.requisitions.new_requisition_dialog import NewRequisitionDialog
from desktop_app.gui.requisitions.note_dialog import RequisitionNoteDialog
from desktop_app.gui.requisitions.receive_dialog import ReceiveDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.tabs.requisitions_tab import RequisitionsTab
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.requisition_details import SortedRequisitionListing
from desktop_app.services.requisitions import RequisitionService

MONTH = dt.date.today().replace(day=1)


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)  # PWR-01 ×1 at ¥150, FAN-01 ×5 at ¥45, ADP-12V ×3 at ¥28
    fund = FundService(database.sessions)
    fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("3"))
    fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))  # quota this quarter: ¥300.00
    with database.sessions.write() as s, s.begin():
        s.get(Part, depot.part_ids["FAN-01"]).reorder_level = 8  # 5 on hand: 3 suggested
    return depot


def workspace(qtbot, depot: Depot, who: str) -> RequisitionsTab:
    tab = RequisitionsTab(SortedRequisitionListing(depot.db.sessions),
                          RequisitionServices.for_sessions(depot.db.sessions), depot.staff[who])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.reload()
    return tab


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot, tab: RequisitionsTab, action: Action) -> None:
    click(qtbot, tab.panel.buttons[action])


def status(depot: Depot, number: str) -> R:
    with depot.db.sessions.read() as s:
        return s.scalar(select(Requisition.status).where(Requisition.number == number))


def new_draft(qtbot, tab: RequisitionsTab) -> NewRequisitionDialog:
    click(qtbot, tab.ui.new_button)
    dialog = tab.actions.dialog(NewRequisitionDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)  # Ctrl+S goes to the active window
    return dialog


def add_part(qtbot, dialog: NewRequisitionDialog, text: str, quantity: int) -> None:
    dialog.ui.find_edit.setText(text)
    qtbot.keyClick(dialog.ui.find_edit, Qt.Key.Key_Return)
    dialog.ui.add_quantity_spin.setValue(quantity)
    click(qtbot, dialog.ui.add_button)


def submit(qtbot, tab: RequisitionsTab) -> QMessageBox:
    press(qtbot, tab, Action.SUBMIT)
    box = tab.actions.confirmation
    assert box is not None and box.isVisible()
    return box


def test_from_the_suggestion_to_a_full_receipt(qtbot, depot: Depot) -> None:  # rules D6, D8
    sup = workspace(qtbot, depot, "sup")
    assert [b.objectName() for b in (sup.ui.stock_button, sup.ui.catalogue_button, sup.ui.fund_button)
            if b.isVisible()] == ["stock_button", "catalogue_button", "fund_button"]
    dialog = new_draft(qtbot, sup)
    assert [(x.part_no, x.quantity) for x in dialog.lines] == [("FAN-01", 3)]  # topped up to its reorder level
    assert dialog.month() == MONTH
    dialog.set_quantity(0, 4)  # 4 × ¥45 = ¥180
    add_part(qtbot, dialog, "电源板", 1)  # PWR-01 by name: ¥150, over the ¥300 quota
    add_part(qtbot, dialog, "ADP", 2)
    dialog.ui.lines_table.selectRow(2)
    click(qtbot, dialog.ui.remove_button)  # changed his mind
    assert [(x.part_no, x.quantity) for x in dialog.lines] == [("FAN-01", 4), ("PWR-01", 1)]
    assert dialog.total() == D("330.00") and "¥330.00" in dialog.ui.total_label.text()
    dialog.ui.shipping_combo.setCurrentIndex(dialog.ui.shipping_combo.findData(ShippingMethod.EMS))
    assert dialog.ui.urgent_cost_spin.isEnabled()
    click(qtbot, dialog.ui.save_button)  # urgent, but no cost difference given (D8)
    assert dialog.isVisible() and dialog.errors.message("urgent_cost")
    dialog.ui.urgent_cost_spin.setValue(60)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    number = sup.panel.detail.number
    assert status(depot, number) is R.DRAFT and sup.model.rowCount() == 1
    assert sup.panel.ui.urgent_cost_value.text() == "¥60.00"
    assert sup.panel.ui.excess_value.text() == "¥30.00"  # shown before submitting

    box = submit(qtbot, sup)
    assert "¥300.00" in box.text() and "¥30.00" in box.text()
    click(qtbot, next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole))
    assert status(depot, number) is R.AWAITING_APPROVAL
    assert not sup.panel.buttons[Action.APPROVE].isVisible()  # the supervisor cannot let it past the quota
    with pytest.raises(MissingPermission):
        sup.services.requisitions.approve_over_quota(sup.actor, number)
    assert [x.over_quota for x in sup.panel.detail.lines] == [False, True]  # the line past the quota
    assert sup.panel.ui.message_label.text() == f"{number} 超出额度：等待总经理批准（D6）。"
    assert "电源板（超额）" in sup.panel.text()

    manager = workspace(qtbot, depot, "manager")
    manager.ui.table_view.selectRow(0)
    assert manager.panel.detail.number == number
    press(qtbot, manager, Action.APPROVE)
    assert status(depot, number) is R.SUBMITTED
    assert "王总批准" in manager.panel.ui.quota_note_label.text()  # no longer "must approve"

    sup.reload()
    assert sup.panel.buttons[Action.SHIP].isEnabled()
    press(qtbot, sup, Action.SHIP)
    assert status(depot, number) is R.SHIPPED
    press(qtbot, sup, Action.RECEIVE)
    receive = sup.actions.dialog(ReceiveDialog)
    assert [(x.part_no, x.outstanding) for x in receive.lines] == [("FAN-01", 4), ("PWR-01", 1)]
    month = sup.panel.detail.month  # the heading and the quota name month and quarter in words
    assert receive.ui.intro_label.text() == f"{number} · {month.year}年{month.month}月"
    assert sup.panel.ui.quarter_value.text() == f"{month.year}年第{'一二三四'[(month.month - 1) // 3]}季度"
    receive.spin(0).setValue(2)  # half the fans came
    click(qtbot, receive.ui.save_button)
    assert status(depot, number) is R.PARTIALLY_RECEIVED
    assert (depot.on_hand("FAN-01"), depot.on_hand("PWR-01")) == (7, 1)
    assert [(x.received, x.outstanding) for x in sup.panel.detail.lines] == [(2, 2), (0, 1)]
    press(qtbot, sup, Action.RECEIVE)
    assert [(x.part_no, x.outstanding) for x in receive.lines] == [("FAN-01", 2), ("PWR-01", 1)]
    click(qtbot, receive.ui.all_button)
    click(qtbot, receive.ui.save_button)
    assert status(depot, number) is R.RECEIVED
    assert (depot.on_hand("FAN-01"), depot.on_hand("PWR-01")) == (9, 2)
    assert not any(sup.panel.buttons[a].isEnabled() for a in (Action.SUBMIT, Action.SHIP, Action.RECEIVE,
                                                              Action.CANCEL))


def test_a_draft_shipped_with_the_goods_needs_no_urgent_cost(qtbot, depot: Depot) -> None:  # rule D8
    sup = workspace(qtbot, depot, "sup")
    dialog = new_draft(qtbot, sup)
    assert dialog.shipping() is ShippingMethod.NORMAL  # the enum, not the combo's plain string
    assert not dialog.ui.urgent_cost_spin.isEnabled()  # only urgent shipping has a cost difference
    click(qtbot, dialog.ui.save_button)
    assert not dialog.isVisible() and not dialog.errors.message("urgent_cost")
    with depot.db.sessions.read() as s:
        saved = s.scalars(select(Requisition)).one()
        assert saved.shipping is ShippingMethod.NORMAL and saved.urgent_cost is None
    assert "1 项" in sup.panel.ui.total_label.text()  # one line: "共 1 项", no English plural


def test_cancelling_needs_a_reason(qtbot, depot: Depot) -> None:
    number = RequisitionService(depot.db.sessions).create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 1)])
    sup = workspace(qtbot, depot, "sup")
    sup.ui.table_view.selectRow(0)
    press(qtbot, sup, Action.CANCEL)
    dialog = sup.actions.dialog(RequisitionNoteDialog)
    assert dialog.isVisible()
    click(qtbot, dialog.ui.ok_button)
    assert dialog.isVisible() and dialog.errors.message("reason")
    assert status(depot, number) is R.DRAFT
    dialog.ui.note_edit.setText("厂家停产，改下月申领")  # typed with an input method
    click(qtbot, dialog.ui.ok_button)
    assert not dialog.isVisible() and status(depot, number) is R.CANCELLED
    assert not sup.panel.buttons[Action.CANCEL].isEnabled()
    assert "已取消" in sup.panel.ui.quota_note_label.text()  # no approval asked of a cancelled one


def test_the_technician_only_looks(qtbot, depot: Depot) -> None:
    RequisitionService(depot.db.sessions).create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 1)])
    tech = workspace(qtbot, depot, "tech")
    tech.ui.table_view.selectRow(0)
    assert tech.panel.detail is not None and "FAN-01" in tech.panel.text()
    assert not tech.ui.new_button.isVisible() and not tech.ui.returns_button.isVisible()
    assert not any(button.isVisible() for button in tech.panel.buttons.values())


def test_the_form_prints_and_exports_in_the_manufacturers_layout(qtbot, depot: Depot, tmp_path: Path,
                                                                  private_settings) -> None:  # rule D8
    number = RequisitionService(depot.db.sessions).create(
        depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 3), (depot.part_ids["PWR-01"], 1)])
    sup = workspace(qtbot, depot, "sup")
    sup.ui.table_view.selectRow(0)
    with qtbot.waitSignal(sup.actions.documents.preview_opened, timeout=20000) as opened:
        press(qtbot, sup, Action.PRINT)
    preview = opened.args[0]
    text = pdf_text(preview.pdf)
    for expected in ("维修配件备料单", number, "FAN-01", "PWR-01", "¥285.00", "张主管"):
        assert expected in text, expected
    assert preview.save_to(tmp_path / "备料单.pdf")  # logged once saved
    preview.close()
    target = tmp_path / "备料单.xlsx"
    with qtbot.waitSignal(sup.actions.documents.exported, timeout=20000):
        sup.actions.documents.export_requisition(sup.actor, number, target)
    cells = {str(c.value) for row in load_workbook(target).active.iter_rows() for c in row if c.value is not None}
    assert number in " ".join(cells) and "FAN-01" in cells
    with depot.db.sessions.read() as s:
        assert s.scalars(select(PrintedDocument.document)).all() == ["requisition_form", "requisition_form"]


def test_a_shift_change_takes_the_new_users_rights(qtbot, depot: Depot) -> None:
    RequisitionService(depot.db.sessions).create(depot.staff["sup"], MONTH, [(depot.part_ids["FAN-01"], 1)])
    tab = workspace(qtbot, depot, "tech")
    tab.ui.table_view.selectRow(0)
    assert not tab.panel.buttons[Action.SUBMIT].isVisible()
    tab.set_actor(depot.staff["sup"])
    assert tab.actor is depot.staff["sup"] and tab.ui.new_button.isVisible()
    assert tab.panel.buttons[Action.SUBMIT].isVisible() and tab.panel.buttons[Action.SUBMIT].isEnabled()
