"""Survey entry (E17): scanned number, digits for scores, a comment for a low score, re-entry edits;
the unreturned list chases closed orders without a survey and prints their form again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop_app.core.vocabulary import WorkOrderState
from desktop_app.db.models import AuditEntry, PrintedDocument, Survey, WorkOrder
from desktop_app.gui.labels import label
from desktop_app.gui.printing.preview_dialog import DocumentPreviewDialog
from desktop_app.gui.surveys.survey_entry_dialog import SurveyEntryDialog
from desktop_app.gui.surveys.survey_menu import SurveyWindows
from desktop_app.services.sample_data import load_sample_data
from desktop_app.services.surveys import SurveyService
from printing_support import pdf_text, private_settings  # noqa: F401

GOOD = {"speed": 5, "attitude": 5, "explanation": 4, "quality": 5, "on_time": 4, "overall": 5}


def focused():
    return QApplication.focusWidget()


@pytest.fixture
def order(main_window, database, manager) -> str:
    """A closed work order whose customer has not returned the survey."""
    load_sample_data(database.sessions, claims=60)  # enough closed orders that some surveys are still out
    unreturned = SurveyService(database.sessions).unreturned(manager)
    assert unreturned
    return unreturned[0].number


@pytest.fixture
def surveys(main_window) -> SurveyWindows:
    return main_window.findChild(SurveyWindows)


def open_entry(qtbot, main_window) -> SurveyEntryDialog:
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = main_window.findChild(SurveyEntryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: focused() is dialog.ui.number_edit)
    return dialog


def scan(qtbot, dialog: SurveyEntryDialog, number: str) -> None:
    """As a scanner does it: the code, then Enter."""
    qtbot.keyClicks(dialog.ui.number_edit, number)
    qtbot.keyClick(dialog.ui.number_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is dialog.rows[0])


def type_scores(qtbot, dialog: SurveyEntryDialog, digits: str) -> None:
    for digit in digits:
        qtbot.keyClicks(focused(), digit)  # each digit scores the focused question and moves on


def saved_survey(database, number: str) -> Survey | None:
    with database.sessions.read() as s:
        return s.scalar(select(Survey).join(WorkOrder, Survey.work_order_id == WorkOrder.id)
                        .where(WorkOrder.number == number))


def test_a_survey_typed_by_keyboard_is_saved(qtbot, main_window, order, database):
    dialog = open_entry(qtbot, main_window)
    scan(qtbot, dialog, order)
    assert dialog.ui.order_label.isVisible() and label(WorkOrderState.CLOSED) in dialog.ui.order_label.text()
    assert dialog.ui.customer_edit.text()  # filled in from the order
    type_scores(qtbot, dialog, "554545")
    assert focused() is dialog.ui.comment_edit
    assert dialog.scores() == GOOD
    with qtbot.waitSignal(dialog.survey_saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [order, False]
    assert dialog.ui.result_label.text() == f"已保存：工单 {order} 的调查表。"
    survey = saved_survey(database, order)
    assert survey is not None and survey.scores == GOOD and survey.overall == 5
    # Ready for the next form at once.
    assert dialog.ui.number_edit.text() == "" and focused() is dialog.ui.number_edit
    assert dialog.scores() == {}


def test_a_low_score_without_a_comment_is_shown_next_to_the_comment(qtbot, main_window, order, database):
    dialog = open_entry(qtbot, main_window)
    scan(qtbot, dialog, order)
    type_scores(qtbot, dialog, "552555")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    expected = QCoreApplication.translate("Errors", "A score of 2 or lower needs the customer's comment.")
    assert expected != "A score of 2 or lower needs the customer's comment."  # shown in Chinese
    assert dialog.errors.message("comment") == expected and dialog.ui.comment_error.isVisible()
    assert focused() is dialog.ui.comment_edit
    assert saved_survey(database, order) is None
    qtbot.keyClicks(dialog.ui.comment_edit, "wait too long")
    qtbot.keyClick(dialog.ui.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved_survey(database, order).comment == "wait too long"


def test_an_unscored_question_and_an_unknown_order_are_shown_where_they_are(qtbot, main_window, order):
    dialog = open_entry(qtbot, main_window)
    qtbot.keyClicks(dialog.ui.number_edit, "WO-1999-000001")
    qtbot.keyClick(dialog.ui.number_edit, Qt.Key.Key_Return)
    assert "WO-1999-000001" in dialog.errors.message("work_order")
    assert focused() is dialog.ui.number_edit
    dialog.ui.number_edit.setText(order)
    dialog.look_up()
    type_scores(qtbot, dialog, "55")
    dialog.save()
    assert dialog.errors.message("explanation") and not dialog.errors.message("speed")
    assert focused() is dialog.rows[2]


def test_re_entry_edits_the_survey_and_says_so(qtbot, main_window, order, database, manager):
    assert SurveyService(database.sessions).enter(manager, order, GOOD) is False
    dialog = open_entry(qtbot, main_window)
    scan(qtbot, dialog, order)
    assert "保存将替换" in dialog.ui.order_label.text()
    type_scores(qtbot, dialog, "333333")
    with qtbot.waitSignal(dialog.survey_saved) as saved:
        dialog.save()
    assert saved.args == [order, True]
    assert dialog.ui.result_label.text().startswith("已更新")
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Survey)
                        .join(WorkOrder, Survey.work_order_id == WorkOrder.id).where(WorkOrder.number == order)) == 1
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "survey", AuditEntry.action == "update")) == 1
    assert saved_survey(database, order).overall == 3


def test_the_unreturned_list_opens_the_entry_and_the_order_leaves_the_list(qtbot, main_window, order, surveys):
    surveys.unreturned_action.trigger()
    listing = surveys.unreturned
    assert listing is not None and listing.isVisible()
    qtbot.waitActive(listing)
    table = listing.ui.table
    numbers = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert order in numbers
    assert all(table.item(numbers.index(order), column).text() for column in range(4))  # customer, phone, date
    table.selectRow(numbers.index(order))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = surveys.entry
    assert dialog is not None and dialog.isVisible() and dialog.ui.number_edit.text() == order
    qtbot.waitUntil(lambda: focused() is dialog.rows[0])
    type_scores(qtbot, dialog, "554545")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert order not in [table.item(row, 0).text() for row in range(table.rowCount())]


def test_the_unreturned_list_prints_the_survey_form_again(qtbot, main_window, order, surveys, database,
                                                          private_settings, tmp_path):
    listing = surveys.open_unreturned()
    listing.ui.table.selectRow(0)
    number = listing.selected().number
    with qtbot.waitSignal(listing.jobs.preview_opened, timeout=15_000) as opened:
        qtbot.mouseClick(listing.ui.print_button, Qt.MouseButton.LeftButton)
    preview: DocumentPreviewDialog = opened.args[0]
    assert number in pdf_text(preview.pdf) and preview.page_count() == 1
    assert preview.save_to(tmp_path / "survey.pdf")  # logged once saved (E17)
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(PrintedDocument)
                        .where(PrintedDocument.document == "survey_form")) == 1
    preview.close()
