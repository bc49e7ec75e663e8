"""The counter day's closing steps: the returned survey typed in, then the requisitions and staff tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from day_facts import SCORES, SUPERVISOR, TECHNICIAN
from e2e_driver import CTRL, activate, check, click, click_row, focused, key, settle, type_text, wait_until
from desktop_app.gui.surveys.survey_entry_dialog import SurveyEntryDialog

REQUISITIONS_TAB, STAFF_TAB = 2, 3


class DeskSteps:
    """Mixed into the Day: ``self.window``, ``self.order_number``, ``self.findings`` come from there."""

    def enter_survey(self) -> None:
        """Ctrl+Shift+S, the work-order number scanned, a digit per question, Ctrl+S."""
        self.switch_user(SUPERVISOR)
        key(focused() or self.window, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
        wait_until(lambda: isinstance(QApplication.activeWindow(), SurveyEntryDialog), "the survey entry")
        dialog: SurveyEntryDialog = QApplication.activeWindow()
        ui = dialog.ui
        wait_until(lambda: focused() is ui.number_edit, "the cursor in the work-order number")
        type_text(ui.number_edit, self.order_number)
        key(ui.number_edit, Qt.Key.Key_Return)
        wait_until(lambda: focused() is dialog.rows[0], "the first question ready for its score")
        for digit in SCORES:
            type_text(focused(), digit)  # each digit scores the question and moves on
        check(focused() is ui.comment_edit, "after the last score the cursor is in the comment")
        saved: list = []
        dialog.survey_saved.connect(lambda number, replaced: saved.append((number, replaced)))
        key(focused(), Qt.Key.Key_S, CTRL)
        wait_until(lambda: saved, f"the survey saved ({ui.form_error_label.text()})")
        check(saved[0] == (self.order_number, False), f"a new survey for {self.order_number}")
        self.findings["survey_result"] = ui.result_label.text()
        key(focused(), Qt.Key.Key_Escape)
        wait_until(lambda: not dialog.isVisible(), "the survey entry closed")
        activate(self.window)

    def see_requisitions(self) -> None:
        self.show_tab(REQUISITIONS_TAB)
        tab = self.window.tabs[REQUISITIONS_TAB]
        wait_until(lambda: tab.model.rowCount() > 0, "the sample requisitions listed")
        self.findings["requisition_rows"] = tab.model.rowCount()
        click_row(tab.ui.table_view, 0)  # the newest requisition, in full beside the list
        settle()
        self.screenshot("3-requisitions")

    def see_staff_evaluation(self) -> None:
        """This month's figures: the technician's row counts the order closed today and its survey."""
        self.show_tab(STAFF_TAB)
        tab = self.window.tabs[STAFF_TAB]
        this_month = dt.date.today().replace(day=1)
        for _ in range(12):  # the tab may open on the last closed month: step forward with the arrow
            if tab.month() >= this_month:
                break
            click(tab.ui.next_month_button)
        wait_until(lambda: tab.month() == this_month and tab.model.rowCount() > 0, "this month's staff figures")
        rows = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
        row = next((r for r in rows if r.username == TECHNICIAN), None)
        check(row is not None, f"{TECHNICIAN} in the staff evaluation")
        index = rows.index(row)
        model = tab.model
        shown = {model.headerData(c, Qt.Orientation.Horizontal): model.index(index, c).data()
                 for c in range(model.columnCount())}
        self.findings.update(staff_month=f"{this_month:%Y-%m}", staff_row=shown,
                             staff_completed=list(row.evidence.completed), staff_surveys=list(row.evidence.surveys))
        click_row(tab.ui.table_view, index)
        wait_until(lambda: tab.panel.row is not None and tab.panel.row.username == TECHNICIAN,
                   "the technician's month in full")
        self.screenshot("4-staff-evaluation")
