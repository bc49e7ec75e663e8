"""Which requisition actions a user is offered, from the requisition's state and the user's role (no Qt).

The services are the real control; this keeps the screen honest: an action the role can never take
is hidden, one it cannot take on this requisition now is shown disabled.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.permissions import Permission, allows
from desktop_app.core.vocabulary import RequisitionStatus as R
from desktop_app.services.actor import Actor
from desktop_app.services.requisition_details import RequisitionDetail


class Action(StrEnum):
    NEW = "new"
    SUBMIT = "submit"
    APPROVE = "approve"  # over the quota: the manager (D6)
    SHIP = "ship"
    RECEIVE = "receive"
    CANCEL = "cancel"
    CLOSE_SHORT = "close_short"  # 结束剩余: the rest will not come (D6)
    PRINT = "print"
    EXPORT = "export"
    RETURNS = "returns"


@dataclass(frozen=True)
class Offer:
    visible: frozenset[Action]
    enabled: frozenset[Action]

    def allows(self, action: Action) -> bool:
        return action in self.enabled


def visible_actions(actor: Actor | None) -> frozenset[Action]:
    if actor is None:
        return frozenset()
    role, shown = actor.role, set()
    if allows(role, Permission.REQUISITIONS_MANAGE):
        shown |= {Action.NEW, Action.SUBMIT, Action.SHIP, Action.CANCEL, Action.CLOSE_SHORT}
        if allows(role, Permission.DOCUMENTS_PRINT):
            shown |= {Action.PRINT, Action.EXPORT}
    if allows(role, Permission.REQUISITIONS_APPROVE_OVER_QUOTA):
        shown.add(Action.APPROVE)
    if allows(role, Permission.STOCK_MANAGE):
        shown |= {Action.RECEIVE, Action.RETURNS}
    return frozenset(shown)


def offer(detail: RequisitionDetail | None, actor: Actor | None) -> Offer:
    visible = visible_actions(actor)
    state = detail.status if detail is not None else None
    possible = {
        Action.NEW: True,
        Action.RETURNS: True,
        Action.SUBMIT: state is R.DRAFT,
        Action.APPROVE: state is R.AWAITING_APPROVAL,
        Action.SHIP: state is R.SUBMITTED,
        Action.RECEIVE: state in (R.SHIPPED, R.PARTIALLY_RECEIVED),
        Action.CANCEL: state in (R.DRAFT, R.AWAITING_APPROVAL, R.SUBMITTED),
        Action.CLOSE_SHORT: state in (R.SHIPPED, R.PARTIALLY_RECEIVED),
        Action.PRINT: detail is not None,
        Action.EXPORT: detail is not None,
    }
    return Offer(visible, frozenset(a for a in visible if possible[a]))
