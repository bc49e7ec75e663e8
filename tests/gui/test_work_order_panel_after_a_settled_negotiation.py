"""W8 on screen: the work order opened by a settled negotiation shows, in its detail panel, what was
agreed (the outcome in the settling dialog's words, the note, who settled it and when), no longer the
claim's "escalated (W8), see the note" reason; the papers already print the same (协商结果)."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_support import keep_screenshot
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.db.models import WorkOrder
from desktop_app.gui.formatting import local_time_text
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.negotiations import NegotiationService, Outcome

ESCALATED_ZH = "已升级（W8）"  # the start of the judge's "escalated, see the note" reason in Chinese


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def settled_order(depot: Depot, serial: str, outcome: Outcome, note: str, **kwargs) -> int:
    saved = ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY.replace(year=TODAY.year - 2)),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线",),
        escalated_note="主板停产，3个工作日内答复客户"))
    service = NegotiationService(depot.db.sessions)
    done = service.settle(depot.staff["sup"], saved.id, outcome, note,
                          service.negotiation(depot.staff["sup"], saved.id).version, **kwargs)
    with depot.db.sessions.read() as s:
        return s.scalar(select(WorkOrder.id).where(WorkOrder.number == done.work_order_number))


def settled_at(depot: Depot, order_id: int) -> str:
    with depot.db.sessions.read() as s:
        stored = s.get(WorkOrder, order_id).claim.decision_detail["settlement"]["at"]
    return local_time_text(dt.datetime.fromisoformat(stored))


def test_the_panel_of_a_settled_repair_shows_what_was_agreed_not_the_escalation(qtbot, depot):
    order_id = settled_order(depot, "S728PANELFREE", Outcome.REPAIR, "主管批准免费维修，更换主板", paid=False)
    tab = workspace(qtbot, depot, "sup")
    tab.open_order(order_id)
    reasons = tab.panel.ui.reasons_value.text()
    keep_screenshot(tab.panel, "detail-panel-settled-negotiation")
    assert reasons.startswith(
        f"协商结果（W8，张主管，{settled_at(depot, order_id)}）：免费维修；约定：主管批准免费维修，更换主板")
    assert ESCALATED_ZH not in tab.panel.text() and "见说明" not in tab.panel.text()


def test_a_settled_exchange_names_the_exchange(qtbot, depot):
    order_id = settled_order(depot, "S728PANELEXCH", Outcome.EXCHANGE, "同意换新机")
    tab = workspace(qtbot, depot, "sup")
    tab.open_order(order_id)
    assert "：换货；约定：同意换新机" in tab.panel.ui.reasons_value.text()
    assert ESCALATED_ZH not in tab.panel.text()
