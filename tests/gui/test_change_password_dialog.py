"""Change password: the current one is checked, the new one replaces it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.dialogs.change_password_dialog import ChangePasswordDialog
from desktop_app.services.accounts import SignInFailed
from gui_support import MANAGER

NEW_PASSWORD = "new-counter-27"


@pytest.fixture
def dialog(qtbot, accounts, manager) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(accounts, manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_passwords(qtbot, dialog: ChangePasswordDialog, old: str, new: str, repeat: str) -> None:
    for edit, text in ((dialog.ui.old_password_edit, old), (dialog.ui.password_edit, new),
                       (dialog.ui.repeat_edit, repeat)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(dialog.ui.repeat_edit, Qt.Key.Key_Return)


def test_changes_the_password_and_the_old_one_stops_working(qtbot, dialog, accounts):
    assert dialog.ui.prompt_label.text() == "为 王建国（boss）设置新密码。"
    with qtbot.waitSignal(dialog.accepted):
        type_passwords(qtbot, dialog, MANAGER[2], NEW_PASSWORD, NEW_PASSWORD)
    assert accounts.sign_in(MANAGER[0], NEW_PASSWORD).username == MANAGER[0]
    with pytest.raises(SignInFailed):
        accounts.sign_in(MANAGER[0], MANAGER[2])


def test_a_wrong_current_password_is_refused_at_its_field(qtbot, dialog, accounts):
    type_passwords(qtbot, dialog, "not-the-password", NEW_PASSWORD, NEW_PASSWORD)
    assert dialog.error_message() == "当前密码错误。"
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.old_password_edit)
    assert accounts.sign_in(MANAGER[0], MANAGER[2]).username == MANAGER[0]  # unchanged


def test_a_short_or_differing_new_password_is_refused_before_anything_is_checked(qtbot, dialog):
    type_passwords(qtbot, dialog, MANAGER[2], "short", "short")
    assert dialog.error_message() == "新密码：密码至少需要 8 个字符。"
    type_passwords(qtbot, dialog, MANAGER[2], NEW_PASSWORD, NEW_PASSWORD + "x")
    assert dialog.error_message() == "重复新密码：两次输入的密码不一致。"


def test_file_menu_opens_it_and_the_status_bar_confirms(qtbot, main_window, accounts):
    file_entries = [a.text() for a in main_window.ui.menu_file.actions() if not a.isSeparator()]
    assert file_entries[:2] == ["修改密码(&C)…", "锁定(&L)"]
    assert main_window.ui.action_lock.shortcut().toString() == "Ctrl+L"
    main_window.ui.action_change_password.trigger()
    dialog = main_window.findChild(ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.accepted):
        type_passwords(qtbot, dialog, MANAGER[2], NEW_PASSWORD, NEW_PASSWORD)
    assert main_window.statusBar().currentMessage() == "您的密码已修改。"
