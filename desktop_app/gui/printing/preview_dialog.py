"""打印预览: one of our PDFs page by page, with Print (system dialog) and Save as PDF (the original bytes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop_app.documents.saving import save_document
from desktop_app.gui.background import BackgroundTask, Progress
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.forms.ui_document_preview_dialog import Ui_DocumentPreviewDialog
from desktop_app.gui.printing.pdf_pages import PREVIEW_DPI, page_layout, page_sizes, paint_images, paint_pdf, \
    render_pages
from desktop_app.gui.printing.printers import ask_printer, printer_target
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.services.print_log import MadeDocument

ZOOM_STEP = 1.25


class DocumentPreviewDialog(QDialog):
    """Shows a PDF; the pages are rendered off the UI thread.

    ``document`` is a service's MadeDocument: each print the printer took and each file saved whole
    is logged as printed (by ``MadeDocument.deliver``); a failed or cancelled one is not. Plain bytes
    are shown, printed and saved without a log.
    """

    pages_ready = Signal(int)  # the pages are rendered and shown
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # the path written

    def __init__(self, document: MadeDocument | bytes, title: str, file_name: str = "document.pdf",
                 parent: QWidget | None = None, *, note: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentPreviewDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)  # the form's 900×760, on a 768-high screen less
        self._made = document if isinstance(document, MadeDocument) else None
        pdf = self._made.content if self._made is not None else document
        self._pdf = pdf
        self._title = title
        self._file_name = file_name if file_name.lower().endswith(".pdf") else f"{file_name}.pdf"
        self._sizes = page_sizes(pdf)  # cheap, and a bad PDF fails here, before anything is shown
        self._images: list = []
        self._note = note  # why this preview opened instead of printing directly, say
        self._tasks: set[BackgroundTask] = set()
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=title))
        self._printer = QPrinter()  # the widget borrows it: it must live as long as the dialog
        self.preview = QPrintPreviewWidget(self._printer, self.ui.preview_container)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.paintRequested.connect(self._paint_preview)
        self.ui.preview_layout.addWidget(self.preview)
        self.ui.pages_label.setText(self.tr("%n page(s)", None, len(self._sizes)))
        self._connect()
        self._start(self._render, self._on_rendered, self._on_render_failed)
        self._show_status(note or self.tr("Preparing the preview…"))

    def _connect(self) -> None:
        ui = self.ui
        ui.print_button.clicked.connect(self.print_document)
        ui.save_button.clicked.connect(self.save_as_pdf)
        ui.zoom_in_button.clicked.connect(self.zoom_in)
        ui.zoom_out_button.clicked.connect(self.zoom_out)
        ui.fit_button.clicked.connect(self.show_whole_page)
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_document),
                           (QKeySequence.StandardKey.Save, self.save_as_pdf),
                           (QKeySequence.StandardKey.ZoomIn, self.zoom_in), (QKeySequence("Ctrl+="), self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                           (QKeySequence("Ctrl+0"), self.show_whole_page)):
            QShortcut(keys, self, slot)

    # --- what callers and tests use -----------------------------------------------------------------
    @property
    def pdf(self) -> bytes:
        return self._pdf

    def page_count(self) -> int:
        return len(self._sizes)

    def is_ready(self) -> bool:
        return len(self._images) == len(self._sizes)

    def print_to(self, printer: QPrinter) -> None:
        """Paints the original PDF onto ``printer`` in the background; ``printed`` follows once the
        printer took it (and the print is logged)."""
        self._set_busy(True, self.tr("Printing…"))
        deliver, target = self._delivery(), printer_target(printer)
        # The work touches no widget, only the bytes, the printer and the log.
        self._start(lambda progress: deliver(lambda pdf: paint_pdf(pdf, printer, progress), target),
                    self._on_printed, self._on_print_failed)

    def save_to(self, path: Path) -> bool:
        """Writes the original bytes (text stays text) whole or not at all, then logs the save; a
        full disk or an unwritable place is shown and the dialog stays open. True when saved."""
        try:
            self._delivery()(lambda pdf: save_document(path, pdf), str(path))
        except Exception as error:  # noqa: BLE001 - SaveFailed names the trouble; anything else is internal
            show_error(self, error, self.tr("Save as PDF"))
            return False
        self._show_status(self.tr("Saved: {path}").format(path=str(path)))
        self.saved.emit(str(path))
        return True

    def _delivery(self) -> Callable[[Callable[[bytes], Any], str | None], Any]:
        """``deliver(write, target)``: ``write(pdf)``, then the log entry when a service made the PDF.
        Holds no reference to the dialog: a print may finish after the preview was closed."""
        made, pdf = self._made, self._pdf
        if made is None:
            return lambda write, _target: write(pdf)
        return lambda write, target: made.deliver(write, target=target)

    # --- actions ---------------------------------------------------------------------------------------
    @Slot()
    def print_document(self) -> None:
        if not self.ui.print_button.isEnabled():
            return
        printer = ask_printer(self, self._sizes[0] if self._sizes else None, len(self._sizes), self._title)
        if printer is not None:
            self.print_to(printer)

    @Slot()
    def save_as_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                                    str(Path(folder) / self._file_name),
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        self.save_to(Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf"))

    @Slot()
    def zoom_in(self) -> None:
        self.preview.zoomIn(ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.preview.zoomOut(ZOOM_STEP)

    @Slot()
    def show_whole_page(self) -> None:
        self.preview.fitInView()

    # --- painting ----------------------------------------------------------------------------------------
    @Slot(QPrinter)
    def _paint_preview(self, printer: QPrinter) -> None:
        """Until the pages are rendered, blank sheets of the right size and number."""
        if not self._sizes:
            return
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(self._sizes[0]))
        painter = QPainter(printer)
        try:
            if self.is_ready():
                paint_images(painter, printer, self._images, self._sizes, PREVIEW_DPI)
            else:
                for _ in self._sizes[1:]:
                    printer.newPage()
        finally:
            painter.end()

    def _render(self, progress: Progress) -> list:
        return render_pages(self._pdf, PREVIEW_DPI, progress)  # on a pool thread

    # --- background results -------------------------------------------------------------------------
    def _start(self, work, on_success, on_failure) -> None:
        task = BackgroundTask(work)  # no parent: it outlives this dialog if closed while it runs
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        task.finished.connect(self._forget_finished)
        self._tasks.add(task)
        task.start()

    @Slot()
    def _forget_finished(self) -> None:
        self._tasks = {task for task in self._tasks if task.running}

    @Slot(object)
    def _on_rendered(self, images: list) -> None:
        self._images = images
        self._show_status(self._note)
        self.preview.updatePreview()
        self.pages_ready.emit(len(images))

    @Slot(object)
    def _on_render_failed(self, error: BaseException) -> None:
        self._show_status(error_text(error))

    @Slot(object)
    def _on_printed(self, pages: int) -> None:
        self._set_busy(False, self.tr("Sent to the printer: %n page(s).", None, pages))
        self.printed.emit(pages)

    @Slot(object)
    def _on_print_failed(self, error: BaseException) -> None:
        self._set_busy(False, "")
        show_error(self, error, self.tr("Print"))

    def _show_status(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(bool(text))  # no empty strip above the pages

    def _set_busy(self, busy: bool, status: str) -> None:
        self.ui.print_button.setEnabled(not busy)
        self._show_status(status)
        if not busy:
            self.ui.print_button.setFocus(Qt.FocusReason.OtherFocusReason)
