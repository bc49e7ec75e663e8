"""The requisition form (D8) and the return application (D15) as documents: previewed PDF, exported XLSX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.error_display import show_error
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.services.actor import Actor


class RequisitionDocuments(QObject):
    """Made off the UI thread by the services; each print or export is logged once it succeeded."""

    preview_opened = Signal(object)  # DocumentPreviewDialog
    exported = Signal(str)  # the path written
    export_failed = Signal(object)

    def __init__(self, services: RequisitionServices, owner: QWidget) -> None:
        super().__init__(owner)
        self._services = services
        self._owner = owner
        self.jobs = DocumentJobs(owner)
        self.jobs.preview_opened.connect(self.preview_opened)
        self._tasks: set[BackgroundTask] = set()

    def preview_requisition(self, actor: Actor, number: str) -> None:
        language, documents = PrintSettings.load().language, self._services.documents
        title = self.tr("Parts requisition form {number}").format(number=number)

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = documents.make_requisition(actor, number, language=language)
            return PrintableDocument(made, title, f"{number}-requisition.pdf")

        self.jobs.run(make)

    def preview_return(self, actor: Actor, number: str) -> None:
        language, documents = PrintSettings.load().language, self._services.return_documents
        title = self.tr("Return application {number}").format(number=number)

        def make() -> PrintableDocument:
            made = documents.make_application(actor, number, language=language)
            return PrintableDocument(made, title, f"{number}-return.pdf")

        self.jobs.run(make)

    def ask_and_export(self, actor: Actor, number: str) -> None:
        """Asks where to save the XLSX in the manufacturer's layout, then writes it in the background."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self._owner, self.tr("Export the requisition"), str(Path(folder) / f"{number}-requisition.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_requisition(actor, number, Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx"))

    def export_requisition(self, actor: Actor, number: str, path: Path) -> None:
        language, documents = PrintSettings.load().language, self._services.documents

        def work(_progress) -> str:  # type: ignore[no-untyped-def]
            made = documents.make_requisition(actor, number, language=language, xlsx=True)
            made.save_to(path)  # whole or nothing (a full disk or read-only folder is named), then logged
            return str(path)

        task = BackgroundTask(work)
        self._tasks.add(task)
        task.succeeded.connect(lambda written: self.exported.emit(str(written)))
        task.failed.connect(self._on_export_failed)
        task.finished.connect(lambda: self._tasks.discard(task))
        task.start()

    @Slot(object)
    def _on_export_failed(self, error: BaseException) -> None:
        show_error(self._owner, error)
        self.export_failed.emit(error)
