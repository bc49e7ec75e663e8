"""Right after sign-in (and after another user takes over at the idle lock) the cursor is in the claims
tab's search box: a barcode scan or Ctrl+N works without a click first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.app import build_main_window
from desktop_app.core.roles import Role
from desktop_app.gui.dialogs.lock_dialog import LockDialog
from desktop_app.gui.idle_lock import IdleLock


def shown_as_at_start(qtbot, database, actor):
    """As ``app.run_window`` shows it."""
    window = build_main_window(database, actor)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_after_sign_in_a_scan_lands_in_the_claims_search_box(qtbot, database, manager):
    window = shown_as_at_start(qtbot, database, manager)
    claims = window.tabs[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is claims.ui.search_edit, timeout=2_000)
    qtbot.keyClicks(QApplication.focusWidget(), "SC-2026-000070")
    assert claims.ui.search_edit.text() == "SC-2026-000070"


def test_after_sign_in_ctrl_n_opens_a_new_claim_at_once(qtbot, database, manager):
    window = shown_as_at_start(qtbot, database, manager)
    claims = window.tabs[0]
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert claims.windows.intake is not None and claims.windows.intake.isVisible()
    claims.windows.intake.discard_changes()


def test_after_a_user_switch_at_the_lock_the_cursor_is_back_in_the_search_box(qtbot, database, manager, accounts):
    accounts.add_user(manager, "desk2", "前台小王", Role.OPERATOR, "secret-123")
    window = shown_as_at_start(qtbot, database, manager)
    claims = window.tabs[0]
    window.tabs[0].ui.status_combo.setFocus()  # the manager was filtering
    lock = window.findChild(IdleLock)
    lock.lock()
    dialog = window.findChild(LockDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.switched.emit(accounts.sign_in("desk2", "secret-123"), False)
    dialog.close()
    qtbot.waitUntil(lambda: window.actor.username == "desk2")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is claims.ui.search_edit, timeout=2_000)
