"""Which return-application actions a user is offered, by the application's state and the role (no Qt).

D15: nothing ships before the manufacturer's approval; D16: the package ships complete and the
manufacturer's count stands. The service refuses anything else; this keeps the buttons honest.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.permissions import Permission, allows
from desktop_app.core.vocabulary import ReturnStatus as RS
from desktop_app.services.actor import Actor
from desktop_app.services.return_details import ReturnDetail


class ReturnAction(StrEnum):
    NEW = "new"
    APPLY = "apply"
    APPROVE = "approve"
    REFUSE = "refuse"
    SHIP = "ship"
    ACKNOWLEDGE = "acknowledge"
    PRINT = "print"


_BY_STATE = {
    ReturnAction.APPLY: (RS.DRAFT,),
    ReturnAction.APPROVE: (RS.APPLIED,),
    ReturnAction.REFUSE: (RS.APPLIED, RS.APPROVED),
    # Shown enabled for an application not yet approved too: pressing it says why not (D15).
    ReturnAction.SHIP: (RS.APPLIED, RS.APPROVED),
    ReturnAction.ACKNOWLEDGE: (RS.SHIPPED,),
}


@dataclass(frozen=True)
class ReturnOffer:
    visible: frozenset[ReturnAction]
    enabled: frozenset[ReturnAction]

    def allows(self, action: ReturnAction) -> bool:
        return action in self.enabled


def return_offer(detail: ReturnDetail | None, actor: Actor | None) -> ReturnOffer:
    visible: set[ReturnAction] = set()
    if actor is not None and allows(actor.role, Permission.STOCK_MANAGE):
        visible |= {ReturnAction.NEW, *_BY_STATE}
        if allows(actor.role, Permission.DOCUMENTS_PRINT):
            visible.add(ReturnAction.PRINT)
    enabled = {ReturnAction.NEW} & visible
    if detail is not None:
        enabled |= {a for a in visible if a in _BY_STATE and detail.status in _BY_STATE[a]}
        enabled |= {ReturnAction.PRINT} & visible
    return ReturnOffer(frozenset(visible), frozenset(enabled))
