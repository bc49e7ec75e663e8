"""The claim's service receipt (on the desk's paper) and unit label: made when the claims tab asks,
then previewed or printed directly."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop_app.db.engine import SessionFactory
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.label_printing import connect_claim_labels
from desktop_app.gui.printing.print_settings import PrintSettings, interface_language
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.gui.translations import translator_function
from desktop_app.services.receipt_papers import ReceiptPrinting
from desktop_app.services.unit_labels import UnitLabelService

Translate = Callable[[str, str], str]


def document_translate(language: str) -> Translate:
    """The texts a service words for a document, in the document's language (not always the UI's)."""
    if language == interface_language():
        return lambda context, text: QCoreApplication.translate(context, text)
    return translator_function(language)


class ReceiptPrinter(QObject):
    """Answers ``ClaimsTab.receipt_requested``: the service makes the PDF on a pool thread; it is logged
    as printed once it was printed or saved."""

    preview_opened = Signal(object)  # DocumentPreviewDialog
    printed = Signal(int)  # pages sent straight to the default printer

    def __init__(self, service: ReceiptPrinting, tab: ClaimsTab) -> None:
        super().__init__(tab)
        self._service = service
        self._tab = tab
        self.jobs = DocumentJobs(tab)
        self.jobs.preview_opened.connect(self.preview_opened)
        self.jobs.printed.connect(self.printed)
        self.jobs.printed.connect(self._on_printed)

    @Slot(int)
    def print_receipt(self, claim_id: int) -> None:
        actor = self._tab.actor
        if actor is None:
            return
        settings = PrintSettings.load()
        language, page_size = settings.language, settings.receipt_page_size
        translate = document_translate(language)
        title = self.tr("Service receipt")

        def make() -> PrintableDocument:
            made = self._service.make_receipt(actor, claim_id, language=language, translate=translate,
                                              paper=page_size)
            number = made.reference  # the claim's number
            return PrintableDocument(made, f"{title} {number}", f"{number}-receipt.pdf")

        self.jobs.run(make, direct=settings.receipt_direct)

    @Slot(int)
    def _on_printed(self, _pages: int) -> None:
        """Printed without a preview: the status bar says so, without a box to click away."""
        window = self._tab.window()
        if hasattr(window, "show_message"):
            window.show_message(self.tr("The receipt was sent to the printer."))


def connect_receipts(tab: ClaimsTab, sessions: SessionFactory) -> ClaimsTab:
    """Makes the tab's Print receipt and Print label buttons work; returns the tab (for the composition
    root's list)."""
    printer = ReceiptPrinter(ReceiptPrinting(sessions), tab)
    tab.receipt_requested.connect(printer.print_receipt)  # the printer is the tab's child: findChild
    connect_claim_labels(tab, UnitLabelService(sessions))  # ClaimLabels, also found with findChild
    return tab
