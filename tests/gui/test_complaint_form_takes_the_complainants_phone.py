"""The complaint form asks for the complainant's phone, so that the complaint can be answered (E3, E5, S3):
the complaint keeps the phone in its own column, and a customer on record with that phone is linked to it (the
form says so before saving); a phone of nobody on record is kept all the same, linked to no customer; a phone
that is no phone number is refused at its field and nothing is saved."""

from __future__ import annotations

import datetime as dt

import pytest
from evaluation_depot import TODAY, clock_on, evaluation_depot
from sqlalchemy import select

from desktop_app.core.vocabulary import ComplaintCategory
from desktop_app.db.models import Complaint
from desktop_app.gui.evaluation.complaint_form import ComplaintForm
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from gui_support import keep_screenshot


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    depot.take_in("SN-CALLER", TODAY - dt.timedelta(days=100))  # 刘洋, 13812345678, now a customer on record
    return depot


@pytest.fixture
def form(qtbot, depot) -> ComplaintForm:
    services = EvaluationServices.for_sessions(depot.db.sessions, clock_on(TODAY))
    form = ComplaintForm(services, depot.staff["sup"])
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    ui = form.ui
    ui.category_combo.setCurrentIndex(ui.category_combo.findData(ComplaintCategory.NON_QUALITY.value))
    ui.description_edit.setPlainText("取机时等了一个小时")
    return form


def saved(depot, number: str) -> Complaint:
    with depot.db.sessions.read() as s:
        return s.scalar(select(Complaint).where(Complaint.number == number))


def test_a_customer_on_record_is_found_by_the_phone_and_linked(qtbot, depot, form) -> None:
    form.ui.complainant_edit.setText("刘洋")
    form.ui.phone_edit.setText("138 1234 5678")  # as people say it
    form.ui.phone_edit.editingFinished.emit()
    assert form.ui.phone_hint.isVisible() and "客户档案中的客户：刘洋" in form.ui.phone_hint.text()
    keep_screenshot(form, "complaint_form_phone")
    form.save()
    assert not form.isVisible() and form.number
    complaint = saved(depot, form.number)
    assert complaint.customer_id is not None and complaint.description == "取机时等了一个小时"
    assert complaint.contact_phone == "13812345678"  # as stored, whoever it belongs to


def test_a_phone_of_nobody_on_record_is_kept_with_the_complaint(qtbot, depot, form) -> None:
    form.ui.complainant_edit.setText("路人甲")
    form.ui.phone_edit.setText("0755-26781234")
    form.ui.phone_edit.editingFinished.emit()
    assert "投诉不关联客户，但保存此号码用于答复" in form.ui.phone_hint.text()
    form.save()
    complaint = saved(depot, form.number)
    assert complaint.customer_id is None and complaint.contact_phone == "0755-26781234"
    assert complaint.description == "取机时等了一个小时"  # the description is only what happened


def test_a_wrong_phone_is_refused_at_its_field_and_nothing_is_saved(qtbot, depot, form) -> None:
    form.ui.complainant_edit.setText("刘洋")
    form.ui.phone_edit.setText("12345")
    form.save()
    assert form.isVisible() and form.number is None
    assert "不是电话号码" in form.message("phone")
    assert form.ui.phone_edit.hasFocus()
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Complaint.id)) is None


def test_without_a_phone_the_complaint_is_registered_as_before(qtbot, depot, form) -> None:
    form.ui.complainant_edit.setText("刘洋")
    form.save()
    complaint = saved(depot, form.number)
    assert complaint.customer_id is None and complaint.description == "取机时等了一个小时"
    assert complaint.contact_phone is None
