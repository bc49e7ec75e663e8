"""A signed evaluation sheet's month never changes afterwards (E23, E24): a fine or demerit entered later for it
counts as a late entry (补记) in the next unsigned month; the reprint shows what was signed; who may record and
undo the signature. On both databases."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from search_capture import captured
from evaluation_sheet_delivery import deliver_sheet
from sqlalchemy import select, update
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel, FineReason
from desktop_app.db.models import AuditEntry, Fine, SignedEvaluationMonth
from desktop_app.errors import ValidationError
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_signatures import EvaluationSignatures
from desktop_app.services.report_documents import ReportDocuments

OCT, NOV = dt.date(2026, 10, 1), dt.date(2026, 11, 1)
SIGNED_AT = dt.datetime(2026, 11, 2, 4, tzinfo=dt.timezone.utc)  # the sheets are signed before the 3rd (E2)
LATER = dt.datetime(2026, 11, 20, 4, tzinfo=dt.timezone.utc)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def _october_signed(depot: Depot) -> AssessmentService:
    """李工's October: one confirmed ¥50 fine; the sheet printed and signed on 2 November."""
    svc = AssessmentService(depot.db.sessions, clock=lambda: LATER)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    svc.publish_rules(mgr, TERMS, dt.date(2026, 9, 1))
    fine = svc.record_fine(sup, tech.staff_id, FineReason.LEFT_WITHOUT_CALLING_HQ, dt.date(2026, 10, 5))
    svc.decide_fine(mgr, fine, confirm=True, reason="未报总部")
    deliver_sheet(depot.db.sessions, sup, tech, OCT)
    EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT).mark_signed(sup, tech.staff_id, OCT)
    return svc


def _month(depot: Depot, month: dt.date):  # type: ignore[no-untyped-def]
    return EvaluationService(depot.db.sessions, clock=lambda: LATER).for_staff(
        depot.staff["sup"], depot.staff["tech"].staff_id, month)


def _sheet(depot: Depot, month: dt.date, language: str = "zh_CN") -> str:
    made = ReportDocuments(depot.db.sessions).make_evaluation(depot.staff["sup"], "tech", month, language=language)
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(made.content)).pages).replace(" ", "").replace("\n", "")


def test_a_fine_entered_later_for_a_signed_month_counts_as_a_late_entry_in_the_next_month(depot: Depot) -> None:
    svc = _october_signed(depot)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    # 20 November: a late arrival of 28 October is entered, and confirmed (E23).
    late = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 28))
    svc.decide_fine(mgr, late, confirm=True, reason="迟到")
    october, november = _month(depot, OCT), _month(depot, NOV)
    assert october.figures.fines_total == Decimal("50.00")  # what 李工 signed, unchanged
    assert november.figures.fines_total == Decimal("30.00")
    assert november.evidence.late_fines == ((late, OCT),)
    with depot.db.sessions.read() as s:  # its own day and rule version stay with it (E24)
        assert s.get(Fine, late).facts_on == dt.date(2026, 10, 28)
    # A suggestion for October made after the signature waits in November, and holds November's sheet.
    pending = svc.record_fine(sup, tech.staff_id, FineReason.DISOBEYED_DISPATCH, dt.date(2026, 10, 30))
    assert _month(depot, OCT).evidence.pending_fines == ()
    assert _month(depot, NOV).evidence.pending_fines == (pending,)
    with pytest.raises(ValidationError) as refused:
        _sheet(depot, NOV)
    assert "2026-10-30" in str(refused.value)
    assert "已签字" in _sheet(depot, OCT)  # October's reprint is not held up by it


