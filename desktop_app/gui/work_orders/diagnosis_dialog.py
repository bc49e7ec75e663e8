"""故障诊断: fault category, cause and findings; shows the re-judged warranty (W11) and a repeat repair (E16)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.vocabulary import CauseClass
from desktop_app.errors import ValidationError
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.forms.ui_work_order_diagnosis_dialog import Ui_DiagnosisDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.labels import label
from desktop_app.gui.work_orders.detail_panel import english
from desktop_app.gui.work_orders.order_dialog import FAILED, OK, WARN, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.texts import text_of
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_bench import DiagnosisResult
from desktop_app.services.work_order_details import WorkOrderDetail

FORM_PAGE, RESULT_PAGE = 0, 1
CHOOSE_FAULT = QT_TRANSLATE_NOOP("Errors", "Choose a fault category.")


class DiagnosisDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_DiagnosisDialog(), services, actor, parent)
        ui = self.ui
        for cause in CauseClass:
            ui.cause_combo.addItem(text_of(cause), cause.value)
        self.errors = FieldErrors([("fault_category", ui.fault_combo, ui.fault_category_error),
                                   ("note", ui.note_edit, ui.note_error)], ui.error_label)
        self.result: DiagnosisResult | None = None
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        ui.close_button.clicked.connect(self.accept)

    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.result = None
        self.errors.clear()
        ui.fault_combo.clear()
        ui.fault_combo.addItem(self.tr("Choose…"), None)
        for fault in self._services.support.fault_categories(detail.id):
            ui.fault_combo.addItem(fault.name_en if english() else fault.name_zh, fault.id)  # one language, as the lists
            if detail.fault_category == fault.name_zh:
                ui.fault_combo.setCurrentIndex(ui.fault_combo.count() - 1)
        ui.cause_combo.setCurrentIndex(max(0, ui.cause_combo.findData((detail.cause or CauseClass.QUALITY_DEFECT).value)))
        ui.note_edit.setPlainText(detail.diagnosis or "")
        self._show_page(FORM_PAGE)
        ui.fault_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        ui = self.ui
        return ui.fault_combo.currentIndex(), ui.cause_combo.currentIndex(), ui.note_edit.toPlainText()

    def editing(self) -> bool:
        return self.ui.pages.currentIndex() == FORM_PAGE

    @Slot()
    def save(self) -> None:
        if self.detail is None or not self.editing():
            return
        ui = self.ui
        fault_id = ui.fault_combo.currentData()
        if fault_id is None:
            self.errors.show([ValidationError(CHOOSE_FAULT, field="fault_category")])
            return
        cause = CauseClass(ui.cause_combo.currentData())
        order_id, version = self.detail.id, self.detail.row_version
        result = self.attempt(lambda: self._services.bench.record_diagnosis(
            self._actor, order_id, fault_category_id=fault_id, cause=cause, note=ui.note_edit.toPlainText(),
            expected_version=version), self.errors)
        if result is FAILED:
            return
        self.show_result(result)

    def show_result(self, result: DiagnosisResult) -> None:
        """Both decisions side by side; a changed tier and a repeat repair stand out."""
        self.result = result
        ui = self.ui
        detail = self.detail
        intake = detail.intake_decision if detail else None
        decision = result.decision
        final = (decision.best if result.tier_changed else intake) if decision else None
        ui.result_title.setText(self.tr("Diagnosis saved"))
        ui.intake_value.setText(label(intake) if intake else MISSING)
        ui.final_value.setText(label(final) if final else self.tr("No claim: nothing to judge"))
        ui.bearer_value.setText(label(decision.cost_bearer) if decision else MISSING)
        warning = ""
        if result.tier_changed:
            warning = self.tr("The warranty tier changed from {old} to {new}: tell the customer before going on "
                              "(W11).").format(old=label(intake) if intake else MISSING, new=label(final))
        ui.warning_label.setText(warning)
        repeat = ""
        if result.repeat_of:
            repeat = self.tr("Repeat repair (E16): the same fault on this unit was repaired under {number}; "
                             "it counts against that order's technician.").format(number=result.repeat_of)
        ui.repeat_label.setText(repeat)
        self._show_page(RESULT_PAGE)
        ui.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        message = " ".join(filter(None, (warning, repeat))) or self.tr("Diagnosis saved: {remedy}.").format(
            remedy=label(final) if final else MISSING)
        self.finish(message, WARN if warning or repeat else OK, close=False)

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        for button in (ui.save_button, ui.cancel_button):
            button.setVisible(page == FORM_PAGE)
        ui.close_button.setVisible(page == RESULT_PAGE)
        ui.save_button.setDefault(page == FORM_PAGE)
        ui.close_button.setDefault(page == RESULT_PAGE)
