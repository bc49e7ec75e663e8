"""The claims tab corrects (更正受理信息) or withdraws (撤销受理) the selected claim: buttons enabled only when
allowed, their tooltips saying why not; the new warranty decision shown before it is saved; a double-click on
a row opens the claim (read-only when it may not be corrected) and prints nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
import printing_support
from printing_support import pdf_printer
from sqlalchemy import select
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimStatus, Remedy
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import Claim, PrintedDocument, WorkOrder
from desktop_app.gui.intake.claim_correction_dialog import ClaimCorrectionDialog, Purpose, read_only_fields
from desktop_app.gui.printing import printers
from desktop_app.gui.printing.claim_documents import ReceiptPrinter
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.services.accounts import AccountService

desk = printing_support.desk  # the operator's claims tab with printing connected, as the application builds it
private_settings = printing_support.private_settings

IN_EXCHANGE = TODAY - dt.timedelta(days=200)
IN_REPAIR = TODAY.replace(year=TODAY.year - 2)


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)
    accounts = AccountService(database.sessions)
    accounts.add_user(depot.staff["manager"], "operator2", "前台小王", Role.OPERATOR, "secret-123")
    depot.staff["operator2"] = accounts.sign_in("operator2", "secret-123")
    return depot


@pytest.fixture
def printed_to(private_settings, monkeypatch, tmp_path):
    PrintSettings(receipt_direct=True).save()
    out = tmp_path / "receipt.pdf"
    monkeypatch.setattr(printers, "direct_printer", lambda name=None: pdf_printer(out))
    monkeypatch.setattr(DocumentPreviewDialog, "open", lambda self: pytest.fail("printing directly"))
    return out


def _select(tab, number: str) -> None:
    tab.ui.search_edit.setText(number)
    tab.apply_search()
    tab.results.hide()
    tab.ui.table_view.selectRow(0)


def _dialog(tab) -> ClaimCorrectionDialog:
    dialog = tab.windows.correction
    assert dialog is not None and dialog.isVisible()
    return dialog


def _claim(depot: Depot, claim_id: int) -> Claim:
    with depot.db.sessions.read() as s:
        claim = s.get(Claim, claim_id)
        _ = claim.customer.phone
        return claim


def test_a_double_click_opens_the_claim_and_prints_nothing(qtbot, depot, desk, printed_to):
    saved = depot.take_in("SN-DBL", IN_EXCHANGE)
    desk.reload()
    _select(desk, saved.number)
    view = desk.ui.table_view
    receipts = desk.findChild(ReceiptPrinter)
    rect = view.visualRect(desk.model.index(0, 1))
    with qtbot.assertNotEmitted(receipts.jobs.printed, wait=300):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double-click
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = _dialog(desk)
    assert dialog.purpose is Purpose.CORRECT and dialog.ui.phone_edit.text() == "13812345678"
    with depot.db.sessions.read() as s:
        assert list(s.scalars(select(PrintedDocument))) == []
    dialog.reject()


def test_the_operator_corrects_the_phone_and_a_re_judged_sale_date_shows_first(qtbot, depot, desk):
    saved = depot.take_in("SN-GUI1", IN_EXCHANGE)
    desk.reload()
    _select(desk, saved.number)
    button = desk.ui.correct_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _dialog(desk)
    ui = dialog.ui
    ui.phone_edit.setText("139 0000 1111")
    ui.sale_date_edit.setText(IN_REPAIR.isoformat())
    ui.sale_date_edit.editingFinished.emit()
    assert "免费维修" in ui.decision_label.text()  # W4: the new decision, before saving
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)  # the decision changes: said before saving
    assert dialog.isVisible() and "保修判定" in ui.error_label.text()
    assert _claim(depot, saved.id).decision is Remedy.EXCHANGE
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible() and dialog.errors.message("reason")
    ui.reason_edit.setText("客户出示的发票日期为两年前")
    qtbot.mouseClick(ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    claim = _claim(depot, saved.id)
    assert claim.customer.phone == "13900001111" and claim.decision is Remedy.FREE_REPAIR
    assert saved.number in desk.ui.detail_label.text()


def test_a_bad_phone_is_shown_at_its_field(qtbot, depot, desk):
    saved = depot.take_in("SN-GUI2", IN_EXCHANGE)
    desk.reload()
    _select(desk, saved.number)
    desk.open_correction()
    dialog = _dialog(desk)
    dialog.ui.phone_edit.setText("12345")
    dialog.ui.reason_edit.setText("更正电话")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.message("customer_phone")
    assert dialog.ui.phone_edit.hasFocus() or not dialog.isActiveWindow()
    dialog.discard_changes()


def test_buttons_say_why_not_and_a_finished_claim_opens_read_only(qtbot, depot, desk):
    saved = depot.take_in("SN-GUI3", IN_EXCHANGE)
    with depot.db.sessions.write() as s, s.begin():
        s.scalar(select(WorkOrder).where(WorkOrder.claim_id == saved.id)).state = S.REPAIRED
    desk.reload()
    _select(desk, saved.number)
    for button in (desk.ui.correct_button, desk.ui.withdraw_button):
        assert not button.isEnabled() and "已" in button.toolTip() and saved.work_order_number in button.toolTip()
    desk.open_selected_claim()  # as a double-click
    dialog = _dialog(desk)
    assert dialog.purpose is Purpose.VIEW and not dialog.ui.ok_button.isVisible()
    assert all(field.isReadOnly() for field in read_only_fields(dialog))
    assert saved.work_order_number in dialog.ui.notice_label.text()
    dialog.reject()


def test_another_operator_may_not_and_the_withdrawal_cancels_the_claim(qtbot, depot):
    from desktop_app.gui.intake.desk_services import DeskServices
    from desktop_app.gui.tabs.claims_tab import ClaimsTab
    from desktop_app.services.listings import ClaimListing

    saved = depot.take_in("SN-GUI4", IN_EXCHANGE)
    tab = ClaimsTab(ClaimListing(depot.db.sessions), DeskServices.for_sessions(depot.db.sessions),
                    depot.staff["operator2"])
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    tab.reload()
    _select(tab, saved.number)
    assert not tab.ui.correct_button.isEnabled() and "受理该单的前台" in tab.ui.correct_button.toolTip()
    assert "主管" in tab.ui.withdraw_button.toolTip() and not tab.ui.withdraw_button.isEnabled()
    tab.set_actor(depot.staff["operator"])
    assert tab.ui.withdraw_button.isEnabled()
    qtbot.mouseClick(tab.ui.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(tab)
    assert dialog.purpose is Purpose.WITHDRAW and all(f.isReadOnly() for f in read_only_fields(dialog))
    dialog.ui.reason_edit.setText("客户决定不修了")
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _claim(depot, saved.id).status is ClaimStatus.CANCELLED
    assert saved.work_order_number in tab.ui.detail_label.text()
    tab.filters.ui.status_combo.setCurrentIndex(tab.filters.ui.status_combo.findData(ClaimStatus.CANCELLED.value))
    assert tab.model.total == 1 and tab.model.row_at(0).number == saved.number
