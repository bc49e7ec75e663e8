"""User management: add a technician, refuse a short password, deactivate; menus follow the role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop_app.app import build_main_window
from desktop_app.core.roles import Role
from desktop_app.db.models import AuditEntry
from desktop_app.gui.dialogs.users_dialog import UsersDialog
from desktop_app.services.accounts import SignInFailed
from gui_support import staff_count

TECHNICIAN = ("lixiao", "李晓", "bench-2026!")


@pytest.fixture
def dialog(qtbot, accounts, manager) -> UsersDialog:
    dialog = UsersDialog(accounts, manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_new_user(qtbot, dialog: UsersDialog, username: str, name: str, role: Role, password: str,
                  repeat: str | None = None) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.username_edit, username)
    ui.display_name_edit.setText(name)  # Chinese comes from an input method, not key clicks
    ui.role_combo.setCurrentIndex(ui.role_combo.findData(role.value))
    qtbot.keyClicks(ui.password_edit, password)
    qtbot.keyClicks(ui.repeat_edit, password if repeat is None else repeat)


def audit_entries(database) -> int:
    with database.sessions.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_lists_the_staff_with_translated_role_and_status(dialog):
    table = dialog.ui.staff_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == ["boss", "王建国", "总经理", "启用"]
    assert [dialog.ui.role_combo.itemText(i) for i in range(4)] == ["前台", "技术员", "主管", "总经理"]


def test_adds_a_technician_who_can_then_sign_in(qtbot, dialog, accounts, database):
    fill_new_user(qtbot, dialog, *TECHNICIAN[:2], Role.TECHNICIAN, TECHNICIAN[2])
    qtbot.keyClick(dialog.ui.repeat_edit, Qt.Key.Key_Return)  # Enter in the form adds the user
    assert dialog.add_error() == ""
    assert dialog.isVisible()  # Enter did not close the dialog
    table = dialog.ui.staff_table
    assert table.rowCount() == 2 and table.item(1, 2).text() == "技术员"
    assert dialog.selected().username == TECHNICIAN[0]
    assert "李晓" in dialog.ui.message_label.text()
    assert dialog.ui.username_edit.text() == "" and dialog.ui.password_edit.text() == ""
    actor = accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2])
    assert (actor.display_name, actor.role) == ("李晓", Role.TECHNICIAN)


def test_a_short_password_is_refused_naming_the_field_and_nothing_is_written(qtbot, dialog, database):
    before = (staff_count(database), audit_entries(database))
    fill_new_user(qtbot, dialog, "shorty", "张短", Role.OPERATOR, "abc")
    dialog.ui.add_button.click()
    assert dialog.add_error() == "密码至少需要 8 个字符。"  # names its field already: no "密码：" in front
    assert (staff_count(database), audit_entries(database)) == before
    assert dialog.ui.staff_table.rowCount() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.password_edit)


def test_a_taken_or_bad_user_name_is_told_without_repeating_the_field_name(qtbot, dialog):
    fill_new_user(qtbot, dialog, "boss", "王二", Role.OPERATOR, "long-enough-1")
    dialog.ui.add_button.click()
    assert dialog.add_error() == "用户名“boss”已被使用。"
    dialog.ui.username_edit.setText("tech li")
    dialog.ui.add_button.click()
    assert dialog.add_error() == "用户名须为一个不含空格的词，最多 50 个字符。"


def test_differing_passwords_are_refused_at_the_repeat_field(qtbot, dialog, database):
    fill_new_user(qtbot, dialog, "wu", "吴", Role.OPERATOR, "long-enough-1", repeat="long-enough-2")
    dialog.ui.add_button.click()
    assert dialog.add_error().startswith("重复密码：")
    assert staff_count(database) == 1


def test_deactivating_a_user_stops_their_sign_in_and_reactivating_restores_it(qtbot, dialog, accounts, manager):
    accounts.add_user(manager, TECHNICIAN[0], TECHNICIAN[1], Role.TECHNICIAN, TECHNICIAN[2])
    dialog.reload()
    dialog.select_user(TECHNICIAN[0])
    assert dialog.ui.active_button.text() == "停用(&D)"
    dialog.ui.active_button.click()
    assert dialog.ui.staff_table.item(1, 3).text() == "已停用"
    with pytest.raises(SignInFailed, match="deactivated"):
        accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2])
    assert dialog.ui.active_button.text() == "重新启用(&R)"
    dialog.ui.active_button.click()
    assert accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2]).username == TECHNICIAN[0]


def test_the_manager_cannot_deactivate_themself(dialog):
    dialog.select_user("boss")
    assert not dialog.ui.active_button.isEnabled()


def test_reset_password_replaces_the_old_one(qtbot, dialog, accounts, manager):
    accounts.add_user(manager, TECHNICIAN[0], TECHNICIAN[1], Role.TECHNICIAN, TECHNICIAN[2])
    dialog.reload(select_username=TECHNICIAN[0])
    qtbot.keyClicks(dialog.ui.reset_password_edit, "short")
    dialog.ui.reset_button.click()
    assert dialog.selected_error().startswith("新密码：")
    dialog.ui.reset_password_edit.clear()
    qtbot.keyClicks(dialog.ui.reset_password_edit, "fresh-pass-9")
    qtbot.keyClicks(dialog.ui.reset_repeat_edit, "fresh-pass-9")
    qtbot.keyClick(dialog.ui.reset_repeat_edit, Qt.Key.Key_Return)
    assert dialog.selected_error() == ""
    assert accounts.sign_in(TECHNICIAN[0], "fresh-pass-9").username == TECHNICIAN[0]
    with pytest.raises(SignInFailed):
        accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2])


def test_the_service_refuses_a_non_manager_even_if_the_dialog_were_reached(qtbot, accounts, manager, database):
    accounts.add_user(manager, TECHNICIAN[0], TECHNICIAN[1], Role.TECHNICIAN, TECHNICIAN[2])
    technician = accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2])
    dialog = UsersDialog(accounts, technician)
    qtbot.addWidget(dialog)
    fill_new_user(qtbot, dialog, "sneaky", "偷偷", Role.MANAGER, "long-enough-1")
    dialog.ui.add_button.click()
    assert dialog.add_error() == "您无权执行此操作：需要“管理用户”权限。"
    assert staff_count(database) == 2


def test_a_technician_does_not_see_users_or_audit_log(qtbot, database, accounts, manager):
    accounts.add_user(manager, TECHNICIAN[0], TECHNICIAN[1], Role.TECHNICIAN, TECHNICIAN[2])
    window = build_main_window(database, accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2]))
    qtbot.addWidget(window)
    assert not window.ui.action_users.isVisible() and not window.ui.action_users.isEnabled()
    assert not window.ui.action_audit_log.isVisible()
    assert window.ui.action_change_password.isVisible() and window.ui.action_lock.isVisible()
    window.set_actor(manager)
    assert window.ui.action_users.isVisible() and window.ui.action_audit_log.isVisible()


def test_the_manager_opens_users_from_the_tools_menu(qtbot, main_window):
    tools = [a.text() for a in main_window.ui.menu_tools.actions() if a.isVisible() and not a.isSeparator()]
    assert "用户管理(&U)…" in tools and "审计日志(&A)…" in tools
    main_window.ui.action_users.trigger()
    dialog = main_window.account_windows.users
    assert isinstance(dialog, UsersDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "用户管理"