def test_a_complaint_verified_after_the_signature_brings_its_demerit_into_the_next_month(depot: Depot) -> None:
    svc = AssessmentService(depot.db.sessions, clock=lambda: LATER)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    svc.publish_rules(mgr, TERMS, dt.date(2026, 9, 1))
    number = svc.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, dt.date(2026, 10, 29), "赵先生",
                                                        ComplaintCategory.QUARREL, "与客户争吵", tech.staff_id))
    deliver_sheet(depot.db.sessions, sup, tech, OCT)
    EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT).mark_signed(sup, tech.staff_id, OCT)
    svc.verify_complaint(mgr, number, upheld=True, findings="属实")  # E21: a major demerit
    october, november = _month(depot, OCT), _month(depot, NOV)
    assert (october.figures.major_demerits, october.figures.verified_complaints) == (0, 0)
    assert (november.figures.major_demerits, november.figures.verified_complaints) == (1, 1)
    assert november.evidence.late_complaints == ((number, OCT),)
    text = _sheet(depot, NOV)
    assert "补记（属2026-10）" in text


def test_the_reprint_shows_the_signed_totals_and_says_when_current_data_differ(depot: Depot) -> None:
    svc = _october_signed(depot)
    late = svc.record_fine(depot.staff["sup"], depot.staff["tech"].staff_id, FineReason.LATE_ARRIVAL,
                           dt.date(2026, 10, 28))
    svc.decide_fine(depot.staff["manager"], late, confirm=True, reason="迟到")
    october = _sheet(depot, OCT)
    assert "签字记录已签字（2026-11-02，张主管记录）" in october
    assert "罚款合计（E23）¥50.00" in october and "注意" not in october
    november = _sheet(depot, NOV)
    assert "个人原因迟到补记（属2026-10）" in november and "罚款合计（E23）¥30.00" in november
    assert "签字后才录入：计入本月，保留原日期" in november
    assert "Signature" in _sheet(depot, OCT, "en")
    # Data changed behind the program's back (a fine's amount edited in the database): said on the paper.
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(Fine).where(Fine.facts_on == dt.date(2026, 10, 5)).values(amount=Decimal("80.00")))
    changed = _sheet(depot, OCT)
    assert "罚款合计（E23）¥50.00" in changed
    assert "注意：现有数据与签字时不同（签字时罚款合计¥50.00、记大过0次；现为¥80.00、0次）" in changed


def test_the_supervisor_records_the_signature_and_only_the_manager_undoes_it_with_a_reason(depot: Depot) -> None:
    svc = AssessmentService(depot.db.sessions, clock=lambda: LATER)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    svc.publish_rules(mgr, TERMS, dt.date(2026, 9, 1))
    signatures = EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT)
    with pytest.raises(MissingPermission):
        signatures.mark_signed(tech, tech.staff_id, OCT)
    pending = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 8))
    with pytest.raises(ValidationError, match="cannot be recorded as signed"):
        signatures.mark_signed(sup, tech.staff_id, OCT, language="en")
    svc.decide_fine(mgr, pending, confirm=True, reason="迟到")
    with pytest.raises(ValidationError, match="not over yet"):
        signatures.mark_signed(sup, tech.staff_id, NOV)
    deliver_sheet(depot.db.sessions, sup, tech, OCT)
    signed = signatures.mark_signed(sup, tech.staff_id, OCT)
    assert (signed.fines_total, signed.major_demerits, signed.fine_ids) == (Decimal("30.00"), 0, {pending})
    with pytest.raises(ValidationError, match="already recorded as signed on 2026-11-02"):
        signatures.mark_signed(mgr, tech.staff_id, OCT)
    with pytest.raises(MissingPermission):
        signatures.undo(sup, tech.staff_id, OCT, "记错了人")
    with pytest.raises(ValidationError):
        signatures.undo(mgr, tech.staff_id, OCT, "  ")
    signatures.undo(mgr, tech.staff_id, OCT, "记错了人")
    assert signatures.signed(mgr, tech.staff_id, OCT) is None
    with depot.db.sessions.read() as s:
        assert s.scalar(select(SignedEvaluationMonth.id)) is None
        trail = s.execute(select(AuditEntry.action, AuditEntry.user_id, AuditEntry.changes)
                          .where(AuditEntry.entity == "signed_evaluation_month").order_by(AuditEntry.id)).all()
    assert [(a, u) for a, u, _ in trail] == [("mark_signed", sup.staff_id), ("undo_signed", mgr.staff_id)]
    assert trail[1][2]["reason"] == "记错了人" and trail[1][2]["fines_total"] in ("30.00", 3000, "3000")


