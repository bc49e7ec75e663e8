"""A service's refusal names a field; the dialog shows the message next to that field, not in its
general error line at the bottom (where the clerk has to guess which entry is meant)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from evaluation_depot import clock_on, evaluation_depot
from PySide6.QtCore import QDate, QDateTime
from sqlalchemy import delete
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.vocabulary import ComplaintCategory, ComplaintChannel
from desktop_app.db.models import Part
from desktop_app.gui.evaluation.complaint_form import ComplaintForm
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.requisitions.new_requisition_dialog import NewRequisitionDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.return_lines_dialog import CHECK_COLUMN, LinesPurpose, ReturnLinesDialog
from desktop_app.gui.surveys.survey_desk import SurveyDesk
from desktop_app.gui.surveys.survey_entry_dialog import SurveyEntryDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.parts_dialog import PartsDialog
from desktop_app.gui.work_orders.quote_dialog import QuoteDialog
from desktop_app.gui.work_orders.visit_dialog import VisitDialog
from desktop_app.services.manufacturer_returns import ReturnLineInput


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def opened(qtbot, dialog):
    # A refused save leaves typed input: closed at the end without the "discard?" question.
    qtbot.addWidget(dialog, before_close_func=lambda d: getattr(d, "discard_changes", d.close)())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def order_dialog(qtbot, depot: Depot, kind):
    """The dialog on a freshly taken-in order, as the manager opens it."""
    services = WorkOrderServices.for_sessions(depot.db.sessions)
    boss = depot.staff["manager"]
    order_id = depot.order_id(depot.take_in("SN-FIELD", TODAY - dt.timedelta(days=200)).work_order_number)
    dialog = opened(qtbot, kind(services, boss))
    dialog.start(services.details.get(boss, order_id))
    return dialog


def pick_vanished_part(depot: Depot, dialog) -> None:
    """A part chosen from the list that is deleted from the catalogue before the save (another counter)."""
    with depot.db.sessions.write() as s, s.begin():
        s.add(Part(part_no="GONE-01", name="旧型号风扇"))
    picker = dialog.ui.parts_picker
    picker.ui.find_edit.setText("GONE-01")
    picker.search()
    picker.add_selected()
    assert [p.part_no for p, _ in picker.chosen()] == ["GONE-01"]
    with depot.db.sessions.write() as s, s.begin():
        s.execute(delete(Part).where(Part.part_no == "GONE-01"))


def at_field_only(dialog, field: str) -> str:
    """The message at ``field``; the general line stays empty."""
    message = dialog.errors.message(field)
    assert message, f"nothing shown at {field}; general line: {dialog.ui.error_label.text()!r}"
    assert dialog.ui.error_label.text() == ""
    return message


def test_an_arrival_in_the_future_is_shown_at_the_arrival_time(qtbot, depot):
    visit = order_dialog(qtbot, depot, VisitDialog)
    visit.ui.arrived_edit.setDateTime(QDateTime.currentDateTime().addDays(1))
    visit.save()
    assert visit.isVisible()
    at_field_only(visit, "arrived_at")
    assert visit.ui.arrived_at_error.isVisible()


def test_an_arrival_before_2000_is_shown_at_the_arrival_time(qtbot, depot):
    visit = order_dialog(qtbot, depot, VisitDialog)
    visit.ui.arrived_edit.setDateTime(QDateTime(QDate(1999, 12, 31), visit.ui.arrived_edit.time()))
    visit.ui.travel_check.setChecked(False)
    visit.save()
    assert "2000-01-01" in at_field_only(visit, "arrived_at")


def test_a_quoted_part_no_longer_in_the_catalogue_is_shown_at_the_parts_list(qtbot, depot):
    quote = order_dialog(qtbot, depot, QuoteDialog)
    pick_vanished_part(depot, quote)
    quote.save()
    assert quote.isVisible()
    at_field_only(quote, "parts")
    assert quote.ui.parts_error.isVisible()


def test_an_issued_part_no_longer_in_the_catalogue_is_shown_at_the_parts_list(qtbot, depot):
    parts = order_dialog(qtbot, depot, PartsDialog)
    pick_vanished_part(depot, parts)
    parts.save()
    assert parts.isVisible() and parts.editing()
    at_field_only(parts, "parts")
    assert parts.ui.parts_error.isVisible()


def test_a_requisition_month_before_2000_is_shown_at_the_month(qtbot, depot):
    services = RequisitionServices.for_sessions(depot.db.sessions)
    dialog = opened(qtbot, NewRequisitionDialog(services, depot.staff["sup"]))
    dialog.start()
    dialog.ui.month_edit.setDate(QDate(1999, 6, 1))
    dialog.ui.find_edit.setText("FAN-01")
    dialog.search()
    dialog.add_selected()
    assert [x.part_no for x in dialog.lines] == ["FAN-01"]
    dialog.save()
    assert dialog.isVisible()
    assert "2000-01-01" in at_field_only(dialog, "month")
    assert dialog.ui.month_error.isVisible()


def return_dialog(qtbot, depot: Depot, purpose: LinesPurpose) -> ReturnLinesDialog:
    """An approved (for packing) or shipped (for the count) return of one faulty PWR-01 (D15, D16)."""
    services = RequisitionServices.for_sessions(depot.db.sessions)
    sup, returns = depot.staff["sup"], services.returns
    number = returns.create(sup, [ReturnLineInput(reason="坏件", part_no="PWR-01", quantity=1)])
    returns.apply(sup, number)
    returns.approve(sup, number, "HQ-2026-1")
    if purpose is LinesPurpose.ACKNOWLEDGE:
        line_ids = {x.id for x in services.return_details.get(sup, number).lines}
        returns.ship(sup, number, line_ids, Decimal("0"))
    dialog = opened(qtbot, ReturnLinesDialog(services, sup))
    dialog.start(purpose, services.return_details.get(sup, number))
    return dialog


def test_a_refused_freight_is_shown_at_the_freight(qtbot, depot):
    dialog = return_dialog(qtbot, depot, LinesPurpose.SHIP)
    dialog.fill_all()
    # The box stops a negative amount at the counter; widened here to reach the service's own check (D16).
    dialog.ui.freight_spin.setMinimum(-100)
    dialog.ui.freight_spin.setValue(-5)
    dialog.save()
    assert dialog.isVisible()
    at_field_only(dialog, "freight")
    assert dialog.ui.freight_error.isVisible()


def test_a_refused_count_is_shown_at_the_lines(qtbot, depot):
    dialog = return_dialog(qtbot, depot, LinesPurpose.ACKNOWLEDGE)
    spin = dialog.ui.lines_table.cellWidget(0, CHECK_COLUMN)
    spin.setMaximum(10**6)  # beyond the box's range: the service's upper bound is what answers
    dialog.set_count(0, 100_000)
    dialog.save()
    assert dialog.isVisible()
    at_field_only(dialog, "counts")
    assert dialog.ui.lines_error.isVisible()


@pytest.fixture
def complaint_form(qtbot, database) -> ComplaintForm:
    depot = evaluation_depot(database)
    form = opened(qtbot, ComplaintForm(EvaluationServices.for_sessions(database.sessions, clock_on(TODAY)),
                                       depot.staff["sup"]))
    combo = form.ui.category_combo
    combo.setCurrentIndex(combo.findData(ComplaintCategory.NON_QUALITY.value))
    form.ui.received_via_combo.setCurrentIndex(form.ui.received_via_combo.findData(ComplaintChannel.CALL.value))
    form.ui.complainant_edit.setText("刘洋")
    form.ui.description_edit.setPlainText("维修太慢")
    return form


def test_a_complaint_received_before_2000_is_shown_at_the_day(qtbot, complaint_form):
    complaint_form.ui.received_on_edit.setDate(QDate(1999, 3, 1))
    complaint_form.save()
    assert complaint_form.isVisible()
    assert "2000-01-01" in at_field_only(complaint_form, "received_on")
    assert complaint_form.ui.received_on_error.isVisible()


def test_a_complaint_from_a_customer_no_longer_on_file_is_shown_at_who_complained(qtbot, complaint_form,
                                                                                 monkeypatch):
    # The form has no customer picker of its own: a stale customer is who complained.
    typed = ComplaintForm.form_input
    monkeypatch.setattr(ComplaintForm, "form_input",
                        lambda self: dataclasses.replace(typed(self), customer_id=10**6))
    complaint_form.save()
    assert complaint_form.isVisible()
    at_field_only(complaint_form, "complainant")


def test_a_survey_customer_name_with_control_characters_is_shown_at_the_name(qtbot, database, manager):
    dialog = opened(qtbot, SurveyEntryDialog(SurveyDesk.for_sessions(database.sessions), manager))
    dialog.ui.number_edit.setText("WO-2026-000001")
    for row in dialog.rows:
        row.set_score(5)
    dialog.ui.customer_edit.setText("刘\x07洋")  # a scanner's stray bell character
    dialog.save()
    message = dialog.errors.message("customer_name")
    assert message and dialog.ui.form_error_label.text() == ""
    assert dialog.ui.customer_name_error.isVisible()
