"""中心设置: a manager sets up a new centre's letterhead, on-site cities (S2), repeat-repair window (E16)
and locks in one dialog; bad input is refused at its field and stays typed; Esc asks before losing it."""

from __future__ import annotations

import re

import pytest
from gui_support import keep_screenshot
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from desktop_app.core.roles import Role
from desktop_app.db.models import AuditEntry
from desktop_app.gui.audit_table_model import ACTION, CHANGES, ENTITY, AuditTableModel
from desktop_app.gui.dialogs.centre_settings_dialog import CentreSettingsDialog
from desktop_app.gui.idle_lock import IdleLock, MS_PER_MINUTE
from desktop_app.services.audit_log import AuditLog
from desktop_app.services.centre_settings import CentreSettingsService

CITIES = "service.on_site_cities"


@pytest.fixture
def service(database) -> CentreSettingsService:
    return CentreSettingsService(database.sessions)


@pytest.fixture
def dialog(qtbot, service, manager) -> CentreSettingsDialog:
    dialog = CentreSettingsDialog(service, manager)
    # A refused save leaves typed input: closed at the end without the "discard?" question.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.discard_changes())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, edit, text: str) -> None:
    """Keystrokes for ASCII; Chinese arrives as an input method commits it (QTest has no CJK keys)."""
    edit.clear()
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(edit, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(edit, event)


def save(dialog: CentreSettingsDialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def add_city(qtbot, dialog: CentreSettingsDialog, city: str) -> None:
    type_into(qtbot, dialog.ui.new_city_edit, city)
    qtbot.keyClick(dialog.ui.new_city_edit, Qt.Key.Key_Return)  # Enter adds; it must not save the dialog


def test_a_new_centre_saves_its_letterhead_cities_and_locks(qtbot, dialog, service, manager, database):
    ui = dialog.ui
    assert dialog.windowTitle() == "中心设置" and ui.letterhead_group.title() == "单据抬头（打印在每张单据上）"
    assert dialog.preview_lines() == ["售后服务中心"]  # a new installation: no address, no phone yet
    type_into(qtbot, ui.name_edit, "杭州华信通信售后服务中心")
    type_into(qtbot, ui.address_edit, "杭州市西湖区文三路 90 号")
    type_into(qtbot, ui.phone_edit, "0571-8888 6666")
    assert dialog.preview_lines() == ["杭州华信通信售后服务中心", "杭州市西湖区文三路 90 号", "电话 0571-8888 6666"]
    assert "杭州华信通信售后服务中心" in ui.preview_label.text()  # the live line shows while typing
    for _ in range(ui.cities_list.count() - 1):  # keep 深圳, add 杭州 and move it to the top (rule S2)
        ui.cities_list.setCurrentRow(1)
        ui.remove_city_button.click()
    add_city(qtbot, dialog, "杭州")
    assert dialog.isVisible() and ui.new_city_edit.text() == ""
    ui.up_button.click()
    assert dialog.cities() == ["杭州", "深圳"]
    ui.repeat_repair_days_spin.setValue(60)  # rule E16
    ui.idle_lock_spin.setValue(0)
    assert ui.idle_lock_spin.text() == "不自动锁屏"
    keep_screenshot(dialog, "centre_settings_dialog")
    with qtbot.waitSignal(dialog.accepted):
        save(dialog)
    stored = service.current(manager)
    assert (stored.name, stored.address, stored.phone) == ("杭州华信通信售后服务中心", "杭州市西湖区文三路 90 号",
                                                           "0571-8888 6666")
    assert stored.on_site_cities == ("杭州", "深圳") and stored.repeat_repair_days == 60
    assert stored.idle_lock_minutes == 0 and dialog.stored == stored
    with database.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "centre_settings"))
    assert entry.changes["centre.name"] == {"old": "售后服务中心", "new": "杭州华信通信售后服务中心"}
    model = AuditTableModel(AuditLog(database.sessions), manager)  # the audit log reads it in Chinese
    model.reload()
    assert [model.index(0, c).data() for c in (ENTITY, ACTION)] == ["中心设置", "修改"]
    text = model.index(0, CHANGES).data()
    assert "中心名称: 售后服务中心 → 杭州华信通信售后服务中心" in text
    assert "上门服务城市（S2）: [深圳, 北京, 上海, 南京, 成都, 西安] → [杭州, 深圳]" in text


def test_an_empty_or_listed_city_is_refused_at_the_list_and_stays_typed(qtbot, dialog, service, manager):
    ui = dialog.ui
    add_city(qtbot, dialog, "   ")
    assert dialog.message(CITIES) == "请输入城市名称。"
    add_city(qtbot, dialog, "北京")
    assert dialog.message(CITIES) == "“北京”已在列表中。"
    assert ui.new_city_edit.text() == "北京" and ui.cities_list.currentItem().text() == "北京"
    assert dialog.isVisible() and dialog.cities().count("北京") == 1
    # Renamed in place to a city already listed: shown at once, kept as typed, refused on saving.
    ui.cities_list.item(0).setText("上海")
    assert dialog.message(CITIES) == "“上海”已在列表中。"
    save(dialog)
    assert dialog.isVisible() and dialog.message(CITIES) == "“上海”已在列表中。"
    assert dialog.cities()[0] == "上海"
    assert service.current(manager).on_site_cities[0] == "深圳"  # nothing saved


def test_a_refused_letterhead_shows_at_its_field_and_nothing_is_saved(qtbot, dialog, service, manager):
    ui = dialog.ui
    type_into(qtbot, ui.address_edit, "杭州市西湖区文三路 90 号")
    ui.name_edit.clear()  # the service refuses: the letterhead needs the centre's name
    save(dialog)
    assert dialog.isVisible() and dialog.message("centre.name") == "此项必填。"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.name_edit)
    assert ui.address_edit.text() == "杭州市西湖区文三路 90 号"  # nothing typed is lost
    assert service.current(manager).address == ""


def test_a_setting_another_manager_saved_meanwhile_is_not_overwritten(qtbot, dialog, service, manager, accounts):
    deputy_info = accounts.add_user(manager, "deputy", "李副总", Role.MANAGER, "secret-456")
    deputy = accounts.sign_in(deputy_info.username, "secret-456")
    theirs = service.current(deputy)
    service.save(deputy, theirs, theirs.__class__(**{**theirs.__dict__, "phone": "0571-1111 2222"}))
    type_into(qtbot, dialog.ui.phone_edit, "0571-3333 4444")
    save(dialog)
    assert dialog.isVisible() and "李副总" in dialog.message("centre.phone")
    assert dialog.ui.phone_edit.text() == "0571-3333 4444"
    assert service.current(manager).phone == "0571-1111 2222"


def test_escape_asks_before_discarding_the_changes(qtbot, dialog, monkeypatch):
    answers = []

    def answer(choice):
        def ask(*_args):
            answers.append(choice)
            return choice
        return ask

    type_into(qtbot, dialog.ui.phone_edit, "0571-8888 6666")
    assert dialog.has_unsaved_changes()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog.ui.phone_edit, Qt.Key.Key_Escape)
    assert answers == [QMessageBox.StandardButton.Cancel]
    assert dialog.isVisible() and dialog.ui.phone_edit.text() == "0571-8888 6666"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(dialog.ui.phone_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_on_an_untouched_form_closes_without_asking(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("nothing to lose: no question"))
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_tools_menu_offers_it_to_the_manager_and_a_new_idle_lock_applies_at_once(qtbot, main_window):
    action = main_window.centre_settings.action
    assert action.text() == "中心设置(&C)…" and action in main_window.ui.menu_tools.actions()
    assert action.isVisible() and action.isEnabled()
    dialog = main_window.centre_settings.open()
    qtbot.waitExposed(dialog)
    dialog.ui.idle_lock_spin.setValue(3)
    with qtbot.waitSignal(dialog.finished):
        save(dialog)
    assert main_window.findChild(IdleLock).interval_ms == 3 * MS_PER_MINUTE
    assert main_window.ui.status_bar.currentMessage() == "中心设置已保存。"
    assert main_window.centre_settings.dialog is None


def test_the_entry_is_hidden_from_a_supervisor(qtbot, main_window, accounts, manager):
    accounts.add_user(manager, "sup", "赵主管", Role.SUPERVISOR, "secret-789")
    main_window.set_actor(accounts.sign_in("sup", "secret-789"))
    action = main_window.centre_settings.action
    assert not action.isVisible() and not action.isEnabled()
