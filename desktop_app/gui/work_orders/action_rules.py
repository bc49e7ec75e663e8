"""Which work-order actions a user is offered, from the order's state and the user's role (no Qt).

The services are the real control; this only keeps the screen honest. An action the role can
never take is hidden, one it cannot take on this order now is shown disabled.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.core import quote_rules
from desktop_app.core.permissions import Permission, allows
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import WorkOrderKind, WorkOrderState as S
from desktop_app.core.work_order_flow import OPEN_STATES, REASSIGNABLE_STATES
from desktop_app.services import final_judgement
from desktop_app.services.actor import Actor
from desktop_app.services.visit_identification import identifiable
from desktop_app.services.work_order_details import WorkOrderDetail


class Action(StrEnum):
    DISPATCH = "dispatch"
    START_DIAGNOSIS = "start_diagnosis"
    DIAGNOSE = "diagnose"
    QUOTE = "quote"
    ACCEPT_QUOTE = "accept_quote"
    REFUSE_QUOTE = "refuse_quote"
    PARTS = "parts"
    ISSUE_WAITING = "issue_waiting"
    DROP_WAITING = "drop_waiting"  # 取消等待的备件: a waiting part line is no longer needed (W3, W6, D8)
    REPAIRING = "repairing"
    REPAIRED = "repaired"
    READY = "ready"
    SHIPPED = "shipped"
    EXCHANGE = "exchange"
    VISIT = "visit"
    REPORT = "report"
    CLOSE = "close"
    CANCEL = "cancel"
    OPINION = "opinion"  # the customer's opinion at pickup (E17), recorded by the desk
    PRINT_REPORT = "print_report"
    PRINT_SURVEY = "print_survey"
    IDENTIFY = "identify"  # a visit booked from a call gets its product on site (W10, D13, E16)
    REASSIGN = "reassign"  # 改派: the supervisor hands an order in progress to another technician (E1)


WORK_ACTIONS = frozenset({Action.START_DIAGNOSIS, Action.DIAGNOSE, Action.QUOTE, Action.ACCEPT_QUOTE,
                          Action.REFUSE_QUOTE, Action.PARTS, Action.ISSUE_WAITING, Action.DROP_WAITING,
                          Action.REPAIRING,
                          Action.REPAIRED, Action.READY, Action.SHIPPED, Action.EXCHANGE, Action.VISIT,
                          Action.REPORT})
# Plain moves (WorkOrderService.set_state) and the state each leads to.
MOVES = {Action.START_DIAGNOSIS: S.DIAGNOSING, Action.REPAIRING: S.REPAIRING, Action.REPAIRED: S.REPAIRED,
         Action.READY: S.READY_FOR_PICKUP, Action.SHIPPED: S.SHIPPED_BACK}
_AFTER_DISPATCH = frozenset({S.DIAGNOSING, S.AWAITING_APPROVAL, S.AWAITING_PARTS, S.REPAIRING, S.REPAIRED,
                             S.READY_FOR_PICKUP, S.SHIPPED_BACK})
_HANDED_OVER = frozenset({S.REPAIRED, S.READY_FOR_PICKUP, S.SHIPPED_BACK, S.CLOSED})
# E10/E11: what each action does to a paid repair, as the service's quote rule sees it (parts are work).
_QUOTED_WORK = {Action.PARTS: S.REPAIRING, Action.ISSUE_WAITING: S.REPAIRING, Action.REPAIRING: S.REPAIRING,
                Action.REPAIRED: S.REPAIRED, Action.READY: S.READY_FOR_PICKUP, Action.SHIPPED: S.SHIPPED_BACK}


@dataclass(frozen=True)
class Offer:
    visible: frozenset[Action]
    enabled: frozenset[Action]
    # Why an action the state would allow is disabled (an "Errors" source text): the button's tooltip.
    reasons: Mapping[Action, str] = field(default_factory=dict)

    def allows(self, action: Action) -> bool:
        return action in self.enabled


def visible_actions(actor: Actor | None, printing: bool = False) -> frozenset[Action]:
    """What the role may ever do here: the buttons shown at all."""
    if actor is None:
        return frozenset()
    role = actor.role
    shown = set()
    if allows(role, Permission.WORK_ORDERS_DISPATCH):
        shown |= {Action.DISPATCH, Action.CANCEL, Action.REASSIGN}
    if allows(role, Permission.WORK_ORDERS_WORK_OWN) or allows(role, Permission.WORK_ORDERS_WORK_ANY):
        shown |= WORK_ACTIONS | {Action.CLOSE}
    if allows(role, Permission.WORK_ORDERS_HAND_OVER):
        shown.add(Action.CLOSE)
    if allows(role, Permission.CUSTOMER_ANSWERS):  # the desk hears the customer (E11, E17)
        shown |= {Action.ACCEPT_QUOTE, Action.REFUSE_QUOTE, Action.OPINION}
    if printing and allows(role, Permission.DOCUMENTS_PRINT):
        shown |= {Action.PRINT_REPORT, Action.PRINT_SURVEY}
    return frozenset(shown)


def offer(detail: WorkOrderDetail | None, actor: Actor | None, printing: bool = False) -> Offer:
    visible = visible_actions(actor, printing)
    if detail is None or actor is None:
        return Offer(visible, frozenset())
    role, state, targets = actor.role, detail.state, set(detail.next_states)
    own = detail.technician_id is not None and detail.technician_id == actor.staff_id
    works = allows(role, Permission.WORK_ORDERS_WORK_ANY) or (own and allows(role, Permission.WORK_ORDERS_WORK_OWN))
    waiting = any(not p.issued for p in detail.parts)
    answers = works or allows(role, Permission.CUSTOMER_ANSWERS)
    paid = quote_rules.paid_repair(detail.claim_number is not None, detail.intake_decision, detail.final_decision)
    revisable = paid and detail.quote_accepted is True and state in (S.REPAIRING, S.AWAITING_PARTS)
    possible = {
        Action.DISPATCH: state in (S.RECEIVED, S.DISPATCHED),  # while dispatched: reassign
        Action.CANCEL: S.CANCELLED in targets,
        Action.REASSIGN: state in REASSIGNABLE_STATES,  # not before dispatch, not once repaired
        Action.START_DIAGNOSIS: works and S.DIAGNOSING in targets,
        Action.DIAGNOSE: works and state is S.DIAGNOSING,
        # E11: before the repair, the customer decides; parts beyond the accepted quote need a revised one.
        Action.QUOTE: works and (state is S.DIAGNOSING or revisable),
        Action.ACCEPT_QUOTE: answers and state is S.AWAITING_APPROVAL,
        Action.REFUSE_QUOTE: answers and state is S.AWAITING_APPROVAL,
        Action.OPINION: answers and state in (S.REPAIRED, S.READY_FOR_PICKUP, S.SHIPPED_BACK),
        Action.PARTS: works and state in (S.DIAGNOSING, S.REPAIRING, S.AWAITING_PARTS),
        Action.ISSUE_WAITING: works and waiting,
        Action.DROP_WAITING: works and waiting and state in OPEN_STATES,
        # From awaiting parts the repair goes on by issuing them; from a quote, by the answer.
        Action.REPAIRING: works and S.REPAIRING in targets and state is not S.AWAITING_APPROVAL
        and not (state is S.AWAITING_PARTS and waiting),
        Action.REPAIRED: works and S.REPAIRED in targets,
        Action.READY: works and S.READY_FOR_PICKUP in targets and state is not S.AWAITING_APPROVAL,
        Action.SHIPPED: works and S.SHIPPED_BACK in targets and state is not S.AWAITING_APPROVAL,
        Action.EXCHANGE: works and detail.serial is not None and detail.replacement_serial is None
        and state in (S.DIAGNOSING, S.REPAIRING, S.AWAITING_PARTS) and exchange_refusal(detail) is None,
        # S3: the arrival is recorded on arriving, before any diagnosis (the service takes it in any open state).
        Action.VISIT: works and detail.kind is not WorkOrderKind.BENCH and state in _AFTER_DISPATCH | {S.DISPATCHED},
        Action.REPORT: works and state in _AFTER_DISPATCH,
        Action.CLOSE: S.CLOSED in targets and (
            allows(role, Permission.WORK_ORDERS_HAND_OVER) if state in (S.READY_FOR_PICKUP, S.SHIPPED_BACK)
            else works),
        Action.PRINT_REPORT: True,
        Action.PRINT_SURVEY: state in _HANDED_OVER,
    }
    # Shown only where it applies: an on-site order booked without a product (from a call). Kept out
    # of visible_actions, which lists what a role sees on every order.
    if identifiable(detail.kind, detail.claim_number is not None, state) and (
            allows(role, Permission.CLAIMS_INTAKE) or _may_work(role)):
        visible |= {Action.IDENTIFY}
        possible[Action.IDENTIFY] = works or allows(role, Permission.CLAIMS_INTAKE)
    reasons = {}
    for action, target in _QUOTED_WORK.items():
        refusal = quote_rules.move_refusal(paid, detail.quote_accepted, target)
        if refusal is not None and possible[action]:
            possible[action], reasons[action] = False, refusal
    return Offer(visible, frozenset(a for a in visible if possible.get(a, False)),
                 {a: why for a, why in reasons.items() if a in visible})


def exchange_refusal(detail: WorkOrderDetail) -> str | None:
    """Why this order's claim gets no new unit (W3, W4, W11): an "Errors" source text, or None."""
    return final_judgement.exchange_refusal(detail.claim_number is not None, detail.cause, detail.final_decision)


def _may_work(role: Role) -> bool:
    return allows(role, Permission.WORK_ORDERS_WORK_OWN) or allows(role, Permission.WORK_ORDERS_WORK_ANY)
