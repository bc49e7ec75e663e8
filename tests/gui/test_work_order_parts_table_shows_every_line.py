"""The work-order panel's parts table shows every line whole: long part numbers and names make its columns wider
than the panel, and the horizontal scroll bar that then appears no longer covers the last line (two lines
showed as one and a half); it fits again when the panel gets narrower or wider."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from gui_support import keep_screenshot
from work_order_depot import TODAY, build_depot

from desktop_app.core.vocabulary import PartCharge
from desktop_app.gui.work_orders.detail_panel import WorkOrderDetailPanel
from desktop_app.services.work_order_details import PartUse, WorkOrderDetails

LONG = [("FLASH-AP6050-WALL-2026", "AP6050-WALL Flash存储芯片（含固件）"), ("BATT-AP6050-WALL", "AP6050-WALL 纽扣电池CR2032"),
        ("PSU-IES-5028-RDNT", "IES-5028M冗余电源模块"), ("FAN-IES-5028-TRAY", "IES-5028M风扇托架"),
        ("PB-S2300-24V", "二层交换机电源板（24VDC）")]


def every_line_visible(table) -> bool:
    last = table.rowCount() - 1
    return table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()


@pytest.fixture
def panel_with(qtbot, database):
    depot = build_depot(database)
    order_id = depot.order_id(depot.take_in("SN-PARTS", TODAY - dt.timedelta(days=100)).work_order_number)
    detail = WorkOrderDetails(database.sessions).get(depot.staff["sup"], order_id)
    panel = WorkOrderDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(560, 900)  # the panel's width beside the list on a 1366×768 screen
    panel.show()
    qtbot.waitExposed(panel)

    def show(count: int) -> WorkOrderDetailPanel:
        parts = tuple(PartUse(no, name, 1, Decimal("35.50"), PartCharge.FUND, i != 1)
                      for i, (no, name) in enumerate(LONG[:count]))
        panel.show_detail(dataclasses.replace(detail, parts=parts))
        return panel

    return show


@pytest.mark.parametrize("count", [2, 4, 5])
def test_every_parts_line_shows_whole_even_with_a_horizontal_scroll_bar(panel_with, qtbot, count) -> None:
    table = panel_with(count).ui.parts_table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().isVisible())  # the long names: wider than the panel
    assert table.rowCount() == count
    assert every_line_visible(table)
    assert table.verticalScrollBar().maximum() == 0  # the panel scrolls as a whole, never this table
    keep_screenshot(table.window(), f"work_order_parts_{count}_lines")


def test_the_table_fits_again_when_the_panel_is_resized(panel_with, qtbot) -> None:
    panel = panel_with(2)
    table = panel.ui.parts_table
    panel.resize(1200, 900)  # room for every column: no scroll bar, no empty strip under the lines
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    qtbot.waitUntil(lambda: table.viewport().height() <= sum(table.rowHeight(r) for r in range(2)) + 2)
    assert every_line_visible(table)
    panel.resize(520, 900)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().isVisible())
    qtbot.waitUntil(lambda: every_line_visible(table))
