"""The fund window's paperwork: the quarterly fund statement (D4) and the monthly parts reconciliation (D9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.error_display import error_text
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.services.actor import Actor
from desktop_app.services.fund_documents import FundDocuments
from desktop_app.services.print_log import MadeDocument


class FundPaperwork(QObject):
    """PDFs open in the print preview (Print, Save as PDF); XLSX files are written off the UI thread."""

    preview_opened = Signal(object)  # DocumentPreviewDialog
    exported = Signal(str)  # the file written
    failed = Signal(str)  # the message, for the window's message line

    def __init__(self, documents: FundDocuments, actor: Actor, window: QWidget) -> None:
        super().__init__(window)
        self._documents = documents
        self._actor = actor
        self._window = window
        self.jobs = DocumentJobs(window)
        self.jobs.preview_opened.connect(self.preview_opened)
        self._tasks: set[BackgroundTask] = set()

    def print_statement(self, first: str, last: str) -> None:
        documents, actor, language = self._documents, self._actor, PrintSettings.load().language
        period = first if first == last else f"{first}–{last}"
        title = self.tr("Service fund statement {period}").format(period=period)

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = documents.make_statement(actor, first, last, language=language)
            return PrintableDocument(made, title, f"service-fund-{first}-{last}.pdf")

        self.jobs.run(make)

    def print_reconciliation(self, month: dt.date) -> None:
        documents, actor, language = self._documents, self._actor, PrintSettings.load().language
        title = self.tr("Parts reconciliation {month}").format(month=f"{month:%Y-%m}")

        def make() -> PrintableDocument:
            made = documents.make_reconciliation(actor, month, language=language)
            return PrintableDocument(made, title, f"parts-reconciliation-{month:%Y-%m}.pdf")

        self.jobs.run(make)

    # --- XLSX --------------------------------------------------------------------------------------
    def _ask(self, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or QDir.homePath()
        path, _filter = QFileDialog.getSaveFileName(self._window, self.tr("Save as XLSX"), str(Path(folder) / name),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        return Path(path) if path.lower().endswith(".xlsx") else Path(f"{path}.xlsx")

    def choose_statement_xlsx(self, first: str, last: str) -> None:
        target = self._ask(f"service-fund-{first}-{last}.xlsx")
        if target is not None:
            self.statement_xlsx(first, last, target)

    def choose_reconciliation_xlsx(self, month: dt.date) -> None:
        target = self._ask(f"parts-reconciliation-{month:%Y-%m}.xlsx")
        if target is not None:
            self.reconciliation_xlsx(month, target)

    def statement_xlsx(self, first: str, last: str, target: Path) -> None:
        documents, actor, language = self._documents, self._actor, PrintSettings.load().language
        self._write(lambda: documents.make_statement(actor, first, last, language=language, xlsx=True), target)

    def reconciliation_xlsx(self, month: dt.date, target: Path) -> None:
        documents, actor, language = self._documents, self._actor, PrintSettings.load().language
        self._write(lambda: documents.make_reconciliation(actor, month, language=language, xlsx=True), target)

    def _write(self, make: Callable[[], MadeDocument], target: Path) -> None:
        def work(_progress) -> str:
            make().save_to(target)  # whole or nothing (a full disk or read-only folder is named), then logged
            return str(target)

        task = BackgroundTask(work)
        task.succeeded.connect(lambda path: self.exported.emit(path))
        task.failed.connect(lambda error: self.failed.emit(error_text(error)))
        task.finished.connect(lambda: self._tasks.discard(task))
        self._tasks.add(task)
        task.start()
