"""A complaint keeps the complainant's phone in its own column (E3, E5, S3: it is answered there), on SQLite and
PostgreSQL: stored as customers' phones are, shown in the complaints list and the evaluation's evidence,
written to the audit trail; a phone that is no phone number is refused at its field and nothing is saved."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel
from desktop_app.db.models import AuditEntry, Complaint
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.assessment_views import AssessmentViews

TODAY = dt.date.today()
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS,
                                                       TODAY.replace(day=1) - dt.timedelta(days=40))
    return depot


def _complaint(phone: str | None, about: int | None = None) -> ComplaintInput:
    return ComplaintInput(ComplaintChannel.CALL, TODAY, "路人甲", ComplaintCategory.QUARREL, "与客户争吵",
                          about_staff_id=about, contact_phone=phone)


def test_the_phone_is_kept_as_stored_and_shown_with_the_complaint(depot: Depot) -> None:
    service, views, sup = AssessmentService(depot.db.sessions), AssessmentViews(depot.db.sessions), depot.staff["sup"]
    tech = depot.staff["tech"].staff_id
    landline = service.register_complaint(sup, _complaint(" 0755 2678 1234 转 801 ", tech))  # as said on the phone
    without = service.register_complaint(sup, _complaint(None, tech))
    with depot.db.sessions.read() as s:
        rows = dict(s.execute(select(Complaint.number, Complaint.contact_phone)).all())
        created = s.scalar(select(AuditEntry.changes).where(AuditEntry.entity == "complaint",
                                                            AuditEntry.action == "create").order_by(AuditEntry.id))
    assert rows == {landline: "0755-26781234-801", without: None}
    assert (json.loads(created) if isinstance(created, str) else created)["contact_phone"] == "0755-26781234-801"
    assert {c.number: c.contact_phone for c in views.complaints(sup, TODAY)} == rows
    service.verify_complaint(sup, landline, upheld=True, findings="回访属实")
    evidence = views.complaints_numbered(sup, (landline,))  # the evaluation's evidence behind a figure
    assert [(c.number, c.contact_phone, c.description) for c in evidence] == [
        (landline, "0755-26781234-801", "与客户争吵")]  # the description is only what happened


def test_a_wrong_phone_is_refused_at_its_field_and_nothing_is_saved(depot: Depot) -> None:
    service = AssessmentService(depot.db.sessions)
    for wrong in ("12345", "13812345678/13912345678"):
        with pytest.raises(ValidationError) as raised:
            service.register_complaint(depot.staff["sup"], _complaint(wrong))
        assert raised.value.field == "phone"
    with depot.db.sessions.read() as s:
        assert s.scalar(select(func.count(Complaint.id))) == 0
