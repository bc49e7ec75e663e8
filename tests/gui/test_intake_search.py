"""The search box: customers and units as you type; a scanned claim or serial opens at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop_app.core.vocabulary import CustomerKind
from desktop_app.db.models import Claim, Customer, Product, Unit, WorkOrder
from desktop_app.gui.formatting import date_text
from desktop_app.gui.tabs.list_tab import SEARCH_DELAY_MS
from desktop_app.services.sample_data import load_sample_data


@pytest.fixture
def tab(main_window, database):
    load_sample_data(database.sessions, claims=30)
    main_window.reload_all()
    claims = main_window.tabs[0]
    claims.focus_search()
    return claims


def person_with_unit(database):
    """A private customer of the sample data and one of their units."""
    with database.sessions.read() as s:
        customer, unit, model = s.execute(
            select(Customer, Unit, Product.model).join(Unit, Unit.customer_id == Customer.id)
            .join(Product, Unit.product_id == Product.id)
            .where(Customer.kind == CustomerKind.PERSON).order_by(Customer.id).limit(1)).one()
        return customer.id, customer.name, customer.phone, unit.serial, unit.sale_date, model


def wait_for_results(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.ui.search_results.isVisible(), timeout=SEARCH_DELAY_MS * 8)


def test_any_part_of_a_phone_lists_the_customer_with_units_and_enter_prefills_the_form(qtbot, tab, database):
    customer_id, name, phone, serial, sale_date, model = person_with_unit(database)
    qtbot.keyClicks(tab.ui.search_edit, phone[3:9])
    wait_for_results(qtbot, tab)
    assert customer_id in [m.id for m in tab.results.matches()]
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Down)  # into the list
    tree = tab.ui.search_results
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    while tree.currentItem().data(0, Qt.ItemDataRole.UserRole)[0].id != customer_id:
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Return)

    dialog = tab.windows.intake
    assert dialog.isVisible()
    ui = dialog.ui
    assert (ui.name_edit.text(), ui.phone_edit.text(), ui.company_edit.text()) == (name, phone, "")
    assert ui.existing_label.isVisible() and ui.serial_edit.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.model_combo)  # the next fact to enter

    customers_before = _count(database, Customer)
    qtbot.keyClicks(ui.model_combo, model)
    qtbot.keyClicks(ui.serial_edit, "SEARCHED-0001")
    qtbot.keyClicks(ui.sale_date_edit, (dt.date.today() - dt.timedelta(days=300)).isoformat())
    _commit(ui.fault_edit, "无法开机")
    dialog.save()
    assert dialog.saved is not None
    with database.sessions.read() as s:
        assert s.get(Claim, dialog.saved.id).customer_id == customer_id  # the same customer, not a new one
    assert _count(database, Customer) == customers_before


def test_choosing_a_unit_in_the_list_prefills_the_unit_too(qtbot, tab, database):
    customer_id, name, phone, serial, sale_date, model = person_with_unit(database)
    qtbot.keyClicks(tab.ui.search_edit, serial)
    wait_for_results(qtbot, tab)
    tree = tab.ui.search_results
    unit_item = next(tree.topLevelItem(0).child(i) for i in range(tree.topLevelItem(0).childCount())
                     if tree.topLevelItem(0).child(i).text(1) == serial)
    with database.sessions.read() as s:
        invoice = s.scalar(select(Unit.invoice_no).where(Unit.serial == serial))
    assert invoice and unit_item.text(3) == f"发票 {invoice}"  # labelled: a bare number reads as anything
    tree.setFocus()
    tree.setCurrentItem(unit_item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    ui = tab.windows.intake.ui
    assert (ui.model_combo.currentText(), ui.serial_edit.text(), ui.sale_date_edit.text()) == (
        model, serial, date_text(sale_date) if sale_date else "")
    assert ui.name_edit.text() == name


def test_one_chinese_character_finds_customers(qtbot, tab, database):
    _id, name, *_ = person_with_unit(database)
    _commit(tab.ui.search_edit, name[0])
    wait_for_results(qtbot, tab)
    assert all(name[0] in (m.name + (m.contact_person or "")) for m in tab.results.matches())
    assert name in [m.name for m in tab.results.matches()]


def test_scanning_a_claim_number_selects_that_claim(qtbot, tab, database):
    tab.ui.overdue_check.setChecked(True)  # a scan shows the claim whatever the filters say
    with database.sessions.read() as s:
        claim_id, number = s.execute(select(Claim.id, Claim.number).order_by(Claim.id).limit(1)).one()
    with qtbot.waitSignal(tab.claim_opened) as opened:
        qtbot.keyClicks(tab.ui.search_edit, number)
        qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Return)
    assert opened.args == [claim_id]
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).number == number
    assert tab.ui.table_view.selectionModel().isRowSelected(0)
    assert not tab.ui.overdue_check.isChecked()
    assert tab.ui.detail_label.text().startswith(number)
    assert not tab.ui.search_results.isVisible()


def test_scanning_a_serial_opens_the_intake_prefilled_with_that_unit(qtbot, tab, database):
    customer_id, name, phone, serial, sale_date, model = person_with_unit(database)
    qtbot.keyClicks(tab.ui.search_edit, serial)
    qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Return)
    dialog = tab.windows.intake
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert (ui.model_combo.currentText(), ui.serial_edit.text()) == (model, serial)
    assert (ui.name_edit.text(), ui.phone_edit.text()) == (name, phone)
    assert dialog.fields.existing_customer.id == customer_id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.fault_edit)  # the fault is what is left to type
    assert ui.decision_panel.ui.tier_label.text() != "尚无判定" or sale_date is None


def test_scanning_a_work_order_number_hands_it_on(qtbot, tab, database):
    with database.sessions.read() as s:
        order_id, number = s.execute(select(WorkOrder.id, WorkOrder.number).limit(1)).one()
    with qtbot.waitSignal(tab.work_order_scanned) as scanned:
        qtbot.keyClicks(tab.ui.search_edit, number)
        qtbot.keyClick(tab.ui.search_edit, Qt.Key.Key_Return)
    assert scanned.args == [order_id]
    assert number in tab.ui.detail_label.text()


def _commit(widget, text: str) -> None:
    """Chinese text as an input method commits it (QTest only types Latin-1 keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _count(database, model) -> int:
    with database.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_company_fleet_lists_its_newest_units_and_how_many_more(qtbot, tab, database):
    """Issue 8: every unit of a company with hundreds under service was listed under each keystroke's
    match. Its newest ten are listed, then a note of how many more, which cannot be chosen; typing an
    older unit's serial lists that unit first."""
    from sqlalchemy import insert

    from desktop_app.services.lookup import UNITS_SHOWN

    with database.sessions.write() as s, s.begin():
        company_id, phone = s.execute(select(Customer.id, Customer.phone).where(Customer.kind == CustomerKind.COMPANY)
                                      .order_by(Customer.id).limit(1)).one()
        product_id = s.scalar(select(Unit.product_id).limit(1))
        s.execute(insert(Unit), [dict(serial=f"FLEET{i:05d}", customer_id=company_id, product_id=product_id)
                                 for i in range(250)])
        owned = s.scalar(select(func.count()).select_from(Unit).where(Unit.customer_id == company_id))
    qtbot.keyClicks(tab.ui.search_edit, phone)
    wait_for_results(qtbot, tab)
    tree = tab.ui.search_results
    top = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0].id == company_id)
    assert top.childCount() == UNITS_SHOWN + 1
    assert [top.child(i).text(1) for i in range(UNITS_SHOWN)] == [f"FLEET{i:05d}" for i in range(249, 239, -1)]
    note = top.child(UNITS_SHOWN)
    assert note.text(0) == f"另有 {owned - UNITS_SHOWN} 台设备未列出：输入或扫描序列号查找"
    assert note.flags() == Qt.ItemFlag.NoItemFlags and note.isFirstColumnSpanned()
    tab.ui.search_edit.clear()
    qtbot.keyClicks(tab.ui.search_edit, "FLEET00007")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1 and tree.topLevelItem(0).child(0).text(1) == "FLEET00007",
                    timeout=SEARCH_DELAY_MS * 8)


