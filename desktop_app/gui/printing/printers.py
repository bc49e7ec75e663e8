"""Which printer: the system's default for direct printing, or the one chosen in the print dialog."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from desktop_app.errors import KnownError
from desktop_app.gui.printing.pdf_pages import PageSize, page_layout, paint_pdf
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP


class NoPrinter(KnownError):
    """Direct printing was asked for, but the computer has no (such) printer."""


def default_printer_name() -> str:
    return QPrinterInfo.defaultPrinterName()


def available_printer_names() -> list[str]:
    return sorted(QPrinterInfo.availablePrinterNames())


def direct_printer(printer_name: str | None = None) -> QPrinter:
    """A printer to print on without asking: the named one, else the system default. UI thread only."""
    info = QPrinterInfo.printerInfo(printer_name) if printer_name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        if printer_name:
            raise NoPrinter(QT_TRANSLATE_NOOP("Errors", "There is no printer “{name}” on this computer."),
                            name=printer_name)
        raise NoPrinter(QT_TRANSLATE_NOOP("Errors", "No default printer is set up on this computer. "
                                                    "Set one up in the system settings, or turn off direct "
                                                    "printing under Tools > Print settings."))
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def printer_target(printer: QPrinter) -> str | None:
    """What the print log names: the file of a "print to file", else the printer's name."""
    return printer.outputFileName() or printer.printerName() or None


def print_direct(pdf: bytes, printer_name: str | None = None) -> int:
    """Prints without a dialog (busy counters); returns the pages sent. Long documents: call
    ``paint_pdf(pdf, direct_printer())`` from a background task instead (see DocumentJobs)."""
    return paint_pdf(pdf, direct_printer(printer_name))


def ask_printer(parent: QWidget | None, first_page: PageSize | None, page_count: int,
                title: str = "") -> QPrinter | None:
    """The system print dialog, preset to the document's paper; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if first_page is not None:
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(first_page))
    if title:
        printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, page_count > 1)
    dialog.setMinMax(1, max(page_count, 1))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer
