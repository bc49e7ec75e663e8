"""At the call register: a visit for a phone on record under another name asks, as the intake form
does, whether that customer is meant or a new one with the same number; nothing typed is lost."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop_app.db.models import Call, Customer, WorkOrder
from desktop_app.gui.intake.call_register_dialog import CallRegisterDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing
from gui_support import keep_screenshot

NOW = dt.datetime(2026, 11, 27, 1, 0, tzinfo=dt.timezone.utc)
PHONE = "13766667777"


@pytest.fixture
def tab(qtbot, database, manager) -> ClaimsTab:
    with database.sessions.write() as s, s.begin():
        s.add(Customer(name="张三", phone=PHONE, city="深圳"))
    tab = ClaimsTab(ClaimListing(database.sessions), DeskServices.for_sessions(database.sessions, lambda: NOW), manager)
    qtbot.addWidget(tab)
    tab.show()
    return tab


@pytest.fixture
def dialog(tab) -> CallRegisterDialog:
    return tab.windows.open_call_register()


def commit(widget, text: str) -> None:
    """Chinese text as an input method commits it (QTest only types Latin-1 keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def book_visit(qtbot, dialog: CallRegisterDialog, caller: str) -> None:
    ui = dialog.ui
    commit(ui.caller_edit, caller)
    qtbot.keyClicks(ui.phone_edit, "137 6666 7777")
    commit(ui.subject_edit, "设备无法上电，需上门")
    ui.visit_check.setChecked(True)
    commit(ui.city_edit, "深圳")
    qtbot.mouseClick(ui.register_button, Qt.MouseButton.LeftButton)


def visit_customer_name(database) -> str | None:
    with database.sessions.read() as s:
        return s.scalar(select(Customer.name).join(WorkOrder, WorkOrder.customer_id == Customer.id))


def calls(database) -> int:
    with database.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(Call))


def test_a_cancelled_question_keeps_the_call_as_typed_with_the_message_at_the_phone(qtbot, dialog, database,
                                                                                     monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: asked.append(message) or None)
    book_visit(qtbot, dialog, "李四")
    assert asked == ["这个电话已登记给客户 张三（深圳）：请使用该客户，或确认以同一号码新建客户。"]
    ui = dialog.ui
    assert (ui.caller_edit.text(), ui.phone_edit.text(), ui.subject_edit.text(), ui.city_edit.text()) == (
        "李四", "137 6666 7777", "设备无法上电，需上门", "深圳") and ui.visit_check.isChecked()
    assert "张三" in ui.phone_error.text() and calls(database) == 0
    keep_screenshot(dialog, "call_register_phone_on_record")
    # Asked again on the next try; this time the desk confirms a new customer sharing the number.
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: "new")
    qtbot.mouseClick(ui.register_button, Qt.MouseButton.LeftButton)
    assert "上门工单 WO-2026-000001 等待派工。" in ui.result_label.text() and ui.phone_error.text() == ""
    assert visit_customer_name(database) == "李四"


def test_the_desk_answers_use_that_customer_and_the_visit_is_theirs(qtbot, dialog, database, monkeypatch):
    monkeypatch.setattr(dialog, "ask_shared_phone", lambda message: "use")
    book_visit(qtbot, dialog, "李四")  # e.g. 张三's colleague calling for them
    assert "上门工单 WO-2026-000001 等待派工。" in dialog.ui.result_label.text()
    assert visit_customer_name(database) == "张三"
    with database.sessions.read() as s:  # no duplicate made; the register keeps who called
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(Call.caller_name)) == "李四"


def test_the_question_reads_in_chinese(qtbot, dialog):
    box = dialog.shared_phone_box("这个电话已登记给客户 张三（深圳）：请使用该客户，或确认以同一号码新建客户。")
    qtbot.addWidget(box)
    box.show()
    labels = {button.text() for button in box.buttons()}
    assert {"使用该客户", "以此号码新建客户", "取消"} <= labels and box.windowTitle() == "电话号码已登记"
    keep_screenshot(box, "call_register_shared_phone_question")
    box.close()
