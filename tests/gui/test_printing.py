"""Printing: the preview shows every page, prints them at the PDF's size, saves the original bytes;
the claim receipt is previewed, or printed directly when this desk says so."""

from __future__ import annotations

from io import BytesIO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from desktop_app.db.models import PrintedDocument
from desktop_app.gui.printing import preview_dialog, printers
from desktop_app.gui.printing.claim_documents import ReceiptPrinter
from desktop_app.gui.printing.pdf_pages import paint_pdf
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.printing.print_settings_dialog import PrintSettingsDialog
from desktop_app.services.sample_data import load_sample_data
from printing_support import page_sizes, pdf_printer, pdf_text, private_settings, two_page_pdf  # noqa: F401

A5_PORTRAIT = (420, 595)
SAMPLE = two_page_pdf()  # once: reportlab stamps each build with its time


@pytest.fixture
def preview(qtbot) -> DocumentPreviewDialog:
    dialog = DocumentPreviewDialog(SAMPLE, "Test", "test-document")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(dialog.is_ready)
    return dialog


def test_the_preview_shows_both_pages_and_ctrl_p_prints_them_at_their_size(qtbot, preview, tmp_path,
                                                                            monkeypatch):
    assert preview.preview.pageCount() == 2
    assert preview.ui.pages_label.text() == "2 页"
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(preview_dialog, "ask_printer", lambda *args: pdf_printer(out))  # the system dialog
    with qtbot.waitSignal(preview.printed, timeout=10_000) as printed:
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [2]
    assert page_sizes(out) == [A5_PORTRAIT, A5_PORTRAIT]
    assert preview.ui.print_button.isEnabled()


def test_save_as_pdf_writes_the_original_bytes(qtbot, preview, tmp_path, monkeypatch):
    chosen = tmp_path / "copy"  # the user typed no extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(chosen), "PDF"))
    with qtbot.waitSignal(preview.saved) as saved:
        qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [str(tmp_path / "copy.pdf")]
    assert (tmp_path / "copy.pdf").read_bytes() == preview.pdf == SAMPLE


def test_each_page_is_printed_on_paper_of_its_own_size(qtbot, tmp_path):
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(72, 720, "A4")
    canvas.showPage()
    canvas.setPageSize(landscape(A5))  # a label sheet, say
    canvas.drawString(72, 300, "A5 landscape")
    canvas.showPage()
    canvas.save()
    out = tmp_path / "mixed.pdf"
    assert paint_pdf(buffer.getvalue(), pdf_printer(out)) == 2
    assert page_sizes(out) == [(595, 842), (595, 420)]


@pytest.fixture
def claims_tab(main_window, database):
    load_sample_data(database.sessions, claims=20)
    main_window.reload_all()
    tab = main_window.tabs[0]
    tab.focus_search()
    return tab


def receipts_logged(database, claim_id: int) -> list[PrintedDocument]:
    with database.sessions.read() as s:
        return list(s.scalars(select(PrintedDocument).where(PrintedDocument.document == "service_receipt",
                                                            PrintedDocument.entity_id == claim_id)))


def test_the_receipt_button_of_a_saved_claim_previews_its_receipt(qtbot, claims_tab, database, private_settings,
                                                                   tmp_path):
    dialog = claims_tab.windows.open_intake()
    ui = dialog.ui
    ui.name_edit.setText("孙先生")
    ui.phone_edit.setText("13600001111")
    ui.model_combo.setEditText("S5720-28P")
    ui.serial_edit.setText("S728PRINT01")
    ui.sale_date_edit.setText("2024-01-15")
    ui.fault_edit.setPlainText("风扇异响")
    dialog.save()
    assert dialog.saved is not None and ui.print_button.isEnabled()
    receipts = claims_tab.findChild(ReceiptPrinter)
    with qtbot.waitSignal(receipts.preview_opened, timeout=15_000) as opened:
        qtbot.keyClick(ui.print_button, Qt.Key.Key_Space)  # it has the focus after saving
    preview: DocumentPreviewDialog = opened.args[0]
    assert preview.parent() is dialog and preview.isVisible()  # in front of the intake form
    assert dialog.saved.number in pdf_text(preview.pdf)
    assert preview.windowTitle() == f"打印预览：服务受理单 {dialog.saved.number}"
    qtbot.waitUntil(preview.is_ready, timeout=10_000)
    assert preview.preview.pageCount() == 2  # the customer's copy and the centre's
    assert receipts_logged(database, dialog.saved.id) == []  # a preview is not a print
    assert preview.save_to(tmp_path / "receipt.pdf")
    assert len(receipts_logged(database, dialog.saved.id)) == 1  # logged once it was saved
    preview.close()


def test_direct_printing_prints_the_receipt_without_a_preview(qtbot, main_window, claims_tab, database,
                                                               private_settings, tmp_path, monkeypatch):
    PrintSettings(receipt_direct=True, receipt_page_size="A5").save()
    out = tmp_path / "receipt.pdf"
    monkeypatch.setattr(printers, "direct_printer", lambda name=None: pdf_printer(out))  # "the default printer"
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: pytest.fail("no preview when printing directly"))
    claim_id = claims_tab.model.row_at(0).id
    receipts = claims_tab.findChild(ReceiptPrinter)
    with qtbot.waitSignal(receipts.printed, timeout=15_000) as printed:
        claims_tab.print_receipt(claim_id)
    pages = page_sizes(out)
    assert printed.args == [len(pages)] and len(pages) >= 2  # the customer's copy and the centre's
    assert set(pages) == {A5_PORTRAIT}  # the desk's paper setting
    assert len(receipts_logged(database, claim_id)) == 1
    assert main_window.ui.status_bar.currentMessage() == "受理单已发送到打印机。"


def test_without_a_printer_direct_printing_falls_back_to_the_preview(qtbot, claims_tab, private_settings,
                                                                    monkeypatch):
    PrintSettings(receipt_direct=True).save()
    monkeypatch.setattr(QPrinterInfo, "defaultPrinter", staticmethod(lambda: QPrinterInfo()))
    receipts = claims_tab.findChild(ReceiptPrinter)
    with qtbot.waitSignal(receipts.preview_opened, timeout=15_000) as opened:
        claims_tab.print_receipt(claims_tab.model.row_at(0).id)
    preview = opened.args[0]
    assert preview.ui.status_label.text().startswith("这台电脑没有设置默认打印机")
    preview.close()


def test_print_settings_are_kept_for_this_computer(qtbot, main_window, private_settings):
    action = main_window.findChild(type(main_window.ui.action_reload), "action_print_settings")
    assert action in main_window.ui.menu_tools.actions()
    action.trigger()
    dialog = main_window.findChild(PrintSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.ui.direct_check, Qt.Key.Key_Space)
    dialog.ui.page_size_combo.setCurrentIndex(dialog.ui.page_size_combo.findData("A5"))
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("en"))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert PrintSettings.load() == PrintSettings(receipt_direct=True, receipt_page_size="A5", document_language="en")
    assert PrintSettings.load().language == "en"
