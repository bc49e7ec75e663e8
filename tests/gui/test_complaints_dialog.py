"""Complaints (E3, E5, E6, E21): registering with validation, verification, and the demerit in the evaluation."""

from __future__ import annotations

import pytest
from evaluation_depot import cell, evaluation_depot, repaired_order, row_of, shown, staff_tab
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel, DemeritKind
from desktop_app.db.models import Complaint, Demerit
from desktop_app.gui.evaluation.complaint_form import ComplaintForm
from desktop_app.gui.evaluation.complaints_dialog import ComplaintsDialog
from desktop_app.gui.paged_table_model import HIGHLIGHT_BACKGROUND


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    repaired_order(depot, "SN-C1")
    return depot


def count(database, model) -> int:
    with database.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def choose(combo, data) -> None:
    index = combo.findData(getattr(data, "value", data))
    assert index >= 0, data
    combo.setCurrentIndex(index)


def open_form(qtbot, dialog: ComplaintsDialog) -> ComplaintForm:
    dialog.ui.register_button.click()
    form = dialog.form
    qtbot.waitExposed(form)
    return form


def fill(qtbot, form: ComplaintForm, category: ComplaintCategory, about: int | None, order: str = "") -> None:
    choose(form.ui.received_via_combo, ComplaintChannel.CALL)
    form.ui.complainant_edit.setText("刘洋")  # QTest types ASCII only
    choose(form.ui.category_combo, category)
    choose(form.ui.about_combo, about)
    qtbot.keyClicks(form.ui.work_order_edit, order)
    form.ui.description_edit.setPlainText("工程师与客户争吵")


def test_the_form_checks_every_field_before_writing(qtbot, depot, database):
    tab = staff_tab(qtbot, depot)
    dialog = tab.open_complaints()
    form = open_form(qtbot, dialog)
    choose(form.ui.category_combo, ComplaintCategory.QUARREL)
    assert form.ui.consequence_label.text() == "若核实成立：当事人记大过（E21）。"
    assert not form.ui.product_combo.isEnabled()  # only a design defect names a model (E6)
    form.ui.save_button.click()
    assert form.message("complainant") == "请填写投诉人。"
    assert form.message("about") == "请选择被投诉人：此类投诉核实成立后将追究其责任（E3、E21）。"
    assert form.message("description") == "请填写投诉内容。"
    choose(form.ui.category_combo, ComplaintCategory.DESIGN_DEFECT)
    assert form.ui.product_combo.isEnabled()
    form.ui.complainant_edit.setText("华信科技")
    form.ui.description_edit.setPlainText("风扇噪音大")
    qtbot.keyClicks(form.ui.work_order_edit, "WO-2026-999999")
    form.ui.save_button.click()
    assert form.message("product") == "请选择设计缺陷涉及的产品型号（E6）。"
    form.ui.product_combo.setCurrentIndex(1)
    form.ui.save_button.click()
    assert form.message("work_order") == "没有工单“WO-2026-999999”。"  # the service's check, on its field
    assert form.isVisible() and count(database, Complaint) == 0


def test_an_upheld_quarrel_is_a_major_demerit_in_the_table(qtbot, depot, database):
    tab = staff_tab(qtbot, depot)
    tech = depot.staff["tech"]
    order = tab.model.row_at(row_of(tab, "李工")).evidence.completed[0]
    dialog = tab.open_complaints()
    form = open_form(qtbot, dialog)
    fill(qtbot, form, ComplaintCategory.QUARREL, tech.staff_id, order)
    with qtbot.waitSignal(dialog.changed):
        form.ui.save_button.click()
    assert not form.isVisible()
    table = dialog.ui.complaints_table
    assert table.rowCount() == 1 and table.item(0, 8).text() == "待核实"
    assert dialog.selected().number == form.number  # the new one is chosen, ready to verify
    assert dialog.ui.message_label.text() == f"投诉 {form.number} 已登记，等待核实。"
    dialog.ui.uphold_button.click()
    assert dialog.errors.message("findings") == "请填写核实结果。"
    assert count(database, Demerit) == 0  # no finding written: nothing decided
    dialog.ui.findings_edit.setPlainText("回访录音属实")
    with qtbot.waitSignal(dialog.changed):
        dialog.ui.uphold_button.click()
    assert dialog.ui.message_label.text() == f"{form.number} 核实成立：记大过（E21）。"
    assert table.item(0, 8).text() == "成立" and table.item(0, 9).text() == "记大过（E21）"
    assert not dialog.ui.uphold_button.isEnabled()  # verified once only
    shown(qtbot, tab)  # the tab recomputes the month in the background
    li = row_of(tab, "李工")
    assert cell(tab, li, "记大过") == "1" and cell(tab, li, "投诉") == "1"
    assert tab.model.index(li, 0).data(Qt.ItemDataRole.BackgroundRole).color() == HIGHLIGHT_BACKGROUND
    tab.ui.table_view.selectRow(li)
    assert tab.panel.evidence("complaints") == [form.number]
    assert "记大过（E21）" in tab.panel.section("complaints").child(0).text(1)
    with database.sessions.read() as s:
        assert s.scalar(select(Demerit.kind)) is DemeritKind.MAJOR


def test_attitude_gives_criticism_and_a_dismissed_complaint_nothing(qtbot, depot, database):
    tab = staff_tab(qtbot, depot)
    dialog = tab.open_complaints()
    numbers = []
    for category in (ComplaintCategory.ATTITUDE, ComplaintCategory.QUARREL):
        form = open_form(qtbot, dialog)
        fill(qtbot, form, category, depot.staff["tech2"].staff_id)
        form.ui.save_button.click()
        numbers.append(form.number)
    dialog.select(numbers[0])
    dialog.ui.findings_edit.setPlainText("语气生硬属实")
    dialog.ui.uphold_button.click()
    assert dialog.ui.outcome_label.text() == "成立：批评并扣发奖金（E3）"
    dialog.select(numbers[1])
    dialog.ui.findings_edit.setPlainText("客户误会")
    dialog.ui.dismiss_button.click()
    assert dialog.ui.message_label.text() == f"{numbers[1]} 核实不成立。"
    shown(qtbot, tab)
    assert cell(tab, row_of(tab, "王工"), "记大过") == "0" and cell(tab, row_of(tab, "王工"), "投诉") == "1"
    with database.sessions.read() as s:
        assert list(s.scalars(select(Demerit.kind))) == [DemeritKind.CRITICISM]
