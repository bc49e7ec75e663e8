"""The counter day's work-order steps: the supervisor dispatches, the technician repairs, reports and closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from day_facts import OPINION, PART_NO, SOLUTION, SUPERVISOR, TECHNICIAN
from e2e_driver import CTRL, activate, check, click, click_row, focused, gone, key, tab_to, type_text, wait_until
from pdf_saving import save_preview_as_pdf, wait_for_preview
from desktop_app.gui.tabs.work_orders_tab import WorkOrdersTab
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.diagnosis_dialog import DiagnosisDialog
from desktop_app.gui.work_orders.order_printing import WorkOrderPrinter
from desktop_app.gui.work_orders.parts_dialog import PartsDialog
from desktop_app.gui.work_orders.report_dialog import ReportDialog

ORDERS_TAB = 1


class BenchSteps:
    """Mixed into the Day: ``self.window``, ``self.order_number``, ``self.findings`` come from there."""

    def orders(self) -> WorkOrdersTab:
        return self.window.tabs[ORDERS_TAB]

    def open_order_by_scan(self) -> WorkOrdersTab:
        """The work-order number typed into the tab's search box and Enter, as a scanner does it."""
        self.show_tab(ORDERS_TAB)
        tab = self.orders()
        search = tab.ui.search_edit
        wait_until(lambda: focused() is search, "the cursor in the work orders' search box")
        key(search, Qt.Key.Key_A, CTRL)
        type_text(search, self.order_number)
        key(search, Qt.Key.Key_Return)
        wait_until(lambda: tab.panel.detail is not None and tab.panel.detail.number == self.order_number,
                   f"work order {self.order_number} open")
        return tab

    def press(self, tab: WorkOrdersTab, action: Action) -> None:
        button = tab.panel.buttons[action]
        wait_until(lambda: button.isVisible() and button.isEnabled(), f"the {action} button enabled")
        click(button)

    def message(self, tab: WorkOrdersTab) -> str:
        return tab.panel.ui.message_label.text()

    # --- the supervisor ----------------------------------------------------------------------------
    def dispatch(self) -> None:
        self.switch_user(SUPERVISOR)
        tab = self.open_order_by_scan()
        combo = tab.panel.ui.technician_combo
        click(combo)  # opens the list; the arrow keys choose in it
        wait_until(lambda: combo.view().isVisible(), "the technician list open")
        technician = self._staff_id(TECHNICIAN)
        target = combo.findData(technician)
        check(target >= 0, f"{TECHNICIAN} offered for dispatch")
        view = combo.view()
        for _ in range(combo.count()):
            if view.currentIndex().row() == target:
                break
            key(view, Qt.Key.Key_Down if view.currentIndex().row() < target else Qt.Key.Key_Up)
        key(view, Qt.Key.Key_Return)
        wait_until(lambda: combo.currentData() == technician, "the technician chosen")
        self.press(tab, Action.DISPATCH)
        wait_until(lambda: "已派给" in self.message(tab), "the order dispatched")
        self.findings["dispatch_message"] = self.message(tab)

    def _staff_id(self, username: str) -> int:
        from sqlalchemy import select

        from desktop_app.db.models import Staff

        with self.database.sessions.read() as s:
            return s.scalar(select(Staff.id).where(Staff.username == username))

    # --- the technician ----------------------------------------------------------------------------
    def bench_work(self) -> None:
        self.switch_user(TECHNICIAN)
        tab = self.open_order_by_scan()
        self.press(tab, Action.START_DIAGNOSIS)
        self._diagnose(tab)
        self._issue_part(tab, PART_NO)
        for action in (Action.REPAIRING, Action.REPAIRED):
            before = tab.panel.detail.state
            self.press(tab, action)
            wait_until(lambda: tab.panel.detail.state != before, f"{action} recorded")
        self._report(tab)
        self.press(tab, Action.READY)
        wait_until(lambda: tab.panel.ui.title_label.text().endswith("待取机"), "ready for pickup")

    def _diagnose(self, tab: WorkOrdersTab) -> None:
        self.press(tab, Action.DIAGNOSE)
        dialog = tab.order_actions.dialog(DiagnosisDialog)
        ui = dialog.ui
        wait_until(lambda: dialog.isVisible() and focused() is ui.fault_combo, "the diagnosis form")
        key(ui.fault_combo, Qt.Key.Key_Down)  # the first fault category of this product line
        fault = ui.fault_combo.currentText()
        tab_to(ui.cause_combo)
        tab_to(ui.note_edit)
        type_text(focused(), "电源模块输出电压异常，更换电源模块")
        key(focused(), Qt.Key.Key_S, CTRL)
        wait_until(lambda: ui.pages.currentIndex() == 1, f"the diagnosis saved ({ui.error_label.text()})")
        self.findings.update(diagnosis_fault=fault, diagnosis_cause=ui.cause_combo.currentText(),
                             diagnosis_final=ui.final_value.text())
        click(ui.close_button)
        wait_until(lambda: not dialog.isVisible(), "the diagnosis closed")

    def _issue_part(self, tab: WorkOrdersTab, part_no: str) -> None:
        self.press(tab, Action.PARTS)
        dialog = tab.order_actions.dialog(PartsDialog)
        picker = dialog.ui.parts_picker.ui
        wait_until(lambda: dialog.isVisible() and focused() is picker.find_edit, "the parts form")
        type_text(picker.find_edit, part_no)
        key(picker.find_edit, Qt.Key.Key_Return)
        wait_until(lambda: focused() is picker.results_table, "Enter goes to the parts found")
        key(picker.results_table, Qt.Key.Key_Return)  # adds the part found, quantity 1
        wait_until(lambda: len(dialog.ui.parts_picker.lines()) == 1, "the part on the list")
        key(focused(), Qt.Key.Key_S, CTRL)
        wait_until(lambda: not dialog.isVisible(), f"the part issued ({self.message(tab)})")
        self.findings["parts_message"] = self.message(tab)

    def _report(self, tab: WorkOrdersTab) -> None:
        self.press(tab, Action.REPORT)
        dialog = tab.order_actions.dialog(ReportDialog)
        ui = dialog.ui
        wait_until(lambda: dialog.isVisible() and focused() is ui.cause_edit, "the service report form")
        tab_to(ui.solution_edit)
        type_text(focused(), SOLUTION)
        tab_to(ui.opinion_edit, presses=1 if not ui.no_parts_check.isEnabled() else 2)
        type_text(focused(), OPINION)
        key(focused(), Qt.Key.Key_Return)
        wait_until(lambda: not dialog.isVisible(), f"the report saved ({ui.error_label.text()})")
        self.findings["report_message"] = self.message(tab)

    # --- pickup: close and hand over the survey form -----------------------------------------------
    def close_and_print_survey(self) -> None:
        tab = self.orders()
        self.press(tab, Action.CLOSE)
        wait_until(lambda: tab.panel.ui.title_label.text().endswith("已结单"), "the order closed")
        self.findings["close_message"] = self.message(tab)
        printer = tab.findChild(WorkOrderPrinter)
        preview = wait_for_preview(printer, lambda: self.press(tab, Action.PRINT_SURVEY))
        path = self.out / "survey-form.pdf"
        save_preview_as_pdf(preview, path, lambda: click(preview.ui.save_button))
        self.findings.update(survey_pdf=path.name, survey_preview_title=preview.windowTitle())
        key(focused(), Qt.Key.Key_Escape)
        wait_until(lambda: gone(preview), "the preview closed")
        activate(self.window)
        self.findings["history"] = [tab.panel.ui.history_table.item(r, 2).text()
                                    for r in range(tab.panel.ui.history_table.rowCount())]
        # For the picture: every order (Alt+1), the closed one selected, newest first.
        key(tab.ui.search_edit, Qt.Key.Key_A, CTRL)
        key(tab.ui.search_edit, Qt.Key.Key_Backspace)
        key(tab.ui.search_edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        wait_until(lambda: tab.model.rowCount() > 1 and tab.model.row_at(0).number == self.order_number,
                   "every work order listed, the new one first")
        click_row(tab.ui.table_view, 0)
        wait_until(lambda: tab.panel.detail is not None and tab.panel.detail.number == self.order_number,
                   "the closed order open")
        self.screenshot("2-work-orders")
