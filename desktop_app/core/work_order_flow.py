"""The work-order state machine: the moves, what each needs, when an order changes hands (E1, E11, E17)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

OPEN_STATES = frozenset(s for s in S if s not in (S.CLOSED, S.CANCELLED))

# Who may make a move: "work" moves by the assigned technician (or a supervisor), "desk" moves by
# whoever hands the unit over, "dispatch" moves by the supervisor (rule E1).
_WORK, _DESK, _DISPATCH = "work", "desk", "dispatch"

TRANSITIONS: dict[S, dict[S, str]] = {
    S.RECEIVED: {S.DISPATCHED: _DISPATCH},
    S.DISPATCHED: {S.DIAGNOSING: _WORK},
    S.DIAGNOSING: {
        S.AWAITING_APPROVAL: _WORK,  # a paid repair: the customer decides on the quote (E11, W5)
        S.AWAITING_PARTS: _WORK,
        S.REPAIRING: _WORK,
        S.REPAIRED: _WORK,  # fixed during diagnosis, or an exchange handed over (W2, W3)
    },
    S.AWAITING_APPROVAL: {
        S.AWAITING_PARTS: _WORK,  # accepted, parts short
        S.REPAIRING: _WORK,  # accepted
        S.READY_FOR_PICKUP: _WORK,  # refused: the unit goes back unrepaired
        S.SHIPPED_BACK: _WORK,
    },
    # E11: parts beyond the accepted quote need a revised quote the customer accepts again.
    S.AWAITING_PARTS: {S.REPAIRING: _WORK, S.AWAITING_APPROVAL: _WORK},
    S.REPAIRING: {S.REPAIRED: _WORK, S.AWAITING_PARTS: _WORK, S.AWAITING_APPROVAL: _WORK},
    S.REPAIRED: {S.READY_FOR_PICKUP: _WORK, S.SHIPPED_BACK: _WORK, S.CLOSED: _WORK},  # on-site: closed at site
    S.READY_FOR_PICKUP: {S.CLOSED: _DESK},
    S.SHIPPED_BACK: {S.CLOSED: _DESK},
    S.CLOSED: {},
    S.CANCELLED: {},
}
for _state in OPEN_STATES:
    TRANSITIONS[_state][S.CANCELLED] = _DISPATCH  # with a reason, from any open state


# Rules E1, E16, E17, E23: the supervisor may hand an order to another technician (one who left, fell
# ill or is overloaded) while the work is still to be done. Once the unit is repaired the work is
# done: the completion, the report and any repeat belong to whoever repaired it, so a finished unit
# is never handed over (the supervisor finishes the paperwork with the "work on any order" right).
REASSIGNABLE_STATES = frozenset({S.DISPATCHED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.AWAITING_PARTS,
                                 S.REPAIRING})


@dataclass(frozen=True)
class Move:
    source: S
    target: S
    permission: Permission  # what the actor needs for this move on this order


class IllegalTransition(ValidationError):
    """A move the life cycle does not have (e.g. closing an order still being diagnosed)."""


def allowed_targets(state: S) -> tuple[S, ...]:
    return tuple(TRANSITIONS[state])


def plan_move(state: S, target: S, *, is_assignee: bool) -> Move:
    """The move from ``state`` to ``target`` with the permission it needs, or IllegalTransition."""
    kind = TRANSITIONS[state].get(target)
    if kind is None:
        raise IllegalTransition(
            QT_TRANSLATE_NOOP("Errors", "A work order cannot go from “{source}” to “{target}”."),
            field="state", source=state.value, target=target.value,
        )
    if kind == _DISPATCH:
        permission = Permission.WORK_ORDERS_DISPATCH
    elif kind == _DESK:
        permission = Permission.WORK_ORDERS_HAND_OVER
    else:
        permission = Permission.WORK_ORDERS_WORK_OWN if is_assignee else Permission.WORK_ORDERS_WORK_ANY
    return Move(state, target, permission)


def check_reassignable(state: S) -> None:
    """Refuses a hand-over the rules above rule out, naming why."""
    if state is S.RECEIVED:
        raise IllegalTransition(QT_TRANSLATE_NOOP(
            "Errors", "This work order has not been dispatched yet: dispatch it instead."), field="state")
    if state not in REASSIGNABLE_STATES:
        raise IllegalTransition(QT_TRANSLATE_NOOP(
            "Errors", "Only an order still being worked on (dispatched, diagnosing, waiting for the customer's "
            "answer or for parts, repairing) can be handed to another technician."), field="state")


@dataclass(frozen=True)
class ServiceReport:
    """What E17/E23 call a complete service report."""

    fault_cause: str | None
    solution: str | None
    customer_opinion: str | None
    parts_recorded: bool  # replaced parts listed (or explicitly none)


REPORT_FIELDS = {
    "report_fault_cause": QT_TRANSLATE_NOOP("Errors", "fault cause"),
    "report_solution": QT_TRANSLATE_NOOP("Errors", "solution"),
    "parts": QT_TRANSLATE_NOOP("Errors", "replaced parts"),
    "report_customer_opinion": QT_TRANSLATE_NOOP("Errors", "customer's opinion"),
}


# E17: the customer's opinion is heard when the unit is handed back (at the counter on pickup, or at
# the site when the technician closes the visit); until the order is closed it is not yet due, and a
# report is judged on the technician's own fields only (E23: no fine for an opinion not yet asked).
CUSTOMER_FIELDS = frozenset({"report_customer_opinion"})


def missing_report_fields(report: ServiceReport, *, opinion_due: bool = True) -> list[str]:
    """Field keys of REPORT_FIELDS still empty: an order cannot close with any (rule E17, E23)."""
    return unfilled_report_fields({
        "report_fault_cause": bool((report.fault_cause or "").strip()),
        "report_solution": bool((report.solution or "").strip()),
        "parts": report.parts_recorded,
        "report_customer_opinion": bool((report.customer_opinion or "").strip()),
    }, opinion_due=opinion_due)


def unfilled_report_fields(filled: Mapping[str, bool], *, opinion_due: bool = True) -> list[str]:
    """The one definition of a complete report, from whether each field of REPORT_FIELDS is filled
    (the evaluation tests that in the database, set-wise, rather than fetch every text)."""
    return [key for key in REPORT_FIELDS
            if not filled[key] and (opinion_due or key not in CUSTOMER_FIELDS)]


def opinion_due(state: S) -> bool:
    """Whether a finished order's report must hold the customer's opinion by now (see CUSTOMER_FIELDS)."""
    return state is S.CLOSED
