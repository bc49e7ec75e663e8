"""Rules W9 and S3 in the manager's approval queue: refusing the return of an on-site request opens
an on-site order, so the queue asks when the customer wants the technician there, as intake does;
a counter claim's refusal does not ask it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import select

from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, Remedy, WorkOrderKind
from desktop_app.db.models import Claim, WorkOrder
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.intake.approval_dialog import ApprovalQueueDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.sample_data import load_sample_data

NOW = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
TODAY = NOW.astimezone().date()
# Typed as the manager reads the wall clock: tomorrow at 10:00, the counter's local time.
TYPED = f"{(TODAY + dt.timedelta(days=1)).isoformat()} 10:00"
ASKED = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(10, 0)).astimezone()


@pytest.fixture
def queue(qtbot, database, manager) -> tuple[ApprovalQueueDialog, dict[ClaimChannel, int]]:
    """Two returns waiting for the manager (W9): an on-site request from Shenzhen (S2) and a walk-in."""
    load_sample_data(database.sessions, claims=0)
    services = DeskServices.for_sessions(database.sessions, clock=lambda: NOW)
    claims = {}
    for serial, channel in (("S728ONSITE09", ClaimChannel.ON_SITE_REQUEST), ("S728WALKIN09", ClaimChannel.WALK_IN)):
        saved = services.intake.take_in(manager, IntakeForm(
            customer=CustomerInput(name="林晓梅", phone="13922334455", city="深圳", address="南山区科技园 8 栋"),
            unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY - dt.timedelta(days=3)),
            channel=channel, fault_description="开机后所有端口不通", requested_remedy=Remedy.RETURN))
        assert saved.status is ClaimStatus.AWAITING_APPROVAL
        claims[channel] = saved.id
    dialog = ApprovalQueueDialog(services, manager)
    qtbot.addWidget(dialog)
    dialog.resize(900, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reload()
    return dialog, claims


def select_claim(dialog: ApprovalQueueDialog, claim_id: int) -> None:
    dialog.ui.queue_table.selectRow([b.id for b in dialog.briefs].index(claim_id))


def arrival_asked(dialog: ApprovalQueueDialog) -> bool:
    return dialog.ui.arrival_edit.isVisible() and dialog.ui.arrival_label.isVisible()


def the_order(database, claim_id: int) -> WorkOrder | None:
    with database.sessions.read() as s:
        return s.scalar(select(WorkOrder).where(WorkOrder.claim_id == claim_id))


def test_the_arrival_time_is_asked_only_for_an_on_site_claim(queue):
    dialog, claims = queue
    select_claim(dialog, claims[ClaimChannel.ON_SITE_REQUEST])
    assert arrival_asked(dialog)
    assert dialog.ui.arrival_label.text() == "要求到达时间(&Q)："
    assert dialog.ui.arrival_edit.placeholderText().startswith("拒绝时填写：")
    dialog.ui.arrival_edit.setText(TYPED)
    select_claim(dialog, claims[ClaimChannel.WALK_IN])
    assert not arrival_asked(dialog)
    select_claim(dialog, claims[ClaimChannel.ON_SITE_REQUEST])
    assert dialog.ui.arrival_edit.text() == ""  # not carried over from another claim


def test_refusing_an_on_site_return_without_the_arrival_time_is_refused_then_kept_on_its_order(
        qtbot, queue, database):  # rules W9, S3
    dialog, claims = queue
    claim_id = claims[ClaimChannel.ON_SITE_REQUEST]
    select_claim(dialog, claim_id)
    dialog.ui.note_edit.setText("包装已拆，按换货处理")
    qtbot.mouseClick(dialog.ui.refuse_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.error_label.text() == "请填写客户要求技术员到达的日期和时间（S3）。"
    assert dialog.focusWidget() is dialog.ui.arrival_edit
    with database.sessions.read() as s:
        assert s.get(Claim, claim_id).status is ClaimStatus.AWAITING_APPROVAL
    assert the_order(database, claim_id) is None

    dialog.ui.arrival_edit.setText("明天上午")
    qtbot.mouseClick(dialog.ui.refuse_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.error_label.text() == "请按 年-月-日 时:分 格式填写时间，如 2026-03-18 14:30。"
    assert the_order(database, claim_id) is None

    dialog.ui.arrival_edit.setText(TYPED)
    with qtbot.waitSignal(dialog.return_decided) as decided:
        qtbot.mouseClick(dialog.ui.refuse_button, Qt.MouseButton.LeftButton)
    assert decided.args == [claim_id, False]
    assert f"技术员须于 {local_time_text(ASKED)} 前到达。" in dialog.ui.error_label.text()
    order = the_order(database, claim_id)
    assert order.kind is WorkOrderKind.ON_SITE and order.required_arrival_at == ASKED  # stored in UTC
    assert [b.id for b in dialog.briefs] == [claims[ClaimChannel.WALK_IN]]


def test_refusing_a_counter_return_asks_no_arrival_time(qtbot, queue, database):
    dialog, claims = queue
    claim_id = claims[ClaimChannel.WALK_IN]
    select_claim(dialog, claim_id)
    dialog.ui.note_edit.setText("包装已拆，按换货处理")
    with qtbot.waitSignal(dialog.return_decided):
        qtbot.mouseClick(dialog.ui.refuse_button, Qt.MouseButton.LeftButton)
    order = the_order(database, claim_id)
    assert order.kind is WorkOrderKind.BENCH and order.required_arrival_at is None


def test_the_queue_shows_the_arrival_row_whole_in_chinese(qtbot, queue, tmp_path):
    dialog, claims = queue
    select_claim(dialog, claims[ClaimChannel.ON_SITE_REQUEST])
    path = tmp_path / "approval_queue_on_site.png"
    assert dialog.grab().save(str(path)) and not QImage(str(path)).isNull()
    for label in (dialog.ui.arrival_label, dialog.ui.note_label):
        assert label.width() >= label.sizeHint().width(), label.text()
