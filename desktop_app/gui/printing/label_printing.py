"""Unit labels from the claims tab: a Print label button for the selected claim, and one at intake if set."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.actor import Actor
from desktop_app.services.claims import ClaimSaved
from desktop_app.services.unit_labels import CLAIM, UnitLabelService


class LabelPrinter(QObject):
    """Makes a unit label off the UI thread; previews it, or prints it on this desk's label printer."""

    preview_opened = Signal(object)  # DocumentPreviewDialog
    printed = Signal(int)  # pages sent to the label printer

    def __init__(self, service: UnitLabelService, owner: QWidget, actor: Callable[[], Actor | None]) -> None:
        super().__init__(owner)
        self._service = service
        self._actor = actor
        self.jobs = DocumentJobs(owner)
        self.jobs.preview_opened.connect(self.preview_opened)
        self.jobs.printed.connect(self.printed)

    def print_label(self, ref: int | str, kind: str) -> None:
        """``ref``: an id of ``kind`` ("claim" or "work_order"), or a number as scanned."""
        actor = self._actor()
        if actor is None:
            return
        settings = PrintSettings.load()
        service, size, language = self._service, settings.label_size, settings.language
        title = self.tr("Unit label")

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = service.make_label(actor, ref, kind=kind, size=size, language=language)
            return PrintableDocument(made, f"{title} {made.reference}", f"{made.reference}-label.pdf")

        self.jobs.run(make, direct=settings.label_printer is not None, printer_name=settings.label_printer)


class ClaimLabels(QObject):
    """The claims tab's Print label button, and the label printed when a claim is saved (if set)."""

    def __init__(self, tab: ClaimsTab, printer: LabelPrinter) -> None:
        super().__init__(tab)
        self._tab = tab
        self.printer = printer
        ui = tab.ui
        self.button = QPushButton(self.tr("Print la&bel"), tab)
        self.button.setObjectName("print_label_button")
        self.button.setToolTip(self.tr("Print the unit label of the selected claim, to stick on the unit"))
        self.button.setAutoDefault(False)
        ui.search_row.insertWidget(ui.search_row.indexOf(ui.approvals_button) + 1, self.button)
        self.button.setVisible(tab.windows is not None)  # a bare listing prints nothing
        self.button.clicked.connect(self.print_selected)
        ui.table_view.selectionModel().selectionChanged.connect(self._update)
        tab.model.modelReset.connect(self._update)
        if tab.windows is not None:
            tab.windows.intake_saved.connect(self._on_claim_saved)
        self._update()

    def selected_claim(self) -> int | None:
        rows = self._tab.ui.table_view.selectionModel().selectedRows()
        return self._tab.model.row_at(rows[0].row()).id if rows else None

    @Slot()
    def print_selected(self) -> None:
        claim_id = self.selected_claim()
        if claim_id is not None:
            self.printer.print_label(claim_id, CLAIM)

    @Slot(object)
    def _on_claim_saved(self, saved: ClaimSaved) -> None:
        if PrintSettings.load().label_at_intake:  # the unit goes to the shelf with its label on
            self.printer.print_label(saved.id, CLAIM)

    @Slot()
    def _update(self, *_args: object) -> None:
        self.button.setEnabled(self.selected_claim() is not None)


def connect_claim_labels(tab: ClaimsTab, service: UnitLabelService) -> ClaimLabels:
    printer = LabelPrinter(service, tab, lambda: tab.actor)
    return ClaimLabels(tab, printer)
