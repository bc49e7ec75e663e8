"""The intake form: a message goes once its field (or the box it is about) is corrected, an escalated claim is
judged while its note is written (W8), and an impossible date is called so, not a wrong format."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.field_errors import parse_date
from desktop_app.gui.intake.intake_dialog import IntakeDialog
from desktop_app.gui.intake.intake_fields import parse_local_time
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing
from desktop_app.services.sample_data import load_sample_data
from desktop_app.start import prepare_application
from gui_support import keep_screenshot

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.astimezone().date()
SOLD = (TODAY - dt.timedelta(days=200)).isoformat()


@pytest.fixture
def dialog(qtbot, database, manager) -> IntakeDialog:
    load_sample_data(database.sessions, claims=0)
    services = DeskServices.for_sessions(database.sessions, clock=lambda: NOW)
    tab = ClaimsTab(ClaimListing(database.sessions), services, manager)  # a manager: the override row shows
    qtbot.addWidget(tab)
    dialog = tab.windows.open_intake()
    qtbot.waitExposed(dialog)
    return dialog


def unit_typed(qtbot, dialog: IntakeDialog, sale_date: str) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    qtbot.keyClicks(ui.serial_edit, "S728ERRFIX1")
    qtbot.keyClicks(ui.sale_date_edit, sale_date)


def test_a_corrected_sale_date_takes_its_message_away_and_leaves_the_others(qtbot, dialog):
    ui = dialog.ui
    future = (TODAY + dt.timedelta(days=5)).isoformat()
    unit_typed(qtbot, dialog, future)
    ui.save_button.click()
    assert dialog.errors.message("sale_date") == f"日期 {future} 在今天之后。"
    assert dialog.errors.message("customer_name") == "请输入客户名称。"
    ui.sale_date_edit.clear()
    assert dialog.errors.message("sale_date") == ""  # the wrong date is gone, so is what was said of it
    qtbot.keyClicks(ui.sale_date_edit, SOLD)
    qtbot.waitUntil(lambda: ui.decision_panel.ui.tier_label.text() == "换货期（W3）")
    assert dialog.errors.message("sale_date") == ""
    assert dialog.errors.message("customer_name") == "请输入客户名称。"  # not corrected yet: still said


def test_unticking_the_invoice_or_the_escalation_takes_their_messages_away(qtbot, dialog):
    ui = dialog.ui
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    ui.escalate_check.setFocus()
    qtbot.keyClick(ui.escalate_check, Qt.Key.Key_Space)  # 协商处理, its note not written
    ui.save_button.click()
    assert dialog.errors.message("escalated_note") == "升级协商的理赔必须填写说明（W8）。"
    assert dialog.errors.message("sale_date") == "请输入发票上的销售日期，或取消勾选“有发票”。"
    keep_screenshot(dialog, "intake_errors_zh")
    qtbot.keyClick(ui.escalate_check, Qt.Key.Key_Space)  # unticked: no note is asked for
    assert dialog.errors.message("escalated_note") == ""
    ui.invoice_check.setFocus()
    qtbot.keyClick(ui.invoice_check, Qt.Key.Key_Space)  # no invoice: no sale date is asked for (W10)
    assert dialog.errors.message("sale_date") == ""
    assert dialog.errors.message("fault_description") == "请描述故障。"


def test_an_escalated_claim_is_judged_as_awaiting_its_note(qtbot, dialog):
    ui, panel = dialog.ui, dialog.ui.decision_panel
    unit_typed(qtbot, dialog, SOLD)
    qtbot.waitUntil(lambda: panel.ui.tier_label.text() == "换货期（W3）")
    ui.escalate_check.setFocus()
    qtbot.keyClick(ui.escalate_check, Qt.Key.Key_Space)  # W8
    qtbot.waitUntil(lambda: panel.ui.tier_label.text() == "已上报：协商处理（W8，待填写说明）")
    assert panel.ui.approval_value.text() == "协商说明：待填写（W8）"
    assert "尚无判定" not in panel.text() and "请选择产品型号" not in panel.text()
    keep_screenshot(dialog, "intake_escalated_pending_zh")
    qtbot.keyClicks(ui.escalate_note_edit, "VIP")
    qtbot.waitUntil(lambda: panel.ui.tier_label.text() == "已上报：协商处理（W8）")
    assert panel.ui.approval_value.text() == "协商说明：VIP（W8）"


def test_the_english_form_names_its_boxes_as_labelled(qtbot, database, manager):
    prepare_application("en")
    load_sample_data(database.sessions, claims=0)
    tab = ClaimsTab(ClaimListing(database.sessions), DeskServices.for_sessions(database.sessions), manager)
    qtbot.addWidget(tab)
    dialog = tab.windows.open_intake()
    qtbot.keyClicks(dialog.ui.received_edit, "2026/13/45")
    dialog.ui.save_button.click()
    assert dialog.errors.message("serial") == 'Enter the serial number, or tick "Serial unknown".'
    assert dialog.errors.message("sale_date") == 'Enter the sale date on the invoice, or untick "Invoice present".'
    assert dialog.errors.message("centre_received_date") == "2026/13/45 is not a valid date."
    assert '"Invoice present"' in dialog.ui.decision_panel.ui.provisional_label.text()
    keep_screenshot(dialog, "intake_errors_en")


@pytest.mark.parametrize("typed", ["2026-02-30", "2026/13/45", "２０２６－０２－３０"])
def test_a_date_not_on_the_calendar_is_called_so(typed):
    with pytest.raises(Exception) as refused:
        parse_date(typed, "centre_received_date")
    assert refused.value.render() == f"{typed} is not a valid date."


def test_a_date_in_no_format_is_asked_for_in_the_format():
    with pytest.raises(Exception) as refused:
        parse_date("3/18/2026", "sale_date")
    assert refused.value.render() == "Enter the date as YYYY-MM-DD, e.g. 2026-03-18."


def test_an_arrival_time_not_on_the_clock_is_called_so():
    for typed in ("2026-02-30 14:30", "2026-03-18 25:10"):
        with pytest.raises(Exception) as refused:
            parse_local_time(typed, "required_arrival_at")
        assert refused.value.render() == f"{typed} is not a valid date and time."
    with pytest.raises(Exception) as refused:
        parse_local_time("明天下午", "required_arrival_at")
    assert refused.value.template.startswith("Enter the time as")
