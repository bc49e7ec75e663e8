"""W8 in the work order's details, on both databases: the order a settled negotiation opened carries the
settlement (outcome, note, who, when) and no longer the "escalated (W8), see the note" reason."""

from __future__ import annotations

import datetime as dt

from work_order_fixtures import build_depot

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.core.warranty import ESCALATED_REASON
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.negotiations import NegotiationService, Outcome
from desktop_app.services.work_order_details import WorkOrderDetails

TODAY = dt.date.today()


def test_the_details_of_a_settled_repair_carry_the_settlement_instead_of_the_escalation(database):
    depot = build_depot(database)
    saved = ClaimIntakeService(database.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial="S728DETAIL", sale_date=TODAY.replace(year=TODAY.year - 2)),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", escalated_note="三个工作日内答复"))
    service = NegotiationService(database.sessions)
    done = service.settle(depot.staff["sup"], saved.id, Outcome.REPAIR, "主管批准免费维修",
                          service.negotiation(depot.staff["sup"], saved.id).version, paid=False)
    detail = WorkOrderDetails(database.sessions).get(depot.staff["sup"], done.work_order_number)
    assert ESCALATED_REASON not in detail.decision_reasons and detail.decision_reasons  # the rest stays
    settled = detail.settlement
    assert (settled.outcome, settled.note, settled.by) == ("repair", "主管批准免费维修", "张主管")
    assert settled.at is not None and abs(settled.at - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)
