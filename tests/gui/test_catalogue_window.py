"""The parts catalogue window: search, add/edit with field messages, fee schedule versions, import (GBK CSV) and export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.db.models import Part
from desktop_app.gui.parts.catalogue_window import CatalogueWindow
from desktop_app.services.parts_catalogue import PartsCatalogue
from desktop_app.services.parts_import import PartsImportService

# The manufacturer's list as Chinese Excel saves "CSV (comma delimited)": GBK. Rows 4-6 are bad.
MANUFACTURER_LIST = "\r\n".join([
    "配件编号,配件名称,适用型号,类别,易损件,单位,成本价,收费标准价,再订货点",
    "FAN-01,风扇,S5720-28P,散热,否,个,35.50,48.00,5",  # row 2: changed (models, category, fee price, reorder)
    "LCD-07,液晶屏,S5720-28P、S5720-52P,显示,否,块,200.00,260.00,2",  # row 3: added
    "BAD-01,坏价格,,,否,个,abc,10.00,0",  # row 4: the cost price is not a number
    "BAD-02,未知单位,,,否,吨,1.00,2.00,0",  # row 5: 吨 is not a unit the catalogue knows
    ",无编号,,,否,个,1.00,2.00,0",  # row 6: no part number
    "PWR-01,电源板,S5720-28P,,否,个,120.00,150.00,0",  # row 7: as it is
]) + "\r\n"


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def window_for(qtbot, depot: Depot, who: str = "manager") -> CatalogueWindow:
    window = CatalogueWindow(depot.db.sessions, depot.staff[who])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def part_nos(window: CatalogueWindow) -> list[str]:
    return [window.model.row_at(r).part_no for r in range(window.model.rowCount())]


def grid(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_catalogue_lists_prices_and_searches_as_you_type(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    assert part_nos(window) == ["ADP-12V", "FAN-01", "PWR-01"]
    model = window.model
    assert [model.data(model.index(2, c)) for c in range(10)] == [
        "PWR-01", "电源板", "S5720-28P", "—", "否", "个", "¥120.00", "¥150.00", "0", "是"]
    assert model.data(model.index(0, 4)) == "是"  # the adapter is a wear part (W6)
    qtbot.keyClicks(window.ui.search_edit, "S5720")  # a compatible model finds the part
    qtbot.waitUntil(lambda: part_nos(window) == ["PWR-01"])
    assert window.ui.count_label.text() == "配件：1"


def test_import_a_gbk_csv_preview_then_apply_all_accepted_rows(qtbot, depot: Depot, tmp_path: Path) -> None:
    path = tmp_path / "厂家配件清单.csv"
    path.write_bytes(MANUFACTURER_LIST.encode("gbk"))
    window = window_for(qtbot, depot)
    dialog = window.open_import(path)
    assert dialog.isVisible() and not dialog.ui.apply_button.isEnabled()  # busy reading
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.ui.busy_bar.isHidden()
    ui = dialog.ui
    assert [ui.tabs.tabText(i) for i in range(3)] == ["新增：1", "修改：1", "拒绝：3"]
    assert grid(ui.added_table)[0][:3] == ["3", "LCD-07", "液晶屏"]
    assert "S5720-28P、S5720-52P" in grid(ui.added_table)[0][3]
    [changed] = grid(ui.changed_table)
    assert changed[:3] == ["2", "FAN-01", "风扇"]
    assert "收费标准价: 45.00 → 48.00" in changed[3] and "再订货点: 0 → 5" in changed[3]
    rejected = grid(ui.rejected_table)
    assert [row[0] for row in rejected] == ["4", "5", "6"]  # the spreadsheet's own row numbers
    assert rejected[0][1:] == ["BAD-01", "成本价“abc”不是数字"]
    assert rejected[1][1] == "BAD-02" and rejected[1][2].startswith("未知的单位“吨”")
    assert rejected[2][2] == "缺少配件编号"
    with depot.db.sessions.read() as s:  # the preview wrote nothing
        assert s.scalar(select(Part).where(Part.part_no == "LCD-07")) is None
    assert ui.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.applied) as applied:
        qtbot.mouseClick(ui.apply_button, Qt.MouseButton.LeftButton)
    assert len(applied.args[0].added) == 1 and len(applied.args[0].changed) == 1
    assert ui.summary_label.text() == "导入完成：新增 1 个配件，修改 1 个。未导入的被拒绝行：3。"
    assert not ui.apply_button.isEnabled()
    assert part_nos(window) == ["ADP-12V", "FAN-01", "LCD-07", "PWR-01"]  # the list shows them at once
    catalogue = PartsCatalogue(depot.db.sessions)
    assert catalogue.price_on("FAN-01", TODAY).fee_price == Decimal("48.00")
    lcd = catalogue.get_part("LCD-07")
    assert (lcd.unit_of_measure, lcd.reorder_level, lcd.fee_price) == ("块", 2, Decimal("260.00"))
    assert "LCD-07" not in window.ui.message_label.text() and "厂家配件清单.csv" in window.ui.message_label.text()


def test_a_file_that_cannot_be_read_is_told_and_nothing_is_applied(qtbot, depot: Depot, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("配件编号,名称\r\n".encode("utf-16"))
    window = window_for(qtbot, depot)
    dialog = window.open_import(path)
    qtbot.waitUntil(lambda: dialog.ui.error_label.text() != "")
    assert "UTF-16" in dialog.ui.error_label.text()
    assert not dialog.ui.apply_button.isEnabled()


def test_export_writes_the_import_layout_back(qtbot, depot: Depot, tmp_path: Path) -> None:
    window = window_for(qtbot, depot)
    target = tmp_path / "catalogue.csv"
    with qtbot.waitSignal(window.exported) as exported:
        window.export_to(target)
    assert exported.args == [str(target), 3]
    text = target.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("配件编号,配件名称,适用型号")
    assert "PWR-01,电源板,S5720-28P,,否,个,120.00,150.00,0,是" in text
    again = PartsImportService(depot.db.sessions).preview(target)  # the same file imports as "no change"
    assert (again.added, again.changed, again.unchanged, again.rejected) == ((), (), 3, ())


def test_new_part_messages_by_field_then_saved(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    dialog = window.open_new()
    ui = dialog.ui
    qtbot.keyClicks(ui.part_no_edit, "FAN-01")
    qtbot.keyClicks(ui.cost_edit, "12.345")
    qtbot.keyClicks(ui.fee_edit, "20")
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message("name") == "缺少配件名称"
    assert "两位小数" in dialog.errors.message("cost_price")
    ui.name_edit.insert("温控风扇")
    ui.cost_edit.setText("12.30")
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "FAN-01" in dialog.errors.message("part_no")  # already in use
    ui.part_no_edit.setText("FAN-02")
    ui.models_edit.setText("S5720-28P, S5720-52P")
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "FAN-02" in part_nos(window) and window.ui.message_label.text() == "配件 FAN-02 已保存。"
    saved = PartsCatalogue(depot.db.sessions).get_part("FAN-02")
    assert saved.compatible_models == ("S5720-28P", "S5720-52P") and saved.fee_price == Decimal("20.00")


def test_a_supervisor_edits_parts_but_not_prices_or_the_wear_flag(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot, "sup")
    for button in (window.ui.fee_button, window.ui.import_button):
        assert not button.isEnabled() and "管理维修收费标准" in button.toolTip()
    assert window.select_part("FAN-01")
    dialog = window.open_edit()
    ui = dialog.ui
    for widget in (ui.wear_check, ui.cost_edit, ui.fee_edit, ui.prices_from_edit):
        assert not widget.isEnabled() and "管理维修收费标准" in widget.toolTip()
    ui.reorder_spin.setValue(8)
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    fan = PartsCatalogue(depot.db.sessions).get_part("FAN-01")
    assert (fan.reorder_level, fan.fee_price) == (8, Decimal("45.00"))  # prices as they were


def test_publish_a_fee_schedule_version_for_the_selected_parts(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    window.select_part("PWR-01")
    dialog = window.open_fee_schedule()
    ui = dialog.ui
    assert grid(ui.lines_table) == [["PWR-01", "电源板", "¥120.00", "¥150.00", "120.00", "150.00"]]
    qtbot.keyClicks(ui.add_edit, "FAN-01")
    qtbot.keyClick(ui.add_edit, Qt.Key.Key_Return)
    assert ui.lines_table.rowCount() == 2
    ui.lines_table.item(0, 5).setText("165.00")
    ui.lines_table.item(1, 4).setText("")  # one price of a pair missing: told with its part number
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and ui.error_label.text().startswith("FAN-01: ")
    ui.lines_table.item(1, 4).setText("36.00")
    tomorrow = TODAY + dt.timedelta(days=1)
    assert ui.effective_edit.date().toPython() == tomorrow
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    catalogue = PartsCatalogue(depot.db.sessions)
    assert catalogue.price_on("PWR-01", TODAY).fee_price == Decimal("150.00")  # D9: today's orders keep theirs
    assert catalogue.price_on("PWR-01", tomorrow).fee_price == Decimal("165.00")
    assert catalogue.price_on("FAN-01", tomorrow).cost_price == Decimal("36.00")
    assert len(catalogue.fee_schedules()) == 2
    assert tomorrow.isoformat() in window.ui.message_label.text()
