"""The complainant's phone, typed in the complaint form, is kept with the complaint and shown wherever the
complaint is (E3, E5, S3: it is answered there; E24: the evidence): in the complaints list's 联系电话 column,
on the line above the findings, and in the evaluation's evidence once upheld."""

from __future__ import annotations

import pytest
from evaluation_depot import evaluation_depot, repaired_order, row_of, staff_tab
from PySide6.QtCore import Qt

from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel

PHONE_COLUMN = 4


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    repaired_order(depot, "SN-PHONE")
    return depot


def choose(combo, data) -> None:
    index = combo.findData(getattr(data, "value", data))
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_phone_typed_is_kept_and_shown_in_the_list_the_findings_and_the_evidence(qtbot, depot) -> None:
    tab = staff_tab(qtbot, depot)
    order = tab.model.row_at(row_of(tab, "李工")).evidence.completed[0]
    dialog = tab.open_complaints()
    table = dialog.ui.complaints_table
    assert table.horizontalHeaderItem(PHONE_COLUMN).text() == "联系电话"
    dialog.ui.register_button.click()
    form = dialog.form
    qtbot.waitExposed(form)
    choose(form.ui.received_via_combo, ComplaintChannel.CALL)
    form.ui.complainant_edit.setText("路人甲")  # nobody on record: no customer is linked
    choose(form.ui.category_combo, ComplaintCategory.QUARREL)
    choose(form.ui.about_combo, depot.staff["tech"].staff_id)
    qtbot.keyClicks(form.ui.work_order_edit, order)
    form.ui.description_edit.setPlainText("工程师与客户争吵")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.ui.phone_edit.setFocus()
    qtbot.keyClicks(form.ui.phone_edit, "0755 2678 1234")  # as it is said on the phone
    qtbot.keyClick(form.ui.phone_edit, Qt.Key.Key_Tab)  # leaving the field says what the phone does
    assert form.ui.phone_hint.isVisible()
    assert form.ui.phone_hint.text() == ("客户档案中没有唯一对应此号码的客户：投诉不关联客户，但保存此号码用于答复。")
    form.grab().save("/tmp/s11/complaint_form_phone.png")
    with qtbot.waitSignal(dialog.changed):
        form.ui.save_button.click()

    assert table.rowCount() == 1 and table.item(0, PHONE_COLUMN).text() == "0755-26781234"  # as stored
    assert dialog.ui.selected_label.text() == f"{form.number}（联系电话 0755-26781234）：工程师与客户争吵"
    dialog.ui.findings_edit.setPlainText("回访属实")
    with qtbot.waitSignal(dialog.changed):
        dialog.ui.uphold_button.click()
    dialog.grab().save("/tmp/s11/complaints_dialog_phone.png")
    dialog.close()

    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    tab.ui.table_view.selectRow(row_of(tab, "李工"))
    evidence = tab.panel.section("complaints").child(0).text(1)
    assert "工程师与客户争吵 · 联系电话 0755-26781234 · 记大过（E21）" in evidence


def test_a_complaint_without_a_phone_shows_the_dash(qtbot, depot) -> None:
    tab = staff_tab(qtbot, depot)
    dialog = tab.open_complaints()
    dialog.ui.register_button.click()
    form = dialog.form
    qtbot.waitExposed(form)
    form.ui.complainant_edit.setText("路人乙")
    choose(form.ui.category_combo, ComplaintCategory.NON_QUALITY)
    form.ui.description_edit.setPlainText("取机时等了一个小时")
    with qtbot.waitSignal(dialog.changed):
        form.ui.save_button.click()
    assert dialog.ui.complaints_table.item(0, PHONE_COLUMN).text() == "—"
    assert dialog.ui.selected_label.text() == f"{form.number}：取机时等了一个小时"
