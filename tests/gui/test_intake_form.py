"""The intake form by keyboard: a new customer's claim is saved; bad input is shown next to its fields."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from desktop_app.db.models import Claim, Customer, WorkOrder
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import DONE_PAGE, FORM_PAGE, IntakeDialog
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing
from desktop_app.services.sample_data import load_sample_data

TODAY = dt.date.today()


def type_text(qtbot, widget, text: str) -> None:
    """Keystrokes for ASCII; Chinese arrives as an input method commits it (QTest has no CJK keys)."""
    ascii_run = ""
    for char in text + "\0":
        if char.isascii() and char != "\0":
            ascii_run += char
            continue
        if ascii_run:
            qtbot.keyClicks(widget, ascii_run)
            ascii_run = ""
        if char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def focused():
    return QApplication.focusWidget()


@pytest.fixture
def tab(main_window, database):
    load_sample_data(database.sessions, claims=20)
    main_window.reload_all()
    claims = main_window.tabs[0]
    claims.focus_search()
    return claims


def open_intake(qtbot, tab) -> IntakeDialog:
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.windows.intake
    assert dialog is not None and dialog.isVisible()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: focused() is dialog.ui.name_edit)
    return dialog


def tab_to(qtbot, widget) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused() is widget)


def claims_in(database) -> int:
    with database.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(Claim))


def test_a_new_customer_claim_filled_by_keyboard_is_saved_with_its_work_order(qtbot, tab, database):
    dialog = open_intake(qtbot, tab)
    ui = dialog.ui
    type_text(qtbot, ui.name_edit, "林晓梅")
    tab_to(qtbot, ui.phone_edit)
    type_text(qtbot, ui.phone_edit, "139 2233 4455")
    tab_to(qtbot, ui.company_edit)
    tab_to(qtbot, ui.city_edit)
    type_text(qtbot, ui.city_edit, "深圳")
    tab_to(qtbot, ui.address_edit)
    type_text(qtbot, ui.address_edit, "南山区科技园 8 栋")
    tab_to(qtbot, ui.model_combo)  # the hidden "new customer" button is skipped
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    tab_to(qtbot, ui.serial_edit)
    qtbot.keyClicks(ui.serial_edit, "S728GUI0001")
    tab_to(qtbot, ui.serial_unknown_check)
    tab_to(qtbot, ui.invoice_check)
    tab_to(qtbot, ui.invoice_no_edit)
    qtbot.keyClicks(ui.invoice_no_edit, "44031234")
    tab_to(qtbot, ui.sale_date_edit)
    qtbot.keyClicks(ui.sale_date_edit, (TODAY - dt.timedelta(days=200)).isoformat())
    tab_to(qtbot, ui.received_edit)
    tab_to(qtbot, ui.channel_combo)
    tab_to(qtbot, ui.fault_edit)
    type_text(qtbot, ui.fault_edit, "端口 1-8 指示灯不亮")
    qtbot.waitUntil(lambda: ui.accessories_list.count() == 5)  # the product's checklist, from the preview
    tab_to(qtbot, ui.accessories_list)
    qtbot.keyClick(ui.accessories_list, Qt.Key.Key_Space)  # the first accessory was handed over
    qtbot.waitUntil(lambda: dialog.fields.accessories_checked() == ("电源线",))
    qtbot.keyClick(ui.accessories_list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert ui.pages.currentIndex() == DONE_PAGE
    saved = dialog.saved
    assert saved is not None and saved.work_order_number is not None
    assert ui.done_title_label.text() == f"理赔 {saved.number} 已保存"
    assert f"工单 {saved.work_order_number} 等待派工。" in ui.done_detail_label.text()
    assert saved.number.startswith(f"SC-{TODAY.year}-")
    with database.sessions.read() as s:
        claim = s.get(Claim, saved.id)
        assert (claim.customer.name, claim.customer.phone, claim.customer.city) == ("林晓梅", "13922334455", "深圳")
        assert claim.unit.serial == "S728GUI0001" and claim.fault_description == "端口 1-8 指示灯不亮"
        assert claim.accessories_received == ["电源线"]
        assert s.scalar(select(WorkOrder.number).where(WorkOrder.claim_id == claim.id)) == saved.work_order_number
    # The list shows the new claim, selected; nothing is left unsaved.
    assert tab.model.row_at(0).number == saved.number
    assert not dialog.has_unsaved_changes() and not tab.has_unsaved_changes()


def test_bad_input_is_shown_next_to_each_field_and_nothing_is_written(qtbot, tab, database):
    before = claims_in(database)
    dialog = open_intake(qtbot, tab)
    ui = dialog.ui
    type_text(qtbot, ui.name_edit, "王先生")
    tab_to(qtbot, ui.phone_edit)
    qtbot.keyClicks(ui.phone_edit, "12345")
    ui.model_combo.setFocus()
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    future = (TODAY + dt.timedelta(days=3)).isoformat()
    qtbot.keyClicks(ui.sale_date_edit, future)
    type_text(qtbot, ui.fault_edit, "不开机")
    qtbot.keyClick(ui.fault_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert ui.pages.currentIndex() == FORM_PAGE
    assert dialog.errors.message("customer_phone") == (  # the shapes accepted, an extension's too
        "“12345”不是电话号码：请填写11位手机号、带区号的固定电话（如0755-26781234，有分机写作0755-26781234-801）或400/800号码。")
    assert dialog.errors.message("serial") == "请输入序列号，或勾选“序列号不详”。"
    assert dialog.errors.message("sale_date") == f"日期 {future} 在今天之后。"
    assert dialog.errors.message("customer_name") == ""
    assert ui.customer_phone_error.isVisible() and ui.serial_error.isVisible()
    qtbot.waitUntil(lambda: focused() is ui.phone_edit)  # the first wrong field in reading order
    assert (ui.name_edit.text(), ui.phone_edit.text(), ui.sale_date_edit.text()) == ("王先生", "12345", future)
    assert claims_in(database) == before

    # Corrected, the messages go and the claim is saved.
    ui.phone_edit.clear()
    qtbot.keyClicks(ui.phone_edit, "13800138000")
    ui.serial_unknown_check.setFocus()
    qtbot.keyClick(ui.serial_unknown_check, Qt.Key.Key_Space)
    ui.sale_date_edit.clear()
    qtbot.keyClicks(ui.sale_date_edit, "2026/1/5" if TODAY >= dt.date(2026, 1, 5) else "2020/1/5")
    qtbot.keyClick(ui.sale_date_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ui.pages.currentIndex() == DONE_PAGE
    assert claims_in(database) == before + 1
    with database.sessions.read() as s:
        assert s.get(Claim, dialog.saved.id).unit.serial == f"NOSN-{dialog.saved.number}"


def test_an_unreadable_date_is_refused_before_the_service_is_asked(qtbot, tab):
    dialog = open_intake(qtbot, tab)
    qtbot.keyClicks(dialog.ui.received_edit, "2026-13-45")
    dialog.save()
    assert dialog.errors.message("centre_received_date") == "2026-13-45 不是有效日期。"  # the format was right
    dialog.ui.received_edit.setText("18.3.2026")
    dialog.save()
    assert dialog.errors.message("centre_received_date") == "请按 年-月-日 格式填写日期，如 2026-03-18。"


def test_escape_asks_before_losing_typed_input(qtbot, tab, monkeypatch):
    answers = []

    def answer(choice):
        def ask(*_args):
            answers.append(choice)
            return choice
        return ask

    dialog = open_intake(qtbot, tab)
    assert not tab.has_unsaved_changes()
    type_text(qtbot, dialog.ui.name_edit, "赵女士")
    assert dialog.has_unsaved_changes() and tab.has_unsaved_changes()

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Escape)
    assert answers == [QMessageBox.StandardButton.Cancel]
    assert dialog.isVisible() and dialog.ui.name_edit.text() == "赵女士"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_on_an_untouched_form_closes_without_asking(qtbot, tab, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("nothing to lose: no question"))
    dialog = open_intake(qtbot, tab)
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_discard_changes_drops_the_input_without_asking(qtbot, tab, monkeypatch):
    """What the idle lock calls before another user signs in."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("the idle lock has asked already"))
    dialog = open_intake(qtbot, tab)
    type_text(qtbot, dialog.ui.name_edit, "钱先生")
    tab.discard_changes()
    assert not dialog.isVisible() and not tab.has_unsaved_changes()
    assert dialog.ui.name_edit.text() == ""


