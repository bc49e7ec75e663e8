"""The services the evaluation tab and its windows use, built once from the session factory (Qt-free)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.db.engine import SessionFactory
from desktop_app.db.types import utcnow
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.assessment_views import AssessmentViews
from desktop_app.services.evaluation_signatures import EvaluationSignatures
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.rule_acknowledgements import RuleAcknowledgements


@dataclass(frozen=True)
class EvaluationServices:
    sessions: SessionFactory
    assessment: AssessmentService
    views: AssessmentViews
    acknowledgements: RuleAcknowledgements
    reports: MonthlyReports
    documents: ReportDocuments
    clock: Callable[[], dt.datetime]  # tests inject one: "today" decides the default month and the reminder

    @classmethod
    def for_sessions(cls, sessions: SessionFactory,
                     clock: Callable[[], dt.datetime] = utcnow) -> EvaluationServices:
        return cls(sessions, AssessmentService(sessions, clock), AssessmentViews(sessions),
                   RuleAcknowledgements(sessions, clock), MonthlyReports(sessions, clock), ReportDocuments(sessions),
                   clock)

    @property
    def signatures(self) -> EvaluationSignatures:
        """Signed sheets (E24): stateless, made on demand so the constructor stays as it was."""
        return EvaluationSignatures(self.sessions, self.clock)

    def today(self) -> dt.date:
        return self.clock().astimezone().date()
