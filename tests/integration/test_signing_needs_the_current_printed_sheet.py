"""A month is recorded as signed only for a delivered evaluation sheet that shows the month's figures of today
(E23, E24): never printed, or printed before a fine was entered or a signature undone, is refused with the
time of the paper; printed again, it is recorded. On both databases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from evaluation_sheet_delivery import deliver_sheet
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import FineReason
from desktop_app.errors import ValidationError
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation_signatures import EvaluationSignatures

OCT, NOV = dt.date(2026, 10, 1), dt.date(2026, 11, 1)
NOV_2 = dt.datetime(2026, 11, 2, 4, tzinfo=dt.timezone.utc)
DEC_2 = dt.datetime(2026, 12, 2, 4, tzinfo=dt.timezone.utc)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS, dt.date(2026, 9, 1))
    return depot


def _fine(depot: Depot, reason: FineReason, day: dt.date) -> int:
    svc = AssessmentService(depot.db.sessions)
    fine = svc.record_fine(depot.staff["sup"], depot.staff["tech"].staff_id, reason, day)
    svc.decide_fine(depot.staff["manager"], fine, confirm=True, reason="属实")
    return fine


def test_the_signature_waits_for_a_printed_sheet_that_shows_every_fine(depot: Depot) -> None:
    sup, tech = depot.staff["sup"], depot.staff["tech"]
    signatures = EvaluationSignatures(depot.db.sessions, lambda: NOV_2)
    first = _fine(depot, FineReason.LEFT_WITHOUT_CALLING_HQ, dt.date(2026, 10, 5))
    assert signatures.sheet_print(sup, tech.staff_id, OCT) == (None, False)
    with pytest.raises(ValidationError, match="No evaluation sheet of 李工 for 2026-10 was printed or saved"):
        signatures.mark_signed(sup, tech.staff_id, OCT)

    deliver_sheet(depot.db.sessions, sup, tech, OCT)
    printed = signatures.sheet_print(sup, tech.staff_id, OCT)
    assert printed.current and printed.printed.printed_by == "张主管"
    late = _fine(depot, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 20))  # entered after the paper
    assert not signatures.sheet_print(sup, tech.staff_id, OCT).current
    with pytest.raises(ValidationError) as refused:
        signatures.mark_signed(sup, tech.staff_id, OCT)
    at = printed.printed.at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"printed at {at} does not show the entries made or decided since" in str(refused.value)
    assert "on the paper: fines ¥50.00, 0 major demerits" in str(refused.value)
    assert "now: fines ¥80.00, 0 major demerits" in str(refused.value)
    assert signatures.signed(sup, tech.staff_id, OCT) is None

    deliver_sheet(depot.db.sessions, sup, tech, OCT)  # printed again, signed again
    assert signatures.sheet_print(sup, tech.staff_id, OCT).current
    signed = signatures.mark_signed(sup, tech.staff_id, OCT)
    assert (signed.fines_total, signed.fine_ids) == (Decimal("80.00"), {first, late})


def test_a_sheet_with_late_entries_is_outdated_once_the_earlier_signature_is_undone(depot: Depot) -> None:
    """No timestamp says when a signature was undone (its row is deleted): the figures on the paper do."""
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    deliver_sheet(depot.db.sessions, sup, tech, OCT)
    EvaluationSignatures(depot.db.sessions, lambda: NOV_2).mark_signed(sup, tech.staff_id, OCT)
    _fine(depot, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 28))  # a late entry: counts in November
    december = EvaluationSignatures(depot.db.sessions, lambda: DEC_2)
    deliver_sheet(depot.db.sessions, sup, tech, NOV)  # shows the late fine: ¥30.00
    assert december.sheet_print(sup, tech.staff_id, NOV).current
    december.undo(mgr, tech.staff_id, OCT, "记错了月份")  # the late fine goes back to October
    with pytest.raises(ValidationError, match="on the paper: fines ¥30.00.*now: fines ¥0.00"):
        december.mark_signed(sup, tech.staff_id, NOV)
    deliver_sheet(depot.db.sessions, sup, tech, NOV)
    assert december.mark_signed(sup, tech.staff_id, NOV).fines_total == Decimal("0.00")
