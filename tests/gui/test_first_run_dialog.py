"""First run: the general manager's account is validated before anything is written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from gui_support import MANAGER, staff_count
from desktop_app.core.roles import Role
from desktop_app.gui.dialogs.first_run_dialog import FirstRunDialog


@pytest.fixture
def dialog(qtbot, accounts) -> FirstRunDialog:
    dialog = FirstRunDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def fill(dialog: FirstRunDialog, username: str, name: str, password: str, repeat: str) -> None:
    dialog.ui.username_edit.setText(username)
    dialog.ui.display_name_edit.setText(name)
    dialog.ui.password_edit.setText(password)
    dialog.ui.repeat_edit.setText(repeat)


def click_ok(qtbot, dialog: FirstRunDialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("values", "edit_name", "message"),
    [
        (("", "王建国", "counter-2026", "counter-2026"), "username_edit", "请输入用户名。"),
        (("boss", " ", "counter-2026", "counter-2026"), "display_name_edit", "请输入姓名。"),
        (("boss", "王建国", "short", "short"), "password_edit", "密码至少需要 8 个字符。"),
        (("boss", "王建国", "counter-2026", "counter-2027"), "repeat_edit", "确认密码：两次输入的密码不一致。"),
    ],
    ids=["empty-user-name", "empty-name", "short-password", "mismatched-repeat"],
)
def test_bad_input_names_the_field_keeps_the_input_and_writes_nothing(
    qtbot, dialog, database, values, edit_name, message
):
    fill(dialog, *values)
    click_ok(qtbot, dialog)
    assert dialog.error_message() == message
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    edit = getattr(dialog.ui, edit_name)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    typed = [dialog.ui.username_edit.text(), dialog.ui.display_name_edit.text(),
             dialog.ui.password_edit.text(), dialog.ui.repeat_edit.text()]
    assert typed == list(values)
    assert staff_count(database) == 0


def test_good_input_creates_the_manager_who_can_then_sign_in(qtbot, dialog, accounts):
    fill(dialog, *MANAGER, MANAGER[2])
    dialog.ui.sample_data_check.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.actor is not None and dialog.actor.role is Role.MANAGER
    assert dialog.load_sample_data_requested
    signed_in = accounts.sign_in(MANAGER[0], MANAGER[2])
    assert (signed_in.display_name, signed_in.role) == ("王建国", Role.MANAGER)
    assert not accounts.needs_first_run()


def test_the_form_is_filled_with_the_keyboard_alone(qtbot, dialog, accounts):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.username_edit)
    for text in (MANAGER[0], MANAGER[1], MANAGER[2], MANAGER[2]):
        field = QApplication.focusWidget()
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:
            field.insert(text)  # what an input method commits; QTest can only type ASCII
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.sample_data_check
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.repeat_edit, Qt.Key.Key_Return)
    assert accounts.sign_in(MANAGER[0], MANAGER[2]).username == MANAGER[0]


def test_cancel_writes_nothing(qtbot, dialog, database):
    fill(dialog, *MANAGER, MANAGER[2])
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.actor is None
    assert staff_count(database) == 0


@pytest.fixture
def preparing_dialog(qtbot) -> FirstRunDialog:
    """As the start shows it on a new database: before the database is ready."""
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_account_asked_for_while_the_database_is_made_is_created_once_it_is(qtbot, preparing_dialog, accounts,
                                                                                database):
    dialog = preparing_dialog
    fill(dialog, MANAGER[0], MANAGER[1], MANAGER[2], MANAGER[2])
    click_ok(qtbot, dialog)
    assert dialog.error_message() == "正在准备新数据库……稍候将自动为您创建账户。"
    assert not dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.actor is None and staff_count(database) == 0
    with qtbot.waitSignal(dialog.accepted):
        dialog.database_ready(accounts)
    assert dialog.actor is not None and dialog.actor.role is Role.MANAGER and staff_count(database) == 1


def test_a_wrong_field_asked_for_while_preparing_is_named_once_ready(qtbot, preparing_dialog, accounts, database):
    dialog = preparing_dialog
    fill(dialog, MANAGER[0], MANAGER[1], "short", "short")
    click_ok(qtbot, dialog)
    dialog.database_ready(accounts)
    assert dialog.error_message() == "密码至少需要 8 个字符。"
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.isVisible() and staff_count(database) == 0
