"""The call register (E1, E19): calls with their 8-hour reply clock (S1), overdue ones highlighted."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.db.models import Call, Claim, WorkOrder
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.intake import call_register_dialog
from desktop_app.gui.intake.call_register_dialog import CallRegisterDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.paged_table_model import HIGHLIGHT_BACKGROUND
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing

START = dt.datetime(2026, 11, 27, 1, 0, tzinfo=dt.timezone.utc)
DUE_COLUMN, CLAIM_COLUMN, OUTCOME_COLUMN = 7, 8, 9  # the outcome last: it takes the rest of the width


class Clock:
    """The services' clock, moved by the test instead of waiting hours."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def tab(qtbot, database, manager, clock) -> ClaimsTab:
    tab = ClaimsTab(ClaimListing(database.sessions), DeskServices.for_sessions(database.sessions, clock), manager)
    qtbot.addWidget(tab)
    tab.show()
    tab.focus_search()
    return tab


def open_register(qtbot, tab) -> CallRegisterDialog:
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.windows.calls
    assert dialog is not None and dialog.isVisible()
    return dialog


def commit(widget, text: str) -> None:
    """Chinese text as an input method commits it (QTest only types Latin-1 keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def register_call(qtbot, dialog: CallRegisterDialog, caller: str, phone: str, subject: str) -> None:
    ui = dialog.ui
    commit(ui.caller_edit, caller)
    qtbot.keyClicks(ui.phone_edit, phone)
    commit(ui.subject_edit, subject)
    ui.register_button.setFocus()
    qtbot.keyClick(ui.register_button, Qt.Key.Key_Space)


def test_a_registered_call_shows_with_its_8_hour_reply_due_time(qtbot, tab, database):
    dialog = open_register(qtbot, tab)
    due = local_time_text(START + dt.timedelta(hours=8))
    assert dialog.ui.clock_label.text() == f"须在 {due} 前答复（8 小时内，S1）"
    register_call(qtbot, dialog, "周先生", "0755-26781234", "交换机频繁重启，咨询保修")

    assert dialog.ui.result_label.text() == f"来电 CL-2026-000001 已登记，须在 {due} 前答复（S1）。"
    assert dialog.model.rowCount() == 1 and dialog.ui.count_label.text() == "共 1 条来电"
    row = dialog.model.row_at(0)
    assert (row.caller_name, row.phone, row.subject, row.staff) == ("周先生", "0755-26781234",
                                                                   "交换机频繁重启，咨询保修", "王建国")
    assert dialog.model.index(0, DUE_COLUMN).data() == due
    assert dialog.ui.caller_edit.text() == ""  # ready for the next call
    with database.sessions.read() as s:
        assert s.scalar(select(Call.reply_due_at)) == START + dt.timedelta(hours=8)


def test_a_missing_caller_name_is_shown_next_to_the_field(qtbot, tab, database):
    dialog = open_register(qtbot, tab)
    qtbot.keyClicks(dialog.ui.phone_edit, "13800138000")
    dialog.register()
    assert dialog.errors.message("caller_name") == "请输入来电人姓名。"
    assert dialog.errors.message("subject") == "请输入来电事由。"
    assert dialog.focusWidget() is dialog.ui.caller_edit
    with database.sessions.read() as s:
        assert s.scalar(select(Call.id)) is None


def test_an_unanswered_call_past_8_hours_is_highlighted_until_replied(qtbot, tab, clock):
    dialog = open_register(qtbot, tab)
    register_call(qtbot, dialog, "李工", "13912345678", "路由器掉线")
    register_call(qtbot, dialog, "陈经理", "13700001111", "上门安装咨询")
    older = dialog.model.index(1, DUE_COLUMN)
    assert older.data(Qt.ItemDataRole.FontRole) is None  # within the clock: plain

    clock.now = START + dt.timedelta(hours=9)
    dialog.ui.overdue_check.setChecked(True)  # re-reads the register on the new clock
    assert dialog.model.rowCount() == 2  # both calls are now overdue
    due = dialog.model.index(1, DUE_COLUMN)
    assert due.data() == f"{local_time_text(START + dt.timedelta(hours=8))} 已超时"
    assert due.data(Qt.ItemDataRole.BackgroundRole).color() == HIGHLIGHT_BACKGROUND
    font = due.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()

    # Reply to the older call: it leaves the overdue list; the other stays highlighted.
    dialog.ui.calls_table.selectRow(1)
    commit(dialog.ui.reply_note_edit, "已电话答复，建议送修")
    qtbot.mouseClick(dialog.ui.replied_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.model.row_at(0).caller_name == "陈经理"
    dialog.ui.overdue_check.setChecked(False)
    replied = next(i for i in range(dialog.model.rowCount()) if dialog.model.row_at(i).caller_name == "李工")
    outcome = dialog.model.index(replied, OUTCOME_COLUMN)
    assert outcome.data() == f"{local_time_text(clock.now)} 已答复：已电话答复，建议送修"
    assert outcome.data(Qt.ItemDataRole.BackgroundRole) is None


def test_mark_replied_needs_a_note_and_a_selected_call(qtbot, tab):
    dialog = open_register(qtbot, tab)
    dialog.mark_replied()
    assert dialog.ui.action_error_label.text() == "请先在登记表中选择一条来电。"
    register_call(qtbot, dialog, "王女士", "13811112222", "咨询保修期")
    dialog.ui.calls_table.selectRow(0)
    dialog.mark_replied()
    assert dialog.ui.action_error_label.text() == "请记录答复来电人的内容。"


def test_a_call_is_linked_to_a_claim(qtbot, tab, database):
    from desktop_app.services.sample_data import load_sample_data

    load_sample_data(database.sessions, claims=3)
    with database.sessions.read() as s:
        number = s.scalar(select(Claim.number).order_by(Claim.id).limit(1))
    dialog = open_register(qtbot, tab)
    register_call(qtbot, dialog, "赵先生", "13522223333", "询问维修进度")
    dialog.ui.calls_table.selectRow(0)
    qtbot.keyClicks(dialog.ui.claim_number_edit, "SC-0000-999999")
    dialog.link_claim()
    assert dialog.ui.action_error_label.text() == "没有理赔单“SC-0000-999999”。"
    dialog.ui.claim_number_edit.clear()
    qtbot.keyClicks(dialog.ui.claim_number_edit, number)
    qtbot.mouseClick(dialog.ui.link_button, Qt.MouseButton.LeftButton)
    row = next(i for i in range(dialog.model.rowCount()) if dialog.model.row_at(i).caller_name == "赵先生")
    assert dialog.model.index(row, CLAIM_COLUMN).data() == number
    assert dialog.ui.action_error_label.text() == ""


def test_a_call_needing_a_visit_creates_an_on_site_order(qtbot, tab, database):
    dialog = open_register(qtbot, tab)
    dialog.ui.visit_check.setChecked(True)
    register_call(qtbot, dialog, "孙工", "02087654321", "设备无法上电，需上门")
    assert dialog.ui.required_arrival_at_error.text() == "请填写客户所在城市：能否上门服务取决于城市（S2）。"
    assert dialog.focusWidget() is dialog.ui.city_edit and dialog.ui.caller_edit.text() == "孙工"  # nothing lost
    dialog.ui.city_edit.insert("拉萨")
    qtbot.mouseClick(dialog.ui.register_button, Qt.MouseButton.LeftButton)
    assert "拉萨" in dialog.ui.required_arrival_at_error.text()  # S2: remote support only there
    dialog.ui.city_edit.clear()
    dialog.ui.city_edit.insert("深圳")
    qtbot.mouseClick(dialog.ui.register_button, Qt.MouseButton.LeftButton)
    assert "（S1）。上门工单 WO-2026-000001 等待派工。" in dialog.ui.result_label.text()  # no half-width space
    with database.sessions.read() as s:
        order = s.scalar(select(WorkOrder))
        assert order.required_arrival_at == START + dt.timedelta(days=1)


def test_the_register_finds_a_callers_earlier_calls(qtbot, tab):
    """Issue 8: the register has a search (a phone's digits, a name, a call number, a subject), from the
    third letter or digit as the tabs; at a million claims it reads a search index (migration 0021)."""
    dialog = open_register(qtbot, tab)
    register_call(qtbot, dialog, "周先生", "0755-26781234", "交换机频繁重启")
    register_call(qtbot, dialog, "李工", "13912345678", "路由器掉线")
    register_call(qtbot, dialog, "陈经理", "13700001111", "路由器上门安装")

    def searched(text: str) -> list[str]:
        dialog.ui.search_edit.setText(text)
        qtbot.waitUntil(lambda: not dialog._search_timer.isActive(), timeout=2000)
        return [dialog.model.row_at(r).caller_name for r in range(dialog.model.rowCount())]

    assert searched("2678") == ["周先生"] and dialog.ui.count_label.text() == "找到 1 条"
    assert searched("13") == ["陈经理", "李工", "周先生"]  # two digits: the whole register, and why
    assert dialog.ui.count_label.text() == "共 3 条来电；至少输入 3 个字母或数字"
    assert searched("路由") == ["陈经理", "李工"]  # two Chinese characters search at once
    assert searched("cl-2026-000002") == ["李工"]  # a call number in either case
    assert searched("") == ["陈经理", "李工", "周先生"] and dialog.ui.count_label.text() == "共 3 条来电"


def test_a_search_counts_up_to_the_cap_as_the_tabs_do(qtbot, tab, monkeypatch):
    """Issue 8: a year's calls are tens of thousands at a big centre; the register counts a search's
    matches up to the tabs' cap, says "more than" past it, and scrolls on page by page."""
    monkeypatch.setattr(call_register_dialog, "SEARCH_COUNT_CAP", 1)
    dialog = open_register(qtbot, tab)
    register_call(qtbot, dialog, "李工", "13912345678", "路由器掉线")
    register_call(qtbot, dialog, "陈经理", "13700001111", "路由器上门安装")
    register_call(qtbot, dialog, "周先生", "0755-26781234", "交换机频繁重启")
    dialog.ui.search_edit.setText("路由器")
    qtbot.waitUntil(lambda: not dialog._search_timer.isActive(), timeout=2000)
    assert dialog.model.more_than_cap
    assert dialog.ui.count_label.text() == "超过 1 条匹配，请输入更多文字缩小范围"
    assert [dialog.model.row_at(r).caller_name for r in range(dialog.model.rowCount())] == ["陈经理", "李工"]
    dialog.ui.search_edit.setText("交换机")
    qtbot.waitUntil(lambda: not dialog._search_timer.isActive(), timeout=2000)
    assert not dialog.model.more_than_cap and dialog.ui.count_label.text() == "找到 1 条"
