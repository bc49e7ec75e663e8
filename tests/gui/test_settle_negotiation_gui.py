"""W8 from the claims tab: a supervisor selects an escalated claim, presses 协商处理…, states the outcome
with a note; the claim gets its work order (or is closed) and the list shows it. The operator has no button."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, Remedy
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.negotiation_dialog import NegotiationDialog
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.listings import ClaimListing


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def escalated(depot: Depot, serial: str):
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY.replace(year=TODAY.year - 2)),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"),
        escalated_note="主板停产无备件"))


def desk(qtbot, depot: Depot, who: str) -> ClaimsTab:
    tab = ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions), depot.staff[who])
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    return tab


def select(tab: ClaimsTab, number: str) -> None:
    tab.ui.search_edit.setText(number)
    tab.apply_search()
    tab.ui.table_view.selectRow(0)


def test_a_supervisor_settles_an_escalated_claim_as_a_paid_repair(qtbot, depot):
    saved = escalated(depot, "S728GUIW8")
    plain = depot.take_in("S728GUIPLAIN", TODAY.replace(year=TODAY.year - 2))
    tab = desk(qtbot, depot, "sup")
    button = tab.ui.negotiation_button
    assert button.isVisible() and button.text() == "协商处理(&G)…"
    select(tab, plain.number)
    assert not button.isEnabled()  # not escalated
    select(tab, saved.number)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(NegotiationDialog)
    assert dialog.isVisible() and "主板停产无备件" in dialog.ui.escalation_label.text()
    texts = [dialog.ui.outcome_combo.itemText(i) for i in range(dialog.ui.outcome_combo.count())]
    assert texts == ["免费维修", "收费维修", "换货", "不予服务，结案"]  # a refund is the manager's (W9)
    assert dialog.ui.arrival_edit.isHidden()  # a walk-in claim: no on-site order
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "“说明”" in dialog.ui.error_label.text()  # the note is mandatory
    dialog.ui.outcome_combo.setCurrentIndex(1)
    dialog.ui.note_edit.setText("客户接受收费维修")  # typed (QTest types ASCII only)
    with qtbot.waitSignal(dialog.settled) as settled:
        qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    done = settled.args[0]
    assert not dialog.isVisible() and done.decision is Remedy.PAID_REPAIR and done.work_order_number
    assert done.work_order_number in tab.ui.detail_label.text() and "收费维修" in tab.ui.detail_label.text()
    select(tab, saved.number)
    assert tab.selected_row().decision is Remedy.PAID_REPAIR and not button.isEnabled()  # settled once


def test_the_manager_may_refund_and_the_operator_sees_no_button(qtbot, depot):
    saved = escalated(depot, "S728GUIREF")
    operator = desk(qtbot, depot, "operator")
    select(operator, saved.number)
    assert not operator.ui.negotiation_button.isVisible()
    manager = desk(qtbot, depot, "manager")
    select(manager, saved.number)
    manager.open_negotiation()
    dialog = manager.findChild(NegotiationDialog)
    combo = dialog.ui.outcome_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith("退款")))
    dialog.ui.note_edit.setText("全额退款")
    with qtbot.waitSignal(dialog.settled) as settled:
        dialog.save()
    assert (settled.args[0].decision, settled.args[0].status) == (Remedy.RETURN, ClaimStatus.IN_PROGRESS)
    select(manager, saved.number)
    assert manager.ui.complete_return_button.isEnabled()  # the desk closes it once refunded (W9)
