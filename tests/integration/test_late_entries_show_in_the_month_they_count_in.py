"""Late entries (补记) of a signed month everywhere the month is shown (E23, E24): the Fines… window lists the
fines that count in the month chosen, and a complaint upheld without a demerit after the signature counts in
the next unsigned month like a late demerit. On both databases."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from evaluation_sheet_delivery import deliver_sheet
from pypdf import PdfReader
from search_capture import captured
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel, FineReason, FineStatus
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.assessment_views import AssessmentViews
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_signatures import EvaluationSignatures
from desktop_app.services.report_documents import ReportDocuments

SEP, OCT, NOV = dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 1)
SIGNED_AT = dt.datetime(2026, 11, 2, 4, tzinfo=dt.timezone.utc)
LATER = dt.datetime(2026, 11, 20, 4, tzinfo=dt.timezone.utc)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def _listed(depot: Depot, month: dt.date) -> dict[int, tuple[FineStatus, dt.date | None]]:
    return {f.id: (f.status, f.counted_in) for f in AssessmentViews(depot.db.sessions).fines(depot.staff["sup"], month)}


def test_the_fines_window_lists_a_late_fine_in_the_month_it_counts_in_and_says_where_it_went(depot: Depot) -> None:
    svc = AssessmentService(depot.db.sessions, clock=lambda: LATER)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    svc.publish_rules(mgr, TERMS, dt.date(2026, 9, 1))
    signed = svc.record_fine(sup, tech.staff_id, FineReason.LEFT_WITHOUT_CALLING_HQ, dt.date(2026, 10, 5))
    svc.decide_fine(mgr, signed, confirm=True, reason="未报总部")
    deliver_sheet(depot.db.sessions, sup, tech, OCT)
    EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT).mark_signed(sup, tech.staff_id, OCT)
    # After the signature: a late arrival of 28 October confirmed, another suggested, a third dismissed.
    late = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 28))
    svc.decide_fine(mgr, late, confirm=True, reason="迟到")
    dismissed = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 29))
    svc.decide_fine(mgr, dismissed, confirm=False, reason="堵车")
    pending = svc.record_fine(sup, tech.staff_id, FineReason.DISOBEYED_DISPATCH, dt.date(2026, 10, 30))
    # November counts the late fine (as the panel and sheet do); its own October says it went to November.
    assert EvaluationService(depot.db.sessions, clock=lambda: LATER).for_staff(
        sup, tech.staff_id, NOV).evidence.late_fines == ((late, OCT), (pending, OCT))
    assert _listed(depot, NOV) == {late: (FineStatus.CONFIRMED, NOV), pending: (FineStatus.SUGGESTED, NOV)}
    assert _listed(depot, OCT) == {signed: (FineStatus.CONFIRMED, None), late: (FineStatus.CONFIRMED, NOV),
                                   dismissed: (FineStatus.DISMISSED, None), pending: (FineStatus.SUGGESTED, NOV)}
    assert _listed(depot, SEP) == {pending: (FineStatus.SUGGESTED, NOV)}  # still never waits unseen

    # Bounded: more people and signed months cost no more statements (no round per fine or person).
    with captured(depot.db.engine) as few:
        _listed(depot, NOV)
    for who in ("tech2", "sup"):
        fine = svc.record_fine(mgr, depot.staff[who].staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 9, 9))
        svc.decide_fine(mgr, fine, confirm=True, reason="迟到")
        for month in (SEP, OCT):
            deliver_sheet(depot.db.sessions, mgr, depot.staff[who], month)
            EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT).mark_signed(mgr, depot.staff[who].staff_id, month)
        later = svc.record_fine(mgr, depot.staff[who].staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 9, 20))
        svc.decide_fine(mgr, later, confirm=True, reason="迟到")
    with captured(depot.db.engine) as many:
        listed = _listed(depot, NOV)
    assert len(many) == len(few) == 3
    assert sum(1 for _, counted in listed.values() if counted == NOV) == 4  # late, pending and the two of September


def _sheet(depot: Depot, month: dt.date) -> str:
    made = ReportDocuments(depot.db.sessions).make_evaluation(depot.staff["sup"], "tech", month, language="zh_CN")
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(made.content)).pages).replace(" ", "").replace("\n", "")


def test_a_complaint_upheld_without_a_demerit_after_the_signature_counts_in_the_next_month(depot: Depot) -> None:
    svc = AssessmentService(depot.db.sessions, clock=lambda: LATER)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    svc.publish_rules(mgr, TERMS, dt.date(2026, 10, 10))

    def quarrel(day: dt.date) -> str:
        return svc.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, day, "赵先生", ComplaintCategory.QUARREL,
                                                          "与客户争吵", tech.staff_id))

    # Both conducts before any rules were announced (E24): upheld, but no demerit.
    before, after = quarrel(dt.date(2026, 10, 2)), quarrel(dt.date(2026, 10, 3))
    AssessmentService(depot.db.sessions, clock=lambda: SIGNED_AT - dt.timedelta(hours=1)).verify_complaint(
        mgr, before, upheld=True, findings="属实")
    deliver_sheet(depot.db.sessions, sup, tech, OCT)
    EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT).mark_signed(sup, tech.staff_id, OCT)
    assert svc.verify_complaint(mgr, after, upheld=True, findings="属实") is None  # no demerit
    evaluation = EvaluationService(depot.db.sessions, clock=lambda: LATER)
    october, november = (evaluation.for_staff(sup, tech.staff_id, m) for m in (OCT, NOV))
    # October stays as it was signed: the one verified before; the later one is November's late entry.
    assert (october.evidence.complaints, october.figures.verified_complaints) == ((before,), 1)
    assert (november.evidence.complaints, november.figures.verified_complaints) == ((after,), 1)
    assert november.evidence.late_complaints == ((after, OCT),)
    listed = {m.staff_id: m for m in evaluation.month(sup, NOV)}  # the staff tab's count agrees
    assert listed[tech.staff_id].figures.verified_complaints == 1
    assert {m.staff_id: m for m in evaluation.month(sup, OCT)}[tech.staff_id].figures.verified_complaints == 1
    assert after in _sheet(depot, NOV) and "补记（属2026-10）" in _sheet(depot, NOV)
    assert after not in _sheet(depot, OCT)
