"""Helpers for the printing and survey tests: a PDF-file printer, a small PDF, private QSettings."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen.canvas import Canvas

from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.printing.claim_documents import connect_receipts
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing


def pdf_printer(path: Path) -> QPrinter:
    """Stands in for a real printer: what it prints lands in ``path`` as a PDF of page pictures."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def two_page_pdf() -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A5)
    for text in ("First page", "Second page"):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(60, 500, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def page_sizes(path: Path) -> list[tuple[int, int]]:
    """Each page's size in whole points."""
    return [(round(float(page.mediabox.width)), round(float(page.mediabox.height)))
            for page in PdfReader(str(path)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def private_settings(tmp_path: Path) -> QSettings:
    """QSettings() in the code under test reads and writes a file of this test's own."""
    folder = str(tmp_path / "settings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
        QSettings.setPath(kind, QSettings.Scope.SystemScope, folder)
    settings = QSettings()
    settings.clear()
    return settings


@pytest.fixture
def desk(qtbot, depot) -> ClaimsTab:
    """The operator's claims tab, printing connected as the application does it (``depot``: the
    test module's own fixture)."""
    tab = connect_receipts(ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions),
                                     depot.staff["operator"]), depot.db.sessions)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab
