"""Who held a work order when its 24-hour answer was given or missed, from its history lines and
"reassign" audit entries (rules S3/E14, E1; services.evaluation_hand_overs.resolve)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.services.evaluation_hand_overs import Holders, resolve

T0 = dt.datetime(2026, 10, 10, 2, tzinfo=dt.timezone.utc)
A, B, C = 11, 12, 13


def at(hours: float) -> dt.datetime:
    return T0 + dt.timedelta(hours=hours)


DISPATCH = (S.RECEIVED, S.DISPATCHED, at(0))


def test_an_order_answered_and_then_handed_over_was_answered_by_the_first_technician() -> None:
    lines = [DISPATCH, (S.DIAGNOSING, S.DIAGNOSING, at(5))]
    assert resolve(B, lines, [(A, B)]) == Holders(A)


def test_a_technician_who_kept_an_unanswered_order_past_his_day_is_late_and_the_next_holds_it() -> None:
    lines = [DISPATCH, (S.DISPATCHED, S.DISPATCHED, at(30))]
    assert resolve(B, lines, [(A, B)]) == Holders(B, (A,))


def test_an_order_passed_on_within_the_day_is_nobody_elses_lateness() -> None:
    lines = [DISPATCH, (S.DISPATCHED, S.DISPATCHED, at(10)), (S.DISPATCHED, S.DISPATCHED, at(40)),
             (S.REPAIRING, S.REPAIRING, at(50))]
    # A passed it on after 10 h; B kept it 30 h (late), C answered and then gave it back to B.
    assert resolve(B, lines, [(A, B), (B, C), (C, B)]) == Holders(C, (B,))


def test_history_and_audit_that_do_not_pair_up_leave_the_order_to_its_technician() -> None:
    lines = [DISPATCH, (S.DISPATCHED, S.DISPATCHED, at(30))]
    assert resolve(B, lines, []) == Holders(B)
    assert resolve(B, [DISPATCH], []) == Holders(B)
