"""From the window: a document is logged as printed only once the preview saved it or the printer took it.
A save into an unwritable place or a refused printer shows the reason and logs nothing; the retry logs once."""

# The printed-documents log is read as "handed out": the receipt the customer signs (a day at the
# counter), the service report and survey form of E17, the fund statement (D4).

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select
from printing_support import pdf_printer, desk, private_settings  # noqa: F401
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.db.models import AuditEntry, PrintedDocument
from desktop_app.gui.printing import preview_dialog, printers
from desktop_app.gui.printing.claim_documents import ReceiptPrinter
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.parts.fund_window import FundWindow
from desktop_app.gui.work_orders.order_printing import WorkOrderPrinter, connect_work_order_printing


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """What show_error put in front of the user (title, text), instead of a blocking box."""
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: messages.append((title, text)))
    return messages


def log(depot: Depot, document: str) -> list[tuple[str | None, int | None]]:
    """(target, by) of each logged print of ``document``; asserts each has its one audit entry."""
    with depot.db.sessions.read() as s:
        rows = s.execute(select(PrintedDocument.target, PrintedDocument.by_id, PrintedDocument.entity_id)
                         .where(PrintedDocument.document == document).order_by(PrintedDocument.id)).all()
        audits = s.scalars(select(AuditEntry.changes).where(AuditEntry.action == "print")).all()
    assert len([a for a in audits if a["document"] == document]) == len(rows)
    return [(target, by) for target, by, _entity in rows]


def unwritable(tmp_path: Path) -> tuple[Path, Path]:
    """Root may write anywhere, but not over a folder, nor inside a plain file."""
    folder = tmp_path / "已有文件夹.pdf"
    folder.mkdir()
    plain = tmp_path / "plain-file"
    plain.write_text("x")
    return folder, plain / "受理单.pdf"


REFUSED = r"QPainter::begin\(\): Returned false"  # Qt's own words for the printer that would not start
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"  # as tests/gui/conftest.py ignores it


@pytest.mark.qt_log_ignore(REFUSED, OFFSCREEN_NOISE)
def test_the_receipt_is_logged_when_saved_or_printed_not_when_previewed(qtbot, desk, depot, shown, tmp_path,
                                                                        monkeypatch, private_settings):
    saved = depot.take_in("SN-DELIVER-1", TODAY.replace(year=TODAY.year - 1))
    receipts = desk.findChild(ReceiptPrinter)
    with qtbot.waitSignal(receipts.preview_opened, timeout=15_000) as opened:
        desk.print_receipt(saved.id)
    preview: DocumentPreviewDialog = opened.args[0]
    qtbot.waitUntil(preview.is_ready, timeout=10_000)
    assert log(depot, "service_receipt") == []  # previewed, not handed out
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))  # the desk cancels
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.setattr(preview_dialog, "ask_printer", lambda *args: None)
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert log(depot, "service_receipt") == [] and shown == []

    folder, inside_a_file = unwritable(tmp_path)
    assert not preview.save_to(folder)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(inside_a_file), "PDF"))
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save as PDF, as the desk does
    assert [title for title, _ in shown] == ["另存为 PDF", "另存为 PDF"]
    assert str(folder) in shown[0][1] and "未能保存" in shown[0][1] and str(inside_a_file) in shown[1][1]
    assert log(depot, "service_receipt") == []
    assert preview.isVisible() and preview.ui.save_button.isEnabled()  # the desk can try again

    good = tmp_path / "受理单.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(good), "PDF"))
    with qtbot.waitSignal(preview.saved):
        qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert good.read_bytes() == preview.pdf
    operator = depot.staff["operator"].staff_id
    assert log(depot, "service_receipt") == [(str(good), operator)]  # the retry, once

    preview.print_to(pdf_printer(inside_a_file))  # a printer that cannot start the job
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=10_000)
    assert shown[2][0] == "打印" and "打印机" in shown[2][1]
    assert len(log(depot, "service_receipt")) == 1
    printed_to = tmp_path / "printer-out.pdf"
    with qtbot.waitSignal(preview.printed, timeout=15_000):
        preview.print_to(pdf_printer(printed_to))
    assert printed_to.exists()
    assert log(depot, "service_receipt") == [(str(good), operator), (str(printed_to), operator)]
    preview.close()


@pytest.mark.qt_log_ignore(REFUSED, OFFSCREEN_NOISE)
def test_a_refused_direct_print_logs_nothing(qtbot, desk, depot, shown, tmp_path, monkeypatch, private_settings):
    PrintSettings(receipt_direct=True).save()
    _folder, inside_a_file = unwritable(tmp_path)
    monkeypatch.setattr(printers, "direct_printer", lambda name=None: pdf_printer(inside_a_file))
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: pytest.fail("no preview when printing directly"))
    saved = depot.take_in("SN-DELIVER-2", TODAY.replace(year=TODAY.year - 1))
    receipts = desk.findChild(ReceiptPrinter)
    with qtbot.waitSignal(receipts.jobs.failed, timeout=15_000):
        desk.print_receipt(saved.id)
    [(_title, text)] = shown
    assert "打印机" in text and "Traceback" not in text
    assert log(depot, "service_receipt") == []
    good = tmp_path / "printed.pdf"
    monkeypatch.setattr(printers, "direct_printer", lambda name=None: pdf_printer(good))
    with qtbot.waitSignal(receipts.printed, timeout=15_000):
        desk.print_receipt(saved.id)
    assert log(depot, "service_receipt") == [(str(good), depot.staff["operator"].staff_id)]


def test_the_service_report_is_logged_only_once_saved(qtbot, depot, shown, tmp_path, private_settings):  # E17
    order_number = depot.take_in("SN-DELIVER-3", TODAY.replace(year=TODAY.year - 1)).work_order_number
    tab = connect_work_order_printing(workspace(qtbot, depot, "operator"))
    tab.open_order(depot.order_id(order_number))
    printer = tab.findChild(WorkOrderPrinter)
    button = tab.panel.buttons[Action.PRINT_REPORT]
    with qtbot.waitSignal(printer.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview: DocumentPreviewDialog = opened.args[0]
    folder, inside_a_file = unwritable(tmp_path)
    assert not preview.save_to(folder) and not preview.save_to(inside_a_file)
    assert len(shown) == 2 and all(title == "另存为 PDF" for title, _ in shown)
    assert log(depot, "service_report") == []
    assert not (tmp_path / f".{folder.name}.partial").exists()  # nothing half-written left beside it
    good = tmp_path / "服务报告.pdf"
    assert preview.save_to(good)
    assert log(depot, "service_report") == [(str(good), depot.staff["operator"].staff_id)]
    preview.close()
    assert log(depot, "survey_form") == []  # and nothing else was logged


def test_an_xlsx_export_that_cannot_be_written_logs_nothing(qtbot, depot, tmp_path):  # the fund statement, D4
    window = FundWindow(depot.db.sessions, depot.staff["manager"])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)  # its figures come from a pool thread (issue 8)
    folder, inside_a_file = unwritable(tmp_path)
    for place in (folder, inside_a_file):
        with qtbot.waitSignal(window.paperwork.failed, timeout=20_000) as failed:
            window.paperwork.statement_xlsx(*window.period(), place)
        assert str(place) in failed.args[0] and "未能保存" in failed.args[0]
    assert log(depot, "fund_statement") == []
    good = tmp_path / "基金结算.xlsx"
    with qtbot.waitSignal(window.paperwork.exported, timeout=20_000):
        window.paperwork.statement_xlsx(*window.period(), good)
    assert log(depot, "fund_statement") == [(str(good), depot.staff["manager"].staff_id)]
