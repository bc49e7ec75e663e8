"""Fines (E23, E24): suggested from the month's facts, flagged when the rules are unacknowledged, decided with a reason."""

from __future__ import annotations

import pytest
from evaluation_depot import cell, evaluation_depot, repaired_order, row_of, shown, staff_tab
from sqlalchemy import select

from desktop_app.core.vocabulary import FineReason, FineStatus
from desktop_app.db.models import Fine
from desktop_app.services.assessment import AssessmentService


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    repaired_order(depot, "SN-F1", report=False)  # repaired with an incomplete report: a fine to suggest
    return depot


def statuses(database) -> list[tuple[FineReason, FineStatus]]:
    with database.sessions.read() as s:
        return [(f.reason, f.status) for f in s.scalars(select(Fine).order_by(Fine.id))]


def test_suggested_fines_are_flagged_and_need_a_reason(qtbot, depot, database):
    tab = staff_tab(qtbot, depot)
    dialog = tab.open_fines()
    ui = dialog.ui
    assert ui.fines_table.rowCount() == 0
    with qtbot.waitSignal(dialog.changed):
        ui.suggest_button.click()
    assert ui.message_label.text() == "根据本月事实建议罚款 1 笔，请逐笔处理。"
    row = [ui.fines_table.item(0, c).text() for c in range(ui.fines_table.columnCount())]
    assert row[1:7] == ["李工", "服务报告不完整", "¥20.00", "第 1 版，未确认", row[5], "建议，待处理"]
    assert row[5].startswith("WO-")
    assert "尚未确认第 1 版考核制度" in ui.fines_table.item(0, 4).toolTip()  # E24 flag
    assert "注意：李工 尚未确认第 1 版考核制度（E24）。" in ui.selected_label.text()
    ui.suggest_button.click()
    assert ui.message_label.text() == "没有新的罚款：本月事实中没有更多可建议的罚款。"  # never twice
    ui.confirm_button.click()
    assert dialog.errors.message("reason") == "请填写处理理由。"
    assert statuses(database) == [(FineReason.INCOMPLETE_REPORT, FineStatus.SUGGESTED)]  # nothing fined silently
    shown(qtbot, tab)
    assert cell(tab, row_of(tab, "李工"), "罚款") == "¥0.00"
    qtbot.keyClicks(ui.reason_edit, "report missing")
    with qtbot.waitSignal(dialog.changed):
        ui.confirm_button.click()
    assert ui.message_label.text() == "已确认罚款：李工 ¥20.00。"
    assert ui.fines_table.item(0, 6).text() == "已确认" and ui.fines_table.item(0, 7).text() == "report missing"
    assert not ui.confirm_button.isEnabled()  # decided once
    assert statuses(database) == [(FineReason.INCOMPLETE_REPORT, FineStatus.CONFIRMED)]
    shown(qtbot, tab)
    li = row_of(tab, "李工")
    assert cell(tab, li, "罚款") == "¥20.00"
    tab.ui.table_view.selectRow(li)
    assert tab.panel.evidence("fines") == ["¥20.00"]
    assert "服务报告不完整" in tab.panel.section("fines").child(0).text(1)


def test_an_acknowledged_version_is_not_flagged(qtbot, depot):
    AssessmentService(depot.db.sessions).acknowledge(depot.staff["tech"], 1)
    dialog = staff_tab(qtbot, depot).open_fines()
    dialog.ui.suggest_button.click()
    assert dialog.ui.fines_table.item(0, 4).text() == "第 1 版"
    assert "注意" not in dialog.ui.selected_label.text()


def test_a_fine_entered_by_hand_waits_and_can_be_dismissed(qtbot, depot, database):
    dialog = staff_tab(qtbot, depot).open_fines()
    ui = dialog.ui
    ui.staff_combo.setCurrentIndex(ui.staff_combo.findText("王工"))
    assert ui.fine_reason_combo.currentText() == "不服从派工"  # the one kind never suggested
    qtbot.keyClicks(ui.order_edit, "WO-2026-999999")
    ui.add_button.click()
    assert dialog.manual_errors.message("work_order") == "没有工单“WO-2026-999999”。"
    assert statuses(database) == []
    ui.order_edit.clear()
    with qtbot.waitSignal(dialog.changed):
        ui.add_button.click()
    assert ui.message_label.text() == "已为 王工 录入罚款；确认之前仅为建议。"
    assert dialog.selected().staff_name == "王工" and dialog.selected().amount == 100
    qtbot.keyClicks(ui.reason_edit, "dispatch was unclear")
    ui.dismiss_button.click()
    assert ui.message_label.text() == "已撤销 王工 的罚款。"
    assert ui.fines_table.item(0, 6).text() == "已撤销" and ui.fines_table.item(0, 7).text() == "dispatch was unclear"
    assert statuses(database) == [(FineReason.DISOBEYED_DISPATCH, FineStatus.DISMISSED)]


def test_an_old_error_goes_once_the_user_works_elsewhere_and_the_intro_says_who_decides(qtbot, depot):  # E23
    dialog = staff_tab(qtbot, depot).open_fines()
    ui = dialog.ui
    assert "罚款不会自动生效：每一笔都须主管确认或撤销，并写明理由（E23）。" in ui.intro_label.text()
    assert "驳回" not in ui.intro_label.text()  # the button and the status say 撤销
    ui.suggest_button.click()
    ui.confirm_button.click()
    assert dialog.errors.message("reason") == "请填写处理理由。"
    qtbot.keyClicks(ui.order_edit, "WO-2026-999999")  # now the hand entry, with a wrong order number
    ui.add_button.click()
    assert dialog.manual_errors.message("work_order") == "没有工单“WO-2026-999999”。"
    assert dialog.errors.message("reason") == ""  # not two errors at once, one of them stale
    ui.confirm_button.click()  # back to the decision: the hand entry's error goes
    assert dialog.manual_errors.message("work_order") == ""
    assert dialog.errors.message("reason") == "请填写处理理由。"


def test_without_a_rule_set_nothing_can_be_fined(qtbot, database):
    depot = evaluation_depot(database, rules=False)
    repaired_order(depot, "SN-F2", report=False)
    dialog = staff_tab(qtbot, depot).open_fines()
    dialog.ui.suggest_button.click()
    assert "E24" in dialog.ui.error_label.text()
    assert statuses(database) == []
