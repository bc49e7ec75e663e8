"""Which work-order buttons each role sees and may press, by the order's state (no Qt, no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import CustomerKind, WorkOrderKind, WorkOrderState as S
from desktop_app.core.work_order_flow import allowed_targets
from desktop_app.gui.work_orders.action_rules import Action, offer, visible_actions
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail

TECH = Actor(3, "tech", "李工", Role.TECHNICIAN)
OTHER_TECH = Actor(4, "tech2", "王工", Role.TECHNICIAN)
SUPERVISOR = Actor(2, "sup", "张主管", Role.SUPERVISOR)
OPERATOR = Actor(5, "op", "小陈", Role.OPERATOR)


def order(state: S, technician_id: int | None = 3, kind: WorkOrderKind = WorkOrderKind.BENCH) -> WorkOrderDetail:
    return WorkOrderDetail(
        id=1, number="WO-1", row_version=1, kind=kind, state=state, next_states=allowed_targets(state),
        created_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), claim_number="SC-1", channel=None,
        customer_kind=CustomerKind.PERSON, customer_name="刘洋", contact_person=None, customer_phone="138",
        customer_address=None, product_model="S5720-28P", product_name="交换机", serial="SN-1", sale_date=None,
        fault_reported=None, intake_decision=None, final_decision=None, cost_bearer=None, final_cost_bearer=None,
        decision_reasons=(),
        technician_id=technician_id, technician=None, fault_category=None, fault_category_en=None, cause=None,
        diagnosis=None, quote=(None, None, None), quote_accepted=None, replacement_serial=None,
        required_arrival_at=None, travel_started_at=None, arrived_at=None, departed_at=None, called_headquarters=None, late_arrival=False,
        report_fault_cause=None, report_solution=None, report_customer_opinion=None, report_no_parts=False,
        repeat_of=None, parts=(), history=(), has_survey=False)


def enabled(detail: WorkOrderDetail, actor: Actor) -> set[Action]:
    return set(offer(detail, actor).enabled)


def test_the_desk_sees_hand_over_the_customer_answers_and_printing():
    desk = {Action.CLOSE, Action.ACCEPT_QUOTE, Action.REFUSE_QUOTE, Action.OPINION}  # E11, E17: what the customer says
    assert visible_actions(OPERATOR) == desk
    assert visible_actions(OPERATOR, printing=True) == desk | {Action.PRINT_REPORT, Action.PRINT_SURVEY}
    assert enabled(order(S.READY_FOR_PICKUP), OPERATOR) == {Action.CLOSE, Action.OPINION}
    assert enabled(order(S.REPAIRED), OPERATOR) == {Action.OPINION}  # closing at the site is the technician's
    assert enabled(order(S.AWAITING_APPROVAL), OPERATOR) == {Action.ACCEPT_QUOTE, Action.REFUSE_QUOTE}
    assert enabled(order(S.CLOSED), OPERATOR) == set()
    assert Action.OPINION not in visible_actions(TECH)  # the technician writes it in the service report


def test_only_the_supervisor_dispatches_and_cancels():
    assert {Action.DISPATCH, Action.CANCEL} <= enabled(order(S.RECEIVED, None), SUPERVISOR)
    assert Action.DISPATCH not in visible_actions(TECH) and Action.CANCEL not in visible_actions(TECH)
    assert Action.DISPATCH not in enabled(order(S.DIAGNOSING), SUPERVISOR)


def test_a_technician_works_only_their_own_orders():
    assert enabled(order(S.DISPATCHED), TECH) == {Action.START_DIAGNOSIS}
    assert enabled(order(S.DISPATCHED), OTHER_TECH) == set()
    assert enabled(order(S.DISPATCHED), SUPERVISOR) >= {Action.START_DIAGNOSIS, Action.DISPATCH}


def test_the_quote_is_answered_before_the_repair_goes_on():
    waiting = enabled(order(S.AWAITING_APPROVAL), TECH)
    assert {Action.ACCEPT_QUOTE, Action.REFUSE_QUOTE} <= waiting
    assert not waiting & {Action.REPAIRING, Action.READY, Action.SHIPPED, Action.QUOTE}


def test_visits_are_for_orders_out_of_the_workshop():
    assert Action.VISIT not in enabled(order(S.DIAGNOSING), TECH)
    assert Action.VISIT in enabled(order(S.DIAGNOSING, kind=WorkOrderKind.ON_SITE), TECH)
    # S3: the technician records his arrival on arriving, before 开始检测
    assert Action.VISIT in enabled(order(S.DISPATCHED, kind=WorkOrderKind.ON_SITE), TECH)
    assert Action.EXCHANGE not in enabled(replace(order(S.DIAGNOSING), replacement_serial="SN-2"), TECH)


def test_a_paid_repair_is_worked_on_only_once_the_customer_accepted_the_quote():  # rules E10, E11, W11
    from desktop_app.core.quote_rules import QUOTE_FIRST
    from desktop_app.core.vocabulary import Remedy

    paid = replace(order(S.DIAGNOSING), final_decision=Remedy.PAID_REPAIR)
    waiting = offer(paid, TECH)
    assert Action.QUOTE in waiting.enabled
    for action in (Action.PARTS, Action.REPAIRING, Action.REPAIRED):
        assert action not in waiting.enabled and waiting.reasons[action] == QUOTE_FIRST  # the tooltip says why
    accepted = offer(replace(paid, state=S.REPAIRING, next_states=allowed_targets(S.REPAIRING), quote_accepted=True),
                     TECH)
    assert {Action.PARTS, Action.REPAIRED, Action.QUOTE} <= accepted.enabled and not accepted.reasons  # QUOTE: revise
    free = replace(order(S.REPAIRING), final_decision=Remedy.FREE_REPAIR)
    assert Action.REPAIRED in enabled(free, TECH) and Action.QUOTE not in enabled(free, TECH)
