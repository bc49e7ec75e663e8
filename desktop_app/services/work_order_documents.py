"""The service report and the satisfaction survey form of a work order, made as PDFs to deliver (E17)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import WorkOrderKind
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import PrintedDocument
from desktop_app.documents import decision_text as words
from desktop_app.services import settings, settlement_papers
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.print_log import MadeDocument, PrintEntry, made
from desktop_app.services.work_order_details import WorkOrderDetail, WorkOrderDetails

if TYPE_CHECKING:
    from desktop_app.documents.page_parts import CentreInfo
    from desktop_app.documents.service_report import ServiceReportData

Translate = Callable[[str, str], str]


class WorkOrderDocuments:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def make_service_report(self, actor: Actor, ref: int | str, *, language: str, translate: Translate,
                            page_size: str = "A4") -> MadeDocument:
        """Logged as printed only when it is delivered."""
        from desktop_app.documents.service_report import render_service_report  # reportlab: not at start (issue 8)

        require(actor, Permission.DOCUMENTS_PRINT)
        detail = WorkOrderDetails(self._sessions).get(actor, ref)
        pdf = render_service_report(self._report_data(detail, language, translate), language=language,
                                    page_size=page_size)
        return self._made(actor, detail, "service_report", pdf)

    def make_survey_form(self, actor: Actor, ref: int | str, *, language: str,
                         page_size: str = "A4") -> MadeDocument:
        """Logged as printed only when it is delivered: the desk chases the forms handed out (E17)."""
        from desktop_app.documents.survey_form import SurveyFormData, render_survey_form

        require(actor, Permission.DOCUMENTS_PRINT)
        detail = WorkOrderDetails(self._sessions).get(actor, ref)
        service_day = (detail.departed_at or detail.arrived_at or detail.history[-1].at if detail.history
                       else detail.created_at).astimezone().date()
        data = SurveyFormData(centre=self._centre(), work_order_number=detail.number,
                              technician=detail.technician or "", service_date=service_day,
                              customer_name=detail.contact_person or detail.customer_name,
                              product_model=detail.product_model or "", serial=detail.serial or "",
                              kind=words.kind_text(detail.kind, language))
        pdf = render_survey_form(data, language=language, page_size=page_size)
        return self._made(actor, detail, "survey_form", pdf)

    def _report_data(self, d: WorkOrderDetail, language: str, translate: Translate) -> ServiceReportData:
        from desktop_app.documents.service_report import (
            OnSiteLine, PartLine, ServiceReportData, TimelineLine, VisitRow,
        )

        basis = []
        if d.final_decision or d.intake_decision:
            basis.append(words.remedy_text(d.final_decision or d.intake_decision, language))
        agreed = settlement_papers.agreed_for_claim(self._sessions, d.claim_number)  # W8: what was agreed
        reasons = settlement_papers.without_escalation(d.decision_reasons) if agreed else d.decision_reasons
        basis += [translate("Warranty", reason) for reason in reasons]
        if agreed:
            basis.append(agreed.line(d.intake_decision, language))
        on_site = None
        if d.kind is WorkOrderKind.ON_SITE:
            # Not the call to headquarters: a staff matter (E23) the customer does not sign for.
            on_site = OnSiteLine(required_arrival_at=d.required_arrival_at, arrived_at=d.arrived_at,
                                 departed_at=d.departed_at, late=d.late_arrival,
                                 visits=tuple(VisitRow(  # every visit, when there were several (S3)
                                     technician=v.technician or "", travel_started_at=v.travel_started_at,
                                     arrived_at=v.arrived_at, departed_at=v.departed_at, late=v.late_arrival)
                                     for v in d.visits))
        company = d.customer_kind.value == "company"
        return ServiceReportData(
            centre=self._centre(), work_order_number=d.number, claim_number=d.claim_number,
            kind=words.kind_text(d.kind, language), technician=d.technician or "",
            customer_name=(d.contact_person or d.customer_name) if company else d.customer_name,
            customer_phone=d.customer_phone, customer_company=d.customer_name if company else None,
            customer_address=d.customer_address, product_model=d.product_model or "",
            product_name=d.product_name or "", serial=d.serial or "", sale_date=d.sale_date,
            fault_reported=d.fault_reported or "",
            fault_category=(d.fault_category_en if language.startswith("en") else d.fault_category),
            cause=words.cause_text(d.cause, language) if d.cause else None, diagnosis=d.diagnosis,
            fault_cause=d.report_fault_cause,  # what the technician wrote under 故障原因 (E17, E23)
            warranty_basis=tuple(basis), solution=d.report_solution,
            parts=tuple(PartLine(part_no=p.part_no, name=p.name, quantity=p.quantity, unit_price=p.unit_price,
                                 charged_to=words.charge_text(p.charged_to, language), amount=p.amount)
                        for p in d.parts if p.issued),
            labour=d.quote[1] if d.quote_accepted else None, travel=d.quote[2] if d.quote_accepted else None,
            total_to_customer=d.charges_to_customer, customer_opinion=d.report_customer_opinion,
            # The customer's paper dates the steps; a hand-over between technicians (the state kept) is not one.
            timeline=tuple(TimelineLine(label=words.state_text(e.target, language), at=e.at) for e in d.history
                           if e.source != e.target),
            on_site=on_site, replacement_serial=d.replacement_serial,
            tz=dt.datetime.now().astimezone().tzinfo,
        )

    def _centre(self) -> CentreInfo:
        with self._sessions.read() as s:
            return settings.centre_info(s)

    def _made(self, actor: Actor, detail: WorkOrderDetail, document: str, pdf: bytes) -> MadeDocument:
        return made(self._sessions, pdf, detail.number, PrintEntry(actor, document, "work_order", detail.id))

    def printed_surveys(self) -> set[int]:
        """Orders whose survey form went out: saved or printed (the desk chases the ones not returned)."""
        with self._sessions.read() as s:
            return set(s.scalars(select(PrintedDocument.entity_id).where(PrintedDocument.document == "survey_form")))


