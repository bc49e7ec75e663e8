"""Unit labels, roll receipts and pickup slips from the window: settings, buttons, intake, scanning."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pypdf import PdfReader
from sqlalchemy import select
from printing_support import page_sizes, pdf_printer, pdf_text, desk, private_settings  # noqa: F401
from work_order_depot import TODAY, Depot, build_depot, workspace

from desktop_app.core.vocabulary import CauseClass, WorkOrderState as S
from desktop_app.db.models import PrintedDocument
from desktop_app.gui.printing import printers
from desktop_app.gui.printing.claim_documents import ReceiptPrinter
from desktop_app.gui.printing.label_printing import ClaimLabels
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.printing.print_settings_dialog import PrintSettingsDialog
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.gui.work_orders.order_printing import PickupPrinter, connect_work_order_printing
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

MM = 72 / 25.4


def mm_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width) / MM, 1), round(float(p.mediabox.height) / MM, 1))
            for p in PdfReader(BytesIO(pdf)).pages]


def logged(depot: Depot, document: str) -> int:
    with depot.db.sessions.read() as s:
        return len(list(s.scalars(select(PrintedDocument).where(PrintedDocument.document == document))))


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def fill_intake(desk: ClaimsTab, serial: str):
    dialog = desk.windows.open_intake()
    ui = dialog.ui
    ui.name_edit.setText("欧阳娜娜")
    ui.phone_edit.setText("13600001111")
    ui.model_combo.setEditText("S5720-28P")
    ui.serial_edit.setText(serial)
    ui.sale_date_edit.setText((TODAY - dt.timedelta(days=200)).isoformat())
    ui.fault_edit.setPlainText("风扇异响 & <b>噪音</b>")
    return dialog


def test_settings_keep_paper_label_size_printer_and_intake_choice(qtbot, private_settings):
    dialog = PrintSettingsDialog(None, private_settings)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.page_size_combo.itemData(i) for i in range(ui.page_size_combo.count())] == ["A4", "A5", "58mm", "80mm"]
    assert ui.page_size_combo.currentData() == "A4"  # A4 stays the default
    assert ui.label_size_combo.currentData() == "50x30" and not ui.label_at_intake_check.isChecked()
    assert ui.label_printer_combo.currentData() is None  # a preview first
    ui.page_size_combo.setCurrentIndex(ui.page_size_combo.findData("80mm"))
    ui.label_size_combo.setCurrentIndex(ui.label_size_combo.findData("60x40"))
    qtbot.keyClick(ui.label_at_intake_check, Qt.Key.Key_Space)
    ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert PrintSettings.load(private_settings) == PrintSettings(receipt_page_size="80mm", label_size="60x40",
                                                                 label_at_intake=True)
    PrintSettings(label_printer="Zebra-GK888t").save(private_settings)
    again = PrintSettingsDialog(None, private_settings)
    qtbot.addWidget(again)
    assert again.ui.label_printer_combo.currentData() == "Zebra-GK888t"  # kept while the printer is unplugged
    assert "Zebra-GK888t" in again.ui.label_printer_combo.currentText()
    assert again.chosen().label_printer == "Zebra-GK888t"


def test_print_label_button_previews_the_selected_claims_label(qtbot, desk, depot, private_settings, tmp_path):
    saved = depot.take_in("SN-GUI-1", TODAY - dt.timedelta(days=200))
    desk.reload()
    labels = desk.findChild(ClaimLabels)
    assert labels.button.isVisible() and not labels.button.isEnabled()  # nothing selected yet
    desk.ui.table_view.selectRow(0)
    assert labels.button.isEnabled()
    with qtbot.waitSignal(labels.printer.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(labels.button, Qt.MouseButton.LeftButton)
    preview: DocumentPreviewDialog = opened.args[0]
    assert preview.windowTitle() == f"打印预览：维修标签 {saved.work_order_number}"
    assert mm_sizes(preview.pdf) == [(50.0, 30.0)]
    text = pdf_text(preview.pdf)
    assert "刘" in text and "尾号5678" in text and "13812345678" not in text
    assert logged(depot, "unit_label") == 0  # a preview is not a print
    assert preview.save_to(tmp_path / "label.pdf")
    assert logged(depot, "unit_label") == 1
    preview.close()


def test_a_saved_claim_gets_its_label_when_the_desk_says_so(qtbot, desk, depot, private_settings):
    PrintSettings(label_at_intake=True, label_size="60x40").save()
    labels = desk.findChild(ClaimLabels)
    dialog = fill_intake(desk, "SN-GUI-2")
    with qtbot.waitSignal(labels.printer.preview_opened, timeout=15_000) as opened:
        dialog.save()
    preview = opened.args[0]
    number = dialog.saved.work_order_number
    assert number and number in pdf_text(preview.pdf)
    assert "欧阳" in pdf_text(preview.pdf) and "欧阳娜娜" not in pdf_text(preview.pdf)
    assert mm_sizes(preview.pdf) == [(60.0, 40.0)]
    preview.close()


def test_no_label_at_intake_by_default(qtbot, desk, depot, private_settings):
    labels = desk.findChild(ClaimLabels)
    dialog = fill_intake(desk, "SN-GUI-3")
    dialog.save()
    assert dialog.saved is not None
    assert not labels.printer.jobs._jobs and logged(depot, "unit_label") == 0  # noqa: SLF001 - nothing started


def test_labels_go_straight_to_the_chosen_label_printer(qtbot, desk, depot, private_settings, tmp_path, monkeypatch):
    PrintSettings(label_printer="Zebra-GK888t", label_at_intake=True).save()
    out, asked = tmp_path / "label.pdf", []

    def label_printer(name=None):
        asked.append(name)
        return pdf_printer(out)

    monkeypatch.setattr(printers, "direct_printer", label_printer)
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: pytest.fail("no preview with a label printer"))
    labels = desk.findChild(ClaimLabels)
    dialog = fill_intake(desk, "SN-GUI-4")
    with qtbot.waitSignal(labels.printer.printed, timeout=15_000) as printed:
        dialog.save()
    assert printed.args == [1] and asked == ["Zebra-GK888t"]
    (width, height), = page_sizes(out)
    assert (width / MM, height / MM) == pytest.approx((50, 30), abs=0.5)


def test_the_receipt_follows_the_desks_roll_paper(qtbot, desk, depot, private_settings):
    PrintSettings(receipt_page_size="58mm").save()
    saved = depot.take_in("SN-GUI-5", TODAY - dt.timedelta(days=200))
    receipts = desk.findChild(ReceiptPrinter)
    with qtbot.waitSignal(receipts.preview_opened, timeout=15_000) as opened:
        desk.print_receipt(saved.id)
    preview = opened.args[0]
    sizes = mm_sizes(preview.pdf)
    assert len(sizes) == 2 and all(width == pytest.approx(58, abs=0.5) for width, _ in sizes)
    assert saved.number in pdf_text(preview.pdf)
    preview.close()


def _ready(depot: Depot, number: str) -> int:
    oid = depot.order_id(number)
    orders, bench, tech = WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["no_power"], cause=CauseClass.QUALITY_DEFECT,
                           note="电源板损坏")
    for target in (S.REPAIRING, S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(tech, oid, target)
    return oid


def test_pickup_slip_and_label_from_the_work_orders_tab(qtbot, depot, private_settings, tmp_path):
    PrintSettings(receipt_page_size="80mm").save()
    saved = depot.take_in("SN-GUI-6", TODAY - dt.timedelta(days=200))
    tab = connect_work_order_printing(workspace(qtbot, depot, "operator"), depot.db.sessions)
    pickup = tab.findChild(PickupPrinter)
    oid = depot.order_id(saved.work_order_number)
    tab.open_order(oid)
    assert pickup.slip_button.isVisible() and not pickup.slip_button.isEnabled()  # not before it is ready
    assert pickup.label_button.isEnabled()
    with qtbot.waitSignal(pickup.labels.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(pickup.label_button, Qt.MouseButton.LeftButton)
    assert opened.args[0].save_to(tmp_path / "label.pdf")
    opened.args[0].close()
    _ready(depot, saved.work_order_number)
    tab.open_order(oid)
    assert pickup.slip_button.isEnabled()
    with qtbot.waitSignal(pickup.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(pickup.slip_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert preview.windowTitle() == f"打印预览：取机单 {saved.work_order_number}"
    (width, _height), = mm_sizes(preview.pdf)
    assert width == pytest.approx(80, abs=0.5)
    assert "取机单" in pdf_text(preview.pdf)
    assert preview.save_to(tmp_path / "slip.pdf")
    preview.close()
    assert logged(depot, "pickup_slip") == 1 and logged(depot, "unit_label") == 1


def test_scanning_the_labels_code_opens_the_order(qtbot, main_window, database):
    from desktop_app.services.sample_data import load_sample_data

    load_sample_data(database.sessions, claims=6)
    main_window.reload_all()
    claims, orders = main_window.tabs[0], main_window.tabs[1]
    row = orders.model.listing.fetch(0, 1)[0]  # the label's code is this number (rule: work order, else claim)
    claims.focus_search()
    qtbot.keyClicks(claims.ui.search_edit, row.number)
    qtbot.keyClick(claims.ui.search_edit, Qt.Key.Key_Return)
    assert main_window.ui.tab_widget.currentWidget() is orders
    assert orders.panel.detail is not None and orders.panel.detail.number == row.number
    pickup = orders.findChild(PickupPrinter)
    assert pickup is not None and pickup.label_button.isVisible()  # the application wires the buttons

