"""Fines still awaiting a decision (E23, E24): the evaluation shows them apart from the confirmed total, and
the sheet the technician signs is not printed until they are decided, so a signed total never changes;
the printed fines are dated. On both databases."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from search_capture import captured
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import FineReason
from desktop_app.errors import ValidationError
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_listing import EvaluationListing
from desktop_app.services.report_documents import ReportDocuments

TODAY = dt.date(2026, 11, 20)
MONTH = TODAY.replace(day=1)
CLOCK = dt.datetime(2026, 11, 20, 4, tzinfo=dt.timezone.utc)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def _fined(depot: Depot) -> tuple[AssessmentService, list[int], str]:
    """李工's November: ¥50 confirmed, ¥100 (with its work order) and ¥30 only suggested; one more
    suggested in October, which is not November's business."""
    svc = AssessmentService(depot.db.sessions, clock=lambda: CLOCK)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    svc.publish_rules(mgr, TERMS, MONTH - dt.timedelta(days=60))
    svc.acknowledge(tech, 1, MONTH - dt.timedelta(days=50))
    order = depot.take_in("SN-PENDING-1", TODAY - dt.timedelta(days=200)).work_order_number
    confirmed = svc.record_fine(sup, tech.staff_id, FineReason.LEFT_WITHOUT_CALLING_HQ, dt.date(2026, 11, 5))
    svc.decide_fine(mgr, confirmed, confirm=True, reason="未报总部")
    pending = [svc.record_fine(sup, tech.staff_id, FineReason.DISOBEYED_DISPATCH, dt.date(2026, 11, 12), order),
               svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 11, 16))]
    svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 20))
    return svc, pending, order


def _sheet(depot: Depot, language: str = "zh_CN") -> str:
    made = ReportDocuments(depot.db.sessions).make_evaluation(depot.staff["sup"], "tech", MONTH, language=language)
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(made.content)).pages).replace(" ", "").replace("\n", "")


def test_the_month_shows_pending_fines_apart_from_the_confirmed_total(depot: Depot) -> None:
    _svc, pending, _order = _fined(depot)
    tech = depot.staff["tech"].staff_id
    month = EvaluationService(depot.db.sessions, clock=lambda: CLOCK).for_staff(depot.staff["sup"], tech, MONTH)
    assert month.figures.fines_total == Decimal("50.00")  # only the decided one counts
    assert month.evidence.pending_fines == tuple(pending)
    assert (month.pending_fines, month.pending_fines_total) == (2, Decimal("130.00"))
    row = next(r for r in EvaluationListing(depot.db.sessions, depot.staff["sup"], MONTH, lambda: CLOCK).fetch(0, 50)
               if r.staff_id == tech)
    assert (row.pending_fines, row.pending_fines_total, row.value("pending_fines")) == (2, Decimal("130.00"),
                                                                                       Decimal("130.00"))


def test_pending_fines_cost_no_extra_statement(depot: Depot) -> None:
    """Issue 8: the pending fines come with the confirmed ones, in the same set-wise statement."""
    service = EvaluationService(depot.db.sessions, clock=lambda: CLOCK)
    with captured(depot.db.engine) as before:
        service.month(depot.staff["sup"], MONTH)
    _fined(depot)
    with captured(depot.db.engine) as after:
        months = service.month(depot.staff["sup"], MONTH)
    assert sum(m.pending_fines for m in months) == 2
    assert len(after) == len(before)


def test_the_sheet_is_refused_naming_the_fines_still_to_decide(depot: Depot) -> None:
    _fined(depot)
    with pytest.raises(ValidationError) as refused:
        _sheet(depot)
    message = str(refused.value)
    for named in ("2026-11-12", "不服从派工", "¥100.00", "2026-11-16", "个人原因迟到", "¥30.00", "Fines…"):
        assert named in message, named
    assert "2026-10-20" not in message  # October's pending fine holds up October's sheet only
    assert refused.value.field == "fines"


def test_once_decided_the_sheet_prints_the_final_total_and_dates_each_fine(depot: Depot) -> None:
    svc, (dispatch, late), order = _fined(depot)
    svc.decide_fine(depot.staff["manager"], dispatch, confirm=True, reason="拒绝派工")
    svc.decide_fine(depot.staff["manager"], late, confirm=False, reason="路上堵车")
    text = _sheet(depot)
    assert "罚款合计（E23）¥150.00" in text
    assert "以上考评数据及所列证据已经主管核实" in text
    # In the day's order, each with its day (E24), the dismissed one gone.
    assert "序号日期事由工单号制度版本金额" in text
    assert f"12026-11-05离开未报总部—1¥50.0022026-11-12不服从派工{order}1¥100.00合计¥150.00" in text
    assert "2026-11-16" not in text
    english = _sheet(depot, "en")
    assert "No.DateReasonWorkorderRuleversionAmount" in english
    assert "2026-11-12disobeyeddispatch" in english
