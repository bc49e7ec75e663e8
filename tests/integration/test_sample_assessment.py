"""The sample data gives the evaluation tab real figures: rules, acknowledgements, complaints, fines."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.core.vocabulary import ComplaintStatus, FineStatus
from desktop_app.db.models import AssessmentRuleSet, Complaint, Demerit, Fine, RuleAcknowledgement, Staff
from desktop_app.db.opening import Database
from desktop_app.services.sample_data import load_sample_data


def test_sample_assessment_facts(database: Database) -> None:
    load_sample_data(database.sessions, claims=200)
    with database.sessions.read() as s:
        assert s.scalar(select(func.count(AssessmentRuleSet.id))) == 1
        staff = s.scalar(select(func.count(Staff.id)).where(Staff.active))
        assert s.scalar(select(func.count(RuleAcknowledgement.id))) == staff - 1  # one has not signed (E24)
        statuses = set(s.scalars(select(Complaint.status)))
        assert {ComplaintStatus.VERIFIED, ComplaintStatus.REJECTED} <= statuses
        assert s.scalar(select(func.count(Demerit.id))) >= 1
        assert set(s.scalars(select(Fine.status))) <= set(FineStatus) and s.scalar(select(func.count(Fine.id))) >= 1
    load_sample_data(database.sessions, claims=20)
    with database.sessions.read() as s:
        assert s.scalar(select(func.count(AssessmentRuleSet.id))) == 1  # published once
