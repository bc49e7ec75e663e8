"""服务报告: fault cause, solution, replaced parts and the customer's opinion (E17); closing needs them all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.work_order_flow import REPORT_FIELDS
from desktop_app.gui.forms.ui_work_order_report_dialog import Ui_ReportDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.order_dialog import FAILED, OK, WARN, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.texts import join
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail


class ReportDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ReportDialog(), services, actor, parent)
        ui = self.ui
        self.errors = FieldErrors([("report_fault_cause", ui.cause_edit, ui.report_fault_cause_error),
                                   ("report_solution", ui.solution_edit, ui.report_solution_error),
                                   ("parts", ui.no_parts_check, ui.parts_error),
                                   ("report_customer_opinion", ui.opinion_edit, ui.report_customer_opinion_error)],
                                  ui.error_label)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.errors.clear()
        ui.cause_edit.setPlainText(detail.report_fault_cause or detail.diagnosis or "")
        ui.solution_edit.setPlainText(detail.report_solution or "")
        ui.opinion_edit.setText(detail.report_customer_opinion or "")
        issued = [p for p in detail.parts if p.issued]
        ui.parts_value.setText(join([f"{p.part_no} {p.name} ×{p.quantity}" for p in issued]) if issued
                               else self.tr("None issued to this order"))
        # Issued parts are the replaced-parts list; the tick is for a repair without any.
        ui.no_parts_check.setChecked(detail.report_no_parts and not issued)
        ui.no_parts_check.setEnabled(not issued)
        ui.cause_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        ui = self.ui
        return (ui.cause_edit.toPlainText(), ui.solution_edit.toPlainText(), ui.opinion_edit.text(),
                ui.no_parts_check.isChecked())

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        ui = self.ui
        order_id, version = self.detail.id, self.detail.row_version
        missing = self.attempt(lambda: self._services.orders.record_report(
            self._actor, order_id, fault_cause=ui.cause_edit.toPlainText(), solution=ui.solution_edit.toPlainText(),
            customer_opinion=ui.opinion_edit.text(), no_parts=ui.no_parts_check.isChecked(),
            expected_version=version), self.errors)
        if missing is FAILED:
            return
        if not missing:
            self.finish(self.tr("Service report saved; it is complete."), OK)
            return
        names = join([QCoreApplication.translate("Errors", REPORT_FIELDS[m]) for m in missing])
        self.finish(self.tr("Service report saved. Still missing for closing: {missing}.").format(missing=names), WARN)
