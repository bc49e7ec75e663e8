"""Rule S3 on the intake form: an on-site claim asks for the customer's required arrival time, shows
a wrong or missing one in Chinese beside the field, and its work order keeps the time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop_app.core.vocabulary import ClaimChannel, Remedy, WorkOrderKind
from desktop_app.db.models import Claim, WorkOrder
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import DONE_PAGE, FORM_PAGE, IntakeDialog
from desktop_app.services.sample_data import load_sample_data

NOW = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
TODAY = NOW.astimezone().date()


@pytest.fixture
def dialog(qtbot, database, manager) -> Iterator[IntakeDialog]:
    load_sample_data(database.sessions, claims=5)
    dialog = IntakeDialog(DeskServices.for_sessions(database.sessions, clock=lambda: NOW), manager)
    dialog.show()
    dialog.start()
    yield dialog
    # Not closed by qtbot: with a claim typed, closing asks whether to lose it.
    dialog.discard_changes()
    dialog.deleteLater()


def fill_claim(qtbot, dialog: IntakeDialog, sale_date: dt.date, tier: str) -> None:
    """A Shenzhen customer (an on-site city, S2) with a switch sold on ``sale_date``."""
    ui = dialog.ui
    ui.name_edit.setText("林晓梅")
    ui.phone_edit.setText("13922334455")
    ui.city_edit.setText("深圳")
    ui.address_edit.setText("南山区科技园 8 栋")
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    ui.serial_edit.setText("S728ONSITE01")
    ui.sale_date_edit.setText(sale_date.isoformat())
    ui.fault_edit.setPlainText("机房交换机不通电")
    qtbot.waitUntil(lambda: ui.decision_panel.ui.tier_label.text() == tier)


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def arrival_asked(dialog: IntakeDialog) -> bool:
    return dialog.ui.arrival_edit.isVisible() and dialog.ui.arrival_label.isVisible()


def test_the_required_arrival_is_asked_only_when_a_technician_will_go_on_site(qtbot, dialog):
    ui = dialog.ui
    assert not arrival_asked(dialog)  # a walk-in by default
    fill_claim(qtbot, dialog, TODAY - dt.timedelta(days=10), "退货期（W2）")
    choose(ui.channel_combo, ClaimChannel.ON_SITE_REQUEST.value)
    # The best remedy is a return: it waits for the manager's approval (W9), no one goes out yet.
    assert not arrival_asked(dialog)
    choose(ui.remedy_combo, Remedy.FREE_REPAIR.value)  # a repair at the customer's site (S3)
    assert arrival_asked(dialog)
    assert ui.arrival_label.text() == "要求到达时间(&Q)："
    choose(ui.remedy_combo, Remedy.RETURN.value)
    assert not arrival_asked(dialog)
    choose(ui.remedy_combo, Remedy.EXCHANGE.value)
    assert arrival_asked(dialog)
    choose(ui.channel_combo, ClaimChannel.PHONE.value)  # remote support (S2)
    assert not arrival_asked(dialog)


def test_a_missing_past_or_unreadable_arrival_is_shown_in_chinese_beside_it_and_nothing_is_saved(
        qtbot, dialog, database):
    ui = dialog.ui
    fill_claim(qtbot, dialog, TODAY - dt.timedelta(days=400), "免费保修期（W4）")
    choose(ui.channel_combo, ClaimChannel.ON_SITE_REQUEST.value)
    assert arrival_asked(dialog)  # the best remedy, a free repair, is done on site

    def save_with(text: str) -> str:
        ui.arrival_edit.setText(text)
        ui.save_button.click()
        assert ui.pages.currentIndex() == FORM_PAGE
        assert ui.required_arrival_at_error.isVisible()
        qtbot.waitUntil(lambda: ui.arrival_edit.hasFocus())  # the wrong field gets the cursor
        return dialog.errors.message("required_arrival_at")

    assert save_with("") == "请填写客户要求技术员到达的日期和时间（S3）。"
    past = (NOW - dt.timedelta(hours=1)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert save_with(past) == "要求的到达时间已经过去。"
    assert save_with("明天下午") == "请按 年-月-日 时:分 格式填写时间，如 2026-03-18 14:30。"
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Claim).where(Claim.fault_description == "机房交换机不通电")) == 0

    # Corrected, the claim is saved and its on-site order keeps the customer's time, in UTC.
    asked = (NOW + dt.timedelta(days=1)).astimezone().replace(hour=14, minute=30)
    ui.arrival_edit.setText(asked.strftime("%Y-%m-%d %H:%M"))
    qtbot.keyClick(ui.arrival_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui.pages.currentIndex() == DONE_PAGE
    saved = dialog.saved
    assert f"技术员须于 {local_time_text(asked)} 前到达。" in ui.done_detail_label.text()
    with database.sessions.read() as s:
        order = s.scalar(select(WorkOrder).where(WorkOrder.number == saved.work_order_number))
        assert order.kind is WorkOrderKind.ON_SITE
        assert order.required_arrival_at == asked and order.required_arrival_at.utcoffset() == dt.timedelta(0)


def test_the_error_goes_when_the_claim_no_longer_needs_a_visit(qtbot, dialog):
    ui = dialog.ui
    fill_claim(qtbot, dialog, TODAY - dt.timedelta(days=400), "免费保修期（W4）")
    choose(ui.channel_combo, ClaimChannel.ON_SITE_REQUEST.value)
    ui.save_button.click()
    assert ui.required_arrival_at_error.isVisible()
    choose(ui.channel_combo, ClaimChannel.WALK_IN.value)
    assert not arrival_asked(dialog) and not ui.required_arrival_at_error.isVisible()
    ui.save_button.click()  # a bench repair: saved without a time
    assert ui.pages.currentIndex() == DONE_PAGE and dialog.saved.work_order_number is not None
