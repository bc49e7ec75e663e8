"""Audit viewer: newest entries first, filters by user, record type and dates, pages as it scrolls."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.roles import Role
from desktop_app.db.models import AuditEntry
from desktop_app.gui.audit_table_model import (
    ACTION, CHANGES, ENTITY, ENTITY_ID, TIME, USER, changes_text, changes_tooltip,
)
from desktop_app.gui.dialogs.audit_viewer import AuditViewer
from desktop_app.services.audit_log import AuditLog, AuditRow

TECHNICIAN = ("lixiao", "李晓", "bench-2026!")


@pytest.fixture
def audit_log(database) -> AuditLog:
    return AuditLog(database.sessions)


@pytest.fixture
def technician(accounts, manager):
    accounts.add_user(manager, TECHNICIAN[0], TECHNICIAN[1], Role.TECHNICIAN, TECHNICIAN[2])
    return accounts.sign_in(TECHNICIAN[0], TECHNICIAN[2])


@pytest.fixture
def viewer(qtbot, audit_log, accounts, manager, technician) -> AuditViewer:
    viewer = AuditViewer(audit_log, accounts, manager)
    qtbot.addWidget(viewer)
    viewer.resize(1100, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.start()
    return viewer


def add_entries(database, count: int, *, user_id: int | None, entity: str = "claim",
                at: dt.datetime | None = None) -> None:
    """Straight into the table: hundreds of entries, or entries dated in the past."""
    with database.sessions.write() as session, session.begin():
        session.add_all([
            AuditEntry(user_id=user_id, entity=entity, entity_id=i + 1, action="update",
                       changes={"fault": {"old": "不开机", "new": f"主板故障 {i}"}},
                       **({"at": at} if at is not None else {}))
            for i in range(count)
        ])


def column(viewer: AuditViewer, col: int) -> list[str]:
    model = viewer.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def apply(qtbot, viewer: AuditViewer, change) -> None:
    """Changes a filter through its widget and waits for the (debounced) reload."""
    with qtbot.waitSignal(viewer.model.reloaded, timeout=3000):
        change()


def test_shows_the_newest_entries_with_translated_labels(viewer, manager):
    # first-run (by the system), adding the technician, the technician's sign-in
    assert viewer.ui.count_label.text() == "共 3 条"
    assert column(viewer, ACTION) == ["登录", "新建", "新建"]
    assert column(viewer, USER) == ["李晓", "王建国", "系统"]
    assert column(viewer, ENTITY) == ["员工账户"] * 3
    assert column(viewer, ENTITY_ID)[0] == "lixiao"  # a staff account by its user name, not its row id
    assert len(column(viewer, TIME)[0]) == len("2026-11-27 08:30:00")
    created = viewer.model.index(1, CHANGES)
    # the role by its name, as the users list shows it, not its stored code
    assert "用户名: lixiao" in created.data() and "岗位: 技术员" in created.data()
    assert "启用: 是" in created.data()  # a yes/no in words, not JSON's true
    tooltip = created.data(Qt.ItemDataRole.ToolTipRole)  # everything, one field a line
    assert "\n姓名: 李晓\n" in tooltip and "username" not in tooltip
    assert [viewer.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "时间", "用户", "记录类型", "编号", "操作", "变更内容"]


def test_an_edit_shows_old_and_new(qtbot, viewer, accounts, manager):
    accounts.set_active(manager, TECHNICIAN[0], False)
    viewer.apply_filter()
    assert column(viewer, ACTION)[0] == "停用"
    assert column(viewer, CHANGES)[0] == "启用: 是 → 否"


def test_coded_values_and_times_read_as_elsewhere_in_the_interface(qapp):
    utc = dt.datetime(2026, 11, 27, 8, 30, tzinfo=dt.timezone.utc)
    row = AuditRow(id=1, at=utc, user="王建国", entity="work_order", entity_id=7, action="visit", summary=None,
                   changes={"state": {"old": "diagnosing", "new": "awaiting_approval"},
                            "arrived_at": {"old": None, "new": utc.isoformat()}, "note": "lost_code"})
    text = changes_text(row)
    local = utc.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert text == f"工单状态: 检测中 → 待客户确认报价; 到达时间: — → {local}; 备注: lost_code"


def test_fields_coded_values_and_documents_read_by_their_names(qapp):
    utc = dt.datetime(2026, 11, 27, 8, 30, tzinfo=dt.timezone.utc)

    def row(entity, action, changes, entity_id=7):
        return AuditRow(id=1, at=utc, user="王建国", entity=entity, entity_id=entity_id, action=action,
                        summary=None, changes=changes)

    # rule E23: the fine's reason and status by the names the fines dialog uses
    assert changes_text(row("fine", "confirm", {"status": {"old": "suggested", "new": "confirmed"},
                                                "reason": "late_arrival", "amount": "50.00"})) == \
        "状态: 建议，待处理 → 已确认; 原因: 个人原因迟到; 金额: ¥50.00"  # money as everywhere else
    # rules W11, D13: parts issued before the diagnosis follow it to the customer, line by line
    recharged = changes_text(row("work_order", "parts_recharged", {"lines": [
        {"part": "PWR-01", "charged_to": {"old": "fund", "new": "customer"}, "unit_price": {"old": "0", "new": "80.00"}}]}))
    assert recharged == "明细: [{配件: PWR-01, 付费方: 服务基金 → 客户（按成本价）, 单价: ¥0.00 → ¥80.00}]"
    printed = changes_text(row("claim", "print", {"document": "service_receipt", "copies": ["customer", "centre"]}))
    assert printed == "单据: 服务受理单; 联次: [customer, centre]"
    created = row("fault_category", "create", {"id": 7, "code": "no_power", "active": True})
    assert changes_text(created) == "代码: no_power; 启用: 是"  # its own id is in the ID column
    assert changes_tooltip(created) == "编号: 7\n代码: no_power\n启用: 是"  # the tooltip has everything
    assert changes_text(row("claim", "update", {"refund": 1, "status": "unheard_of"})) == "refund: 1; 状态: unheard_of"


def test_filters_by_user(qtbot, viewer, database, technician):
    add_entries(database, 5, user_id=technician.staff_id)
    combo = viewer.ui.user_combo
    assert combo.itemText(0) == "全部用户" and combo.count() == 3
    apply(qtbot, viewer, lambda: combo.setCurrentIndex(combo.findData(technician.staff_id)))
    assert viewer.model.total == 6 and set(column(viewer, USER)) == {"李晓"}
    assert viewer.ui.count_label.text() == "共 6 条"
    apply(qtbot, viewer, lambda: combo.setCurrentIndex(0))
    assert viewer.model.total == 8


def test_filters_by_record_type_and_number(qtbot, viewer, database, manager, technician):
    add_entries(database, 4, user_id=manager.staff_id)
    viewer.start()  # the record types are read when the viewer opens
    combo = viewer.ui.entity_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["全部记录类型", "理赔", "员工账户"]
    apply(qtbot, viewer, lambda: combo.setCurrentIndex(combo.findData("claim")))
    assert viewer.model.total == 4 and set(column(viewer, ENTITY)) == {"理赔"}
    assert column(viewer, CHANGES)[0] == "fault: 不开机 → 主板故障 3"  # an unknown field: its raw name
    assert column(viewer, ENTITY_ID)[0] == "4"  # no such claim on record: its id, nothing better exists
    # E24: a staff account is found by its user name, as the number column shows it
    apply(qtbot, viewer, lambda: combo.setCurrentIndex(combo.findData("staff")))
    apply(qtbot, viewer, lambda: qtbot.keyClicks(viewer.ui.entity_id_edit, "lixiao"))
    assert viewer.model.total == 2 and set(column(viewer, ENTITY_ID)) == {"lixiao"}


def test_filters_by_date_with_no_limit_by_default(qtbot, viewer, database, manager):
    long_ago = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)
    add_entries(database, 3, user_id=manager.staff_id, at=long_ago)
    viewer.apply_filter()
    assert viewer.model.total == 6  # neither date ticked: no limit
    ui = viewer.ui
    assert not ui.from_date.isEnabled() and not ui.to_date.isEnabled()
    ui.from_date.setDate(QDate.currentDate().addDays(-7))
    apply(qtbot, viewer, lambda: ui.from_check.setChecked(True))
    assert viewer.model.total == 3 and "理赔" not in column(viewer, ENTITY)
    ui.to_date.setDate(QDate.currentDate().addDays(-20))
    apply(qtbot, viewer, lambda: (ui.from_check.setChecked(False), ui.to_check.setChecked(True)))
    assert viewer.model.total == 3 and set(column(viewer, ENTITY)) == {"理赔"}


def test_pages_through_a_long_log_as_it_scrolls(qtbot, viewer, database, manager):
    add_entries(database, 260, user_id=manager.staff_id)
    viewer.apply_filter()
    model = viewer.model
    assert model.total == 263
    assert model.rowCount() == 200 and model.canFetchMore()  # one page, not the whole log
    viewer.ui.table_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 263)
    assert not model.canFetchMore()
    ids = [model.row_at(row).id for row in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 263  # newest first, no gaps or repeats


def test_a_log_beyond_the_count_cap_says_more_than_and_still_pages_through(qtbot, monkeypatch, viewer, database,
                                                                            manager):
    """Two million entries took 0.1–0.15 s to count at every change of filter (issue 8): the count stops
    past its cap and says so, and scrolling still reaches every entry."""
    import desktop_app.gui.audit_table_model as audit_table_model
    import desktop_app.gui.dialogs.audit_viewer as audit_viewer

    monkeypatch.setattr(audit_table_model, "COUNT_CAP", 100)
    monkeypatch.setattr(audit_viewer, "COUNT_CAP", 100)
    add_entries(database, 260, user_id=manager.staff_id)
    viewer.apply_filter()
    model = viewer.model
    assert model.more_than_cap and viewer.ui.count_label.text() == "超过 100 条"
    viewer.ui.table_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 263)
    assert not model.canFetchMore()


def test_a_technician_is_refused_by_the_service(qtbot, monkeypatch, audit_log, accounts, technician):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    viewer = AuditViewer(audit_log, accounts, technician)
    qtbot.addWidget(viewer)
    viewer.start()
    assert shown and "查看审计日志" in shown[0]
    assert viewer.model.rowCount() == 0


def test_opens_from_the_tools_menu_for_the_manager(qtbot, main_window):
    main_window.ui.action_audit_log.trigger()
    viewer = main_window.account_windows.audit_viewer
    assert isinstance(viewer, AuditViewer)
    qtbot.waitExposed(viewer)
    assert viewer.windowTitle() == "审计日志" and viewer.model.total >= 1
