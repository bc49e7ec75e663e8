"""编辑… in the users dialog: a misspelt 姓名 is corrected and a technician promoted on the same account
(their history stays theirs, E24); refusals are shown in the edit dialog at the field at fault."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_support import keep_screenshot, staff_count
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from work_order_depot import build_depot

from desktop_app.core.roles import Role
from desktop_app.gui.audit_table_model import ACTION, CHANGES, ENTITY, AuditTableModel
from desktop_app.gui.dialogs.users_dialog import UsersDialog
from desktop_app.services.accounts import AccountService
from desktop_app.services.audit_log import AuditLog
from desktop_app.services.work_orders import WorkOrderService

TECHNICIAN = ("lixiao", "李晓", "bench-2026!")


@pytest.fixture
def dialog(qtbot, accounts, manager) -> UsersDialog:
    accounts.add_user(manager, TECHNICIAN[0], TECHNICIAN[1], Role.TECHNICIAN, TECHNICIAN[2])
    dialog = UsersDialog(accounts, manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_edit(qtbot, dialog: UsersDialog, username: str):
    dialog.select_user(username)
    assert dialog.ui.edit_button.text() == "编辑(&I)…"
    dialog.ui.edit_button.click()
    edit = dialog.edit_dialog
    assert edit is not None
    qtbot.waitExposed(edit)
    return edit


def save(edit) -> None:
    edit.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_edit_corrects_the_name_and_promotes_the_technician_on_the_same_row(qtbot, dialog, accounts):
    edit = open_edit(qtbot, dialog, TECHNICIAN[0])
    assert edit.windowTitle() == "编辑用户"
    assert edit.ui.display_name_edit.text() == "李晓" and edit.ui.role_combo.currentText() == "技术员"
    edit.ui.display_name_edit.setText("李小明")  # Chinese comes from an input method, not key clicks
    edit.ui.role_combo.setCurrentIndex(edit.ui.role_combo.findData(Role.SUPERVISOR.value))
    keep_screenshot(edit, "edit_user_dialog")
    save(edit)
    qtbot.waitUntil(lambda: not edit.isVisible())
    table = dialog.ui.staff_table
    assert table.rowCount() == 2  # no second account
    assert [table.item(1, c).text() for c in range(3)] == ["lixiao", "李小明", "主管"]
    assert dialog.selected().username == "lixiao"
    assert dialog.ui.message_label.text() == ("已保存：李小明（主管），账户和历史不变。"
                                              "若 李小明 正在登录，更改在其下次登录后生效。")
    keep_screenshot(dialog, "users_dialog_after_edit")
    actor = accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2])
    assert (actor.display_name, actor.role) == ("李小明", Role.SUPERVISOR)


def test_the_audit_log_reads_the_edit_old_to_new_in_chinese(qtbot, dialog, database, manager):
    edit = open_edit(qtbot, dialog, TECHNICIAN[0])
    edit.ui.display_name_edit.setText("李小明")
    edit.ui.role_combo.setCurrentIndex(edit.ui.role_combo.findData(Role.SUPERVISOR.value))
    save(edit)
    qtbot.waitUntil(lambda: not edit.isVisible())
    model = AuditTableModel(AuditLog(database.sessions), manager)
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.index(r, ACTION).data() == "修改")
    assert model.index(row, ENTITY).data() == "员工账户"
    text = model.index(row, CHANGES).data()
    assert text == "姓名: 李晓 → 李小明; 岗位: 技术员 → 主管"


def test_a_blank_name_is_refused_at_the_name_field_and_nothing_is_written(qtbot, dialog, accounts, database):
    edit = open_edit(qtbot, dialog, TECHNICIAN[0])
    edit.ui.display_name_edit.setText("   ")
    save(edit)
    assert edit.isVisible()
    assert edit.error_message() == "请输入姓名。"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit.ui.display_name_edit)
    assert [(p.display_name, p.role) for p in accounts.list_staff() if p.username == "lixiao"] == [
        ("李晓", Role.TECHNICIAN)]
    edit.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.ui.staff_table.item(1, 1).text() == "李晓" and staff_count(database) == 2


def test_the_manager_renames_themself_but_cannot_pick_their_own_role(qtbot, dialog):
    edit = open_edit(qtbot, dialog, "boss")
    assert not edit.ui.role_combo.isEnabled()
    assert edit.ui.role_hint_label.text() == "登录期间不能更改自己的角色。"
    keep_screenshot(edit, "edit_user_dialog_own")
    edit.ui.display_name_edit.setText("王建华")
    qtbot.keyClick(edit.ui.display_name_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not edit.isVisible())
    assert dialog.ui.staff_table.item(0, 1).text() == "王建华"
    assert dialog.ui.message_label.text() == "已保存：王建华（总经理）。您的窗口在重新登录后显示新姓名。"


def test_a_technician_holding_orders_cannot_become_front_desk_and_is_told_to_reassign(qtbot, database):
    depot = build_depot(database)
    sale = dt.date.today() - dt.timedelta(days=100)
    orders = WorkOrderService(database.sessions)
    for serial in ("SN-G1", "SN-G2"):
        orders.dispatch(depot.staff["sup"], depot.order_id(depot.take_in(serial, sale).work_order_number),
                        depot.staff["tech"].staff_id)
    accounts = AccountService(database.sessions)
    dialog = UsersDialog(accounts, depot.staff["manager"])
    qtbot.addWidget(dialog)
    dialog.show()
    edit = open_edit(qtbot, dialog, "tech")
    edit.ui.role_combo.setCurrentIndex(edit.ui.role_combo.findData(Role.OPERATOR.value))
    save(edit)
    assert edit.isVisible()
    assert edit.error_message() == "角色：李工 还有 2 张未完工的工单：请先将其改派给其他技术员。"
    keep_screenshot(edit, "edit_user_dialog_refused")
    assert next(p.role for p in accounts.list_staff() if p.username == "tech") == Role.TECHNICIAN


def test_double_clicking_a_person_opens_the_edit_dialog(qtbot, dialog):
    table = dialog.ui.staff_table
    rect = table.visualRect(table.model().index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: dialog.edit_dialog is not None and dialog.edit_dialog.isVisible())
    assert dialog.edit_dialog.person.username == TECHNICIAN[0]