def test_the_month_reads_everyones_signatures_in_a_fixed_number_of_statements(depot: Depot) -> None:
    """No round per person: one statement for the signed months, two for the entries they may move."""
    svc = _october_signed(depot)
    service = EvaluationService(depot.db.sessions, clock=lambda: LATER)
    with captured(depot.db.engine) as one:
        service.month(depot.staff["sup"], NOV)
    svc.record_fine(depot.staff["sup"], depot.staff["tech2"].staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 9))
    fine = svc.record_fine(depot.staff["manager"], depot.staff["sup"].staff_id, FineReason.LATE_ARRIVAL,
                           dt.date(2026, 10, 9))
    svc.decide_fine(depot.staff["manager"], 2, confirm=True, reason="迟到")
    svc.decide_fine(depot.staff["manager"], fine, confirm=True, reason="迟到")
    signatures = EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT)
    deliver_sheet(depot.db.sessions, depot.staff["sup"], depot.staff["tech2"], OCT)
    deliver_sheet(depot.db.sessions, depot.staff["manager"], depot.staff["sup"], OCT)
    signatures.mark_signed(depot.staff["sup"], depot.staff["tech2"].staff_id, OCT)
    signatures.mark_signed(depot.staff["manager"], depot.staff["sup"].staff_id, OCT)
    with captured(depot.db.engine) as three:
        months = service.month(depot.staff["sup"], OCT)
    assert len(three) == len(one)
    assert sorted(m.evidence.signed.fines_total for m in months if m.evidence.signed) == [
        Decimal("30.00"), Decimal("30.00"), Decimal("50.00")]


def test_the_same_month_recorded_at_two_counters_at_once_gets_a_message_not_an_error(depot: Depot,
                                                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The second counter read "not signed" before the first saved: its save is refused by the unique key,
    and it says so in words (PostgreSQL; SQLite's write lock makes the second wait and then read the first)."""
    _october_signed(depot)
    import desktop_app.services.evaluation_signatures as signatures

    monkeypatch.setattr(signatures, "signed_months", lambda *args: [])  # what the second counter had read
    with pytest.raises(ValidationError) as refused:
        EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT).mark_signed(
            depot.staff["manager"], depot.staff["tech"].staff_id, OCT)
    assert refused.value.field == "month" and "another counter" in str(refused.value)
    with depot.db.sessions.read() as s:
        assert len(s.scalars(select(SignedEvaluationMonth)).all()) == 1


def test_a_late_criticism_deducts_the_bonus_in_the_month_it_counts_in(depot: Depot) -> None:
    """E3 with E24: the staff tab's bonus-deduction column follows the demerit into the next unsigned month,
    as the demerit counts do; the signed October keeps what was signed."""
    from desktop_app.services.evaluation_listing import EvaluationListing

    svc = AssessmentService(depot.db.sessions, clock=lambda: LATER)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    svc.publish_rules(mgr, TERMS, dt.date(2026, 9, 1))
    number = svc.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, dt.date(2026, 10, 29), "赵先生",
                                                        ComplaintCategory.ATTITUDE, "态度冷淡", tech.staff_id))
    deliver_sheet(depot.db.sessions, sup, tech, OCT)
    EvaluationSignatures(depot.db.sessions, lambda: SIGNED_AT).mark_signed(sup, tech.staff_id, OCT)
    svc.verify_complaint(mgr, number, upheld=True, findings="属实")  # E3: criticism, bonus deduction 200
    listing = EvaluationListing(depot.db.sessions, sup, clock=lambda: LATER)

    def deducted(month: dt.date) -> Decimal:
        (row,) = [r for r in listing.compute(sup, month).rows if r.staff_id == tech.staff_id]
        return row.bonus_deducted

    assert (deducted(OCT), deducted(NOV)) == (Decimal("0.00"), Decimal("200.00"))
