"""Idle lock: hides the window after the interval; the same user unlocks, or the next one takes over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.app import build_main_window
from desktop_app.core.roles import Role
from desktop_app.gui.idle_lock import IdleLock, has_unsaved_work
from desktop_app.services import settings
from gui_support import MANAGER

TECHNICIAN = ("lixiao", "李晓", "bench-2026!")


class FakeForm(QDialog):
    """A window of the main window with typed, unsaved input: the protocol's two methods."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = "客户：张三，故障：不开机"
        self.discarded = False

    def has_unsaved_changes(self) -> bool:
        return bool(self.text)

    def discard_changes(self) -> None:
        self.text = ""
        self.discarded = True
        self.close()


@pytest.fixture
def technician(accounts, manager):
    return accounts.add_user(manager, TECHNICIAN[0], TECHNICIAN[1], Role.TECHNICIAN, TECHNICIAN[2])


@pytest.fixture
def idle_lock(main_window) -> IdleLock:
    lock = main_window.findChild(IdleLock)
    assert lock is not None  # build_main_window wires it
    return lock


def lock_now(qtbot, idle_lock: IdleLock) -> QDialog:
    with qtbot.waitSignal(idle_lock.locked):
        idle_lock.lock()
    qtbot.waitExposed(idle_lock.dialog)
    return idle_lock.dialog


def sign_in_at_lock(qtbot, dialog, username: str, password: str) -> None:
    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, username)
    dialog.ui.password_edit.clear()
    qtbot.keyClicks(dialog.ui.password_edit, password)
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)


def status_text(window) -> str:
    return window._user_label.text()


def test_the_interval_comes_from_the_settings_in_minutes(qtbot, database, manager):
    with database.sessions.write() as session, session.begin():
        settings.put(session, "security.idle_lock_minutes", 3)
    window = build_main_window(database, manager)
    qtbot.addWidget(window)
    lock = window.findChild(IdleLock)
    assert lock.interval_ms == 180_000 and lock.remaining_ms() > 170_000  # counting (a coarse timer)


def test_locks_after_the_interval_covering_the_window(qtbot, main_window, idle_lock):
    with qtbot.waitSignal(idle_lock.locked, timeout=5000):
        idle_lock.set_interval_ms(50)
    cover = idle_lock.covers[0]
    assert cover.isVisible() and cover.geometry() == main_window.rect()
    on_top = [w for w in main_window.children() if isinstance(w, QWidget) and not w.isWindow()][-1]
    assert on_top is cover  # above the tabs, menus and status bar
    dialog = idle_lock.dialog
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert dialog.ui.username_edit.text() == MANAGER[0]
    main_window.resize(1000, 700)
    qtbot.waitUntil(lambda: cover.geometry() == main_window.rect())


def test_input_restarts_the_countdown(qtbot, main_window, idle_lock):
    idle_lock.set_interval_ms(2000)
    qtbot.waitUntil(lambda: idle_lock.remaining_ms() < 1700)
    qtbot.keyClick(main_window.tabs[0].ui.search_edit, Qt.Key.Key_A)
    assert idle_lock.remaining_ms() > 1700 and not idle_lock.is_locked


def test_ctrl_l_locks_and_escape_does_not_unlock(qtbot, main_window, idle_lock):
    qtbot.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert idle_lock.is_locked
    qtbot.keyClick(idle_lock.dialog, Qt.Key.Key_Escape)
    assert idle_lock.dialog.isVisible()


def test_wrong_password_is_refused_and_the_right_one_unlocks(qtbot, main_window, idle_lock):
    dialog = lock_now(qtbot, idle_lock)
    sign_in_at_lock(qtbot, dialog, MANAGER[0], "not-my-password")
    assert dialog.error_message() == "用户名或密码错误。"
    assert idle_lock.is_locked and idle_lock.covers[0].isVisible()
    with qtbot.waitSignal(idle_lock.unlocked):
        sign_in_at_lock(qtbot, dialog, MANAGER[0], MANAGER[2])
    assert not idle_lock.is_locked and idle_lock.covers == []
    assert main_window.actor.username == MANAGER[0]
    assert idle_lock.remaining_ms() > 0  # counting again


def test_another_user_takes_over_and_the_status_bar_shows_them(qtbot, main_window, idle_lock, technician):
    assert "王建国" in status_text(main_window)
    dialog = lock_now(qtbot, idle_lock)
    with qtbot.waitSignal(idle_lock.user_switched):
        sign_in_at_lock(qtbot, dialog, TECHNICIAN[0], TECHNICIAN[2])
    assert main_window.actor.username == TECHNICIAN[0]
    assert status_text(main_window) == "当前用户：李晓（技术员）"
    assert not main_window.ui.action_users.isVisible() and not main_window.ui.action_audit_log.isVisible()
    assert main_window.tabs[0].actor.username == TECHNICIAN[0]  # the claims tab saves as the new user
    assert "李晓" in main_window.statusBar().currentMessage()


def test_unsaved_work_warns_and_going_back_keeps_the_first_user(qtbot, main_window, idle_lock, technician):
    form = FakeForm(main_window)
    form.show()
    assert has_unsaved_work(main_window)
    dialog = lock_now(qtbot, idle_lock)
    assert any(cover.parent() is form for cover in idle_lock.covers)  # the form is hidden too
    sign_in_at_lock(qtbot, dialog, TECHNICIAN[0], TECHNICIAN[2])
    assert dialog.unsaved_warning_shown()
    assert dialog.ui.unsaved_label.text().startswith("表单中有未保存的内容")
    assert main_window.actor.username == MANAGER[0]  # nothing switched yet
    qtbot.keyClick(dialog.ui.go_back_button, Qt.Key.Key_Space)
    assert not dialog.unsaved_warning_shown()
    assert dialog.ui.username_edit.text() == MANAGER[0]
    with qtbot.waitSignal(idle_lock.unlocked):
        sign_in_at_lock(qtbot, dialog, MANAGER[0], MANAGER[2])
    assert main_window.actor.username == MANAGER[0] and "王建国" in status_text(main_window)
    assert form.text and not form.discarded and form.isVisible()


def test_unsaved_work_can_be_discarded_to_switch(qtbot, main_window, idle_lock, technician):
    form = FakeForm(main_window)
    form.show()
    dialog = lock_now(qtbot, idle_lock)
    sign_in_at_lock(qtbot, dialog, TECHNICIAN[0], TECHNICIAN[2])
    with qtbot.waitSignal(idle_lock.user_switched):
        dialog.ui.discard_button.click()
    assert form.discarded and not form.isVisible()
    assert main_window.actor.username == TECHNICIAN[0]


def test_the_managers_windows_close_when_a_technician_takes_over(qtbot, main_window, idle_lock, technician):
    main_window.ui.action_audit_log.trigger()
    viewer = main_window.account_windows.audit_viewer
    qtbot.waitExposed(viewer)
    dialog = lock_now(qtbot, idle_lock)
    sign_in_at_lock(qtbot, dialog, TECHNICIAN[0], TECHNICIAN[2])
    assert main_window.account_windows.audit_viewer is None
