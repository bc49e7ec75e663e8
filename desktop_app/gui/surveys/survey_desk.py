"""The services the survey windows use, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.db.engine import SessionFactory
from desktop_app.services.surveys import SurveyService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_order_documents import WorkOrderDocuments


@dataclass(frozen=True)
class SurveyDesk:
    surveys: SurveyService
    details: WorkOrderDetails  # what the scanned number is: customer, product, state
    documents: WorkOrderDocuments  # the survey form printed again for a customer who lost it

    @classmethod
    def for_sessions(cls, sessions: SessionFactory) -> SurveyDesk:
        return cls(SurveyService(sessions), WorkOrderDetails(sessions), WorkOrderDocuments(sessions))
