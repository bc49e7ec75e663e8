"""The work order's service report and satisfaction survey form (E17): made off the UI thread, previewed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.gui.printing.claim_documents import document_translate
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab

REPORT, SURVEY = "service_report", "survey_form"


class WorkOrderPrinter(QObject):
    """Answers the tab's print requests; the service renders the PDF and logs the print."""

    preview_opened = Signal(object)  # DocumentPreviewDialog

    def __init__(self, tab: WorkOrdersTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self.jobs = DocumentJobs(tab)
        self.jobs.preview_opened.connect(self.preview_opened)

    @Slot(int)
    def print_report(self, order_id: int) -> None:
        self._run(order_id, REPORT)

    @Slot(int)
    def print_survey(self, order_id: int) -> None:
        self._run(order_id, SURVEY)

    def _run(self, order_id: int, document: str) -> None:
        actor, services = self._tab.actor, self._tab.services
        if actor is None or services is None:
            return
        language = PrintSettings.load().language
        translate = document_translate(language)
        detail = self._tab.panel.detail
        number = detail.number if detail is not None and detail.id == order_id else str(order_id)
        documents = services.documents
        if document == REPORT:
            title, suffix = self.tr("Service report"), "service-report"
        else:
            title, suffix = self.tr("Satisfaction survey form"), "survey"

        def make(target: str | None) -> PrintableDocument:  # on a pool thread: services only
            if document == REPORT:
                pdf = documents.service_report(actor, order_id, language=language, translate=translate, target=target)
            else:
                pdf = documents.survey_form(actor, order_id, language=language, target=target)
            return PrintableDocument(pdf, f"{title} {number}", f"{number}-{suffix}.pdf")

        self.jobs.run(make)


def connect_work_order_printing(tab: WorkOrdersTab) -> WorkOrdersTab:
    """Makes the tab's print buttons work; returns the tab (for the composition root's list)."""
    printer = WorkOrderPrinter(tab)
    tab.report_print_requested.connect(printer.print_report)
    tab.survey_print_requested.connect(printer.print_survey)
    return tab
