"""Which orders a supervisor may hand to another technician (rules E1, E16, E17, E23)."""

from __future__ import annotations

import pytest

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.core.work_order_flow import IllegalTransition, check_reassignable

STILL_TO_DO = [S.DISPATCHED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.AWAITING_PARTS, S.REPAIRING]


@pytest.mark.parametrize("state", STILL_TO_DO)
def test_an_order_still_being_worked_on_may_change_hands(state: S) -> None:
    check_reassignable(state)


@pytest.mark.parametrize("state", [s for s in S if s not in STILL_TO_DO])
def test_an_undispatched_repaired_or_finished_order_may_not(state: S) -> None:
    # Before dispatch it is dispatched; once repaired the work (and its credit) is done (E17, E23).
    with pytest.raises(IllegalTransition):
        check_reassignable(state)
