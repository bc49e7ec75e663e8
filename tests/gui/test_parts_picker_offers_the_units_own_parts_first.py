"""The issue-parts dialog in Chinese: the unit's own parts (and universal ones) first, marked 适用本机, the
others hidden behind 只看适用本机 and greyed with their models when shown; a part for another model asks
why before it is issued and the reason is kept with the issue (D5, D9, W3). A visit whose product is not
identified yet lists every part and asks nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import CallChannel, CauseClass, MovementKind, PartCharge, WorkOrderState as S
from desktop_app.db.models import AuditEntry, FeeSchedule, FeeScheduleItem, Part, StockMovement, WorkOrderPart
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.parts_dialog import PartsDialog
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService
from gui_support import keep_screenshot

GREY = "#8a8a8a"


@pytest.fixture
def depot(database) -> Depot:
    """PWR-01 is listed for the S5720-28P, FAN-01 and ADP-12V for no model (universal); two mainboards."""
    depot = build_depot(database)
    with depot.db.sessions.write() as s, s.begin():
        schedule_id = s.scalar(select(FeeSchedule.id))
        for part_no, name, models in (("MB-S5720", "S5720主板", ["S5720-28P", "S5720-52X"]),
                                      ("MB-AP3010", "无线AP主板", ["AP3010DN", "AP6050-WALL"])):
            part = Part(part_no=part_no, name=name, compatible_models=models)
            s.add(part)
            s.flush()
            depot.part_ids[part_no] = part.id
            s.add(FeeScheduleItem(schedule_id=schedule_id, part_id=part.id, cost_price=Decimal("260.00"),
                                  fee_price=Decimal("338.00")))
            s.add(StockMovement(part_id=part.id, kind=MovementKind.RECEIPT, quantity=3,
                                by_id=depot.staff["manager"].staff_id))
    return depot


def diagnosed(depot: Depot) -> int:
    """A S5720-28P in its exchange tier with a quality defect: its parts are the fund's (W3, D5)."""
    order_id = depot.order_id(depot.take_in("SN-MB", TODAY - dt.timedelta(days=100)).work_order_number)
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, order_id, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, order_id, fault_category_id=depot.fault_ids["no_power"],
                                                     cause=CauseClass.QUALITY_DEFECT, note="")
    return order_id


