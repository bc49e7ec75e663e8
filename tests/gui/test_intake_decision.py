"""The live decision panel: tiers by date and category (W2-W5), charges, approvals, rules and clocks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import IntakeDialog
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing
from desktop_app.services.sample_data import load_sample_data

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()


def years_ago(years: int) -> str:
    return TODAY.replace(year=TODAY.year - years).isoformat()


@pytest.fixture
def dialog(qtbot, database, manager) -> IntakeDialog:
    load_sample_data(database.sessions, claims=5)
    services = DeskServices.for_sessions(database.sessions, clock=lambda: NOW)
    tab = ClaimsTab(ClaimListing(database.sessions), services, manager)
    qtbot.addWidget(tab)
    return tab.windows.open_intake()


def enter_unit(qtbot, dialog: IntakeDialog, model: str, sale_date: str, city: str = "深圳") -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.model_combo, model)
    qtbot.keyClicks(ui.serial_edit, "NEW-SERIAL-0001")
    qtbot.keyClicks(ui.sale_date_edit, sale_date)
    ui.city_edit.setText(city)


def wait_for_tier(qtbot, dialog: IntakeDialog, tier: str) -> str:
    panel = dialog.ui.decision_panel
    qtbot.waitUntil(lambda: panel.ui.tier_label.text() == tier)
    return panel.text()


def test_a_sale_ten_days_ago_may_be_returned_exchanged_or_repaired(qtbot, dialog):
    enter_unit(qtbot, dialog, "S5720-28P", (TODAY - dt.timedelta(days=10)).isoformat())
    wait_for_tier(qtbot, dialog, "退货期（W2）")
    panel = dialog.ui.decision_panel.ui
    assert panel.remedies_value.text() == "退货（最优）、换货、免费维修"
    assert panel.free_value.text() == "退货、换货、免费维修"
    assert panel.approval_value.text() == "退货须经总经理批准（W9）"
    # Nothing ticked: every accessory is missing and charged at cost for a return or exchange (W2).
    assert "缺少的附件按成本价收费（W2）：电源线、安装支架、橡胶脚垫、说明书、Console线" in panel.charged_value.text()
    assert panel.cost_value.text() == "厂家（品质不良，D12）"
    assert panel.rules_value.text() == "W2, W3, W6, W9, W11, D12"
    assert panel.reply_value.text() == f"{local_time_text(NOW + dt.timedelta(hours=8))}（8 小时内）"
    assert panel.answer_value.text() == f"{local_time_text(NOW + dt.timedelta(hours=24))}（24 小时内）"
    assert panel.on_site_value.text() == "是：深圳可上门服务"
    # The requested remedy may be any of the three, not a paid repair.
    remedies = dialog.ui.remedy_combo
    enabled = [remedies.itemText(i) for i in range(remedies.count()) if remedies.model().item(i).isEnabled()]
    assert enabled == ["按最优方案", "退货", "换货", "免费维修"]


def test_a_general_product_sold_five_years_ago_gets_a_paid_repair(qtbot, dialog):
    enter_unit(qtbot, dialog, "S5720-28P", years_ago(5), city="拉萨")
    wait_for_tier(qtbot, dialog, "收费维修（W5）")
    panel = dialog.ui.decision_panel.ui
    assert panel.remedies_value.text() == "收费维修"
    assert panel.free_value.text() == "无：维修费用由客户承担"
    assert "只收维修成本：配件按收费标准的成本价（W5）" in panel.charged_value.text()
    assert panel.cost_value.text() == "客户"
    assert panel.approval_value.text() == "无需审批"
    assert panel.rules_value.text() == "W5, W11"
    assert panel.on_site_value.text().startswith("否：拉萨提供远程支持")


def test_an_industrial_ethernet_unit_of_four_years_is_repaired_free(qtbot, dialog):
    enter_unit(qtbot, dialog, "IES-2008G", years_ago(4))
    wait_for_tier(qtbot, dialog, "免费保修期（W4）")
    panel = dialog.ui.decision_panel.ui
    assert panel.remedies_value.text() == "免费维修"
    assert panel.free_value.text() == "免费维修"
    assert "工业以太网产品，免费维修期更长（W4）" in panel.reasons_value.text()
    assert panel.periods_value.text().endswith(f"; 免费维修至 {_five_years_end()}")  # 5 years, not 3
    assert panel.rules_value.text() == "W4, W6, W11, D10, D14"


def _five_years_end() -> str:
    sale = TODAY.replace(year=TODAY.year - 4)
    return sale.replace(year=sale.year + 5).isoformat()


def test_ticked_accessories_are_no_longer_charged(qtbot, dialog):
    enter_unit(qtbot, dialog, "IES-2008G", (TODAY - dt.timedelta(days=10)).isoformat())
    wait_for_tier(qtbot, dialog, "退货期（W2）")
    accessories = dialog.ui.accessories_list
    for row in range(accessories.count()):
        accessories.item(row).setCheckState(Qt.CheckState.Checked)
    panel = dialog.ui.decision_panel.ui
    qtbot.waitUntil(lambda: "缺少的附件按成本价收费（W2）：" not in panel.charged_value.text())
    assert "W2" in panel.rules_value.text()


def test_no_invoice_means_no_return_or_exchange(qtbot, dialog):
    enter_unit(qtbot, dialog, "S5720-28P", (TODAY - dt.timedelta(days=10)).isoformat())
    wait_for_tier(qtbot, dialog, "退货期（W2）")
    dialog.ui.invoice_check.setFocus()
    qtbot.keyClick(dialog.ui.invoice_check, Qt.Key.Key_Space)  # no invoice, no registered sale (W10)
    wait_for_tier(qtbot, dialog, "收费维修（W5）")
    assert "无销售日期：收费维修（W10）" == dialog.ui.decision_panel.ui.periods_value.text()


def test_without_a_product_there_is_no_decision_yet_but_the_clocks_run(qtbot, dialog):
    panel = dialog.ui.decision_panel.ui
    assert panel.tier_label.text() == "尚无判定"
    assert panel.reply_value.text().startswith(local_time_text(NOW + dt.timedelta(hours=8)))
    assert panel.on_site_value.text().startswith("请填写城市。可上门服务的城市：深圳、北京")
