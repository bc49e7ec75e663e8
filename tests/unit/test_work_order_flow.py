"""Every move of the work-order life cycle, allowed or refused, and who may make it."""

from __future__ import annotations

import itertools

import pytest

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.core.work_order_flow import (
    OPEN_STATES,
    TRANSITIONS,
    IllegalTransition,
    ServiceReport,
    missing_report_fields,
    plan_move,
)

ALLOWED = {
    (S.RECEIVED, S.DISPATCHED), (S.DISPATCHED, S.DIAGNOSING),
    (S.DIAGNOSING, S.AWAITING_APPROVAL), (S.DIAGNOSING, S.AWAITING_PARTS), (S.DIAGNOSING, S.REPAIRING),
    (S.DIAGNOSING, S.REPAIRED),
    (S.AWAITING_APPROVAL, S.AWAITING_PARTS), (S.AWAITING_APPROVAL, S.REPAIRING),
    (S.AWAITING_APPROVAL, S.READY_FOR_PICKUP), (S.AWAITING_APPROVAL, S.SHIPPED_BACK),
    (S.AWAITING_PARTS, S.REPAIRING), (S.REPAIRING, S.REPAIRED), (S.REPAIRING, S.AWAITING_PARTS),
    (S.REPAIRING, S.AWAITING_APPROVAL), (S.AWAITING_PARTS, S.AWAITING_APPROVAL),  # a revised quote (E11)
    (S.REPAIRED, S.READY_FOR_PICKUP), (S.REPAIRED, S.SHIPPED_BACK), (S.REPAIRED, S.CLOSED),
    (S.READY_FOR_PICKUP, S.CLOSED), (S.SHIPPED_BACK, S.CLOSED),
} | {(state, S.CANCELLED) for state in OPEN_STATES}


@pytest.mark.parametrize(("source", "target"), list(itertools.product(S, S)),
                         ids=lambda s: s.value)
def test_every_pair_is_allowed_or_refused_as_specified(source: S, target: S) -> None:
    if (source, target) in ALLOWED:
        assert plan_move(source, target, is_assignee=True).target is target
    else:
        with pytest.raises(IllegalTransition):
            plan_move(source, target, is_assignee=True)


def test_finished_orders_go_nowhere() -> None:
    assert TRANSITIONS[S.CLOSED] == {} and TRANSITIONS[S.CANCELLED] == {}


def test_who_may_make_each_move() -> None:
    # rule E1: only the supervisor dispatches; cancelling is theirs too
    assert plan_move(S.RECEIVED, S.DISPATCHED, is_assignee=False).permission is Permission.WORK_ORDERS_DISPATCH
    assert plan_move(S.REPAIRING, S.CANCELLED, is_assignee=True).permission is Permission.WORK_ORDERS_DISPATCH
    assert plan_move(S.DISPATCHED, S.DIAGNOSING, is_assignee=True).permission is Permission.WORK_ORDERS_WORK_OWN
    assert plan_move(S.DISPATCHED, S.DIAGNOSING, is_assignee=False).permission is Permission.WORK_ORDERS_WORK_ANY
    assert plan_move(S.READY_FOR_PICKUP, S.CLOSED, is_assignee=False).permission is Permission.WORK_ORDERS_HAND_OVER


@pytest.mark.parametrize(
    ("report", "missing"),
    [
        (ServiceReport("电源板烧毁", "更换电源板", "满意", True), []),
        (ServiceReport(None, "更换电源板", "满意", True), ["report_fault_cause"]),
        (ServiceReport("电源板烧毁", " ", "满意", True), ["report_solution"]),
        (ServiceReport("电源板烧毁", "更换电源板", "满意", False), ["parts"]),
        (ServiceReport("", "", "", False), ["report_fault_cause", "report_solution", "parts",
                                            "report_customer_opinion"]),
    ],
)
def test_report_completeness(report: ServiceReport, missing: list[str]) -> None:  # rules E17, E23
    assert missing_report_fields(report) == missing
