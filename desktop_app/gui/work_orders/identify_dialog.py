"""登记产品: the product found on a visit booked from a call, with intake's live warranty decision (W1-W6, W10, W12)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.vocabulary import Remedy
from desktop_app.errors import ValidationError
from desktop_app.gui.formatting import date_text, money_text
from desktop_app.gui.forms.ui_work_order_identify_dialog import Ui_IdentifyProductDialog
from desktop_app.gui.intake.field_errors import FieldErrors, parse_date
from desktop_app.gui.intake.intake_fields import IntakeFields, product_text
from desktop_app.gui.labels import label
from desktop_app.gui.work_orders.order_dialog import FAILED, OK, WARN, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.texts import join
from desktop_app.services.actor import Actor
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.visit_identification import VisitContext, VisitIdentified, VisitProductForm, check_form
from desktop_app.services.visit_wear_parts import FittedWearParts
from desktop_app.services.work_order_details import WorkOrderDetail

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 200  # as the intake form: the decision follows the typing without re-judging every key


class IdentifyProductDialog(OrderDialog):
    """Saving opens the visit's claim on the call's date and links it to the order (one transaction)."""

    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_IdentifyProductDialog(), services, actor, parent)
        ui = self.ui
        ui.decision_panel.ui.sla_group.hide()  # the call's clocks run in the call register (S1, S3)
        ui.model_notice_label.hide()  # shown by the preview for a deactivated model, as at intake
        self.context: VisitContext | None = None
        self.result: VisitIdentified | None = None
        self.errors = FieldErrors([("serial", ui.serial_edit, ui.serial_error),
                                   ("product_model", ui.model_combo, ui.product_model_error),
                                   ("sale_date", ui.sale_date_edit, ui.sale_date_error),
                                   ("fault_description", ui.fault_edit, ui.fault_description_error),
                                   ("customer_consent", ui.consent_check, ui.consent_error)],
                                  ui.error_label, aliases={"claim_date": "sale_date"},
                                  depends={"serial": (ui.serial_unknown_check,), "sale_date": (ui.invoice_check,)})
        self.wear_parts: FittedWearParts | None = None  # fitted before the product was known (W3, W6)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        for edit in (ui.serial_edit, ui.sale_date_edit):
            edit.textChanged.connect(self._preview_timer.start)
        for check in (ui.serial_unknown_check, ui.invoice_check):
            check.toggled.connect(self._preview_timer.start)
        ui.model_combo.editTextChanged.connect(self._on_model_edited)
        ui.serial_unknown_check.toggled.connect(lambda on: ui.serial_edit.setEnabled(not on))
        ui.serial_edit.returnPressed.connect(self.serial_entered)  # a scanner types the code, then Enter
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    # --- OrderDialog -----------------------------------------------------------------------------
    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.result = None
        self.context = self._services.visits.context(self._actor, detail.id)
        # The intake form's fillers work on this form: its widgets have the same names.
        IntakeFields.set_models(self, self._services.visits.product_models())  # type: ignore[arg-type]
        for edit in (ui.serial_edit, ui.sale_date_edit, ui.invoice_no_edit):
            edit.clear()
        ui.serial_unknown_check.setChecked(False)
        ui.serial_edit.setEnabled(True)
        ui.invoice_check.setChecked(True)
        ui.consent_check.setChecked(False)
        self._show_consent(None)
        ui.fault_edit.setPlainText(self.context.call_subject or "")  # what the customer said on the phone
        ui.hint_label.setText(self.tr(
            "The claim is dated the day the customer called, {date}: the warranty promise in force then "
            "applies (W12). On a visit the remedy is repair, free or paid as judged; return and exchange are "
            "handled at the counter (W2, W3).").format(date=date_text(self.context.claim_date)))
        self.errors.clear()
        self.refresh_preview()
        ui.serial_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        ui = self.ui
        return (ui.serial_edit.text(), ui.model_combo.currentText(), ui.sale_date_edit.text(),
                ui.invoice_no_edit.text(), ui.fault_edit.toPlainText(), ui.serial_unknown_check.isChecked(),
                ui.invoice_check.isChecked(), ui.consent_check.isChecked())

    # --- reading the form ------------------------------------------------------------------------
    def read(self) -> tuple[VisitProductForm, list[ValidationError]]:
        """The form as typed; a sale date that cannot be read is None here and listed as an error."""
        ui = self.ui
        errors: list[ValidationError] = []
        try:
            sale = parse_date(ui.sale_date_edit.text(), "sale_date")
        except ValidationError as error:
            errors.append(error)
            sale = None
        form = VisitProductForm(
            product_model=ui.model_combo.currentText().strip(), serial=ui.serial_edit.text().strip(),
            fault_description=ui.fault_edit.toPlainText(), serial_unknown=ui.serial_unknown_check.isChecked(),
            has_invoice=ui.invoice_check.isChecked(), sale_date=sale,
            invoice_no=ui.invoice_no_edit.text().strip() or None)
        return form, errors

    # --- actions ---------------------------------------------------------------------------------
    @Slot()
    def serial_entered(self) -> None:
        """A known serial brings its model and sale, as at intake (W10); then on to the next field."""
        ui = self.ui
        known = self._services.visits.known_unit(ui.serial_edit.text())
        if known is not None:
            IntakeFields.fill_unit(self, known)  # type: ignore[arg-type]
        self.refresh_preview()
        (ui.fault_edit if known is not None else ui.model_combo).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        if self.context is None:
            return
        form, date_errors = self.read()
        if self.errors.has_messages():  # the messages of the last Save follow the typing: fixed ones go
            self.errors.recheck(self._form_errors(form, date_errors))
        try:
            preview = self._services.visits.preview(form, self.context.claim_date, self._actor)
            wear = self._services.visits.wear_parts_to_agree(self._actor, self.context.order_id, preview.decision)
        except Exception:  # noqa: BLE001 - the panel must not interrupt typing; Save reports errors
            log.exception("warranty preview failed")
            self.ui.decision_panel.show_preview(None)
            self.ui.model_notice_label.hide()
            self.ui.product_name_label.clear()
            return
        self.ui.model_notice_label.setVisible(preview.discontinued_model)  # still judged by its category (W4, W12)
        self.ui.product_name_label.setText(product_text(preview.product))  # any known model, as at intake
        self.ui.decision_panel.show_preview(preview)
        self._show_consent(wear)

    @Slot()
    def save(self) -> None:
        """Checks every field at once; the first wrong one gets the cursor and nothing is written."""
        if self.detail is None:
            return
        self.refresh_preview()  # a pending preview first: the consent box must show what Save would refuse
        form, errors = self.read()
        errors = self._form_errors(form, errors)
        if errors:
            self.errors.show(errors, rechecked=True)
            return
        order_id, version = self.detail.id, self.detail.row_version
        consent = self.ui.consent_check.isChecked() and not self.ui.consent_check.isHidden()
        refused: list[FormInvalid] = []

        def identify() -> object:
            try:
                return self._services.visits.identify(self._actor, order_id, form, version,
                                                      customer_consent=consent)
            except FormInvalid as invalid:  # judged on the call's date (W1), a serial of another model
                refused.append(invalid)
                return FAILED

        result = self.attempt(identify, self.errors)
        if refused:
            self.errors.show(refused[0].errors)
        if result is FAILED:
            if self.ui.consent_error.text():  # judged otherwise than the preview showed: ask now
                for widget in (self.ui.consent_label, self.ui.consent_check, self.ui.consent_error):
                    widget.show()
            return
        self.result = result
        paid = result.remedy is Remedy.PAID_REPAIR
        message = (self.tr("Product identified: serial {serial}, claim {claim}. {remedy}; cost borne by: {bearer}.")
                   .format(serial=result.serial, claim=result.claim_number, remedy=label(result.remedy),
                           bearer=label(result.cost_bearer)))
        if result.wear_parts_amount is not None:
            message += " " + self.tr("The customer pays {amount} for the wear parts at cost.").format(
                amount=money_text(result.wear_parts_amount))
        self.finish(message, WARN if paid else OK)

    def _form_errors(self, form: VisitProductForm, date_errors: list[ValidationError]) -> list[ValidationError]:
        """What the form's own check finds (Save's first step): an unreadable date, then every field."""
        errors = list(date_errors)
        try:
            check_form(form, self._services.clock().astimezone().date())
        except FormInvalid as invalid:
            bad = {e.field for e in errors}
            errors += [e for e in invalid.errors if e.field not in bad]
        return errors

    @Slot()
    def reject(self) -> None:
        self._preview_timer.stop()
        super().reject()

    def _show_consent(self, wear: FittedWearParts | None) -> None:
        """W3, W6: parts fitted before the product was known were the customer's; on a free repair the wear
        parts stay theirs at cost only if they agree: the box shows with what they would pay."""
        ui = self.ui
        self.wear_parts = wear
        for widget in (ui.consent_label, ui.consent_check, ui.consent_error):
            widget.setVisible(wear is not None)
        if wear is None:
            ui.consent_label.clear()
            return
        ui.consent_label.setText(self.tr(
            "Wear parts already fitted are not covered by the free repair (W3, W6): {parts} cost the customer "
            "{amount} at cost. Ask the customer; if they do not want them, take them back and return them to "
            "stock before saving.").format(parts=join([f"{part} ×{qty}" for part, qty in wear.lines]),
                                            amount=money_text(wear.amount)))

    @Slot(str)
    def _on_model_edited(self, _text: str) -> None:
        self._preview_timer.start()  # the product's name and category follow with the decision
