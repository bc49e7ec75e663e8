"""The evaluation windows hold everyone to the rules (E3, E21, E24): the complaint form names the
front desk and, for a day he still worked, someone who has left; the rule-set window files the
sheet a former technician signed; the staff table shows the desk's deductions, its repair figures
"not applicable"."""

from __future__ import annotations

import datetime as dt

import pytest
from evaluation_depot import RULES_PUBLISHED, TODAY, cell, clock_on, evaluation_depot, row_of, staff_tab
from PySide6.QtCore import QDate, Qt

from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel
from desktop_app.gui.evaluation.complaint_form import ComplaintForm
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.rule_set_dialog import RuleSetDialog
from desktop_app.services.accounts import AccountService
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.assessment_views import AssessmentViews
from gui_support import keep_screenshot


@pytest.fixture
def depot(database):
    return evaluation_depot(database)


def _opened(qtbot, dialog):
    qtbot.addWidget(dialog, before_close_func=lambda d: getattr(d, "discard_changes", d.close)())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _people(form: ComplaintForm) -> dict[str, int | None]:
    combo = form.ui.about_combo
    return {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}


def test_an_attitude_complaint_about_the_front_desk_is_registered(qtbot, depot):
    services = EvaluationServices.for_sessions(depot.db.sessions, clock_on(TODAY))
    form = _opened(qtbot, ComplaintForm(services, depot.staff["sup"]))
    ui = form.ui
    ui.category_combo.setCurrentIndex(ui.category_combo.findData(ComplaintCategory.ATTITUDE.value))
    ui.received_via_combo.setCurrentIndex(ui.received_via_combo.findData(ComplaintChannel.CALL.value))
    ui.complainant_edit.setText("刘洋")
    ui.description_edit.setPlainText("接电话时很不耐烦")
    assert _people(form)["前台小陈"] == depot.staff["operator"].staff_id
    ui.about_combo.setCurrentIndex(ui.about_combo.findData(depot.staff["operator"].staff_id))
    keep_screenshot(form, "complaint_form")
    form.save()
    assert not form.isVisible() and form.number
    listed = AssessmentViews(depot.db.sessions).complaints(depot.staff["sup"], TODAY)
    assert [c.about_name for c in listed if c.number == form.number] == ["前台小陈"]


def test_someone_who_left_is_offered_only_for_days_he_still_worked(qtbot, depot):
    AccountService(depot.db.sessions).set_active(depot.staff["manager"], "tech2", False)  # leaves today
    services = EvaluationServices.for_sessions(depot.db.sessions, clock_on(TODAY))
    form = _opened(qtbot, ComplaintForm(services, depot.staff["sup"]))
    assert _people(form)["王工（已离职）"] == depot.staff["tech2"].staff_id
    form.ui.about_combo.setCurrentIndex(form.ui.about_combo.findData(depot.staff["tech2"].staff_id))
    yesterday = TODAY - dt.timedelta(days=1)
    form.ui.received_on_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert form.ui.about_combo.currentData() == depot.staff["tech2"].staff_id  # still chosen


def test_the_manager_files_the_sheet_a_former_technician_signed(qtbot, depot):
    AccountService(depot.db.sessions).set_active(depot.staff["manager"], "tech", False)
    dialog = _opened(qtbot, RuleSetDialog(EvaluationServices.for_sessions(depot.db.sessions, clock_on(TODAY)),
                                          depot.staff["manager"]))
    ui = dialog.ui
    names = lambda: [ui.acknowledgements_table.item(r, 0).text() for r in range(ui.acknowledgements_table.rowCount())]  # noqa: E731
    assert ui.show_former_check.isVisible() and ui.show_former_check.text() == "显示已离职人员(&F)"
    assert "李工" not in " ".join(names())
    ui.show_former_check.setChecked(True)
    assert f"李工（{TODAY:%Y-%m-%d} 离职）" in names()
    dialog.select_staff(depot.staff["tech"].staff_id)
    signed = RULES_PUBLISHED + dt.timedelta(days=3)
    ui.signed_on_edit.setDate(QDate(signed.year, signed.month, signed.day))
    assert ui.record_signed_button.isEnabled()
    keep_screenshot(dialog, "rule_set_former")
    with qtbot.waitSignal(dialog.changed):
        ui.record_signed_button.click()
    assert ui.error_label.text() == ""
    former = {p.staff_id: p for p in AssessmentViews(depot.db.sessions).acknowledgements(1, former=True)}
    assert former[depot.staff["tech"].staff_id].acknowledged_on == signed


def test_a_technician_does_not_see_the_former_staff_tick(qtbot, depot):
    dialog = _opened(qtbot, RuleSetDialog(EvaluationServices.for_sessions(depot.db.sessions, clock_on(TODAY)),
                                          depot.staff["tech"]))
    assert not dialog.ui.show_former_check.isVisible()


def test_the_staff_table_shows_the_desks_deduction_and_no_repair_figures(qtbot, depot):
    service, sup, operator = AssessmentService(depot.db.sessions), depot.staff["sup"], depot.staff["operator"]
    number = service.register_complaint(sup, ComplaintInput(ComplaintChannel.CALL, TODAY, "刘洋",
                                                            ComplaintCategory.ATTITUDE, "电话里很不耐烦",
                                                            about_staff_id=operator.staff_id))
    service.verify_complaint(sup, number, upheld=True, findings="录音属实")
    tab = staff_tab(qtbot, depot)
    desk = row_of(tab, "前台小陈")
    # A dash, not "不适用" seven times across the row; the reason is in the tooltip.
    assert cell(tab, desk, "完成") == "—" and cell(tab, desk, "满意度") == "—"
    column = next(i for i, c in enumerate(tab.model.columns) if c.title == "完成")
    assert tab.model.index(desk, column).data(Qt.ItemDataRole.ToolTipRole) == "不适用：前台不承担维修。"
    assert cell(tab, desk, "投诉") == "1" and cell(tab, desk, "扣奖金") == "¥200.00"
    assert cell(tab, row_of(tab, "李工"), "完成") == "0"
    tab.open_staff(operator.staff_id)
    assert tab.panel.figure_text("completed") == "不适用" and tab.panel.figure_text("verified_complaints") == "1"
    keep_screenshot(tab, "staff_tab")
