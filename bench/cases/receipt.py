"""The service receipt PDF (data from the service, the document builder) vs bare reportlab drawing
the same strings with the same embedded font, and the same QR code and barcode."""

# The floor prints what the receipt prints: every line of text on every page of the project's own
# PDF (taken from it once, before timing: labels, terms, values, footers; not only the data values
# the first floor drew), in the same embedded font, one page per page, plus the claim number's QR
# code and Code128 barcode on each copy's first page, the QR encoded once per document as the
# project does. What it leaves out is the application's cost: the service, the markup, the table
# layout and ruling. The same strings without the codes are timed too (extra "text_floor_*").

from __future__ import annotations

import io
import itertools
import statistics
from collections.abc import Callable
from typing import Any

from bench.context import Context, last_generated_claim
from bench.timing import CaseResult, once, p95, result
from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.receipt import render_receipt
from desktop_app.documents.receipt_data import COPY_KINDS
from desktop_app.services.actor import SYSTEM
from desktop_app.services.receipts import ReceiptService

LANGUAGE = "zh_CN"
_QR_SIDE = 74.0  # points, the receipt's 26 mm on A4
_WARMUP = 2


def run(ctx: Context) -> list[CaseResult]:
    from desktop_app.gui.translations import translator_function  # QtCore only, as the command does

    translate = translator_function(LANGUAGE)
    service = ReceiptService(ctx.database.sessions)
    with ctx.database.sessions.read() as s:
        claim_id = last_generated_claim(s)
    font = register_fonts()

    def project() -> bytes:
        receipt = service.receipt(SYSTEM, claim_id, language=LANGUAGE, translate=translate)
        return render_receipt(receipt, language=LANGUAGE)

    pages = _page_lines(project())
    data = service.receipt(SYSTEM, claim_id, language=LANGUAGE, translate=translate)
    number = data.claim_number
    first_pages, start = set(), 0  # each copy's codes are on its first page
    for kind in COPY_KINDS:
        first_pages.add(start)
        start += len(_page_lines(render_receipt(data, language=LANGUAGE, copies=(kind,))))

    def floor() -> bytes:
        return _bare(pages, font, number, first_pages)

    def text_floor() -> bytes:
        return _bare(pages, font, None, first_pages)

    mine, base, text = _alternate((project, floor, text_floor), max(5, ctx.repeat // 2))
    out = result("service receipt PDF (2 copies)", mine, base, "≤ 2× floor and ≤ 60 ms",
                 lambda r: r.median_ms <= 60 and r.median_ms <= 2 * (r.floor_median_ms or 0),
                 note=f"{len(pages)} pages, {sum(map(len, pages))} text lines")
    out.extra = {"text_floor_median_ms": statistics.median(text), "text_floor_p95_ms": p95(text),
                 "text_floor_ratio": statistics.median(mine) / statistics.median(text)}
    return [out]


def _alternate(functions: tuple[Callable[[], Any], ...], repeat: int) -> list[list[float]]:
    """Each function in turn, so all see the same load on a shared machine."""
    for fn in functions * _WARMUP:
        fn()
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for fn, out in zip(functions, samples):
            out.append(once(fn))
    return samples


def _page_lines(pdf: bytes) -> list[list[str]]:
    from pypdf import PdfReader

    return [[line for line in page.extract_text().splitlines() if line.strip()]
            for page in PdfReader(io.BytesIO(pdf)).pages]


def _bare(pages: list[list[str]], font: str, number: str | None, first_pages: set[int]) -> bytes:
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.graphics.barcode.qr import QrCode
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    modules = None
    if number is not None:
        code = QrCode(number, qrLevel="M").qr
        code.make()
        modules = code.modules
    for index, lines in enumerate(pages):
        if modules is not None and index in first_pages:
            _draw_modules(canvas, modules, 480, 720)
            Code128(number, barWidth=0.45, barHeight=22, quiet=1).drawOn(canvas, 440, 690)
        canvas.setFont(font, 9)
        y = 800.0
        for text in lines:
            if y < 40:  # pypdf gives table cells a line each: more lines than the page holds
                canvas.showPage()
                canvas.setFont(font, 9)
                y = 800.0
            canvas.drawString(40, y, text)
            y -= 12
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_modules(canvas: Any, modules: list[list[bool]], x: float, y: float) -> None:
    """Dark runs of each row as filled rectangles, as ReportLab's QrCode flowable draws them."""
    box = _QR_SIDE / (len(modules) + 8)
    for row_index, row in enumerate(modules):
        column = 0
        for dark, run in itertools.groupby(map(bool, row)):
            count = len(list(run))
            if dark:
                canvas.rect(x + (column + 4) * box, y + _QR_SIDE - (row_index + 5) * box,
                            count * box, box * 1.05, stroke=0, fill=1)
            column += count
