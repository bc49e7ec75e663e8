"""The services the requisitions tab and the returns window use, built once from the session factory (Qt-free)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.db.engine import SessionFactory
from desktop_app.db.types import utcnow
from desktop_app.services.manufacturer_returns import ManufacturerReturns
from desktop_app.services.parts_catalogue import PartsCatalogue
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.requisition_details import RequisitionDetails
from desktop_app.services.requisitions import RequisitionService
from desktop_app.services.return_details import ReturnDetails, ReturnListing
from desktop_app.services.return_documents import ReturnDocuments


@dataclass(frozen=True)
class RequisitionServices:
    requisitions: RequisitionService
    details: RequisitionDetails
    catalogue: PartsCatalogue
    documents: ReportDocuments
    returns: ManufacturerReturns
    return_details: ReturnDetails
    return_listing: ReturnListing
    return_documents: ReturnDocuments
    clock: Callable[[], dt.datetime]  # one clock for the services and the month the dialog offers

    @classmethod
    def for_sessions(cls, sessions: SessionFactory,
                     clock: Callable[[], dt.datetime] = utcnow) -> RequisitionServices:
        return cls(RequisitionService(sessions, clock), RequisitionDetails(sessions),
                   PartsCatalogue(sessions, lambda: clock().astimezone().date()), ReportDocuments(sessions),
                   ManufacturerReturns(sessions, clock), ReturnDetails(sessions, clock), ReturnListing(sessions),
                   ReturnDocuments(sessions), clock)

    def today(self) -> dt.date:
        return self.clock().astimezone().date()