def test_print_receipt_asks_whoever_prints_receipts(qtbot, tab, database, manager):
    dialog = open_intake(qtbot, tab)
    dialog.discard_changes()
    assert tab.receipt_printing_available()  # the application wires the receipt printer
    bare = ClaimsTab(ClaimListing(database.sessions), DeskServices.for_sessions(database.sessions), manager)
    qtbot.addWidget(bare)
    assert not bare.receipt_printing_available()  # a tab nobody prints for keeps the button disabled
    tab = bare
    printed = []
    tab.receipt_requested.connect(printed.append)
    assert tab.receipt_printing_available()
    with qtbot.waitSignal(tab.receipt_requested) as blocker:
        tab.print_receipt(42)
    assert blocker.args == [42] and printed == [42]


def test_after_saving_the_receipt_button_prints_that_claim(qtbot, tab, database):
    printed = []
    tab.receipt_requested.connect(printed.append)
    dialog = open_intake(qtbot, tab)
    ui = dialog.ui
    type_text(qtbot, ui.name_edit, "孙先生")
    qtbot.keyClicks(ui.phone_edit, "13600001111")
    qtbot.keyClicks(ui.model_combo, "S5720-28P")
    qtbot.keyClicks(ui.serial_edit, "S728GUI0002")
    qtbot.keyClicks(ui.sale_date_edit, (TODAY - dt.timedelta(days=900)).isoformat())
    type_text(qtbot, ui.fault_edit, "风扇异响")
    dialog.save()
    assert ui.print_button.isEnabled()
    qtbot.mouseClick(ui.print_button, Qt.MouseButton.LeftButton)
    assert printed == [dialog.saved.id]
    with database.sessions.read() as s:
        assert s.scalar(select(Customer.name).where(Customer.phone == "13600001111")) == "孙先生"