def parts_dialog(qtbot, depot: Depot, order_id: int) -> PartsDialog:
    tech = workspace(qtbot, depot, "tech")
    tech.open_order(order_id)
    qtbot.mouseClick(tech.panel.buttons[Action.PARTS], Qt.MouseButton.LeftButton)
    dialog = tech.order_actions.dialog(PartsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.resize(900, 640)
    return dialog


def listed(dialog: PartsDialog) -> list[tuple[str, str]]:
    table = dialog.ui.parts_picker.ui.results_table
    return [(table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def grey_rows(dialog: PartsDialog) -> list[str]:
    table = dialog.ui.parts_picker.ui.results_table
    return [table.item(r, 0).text() for r in range(table.rowCount())
            if table.item(r, 1).foreground().color().name() == GREY]


def find(qtbot, dialog: PartsDialog, text: str) -> None:
    picker = dialog.ui.parts_picker.ui
    picker.find_edit.setFocus()
    picker.find_edit.setText(text)  # typed Chinese goes through the input method, not key clicks
    qtbot.keyClick(picker.find_edit, Qt.Key.Key_Return)


def test_the_picker_lists_the_units_own_parts_and_hides_other_models_until_asked(qtbot, depot):
    dialog = parts_dialog(qtbot, depot, diagnosed(depot))
    picker = dialog.ui.parts_picker.ui
    assert not picker.fits_only_check.isHidden() and picker.fits_only_check.isChecked()
    assert picker.fits_only_check.text() == "只看适用本机(&O)"
    assert dialog.ui.parts_picker.ui.results_table.horizontalHeaderItem(2).text() == "适用机型"
    assert listed(dialog) == [("ADP-12V", "适用本机（通用件）"), ("FAN-01", "适用本机（通用件）"),
                              ("MB-S5720", "适用本机"), ("PWR-01", "适用本机")]
    assert grey_rows(dialog) == []

    find(qtbot, dialog, "主板")  # the audit's search: only the unit's own mainboard
    assert listed(dialog) == [("MB-S5720", "适用本机")]
    assert picker.others_label.text() == "已隐藏适用其他机型的配件 1 个。取消勾选“只看适用本机”即可查看。"
    keep_screenshot(dialog, "parts_picker_fits_only")

    qtbot.keyClick(picker.fits_only_check, Qt.Key.Key_Space)  # the others, after the unit's own, greyed
    assert listed(dialog) == [("MB-S5720", "适用本机"), ("MB-AP3010", "AP3010DN、AP6050-WALL")]
    assert grey_rows(dialog) == ["MB-AP3010"] and picker.others_label.isHidden()
    assert picker.results_table.item(1, 2).toolTip() == "AP3010DN\nAP6050-WALL"
    keep_screenshot(dialog, "parts_picker_all_models")


def test_issuing_another_models_part_asks_why_and_keeps_the_reason_with_the_issue(qtbot, depot):
    order_id = diagnosed(depot)
    dialog = parts_dialog(qtbot, depot, order_id)
    ui = dialog.ui
    find(qtbot, dialog, "主板")
    qtbot.keyClick(ui.parts_picker.ui.results_table, Qt.Key.Key_Return)  # the unit's own: nothing to ask
    assert ui.reason_edit.isHidden() and ui.reason_label.isHidden()
    ui.parts_picker.ui.fits_only_check.setChecked(False)
    ui.parts_picker.ui.results_table.selectRow(1)
    qtbot.mouseClick(ui.parts_picker.ui.add_button, Qt.MouseButton.LeftButton)
    assert [p.part_no for p, _ in ui.parts_picker.chosen()] == ["MB-S5720", "MB-AP3010"]
    assert not ui.reason_edit.isHidden()
    assert ui.reason_label.text() == ("配件目录中未列为适用 S5720-28P：MB-AP3010（适用 AP3010DN、AP6050-WALL）。"
                                      "请说明为何在本机使用，原因将随领用记录保存。")
    assert ui.reason_caption.text() == "使用原因(&W)："

    qtbot.mouseClick(ui.issue_button, Qt.MouseButton.LeftButton)  # without a reason: refused at the field
    assert dialog.isVisible() and "配件目录中未列为适用 S5720-28P" in ui.reason_error.text()
    assert depot.on_hand("MB-AP3010") == 3 and depot.on_hand("MB-S5720") == 3
    keep_screenshot(dialog, "parts_reason_asked")

    ui.reason_edit.setText("本机主板缺货，临时借用同芯片主板")
    qtbot.mouseClick(ui.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert depot.on_hand("MB-AP3010") == 2 and depot.on_hand("MB-S5720") == 2
    with depot.db.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity_id == order_id,
                                                  AuditEntry.action == "parts_issued"))
        charged = list(s.scalars(select(WorkOrderPart.charged_to).where(WorkOrderPart.work_order_id == order_id)))
    assert (entry.changes["parts"], entry.changes["products"], entry.changes["reason"]) == (
        ["MB-AP3010"], "S5720-28P", "本机主板缺货，临时借用同芯片主板")
    assert charged == [PartCharge.FUND, PartCharge.FUND]  # the charge rules are unchanged (D13)


def test_a_visit_whose_product_is_not_identified_lists_every_part_and_asks_nothing(qtbot, depot):  # E1, S3
    saved = CallRegister(depot.db.sessions).register(depot.staff["operator"], CallForm(
        channel=CallChannel.PHONE, caller_name="深圳华信科技", phone="0755-26781234", subject="机房交换机宕机，需上门",
        needs_visit=True, required_arrival_at=dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=4), city="深圳"))
    order_id = depot.order_id(saved.work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], order_id, S.DIAGNOSING)
    dialog = parts_dialog(qtbot, depot, order_id)
    ui = dialog.ui
    assert ui.parts_picker.ui.fits_only_check.isHidden()
    find(qtbot, dialog, "主板")
    assert listed(dialog) == [("MB-AP3010", "AP3010DN、AP6050-WALL"), ("MB-S5720", "S5720-28P、S5720-52X")]
    assert grey_rows(dialog) == []
    qtbot.keyClick(ui.parts_picker.ui.results_table, Qt.Key.Key_Return)
    assert ui.reason_edit.isHidden()
    qtbot.mouseClick(ui.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert depot.on_hand("MB-AP3010") == 2


def test_the_part_name_takes_the_spare_width_and_reads_whole_in_its_tooltip(qtbot, depot):
    """Beside short numbers the name is the column that needs room: the last column (the wear flag, the
    amount) stood a hand wide while names were cut."""
    dialog = parts_dialog(qtbot, depot, diagnosed(depot))
    picker = dialog.ui.parts_picker.ui
    qtbot.waitUntil(lambda: picker.results_table.rowCount() > 0)
    for table in (picker.results_table, picker.chosen_table):
        header = table.horizontalHeader()
        widths = [header.sectionSize(c) for c in range(table.columnCount())]
        assert widths[1] == max(widths), widths
    name = picker.results_table.item(0, 1)
    assert name.toolTip() == name.text() != ""
