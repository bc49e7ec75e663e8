"""The printed evaluation sheet names each verified complaint and what it brought in the sheet's
language (E3, E21), on both databases: never the database's codes."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel
from desktop_app.db.opening import Database
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.report_documents import ReportDocuments

TODAY = dt.date.today()
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    service, sup, tech = AssessmentService(database.sessions), depot.staff["sup"], depot.staff["tech"]
    service.publish_rules(depot.staff["manager"], TERMS, TODAY.replace(day=1) - dt.timedelta(days=40))
    for category, upheld in ((ComplaintCategory.ATTITUDE, True), (ComplaintCategory.QUARREL, True)):
        number = service.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, TODAY, "刘洋", category,
                                                                "电话里很不耐烦", about_staff_id=tech.staff_id))
        service.verify_complaint(sup, number, upheld=upheld, findings="录音属实")
    return depot


def _text(depot: Depot, language: str) -> str:
    made = ReportDocuments(depot.db.sessions).make_evaluation(depot.staff["manager"], "tech", TODAY, language=language)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(made.content)).pages)


def test_the_sheet_names_complaints_and_their_outcome_in_chinese(depot: Depot) -> None:
    text = _text(depot, "zh_CN")
    for printed in ("服务态度（E3）", "批评（E3）", "扣奖金 ¥200.00", "与客户争吵、顶撞（E21）", "记大过（E21）"):
        assert printed in text.replace("\n", ""), printed
    for code in ("attitude", "quarrel", "criticism", "major"):
        assert code not in text, code


def test_the_english_sheet_says_it_in_english(depot: Depot) -> None:
    text = " ".join(_text(depot, "en").split())
    assert "attitude (E3)" in text and "criticism (E3); bonus deducted ¥200.00" in text
    assert "major demerit (E21)" in text
