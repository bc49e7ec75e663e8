"""Makes a document's PDF off the UI thread, then previews it or prints it straight away (and only then logs it)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.printing import printers
from desktop_app.gui.printing.pdf_pages import paint_pdf
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from desktop_app.services.print_log import MadeDocument

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintableDocument:
    made: MadeDocument  # the PDF, logged as printed only once it is printed or saved
    title: str  # shown in the preview's title bar (interface language)
    file_name: str  # suggested by Save as PDF


class DocumentJobs(QObject):
    """One per window that prints; each ``run`` is independent (a second receipt may be asked for
    while the first is still being made)."""

    preview_opened = Signal(object)  # the DocumentPreviewDialog, shown window-modal
    printed = Signal(int)  # pages sent straight to the printer
    failed = Signal(object)  # the exception, already shown

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._jobs: set[_Job] = set()

    def run(self, make: Callable[[], PrintableDocument], *, direct: bool = False,
            printer_name: str | None = None) -> None:
        """``make()`` runs on a pool thread (services only, no widgets). Direct printing goes to
        ``printer_name`` (a label printer, say), else to the default printer, and logs the print once
        the printer took it; otherwise the preview logs each print or save that succeeds."""
        printer, note = None, ""
        if direct:
            try:
                printer = printers.direct_printer(printer_name)
            except printers.NoPrinter as error:
                note = error_text(error)  # the preview opens instead: the document is not lost
        # The preview belongs in front of whatever asked: the intake form is window-modal, and a
        # preview behind it could not be reached.
        window = QApplication.activeModalWidget() or QApplication.activeWindow() or self._parent.window()
        job = _Job(self, window, printer, note)
        self._jobs.add(job)
        job.start(make)

    def forget(self, job: _Job) -> None:
        self._jobs.discard(job)
        job.deleteLater()


class _Job(QObject):
    def __init__(self, jobs: DocumentJobs, window: QWidget, printer: QPrinter | None, note: str) -> None:
        super().__init__(jobs)
        self._jobs = jobs
        self._window = window
        self._printer = printer
        self._note = note

    def start(self, make: Callable[[], PrintableDocument]) -> None:
        printer = self._printer
        target = printers.printer_target(printer) if printer is not None else None

        def work(_progress) -> tuple[PrintableDocument, int]:
            document = make()
            pages = 0
            if printer is not None:  # a refused job raises: nothing is logged
                pages = document.made.deliver(lambda pdf: paint_pdf(pdf, printer), target=target)
            return document, pages

        self._task = BackgroundTask(work)  # no parent: a closed window does not stop a print half-way
        self._task.succeeded.connect(self._on_succeeded)
        self._task.failed.connect(self._on_failed)
        self._task.start()

    def _owner(self) -> QWidget | None:
        """Who shows the result: the window that asked, else the jobs' own. None once the jobs' window
        (the main window) is closed: the app is going away, and nothing should pop up any more."""
        home = self._jobs.parent() if shiboken6.isValid(self._jobs) else None
        if not isinstance(home, QWidget) or not home.window().isVisible():
            return None
        window = self._window
        if window is not None and shiboken6.isValid(window) and window.isVisible():
            return window
        return home

    @Slot(object)
    def _on_succeeded(self, result: tuple[PrintableDocument, int]) -> None:
        document, pages = result
        owner = self._owner()
        if self._printer is not None:
            self._jobs.printed.emit(pages)
        elif owner is not None:
            self._preview(document, owner)
        else:
            log.info("%s was made after its window closed; not shown", document.title)
        self._jobs.forget(self)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        owner = self._owner()
        if owner is not None:
            show_error(owner, error)
        else:
            log.warning("printing failed after its window closed: %s", error_text(error))
        self._jobs.failed.emit(error)
        self._jobs.forget(self)

    def _preview(self, document: PrintableDocument, owner: QWidget) -> None:
        dialog = DocumentPreviewDialog(document.made, document.title, document.file_name, owner, note=self._note)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._jobs.preview_opened.emit(dialog)
