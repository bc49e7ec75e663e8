"""Sign in: a wrong password is refused with the message; the right one signs in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui_support import MANAGER
from desktop_app.gui.dialogs.sign_in_dialog import SignInDialog


@pytest.fixture
def dialog(qtbot, accounts, manager, database) -> SignInDialog:
    dialog = SignInDialog(accounts, database.location)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def sign_in_with_keyboard(qtbot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, username)
    qtbot.keyClicks(dialog.ui.password_edit, password)
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)


def test_wrong_password_is_refused_keeping_the_user_name(qtbot, dialog):
    sign_in_with_keyboard(qtbot, dialog, MANAGER[0], "not-the-password")
    assert dialog.error_message() == "用户名或密码错误。"
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.ui.username_edit.text() == MANAGER[0]
    assert dialog.ui.password_edit.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.password_edit)


def test_right_password_signs_in_after_a_failure(qtbot, dialog):
    sign_in_with_keyboard(qtbot, dialog, MANAGER[0], "wrong-password")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog.ui.password_edit, MANAGER[2])
        qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.display_name) == (MANAGER[0], MANAGER[1])


def test_empty_user_name_is_asked_for(qtbot, dialog):
    sign_in_with_keyboard(qtbot, dialog, "", "whatever-1")
    assert dialog.error_message() == "请输入您的用户名。"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.username_edit)


def test_a_locked_account_says_so(qtbot, dialog):
    for _ in range(5):
        sign_in_with_keyboard(qtbot, dialog, MANAGER[0], "wrong-password")
    sign_in_with_keyboard(qtbot, dialog, MANAGER[0], MANAGER[2])
    assert "账户已锁定" in dialog.error_message()
    assert dialog.actor is None


def test_shows_which_database(dialog, database):
    assert dialog.ui.location_label.text() == f"数据库：{database.location}"


@pytest.fixture
def opening_dialog(qtbot) -> SignInDialog:
    """As the start shows it: before the database has opened."""
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_sign_in_typed_while_the_database_opens_goes_through_once_it_is(qtbot, opening_dialog, accounts, manager,
                                                                       database):
    dialog = opening_dialog
    assert dialog.waiting_for_database and dialog.ui.location_label.isHidden()
    sign_in_with_keyboard(qtbot, dialog, MANAGER[0], MANAGER[2])
    assert dialog.error_message() == "正在打开数据库……稍候将自动为您登录。"
    assert not dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.isVisible() and dialog.actor is None
    with qtbot.waitSignal(dialog.accepted):
        dialog.database_ready(accounts, database.location)
    assert dialog.actor is not None and dialog.actor.username == MANAGER[0]
    assert dialog.ui.location_label.text() == f"数据库：{database.location}"


def test_a_wrong_password_typed_while_opening_is_refused_once_open(qtbot, opening_dialog, accounts, manager,
                                                                   database):
    dialog = opening_dialog
    sign_in_with_keyboard(qtbot, dialog, MANAGER[0], "not-the-password")
    dialog.database_ready(accounts, database.location)
    assert dialog.error_message() == "用户名或密码错误。"
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.isVisible() and dialog.actor is None
    with qtbot.waitSignal(dialog.accepted):  # from now on a sign-in is checked at once
        qtbot.keyClicks(dialog.ui.password_edit, MANAGER[2])
        qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)


def test_an_empty_user_name_is_asked_for_even_while_opening(qtbot, opening_dialog):
    sign_in_with_keyboard(qtbot, opening_dialog, "", "whatever-1")
    assert opening_dialog.error_message() == "请输入您的用户名。"
