"""A document's print preview, and Save as PDF through the real file dialog, answered by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from e2e_driver import CTRL, activate, check, focused, key, type_text, wait_until
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog

PDF_TIMEOUT_MS = 30_000  # made on a pool thread, then rendered for the preview


def wait_for_preview(source, trigger: Callable[[], None]) -> DocumentPreviewDialog:
    """``trigger()`` asks ``source`` (a ReceiptPrinter or WorkOrderPrinter) for a document; its preview opens."""
    opened: list[DocumentPreviewDialog] = []

    def remember(dialog) -> None:
        opened.append(dialog)

    source.preview_opened.connect(remember)
    try:
        trigger()
        wait_until(lambda: opened, "the print preview", timeout_ms=PDF_TIMEOUT_MS)
    finally:
        source.preview_opened.disconnect(remember)
    preview = opened[0]
    wait_until(lambda: preview.isVisible() and preview.is_ready(), "the preview's pages", timeout_ms=PDF_TIMEOUT_MS)
    return preview


def save_preview_as_pdf(preview: DocumentPreviewDialog, path: Path, trigger: Callable[[], None]) -> None:
    """``trigger()`` opens Save as PDF (Ctrl+S or the button); the file dialog gets the path typed and Enter.

    The dialog is modal: ``trigger`` returns only once it closed, so a timer answers it from inside.
    """
    outcome: dict = {}

    def answer() -> None:
        try:
            wait_until(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog), "the Save as PDF dialog")
            dialog: QFileDialog = QApplication.activeModalWidget()
            outcome["dialog_title"] = dialog.windowTitle()
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            check(edit is not None, "the file dialog has a file name box")
            wait_until(lambda: focused() is edit, "the cursor in the file name")
            key(edit, Qt.Key.Key_A, CTRL)
            type_text(edit, str(path))
            key(edit, Qt.Key.Key_Return)
        except Exception as error:  # noqa: BLE001 - re-raised below, after the modal dialog is gone
            outcome["error"] = error
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QFileDialog):
                modal.reject()

    saved: list[str] = []
    preview.saved.connect(saved.append)
    QTimer.singleShot(0, answer)
    trigger()
    if "error" in outcome:
        raise outcome["error"]
    wait_until(lambda: saved, f"the PDF saved as {path}")
    check(Path(saved[0]) == path and path.stat().st_size > 1_000, f"{path} written")
    check(preview.isVisible(), "the preview is still open after saving")
    activate(preview)

