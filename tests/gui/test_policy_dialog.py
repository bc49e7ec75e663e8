"""Warranty policy dialog (rule W12): shows the version in force, a manager publishes a new one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from desktop_app.app import build_main_window
from desktop_app.core.roles import Role
from desktop_app.db.models import ProductCategory, WarrantyPolicyVersion
from desktop_app.gui.dialogs.policy_dialog import PolicyDialog, load_categories
from desktop_app.services.policy import PolicyService

TECHNICIAN = ("lixiao", "李晓", "bench-2026!")


@pytest.fixture
def policy(database) -> PolicyService:
    return PolicyService(database.sessions)


@pytest.fixture
def dialog(qtbot, database, manager, policy) -> PolicyDialog:
    with database.sessions.write() as session, session.begin():
        session.add_all([ProductCategory(code="industrial_ethernet", name_zh="工业以太网交换机",
                                         name_en="Industrial Ethernet switch"),
                         ProductCategory(code="router", name_zh="路由器", name_en="Router")])
    dialog = PolicyDialog(policy, manager, load_categories(database.sessions))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def version_count(database) -> int:
    with database.sessions.read() as session:
        return session.scalar(select(func.count()).select_from(WarrantyPolicyVersion)) or 0


def publish(dialog: PolicyDialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_shows_the_default_terms_with_their_rules(dialog):
    ui = dialog.ui
    assert ui.version_label.text() == "现行第 1 版。"
    assert [ui.return_months_spin.value(), ui.exchange_months_spin.value(), ui.repair_months_spin.value(),
            ui.long_repair_months_spin.value()] == [1, 12, 36, 60]
    assert [ui.doa_days_spin.value(), ui.early_defect_days_spin.value()] == [7, 15]
    assert ui.return_months_label.text() == "退货期（W2）(&R)："
    boxes = dialog.category_boxes
    assert boxes["industrial_ethernet"].isChecked()
    assert boxes["industrial_ethernet"].text() == "工业以太网交换机"
    assert not boxes["router"].isChecked()
    assert "配件目录" in ui.wear_parts_note.text() and "W12" in ui.old_claims_note.text()
    assert ui.button_box.button(QDialogButtonBox.StandardButton.Ok).text() == "发布新版本"


def test_publishing_shorter_repair_makes_version_two(qtbot, dialog, policy, database):
    dialog.ui.repair_months_spin.setValue(24)
    dialog.category_boxes["router"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        publish(dialog)
    terms = policy.current_terms()
    assert (terms.version, terms.repair_months) == (2, 24)
    assert terms.long_repair_categories == {"industrial_ethernet", "router"}
    assert dialog.published_text() == "已发布第 2 版。"
    assert version_count(database) == 2  # the default version 1 is kept for the claims judged under it


def test_exchange_longer_than_repair_is_refused_and_nothing_is_written(qtbot, dialog, policy, database):
    dialog.ui.exchange_months_spin.setValue(48)
    publish(dialog)
    assert dialog.isVisible()
    assert dialog.error_message() == "换货期（W3）（48）不得长于 免费维修期（W4）（36）"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.exchange_months_spin)
    assert policy.current_terms().version == 1
    assert version_count(database) == 0


def test_the_manager_opens_it_from_tools_and_the_status_bar_confirms(qtbot, main_window, policy):
    tools = [a.text() for a in main_window.ui.menu_tools.actions() if a.isVisible() and not a.isSeparator()]
    assert "保修政策(&P)…" in tools
    main_window.action_policy.trigger()
    dialog = main_window.account_windows.policy
    assert isinstance(dialog, PolicyDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "保修政策"
    assert dialog.category_boxes["industrial_ethernet"].isChecked()  # in the policy, though not catalogued
    with qtbot.waitSignal(dialog.accepted):
        publish(dialog)
    assert main_window.statusBar().currentMessage() == "已发布第 2 版。"
    assert main_window.account_windows.policy is None
    assert policy.current_terms().version == 2


def test_a_technician_does_not_get_the_entry(qtbot, database, accounts, manager):
    accounts.add_user(manager, TECHNICIAN[0], TECHNICIAN[1], Role.TECHNICIAN, TECHNICIAN[2])
    window = build_main_window(database, accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2]))
    qtbot.addWidget(window)
    assert not window.action_policy.isVisible() and not window.action_policy.isEnabled()
    window.set_actor(manager)
    assert window.action_policy.isVisible() and window.action_policy.isEnabled()
