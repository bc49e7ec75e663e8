"""The claims tab reprints a claim's receipt after the intake form was closed: its button or Enter on the
row; it goes the first print's way (print log, copies)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from printing_support import desk, pdf_printer, private_settings  # noqa: F401
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.db.models import PrintedDocument
from desktop_app.gui.printing import printers
from desktop_app.gui.printing.claim_documents import ReceiptPrinter
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from desktop_app.gui.printing.print_settings import PrintSettings


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


@pytest.fixture
def printed_to(private_settings, monkeypatch, tmp_path):  # noqa: F811
    """Direct printing to a PDF file standing in for the desk's printer."""
    PrintSettings(receipt_direct=True).save()
    out = tmp_path / "receipt.pdf"
    monkeypatch.setattr(printers, "direct_printer", lambda name=None: pdf_printer(out))
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: pytest.fail("printing directly"))
    return out


def receipts_logged(depot: Depot, claim_id: int) -> list[PrintedDocument]:
    with depot.db.sessions.read() as s:
        return list(s.scalars(select(PrintedDocument).where(PrintedDocument.document == "service_receipt",
                                                            PrintedDocument.entity_id == claim_id)))


def select_claim(desk, number: str) -> int:  # noqa: F811
    desk.ui.search_edit.setText(number)
    desk.apply_search()
    desk.ui.table_view.selectRow(0)
    return desk.model.row_at(0).id


def test_the_print_receipt_button_reprints_the_selected_claims_receipt(qtbot, depot, desk, printed_to):  # noqa: F811
    saved = depot.take_in("S728REPRINT1", TODAY.replace(year=TODAY.year - 2))
    desk.reload()
    button = desk.ui.print_receipt_button
    assert button.isVisible() and button.text() == "打印受理单(&P)"
    assert not button.isEnabled()  # nothing selected yet
    claim_id = select_claim(desk, saved.number)
    assert claim_id == saved.id and button.isEnabled()
    receipts = desk.findChild(ReceiptPrinter)
    with qtbot.waitSignal(receipts.printed, timeout=15_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    logged = receipts_logged(depot, saved.id)
    assert len(logged) == 1 and logged[0].copies == 2  # the customer's copy and the centre's, as the first print
    assert printed_to.exists()


def test_enter_on_a_claim_row_reprints_its_receipt(qtbot, depot, desk, printed_to):  # noqa: F811
    """A double-click opens the claim instead (tests/gui/test_claim_correction_from_claims_tab.py)."""
    saved = depot.take_in("S728REPRINT2", TODAY.replace(year=TODAY.year - 2))
    desk.reload()
    select_claim(desk, saved.number)
    view = desk.ui.table_view
    receipts = desk.findChild(ReceiptPrinter)
    view.setFocus()
    with qtbot.waitSignal(receipts.printed, timeout=15_000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(receipts_logged(depot, saved.id)) == 1


def test_enter_in_the_search_box_still_searches_and_prints_nothing(qtbot, depot, desk, printed_to):  # noqa: F811
    saved = depot.take_in("S728REPRINT3", TODAY.replace(year=TODAY.year - 2))
    depot.take_in("S728REPRINT4", TODAY.replace(year=TODAY.year - 2))
    desk.reload()
    desk.ui.table_view.selectRow(1)
    desk.ui.search_edit.setFocus()
    receipts = desk.findChild(ReceiptPrinter)
    with qtbot.assertNotEmitted(receipts.jobs.printed, wait=300):
        qtbot.keyClicks(desk.ui.search_edit, saved.number)  # a scanner: the claim's code, then Enter
        qtbot.keyClick(desk.ui.search_edit, Qt.Key.Key_Return)
    assert desk.model.total == 1 and desk.selected_row().id == saved.id  # the scanned claim, selected
    assert desk.ui.search_edit.hasFocus()  # ready for the next scan
    assert receipts_logged(depot, saved.id) == []


def test_without_receipt_printing_the_button_stays_disabled(qtbot, depot):
    from desktop_app.gui.intake.desk_services import DeskServices
    from desktop_app.gui.tabs.claims_tab import ClaimsTab
    from desktop_app.services.listings import ClaimListing

    saved = depot.take_in("S728REPRINT5", TODAY.replace(year=TODAY.year - 2))
    tab = ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions),
                    depot.staff["operator"])  # nobody prints what it asks for
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    select_claim(tab, saved.number)
    assert not tab.ui.print_receipt_button.isEnabled()
