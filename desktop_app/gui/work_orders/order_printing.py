"""The work order's documents: service report and survey form (E17), pickup slip and unit label, previewed or printed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.permissions import Permission, allows
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.printing.claim_documents import document_translate
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.label_printing import LabelPrinter
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.services.pickup_slips import PICKUP_STATES, PickupSlipService
from desktop_app.services.unit_labels import WORK_ORDER, UnitLabelService

REPORT, SURVEY = "service_report", "survey_form"


class WorkOrderPrinter(QObject):
    """Answers the tab's print requests; the service makes the PDF, logged once printed or saved (E17)."""

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
        number = self._number(order_id)
        documents = services.documents
        if document == REPORT:
            title, suffix = self.tr("Service report"), "service-report"
        else:
            title, suffix = self.tr("Satisfaction survey form"), "survey"

        def make() -> PrintableDocument:  # on a pool thread: services only
            if document == REPORT:
                made = documents.make_service_report(actor, order_id, language=language, translate=translate)
            else:
                made = documents.make_survey_form(actor, order_id, language=language)
            return PrintableDocument(made, f"{title} {number}", f"{number}-{suffix}.pdf")

        self.jobs.run(make)

    def _number(self, order_id: int) -> str:
        detail = self._tab.panel.detail
        return detail.number if detail is not None and detail.id == order_id else str(order_id)


class PickupPrinter(QObject):
    """The pickup slip and the unit label of the open order: two buttons beside the print buttons."""

    preview_opened = Signal(object)  # DocumentPreviewDialog (the pickup slip's)

    def __init__(self, tab: WorkOrdersTab, slips: PickupSlipService, labels: UnitLabelService) -> None:
        super().__init__(tab)
        self._tab = tab
        self._slips = slips
        self.jobs = DocumentJobs(tab)
        self.jobs.preview_opened.connect(self.preview_opened)
        self.labels = LabelPrinter(labels, tab, lambda: tab.actor)
        # Laid out in ui/work_order_detail_panel.ui, hidden there until this wiring shows them.
        self.slip_button = tab.panel.ui.print_slip_button
        self.label_button = tab.panel.ui.print_unit_label_button
        self.slip_button.clicked.connect(self.print_slip)
        self.label_button.clicked.connect(self.print_label)
        tab.order_opened.connect(self._update)
        self._update()

    @Slot()
    def print_slip(self) -> None:
        detail, actor = self._tab.panel.detail, self._tab.actor
        if detail is None or actor is None:
            return
        settings = PrintSettings.load()
        service, order_id, number = self._slips, detail.id, detail.number
        language, paper = settings.language, settings.receipt_page_size
        title = self.tr("Pickup slip")

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = service.make_slip(actor, order_id, language=language, paper=paper)
            return PrintableDocument(made, f"{title} {number}", f"{number}-pickup-slip.pdf")

        self.jobs.run(make, direct=settings.receipt_direct)  # the counter's receipt printer and paper

    @Slot()
    def print_label(self) -> None:
        detail = self._tab.panel.detail
        if detail is not None:
            self.labels.print_label(detail.id, WORK_ORDER)

    @Slot()
    def _update(self, *_args: object) -> None:
        actor, detail = self._tab.actor, self._tab.panel.detail
        shown = actor is not None and allows(actor.role, Permission.DOCUMENTS_PRINT)
        for button in (self.slip_button, self.label_button):
            button.setVisible(shown)
        self.slip_button.setEnabled(detail is not None and detail.state in PICKUP_STATES)
        self.label_button.setEnabled(detail is not None and (detail.serial is not None or
                                                             detail.claim_number is not None))


def connect_work_order_printing(tab: WorkOrdersTab, sessions: SessionFactory | None = None) -> WorkOrdersTab:
    """Makes the tab's print buttons work; with ``sessions``, adds the pickup slip and unit label buttons.
    Returns the tab (for the composition root's list)."""
    printer = WorkOrderPrinter(tab)
    tab.report_print_requested.connect(printer.print_report)
    tab.survey_print_requested.connect(printer.print_survey)
    if sessions is not None and tab.services is not None:
        PickupPrinter(tab, PickupSlipService(sessions, tab.services.clock), UnitLabelService(sessions))
    return tab