def test_one_or_two_letters_or_digits_wait_for_a_third(qtbot, tab, database):
    """Issue 8: “1” or “S” alone matched most of a million claims and no index narrows them (1–4 s a
    keystroke at a million). The list stays whole and says what to type; from the third character, or
    from one Chinese character (a surname), it searches."""
    everything = tab.model.total
    customer_id, name, phone, serial, sale_date, model = person_with_unit(database)
    qtbot.keyClicks(tab.ui.search_edit, phone[:2])
    qtbot.waitUntil(lambda: "3 个以上字母或数字" in tab.ui.count_label.text(), timeout=SEARCH_DELAY_MS * 8)
    assert tab.model.search == "" and tab.model.total == everything
    assert tab.ui.count_label.text() == f"共 {everything} 条；输入 3 个以上字母或数字开始搜索"
    assert not tab.ui.search_results.isVisible()  # no customer lookup either
    qtbot.keyClicks(tab.ui.search_edit, phone[2:6])
    wait_for_results(qtbot, tab)
    assert tab.model.search == phone[:6] and tab.model.total < everything
    assert customer_id in [m.id for m in tab.results.matches()]
    tab.ui.search_edit.setText("S")  # back to one character: the whole list again
    qtbot.waitUntil(lambda: tab.model.search == "" and not tab.ui.search_results.isVisible(),
                    timeout=SEARCH_DELAY_MS * 8)
    tab.ui.search_edit.setText(name[:1])  # one Chinese character searches at once
    wait_for_results(qtbot, tab)
    assert tab.model.search == name[:1] and customer_id in [m.id for m in tab.results.matches()]
