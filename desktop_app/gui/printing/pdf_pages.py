"""Our PDFs as pictures: pypdfium2 renders the pages, Qt paints them onto a printer or a preview."""

from __future__ import annotations

import math
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter, QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter

from desktop_app.errors import KnownError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import pypdfium2 as pdfium

Progress = Callable[[int, int], None]

POINTS_PER_INCH = 72
PREVIEW_DPI = 150  # sharp at 100-150 % zoom; an A4 page is about 9 MB
MAX_PRINT_DPI = 600  # a 1200 dpi driver gets 600 dpi pictures: twice the detail the eye resolves on paper
BAND_ROWS = 1024  # a page is rendered in bands of this many pixel rows: bounded memory at any resolution

# PDFium is not thread-safe: one render at a time, whichever thread asks.
_PDFIUM = threading.Lock()
# Qt reads RGB32 as a native 32-bit 0xffRRGGBB: B, G, R, x in memory on little-endian machines.
_LITTLE_ENDIAN = sys.byteorder == "little"
_QT_FORMAT = QImage.Format.Format_RGB32 if _LITTLE_ENDIAN else QImage.Format.Format_RGBX8888


class NotAPdf(KnownError):
    """The bytes handed to the preview are not a PDF (a programming slip, said plainly)."""


@dataclass(frozen=True)
class PageSize:
    """A page's size in PDF points (1/72 inch)."""

    width: float
    height: float

    def pixels(self, dpi: float) -> tuple[int, int]:
        scale = dpi / POINTS_PER_INCH
        return math.ceil(self.width * scale), math.ceil(self.height * scale)


@contextmanager
def _open(pdf: bytes) -> Iterator[pdfium.PdfDocument]:
    import pypdfium2 as pdfium  # loaded at the first print or preview, not at start (issue 8)

    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as error:
            raise NotAPdf(QT_TRANSLATE_NOOP("Errors", "The document could not be read ({reason})."),
                          reason=str(error)) from error
        try:
            yield document
        finally:
            document.close()


def page_sizes(pdf: bytes) -> list[PageSize]:
    """Cheap: no page is rendered."""
    with _open(pdf) as document:
        return [PageSize(*document[index].get_size()) for index in range(len(document))]


def page_layout(size: PageSize) -> QPageLayout:
    """The paper for a page, without margins: A4/A5 are recognised by name, labels get a custom size."""
    landscape = size.width > size.height
    portrait = QSizeF(min(size.width, size.height), max(size.width, size.height))
    page = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    layout = QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0))
    # Full page: the picture is placed from the paper's corner, as the PDF was laid out, and a
    # printer's minimum margins do not refuse the zero margins.
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def _render(page: pdfium.PdfPage, scale: float, top: int = 0, bottom: int = 0) -> QImage:
    """Rows ``top`` (from the top edge) to ``bottom`` (from the bottom edge) cut off; white background."""
    import pypdfium2.raw as pdfium_c

    def crop(rows: int) -> float:
        return 0 if rows == 0 else (rows - 0.5) / scale  # pypdfium2 rounds the crop up to whole pixels

    bitmap = page.render(scale=scale, crop=(0, crop(bottom), 0, crop(top)),
                         force_bitmap_format=pdfium_c.FPDFBitmap_BGRx, rev_byteorder=not _LITTLE_ENDIAN)
    try:
        # The QImage borrows PDFium's buffer; the copy owns its pixels before the bitmap is freed.
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, _QT_FORMAT).copy()
    finally:
        bitmap.close()


def render_pages(pdf: bytes, dpi: float = PREVIEW_DPI, progress: Progress | None = None) -> list[QImage]:
    """Every page as a picture (for the preview); runs on any thread: QImage is not a widget."""
    images = []
    with _open(pdf) as document:
        total = len(document)
        for index in range(total):
            images.append(_render(document[index], dpi / POINTS_PER_INCH))
            if progress is not None:
                progress(index + 1, total)
    return images


def paint_images(painter: QPainter, device: QPagedPaintDevice, images: list[QImage], sizes: list[PageSize],
                 dpi: float = PREVIEW_DPI) -> None:
    """Pre-rendered pages onto an active painter (the preview), one device page each."""
    for index, image in enumerate(images):
        if index:
            _next_page(painter, device, sizes[index], sizes[index - 1])
        painter.save()
        painter.scale(painter.device().logicalDpiX() / dpi, painter.device().logicalDpiY() / dpi)
        painter.drawImage(QPointF(0, 0), image)
        painter.restore()


def paint_pdf(pdf: bytes, device: QPagedPaintDevice, progress: Progress | None = None) -> int:
    """The PDF onto a printer (or a PDF writer) at its resolution, page by page; returns the pages painted.

    The paper follows the PDF's first page; later pages change it where the device allows (PDF
    output and CUPS). Safe on a worker thread: QPainter may paint a QPrinter there.
    """
    sizes = page_sizes(pdf)
    if not sizes:
        return 0
    if isinstance(device, QPrinter):
        device.setFullPage(True)
    device.setPageLayout(page_layout(sizes[_chosen_pages(device, len(sizes))[0]]))
    dpi = min(device.logicalDpiY(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(device):
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "The printer could not be started. Check that it is "
                                                     "switched on and connected, then try again."))
    chosen = _chosen_pages(device, len(sizes))
    try:
        with _open(pdf) as document:
            for done, index in enumerate(chosen):
                if done:
                    _next_page(painter, device, sizes[index], sizes[chosen[done - 1]])
                _paint_page(painter, document[index], sizes[index], dpi)
                if progress is not None:
                    progress(done + 1, len(chosen))
    except BaseException:
        painter.end()
        raise
    # end() hands the job to the spooler: False when it was refused, and then nothing was printed
    # (the print log counts only jobs the printer took).
    if not painter.end():
        raise KnownError(QT_TRANSLATE_NOOP("Errors", "The printer did not accept the document. Check that it "
                                                     "is switched on and connected, then try again."))
    return len(chosen)


def _chosen_pages(device: QPagedPaintDevice, count: int) -> list[int]:
    """The page range picked in the print dialog (1-based, 0 = all), as page indexes."""
    if isinstance(device, QPrinter) and device.printRange() == QPrinter.PrintRange.PageRange:
        first, last = max(device.fromPage(), 1), min(device.toPage() or count, count)
        if first <= last:
            return list(range(first - 1, last))
    return list(range(count))


def _next_page(painter: QPainter, device: QPagedPaintDevice, size: PageSize, previous: PageSize) -> None:
    # Only PDF-based engines take a new paper size mid-job; others warn and keep the first one.
    engine = painter.paintEngine()
    if size != previous and engine is not None and engine.type() == QPaintEngine.Type.Pdf:
        device.setPageLayout(page_layout(size))
    device.newPage()


def _paint_page(painter: QPainter, page: pdfium.PdfPage, size: PageSize, dpi: float) -> None:
    scale = dpi / POINTS_PER_INCH
    _width, height = size.pixels(dpi)
    painter.save()
    painter.scale(painter.device().logicalDpiX() / dpi, painter.device().logicalDpiY() / dpi)
    for top in range(0, height, BAND_ROWS):
        band = _render(page, scale, top=top, bottom=max(height - top - BAND_ROWS, 0))
        painter.drawImage(QPointF(0, top), band)
    painter.restore()
