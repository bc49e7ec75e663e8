"""新建理赔: the intake form with its live warranty decision; saves one claim, then confirms it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QSizePolicy, QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.core.phone_numbers import normalize_phone
from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, Remedy
from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.forms.ui_intake_dialog import Ui_IntakeDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.intake.intake_fields import IntakeFields, product_text, remedy_of
from desktop_app.gui.intake import shared_phone_question
from desktop_app.gui.labels import label
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.services.actor import Actor
from desktop_app.services.claims import ClaimSaved
from desktop_app.services.intake_forms import FormInvalid, IntakeForm, asks_arrival_time, validate_intake
from desktop_app.services.lookup import CustomerMatch, UnitBrief

log = logging.getLogger(__name__)

# The decision follows the typing without re-judging on every key.
PREVIEW_DELAY_MS = 200
# W8: an escalated claim is judged as escalated while its note is still being written (the panel says
# it awaits the note; Save asks for it). Any non-blank text would do: the panel never shows this one.
NOTE_PENDING = "…"
FORM_PAGE, DONE_PAGE = 0, 1
DONE_PAGE_MIN = QSize(520, 0)  # the saved page: room for a long claim number and the three buttons


class IntakeDialog(QDialog):
    """Opened by the claims tab; ``start`` clears it (optionally pre-filled) for the next customer."""

    claim_saved = Signal(object)  # ClaimSaved
    receipt_requested = Signal(int)  # claim id: the receipt printing is connected by the caller

    def __init__(self, services: DeskServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self.fields = IntakeFields(self.ui)
        self.saved: ClaimSaved | None = None
        self._best: Remedy | None = None  # the best remedy of the last preview (None: not judged)
        self.receipt_available: Callable[[], bool] = lambda: False
        self._form_size: QSize | None = None  # the form's size while the compact saved page is shown
        self._baseline = self.fields.snapshot()
        ui = self.ui
        self.errors = FieldErrors(self._error_fields(), ui.form_error_label,
                                  aliases={"claim_date": "sale_date", "override": "override_reason",
                                           "override_by": "override_reason"},
                                  # a message goes with the box or choice it is about, not only its field
                                  depends={"serial": (ui.serial_unknown_check,), "sale_date": (ui.invoice_check,),
                                           "escalated_note": (ui.escalate_check,),
                                           "override_reason": (ui.override_combo, ui.escalate_check),
                                           "required_arrival_at": (ui.channel_combo, ui.remedy_combo)})
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.ui.model_notice_label.hide()  # shown by the preview for a deactivated model
        self._connect()
        self.set_actor(actor)

    def _error_fields(self) -> list:
        ui = self.ui
        return [("customer_name", ui.name_edit, ui.customer_name_error),
                ("customer_phone", ui.phone_edit, ui.customer_phone_error),
                ("product_model", ui.model_combo, ui.product_model_error),
                ("serial", ui.serial_edit, ui.serial_error),
                ("sale_date", ui.sale_date_edit, ui.sale_date_error),
                ("centre_received_date", ui.received_edit, ui.centre_received_date_error),
                ("required_arrival_at", ui.arrival_edit, ui.required_arrival_at_error),
                ("fault_description", ui.fault_edit, ui.fault_description_error),
                ("requested_remedy", ui.remedy_combo, ui.requested_remedy_error),
                ("escalated_note", ui.escalate_note_edit, ui.escalated_note_error),
                ("override_reason", ui.override_reason_edit, ui.override_reason_error)]

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.name_edit, ui.phone_edit, ui.company_edit, ui.city_edit, ui.serial_edit,
                     ui.sale_date_edit, ui.received_edit, ui.escalate_note_edit, ui.override_reason_edit):
            edit.textChanged.connect(self._schedule_preview)
        for check in (ui.serial_unknown_check, ui.invoice_check, ui.escalate_check):
            check.toggled.connect(self._schedule_preview)
        for combo in (ui.channel_combo, ui.override_combo):
            combo.currentIndexChanged.connect(self._schedule_preview)
        for combo in (ui.channel_combo, ui.remedy_combo):  # at once, not after the preview's delay
            combo.currentIndexChanged.connect(self._show_arrival)
        ui.model_combo.editTextChanged.connect(self._on_model_edited)
        ui.accessories_list.itemChanged.connect(self._schedule_preview)
        ui.serial_unknown_check.toggled.connect(lambda on: ui.serial_edit.setEnabled(not on))
        ui.escalate_check.toggled.connect(ui.escalate_note_edit.setEnabled)
        ui.invoice_check.toggled.connect(self._show_invoice_hint)
        ui.invoice_no_edit.textChanged.connect(self._show_invoice_hint)
        ui.sale_date_edit.textChanged.connect(self._show_invoice_hint)
        ui.new_customer_button.clicked.connect(self.forget_existing_customer)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        ui.close_button.clicked.connect(self.reject)
        ui.another_button.clicked.connect(lambda: self.start())
        ui.print_button.clicked.connect(self._on_print_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_new_shortcut)

    # --- what the tab calls ----------------------------------------------------------------------
    def set_actor(self, actor: Actor) -> None:
        """The signed-in user; a supervisor also sees the tier override (W10)."""
        self._actor = actor
        may_override = allows(actor.role, Permission.CLAIMS_OVERRIDE_TIER)
        self.ui.claim_form.setRowVisible(self.ui.override_row, may_override)
        self.ui.override_combo.setHidden(not may_override)  # read() skips a hidden override
        if not may_override:
            self.ui.override_combo.setCurrentIndex(0)

    def start(self, customer: CustomerMatch | None = None, unit: UnitBrief | None = None) -> None:
        """A blank form, or one pre-filled from the search; the decision is shown at once."""
        self.saved = None
        self.fields.set_models(self._services.intake.product_models())
        self.fields.clear()
        if customer is not None:
            self.fields.fill_customer(customer)
        if unit is not None:
            self.fields.fill_unit(unit)
        self.ui.serial_edit.setEnabled(True)
        self.ui.escalate_note_edit.setEnabled(False)
        self.errors.clear()
        self._show_existing_customer()
        self._show_invoice_hint()
        self._show_page(FORM_PAGE)
        self.refresh_preview()
        self._baseline = self.fields.snapshot()
        # Where the operator types next: the fault for a known unit, else the first empty fact.
        first = self.ui.fault_edit if unit else self.ui.model_combo if customer else self.ui.name_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_unsaved_changes(self) -> bool:
        return (self.isVisible() and self.ui.pages.currentIndex() == FORM_PAGE
                and self.fields.snapshot() != self._baseline)

    def discard_changes(self) -> None:
        """Drops what was typed and closes without asking (the idle lock has asked already)."""
        self._preview_timer.stop()
        self.fields.clear()
        self.errors.clear()
        self._baseline = self.fields.snapshot()
        super().reject()

    # --- actions ---------------------------------------------------------------------------------
    @Slot()
    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        form, date_errors = self.fields.read()
        note_pending = form.escalated_note is not None and not form.escalated_note.strip()
        try:
            shown = replace(form, escalated_note=NOTE_PENDING) if note_pending else form
            preview = self._services.intake.preview(shown, self._actor)
        except Exception:  # noqa: BLE001 - the panel must not interrupt typing; Save reports errors
            log.exception("warranty preview failed")
            self.ui.decision_panel.show_preview(None)
            self.ui.model_notice_label.hide()
            self.ui.product_name_label.clear()
            return
        # A model no longer sold is still taken in and judged by its category (W1-W4, W12): a notice, not an error.
        self.ui.model_notice_label.setVisible(preview.discontinued_model)
        self.ui.product_name_label.setText(product_text(preview.product))
        self.ui.accessories_list.blockSignals(True)  # a rebuilt checklist is not an edit
        self.fields.set_accessories(preview.accessories)
        self.ui.accessories_list.blockSignals(False)
        decision = preview.decision
        self.fields.allow_remedies(decision.offered if decision is not None else None)
        self._best = decision.best if decision is not None else None
        self._show_arrival()
        self.ui.decision_panel.show_preview(preview, self.fields.accessories_missing(), form.customer.city,
                                            note_pending=note_pending)
        if self.errors.has_messages():  # the messages of the last Save follow the typing: fixed ones go
            self.errors.recheck(self._form_errors(form, date_errors))

    @Slot()
    def save(self) -> None:
        """Checks every field at once; nothing typed is lost, the first wrong field gets the cursor."""
        if self.ui.pages.currentIndex() != FORM_PAGE:
            return
        form, errors = self.fields.read()
        errors = self._form_errors(form, errors)
        if errors:
            self.errors.show(errors, rechecked=True)
            return
        self._take_in(form)

    def _form_errors(self, form: IntakeForm, date_errors: list[ValidationError]) -> list[ValidationError]:
        """What the form's own check finds (Save's first step): the unreadable dates, then every field."""
        errors = list(date_errors)
        try:
            validate_intake(form, self._services.today(), self._services.clock(), self._expected_remedy())
        except FormInvalid as invalid:
            bad = {e.field for e in errors}
            errors += [e for e in invalid.errors if e.field not in bad]
        return errors

    def _take_in(self, form: IntakeForm) -> None:
        try:
            saved = self._services.intake.take_in(self._actor, form)
        except FormInvalid as invalid:
            if not self._answer_shared_phone(invalid, form):
                self.errors.show(invalid.errors)
            return
        except KnownError as error:  # e.g. a missing permission: no field to point at
            self.errors.clear()
            self.ui.form_error_label.setText(error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
            return
        self._show_saved(saved, form.required_arrival_at)

    def _answer_shared_phone(self, invalid: FormInvalid, form: IntakeForm) -> bool:
        """The typed phone is a customer's of another name (services.intake_writes.returning_customer):
        the desk says whether that customer is meant (picked as from the search) or a new one with the
        same number (a switchboard, a family phone); True when the answer was acted on."""
        error = invalid.by_field().get("customer_phone")
        if error is None or "customer_id" not in error.params:
            return False
        answer = self.ask_shared_phone(error_text(error))
        if answer == "new":
            self._take_in(replace(form, customer=replace(form.customer, new_despite_phone=True)))
            return True
        if answer != "use":
            return False
        try:
            phone = normalize_phone(form.customer.phone)
        except KnownError:
            return False
        match = next((m for m in self._services.lookup.customers(phone) if m.id == error.params["customer_id"]), None)
        if match is None:
            return False
        self.fields.fill_customer(match)
        self._show_existing_customer()
        self.save()
        return True

    def ask_shared_phone(self, message: str) -> str | None:
        """"use" that customer, "new" customer with the same number, or None (cancelled)."""
        return shared_phone_question.ask_shared_phone(self, message)

    def shared_phone_box(self, message: str) -> QMessageBox:
        return shared_phone_question.shared_phone_box(self, message)

    @Slot()
    def forget_existing_customer(self) -> None:
        self.fields.existing_customer = None
        self._show_existing_customer()
        self.ui.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def reject(self) -> None:
        """Esc, Cancel or the close box: asks first when typed input would be lost."""
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        self._preview_timer.stop()
        super().reject()

    def confirm_discard(self) -> bool:
        return discard_confirmed(
            self, self.tr("Discard the claim?"),
            self.tr("The claim has not been saved. Close the form and lose what was typed?"))

    # --- reactions -------------------------------------------------------------------------------
    def _expected_remedy(self) -> Remedy | None:
        """What the save will choose: the remedy asked for, else the best the preview offered."""
        return remedy_of(self.ui.remedy_combo) or self._best

    @Slot()
    def _show_arrival(self) -> None:
        """Rule S3: the required arrival is asked for only when the claim will get an on-site order."""
        channel = ClaimChannel(self.ui.channel_combo.currentData())
        self.fields.show_arrival(asks_arrival_time(channel, self._expected_remedy()))

    @Slot()
    def _show_invoice_hint(self, *_args: object) -> None:
        """W10: an invoice's number or date typed with the box unticked is judged without the invoice (paid
        repair unless a sale is registered). A hint, not an error: the customer may really have none."""
        ui = self.ui
        typed = bool(ui.invoice_no_edit.text().strip() or ui.sale_date_edit.text().strip())
        ui.invoice_hint_label.setVisible(typed and not ui.invoice_check.isChecked())

    @Slot()
    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    @Slot(str)
    def _on_model_edited(self, _text: str) -> None:
        self._preview_timer.start()  # the product's name and category follow with the decision

    @Slot()
    def _on_new_shortcut(self) -> None:
        if self.ui.pages.currentIndex() == DONE_PAGE:
            self.start()

    @Slot()
    def _on_print_clicked(self) -> None:
        if self.saved is not None:
            self.receipt_requested.emit(self.saved.id)

    def _show_page(self, page: int) -> None:
        """The saved page is two lines and three buttons: the window shrinks to it rather than keep the
        form's size, mostly empty (a stacked widget is as large as its largest page), and the next form
        opens at the size the form had."""
        ui, done = self.ui, page == DONE_PAGE
        if ui.pages.currentIndex() == page:
            return
        if done:
            self._form_size = self.size()
        policy = QSizePolicy.Policy.Ignored if done else QSizePolicy.Policy.Preferred
        ui.form_page.setSizePolicy(policy, policy)  # an ignored page does not count in the stack's size
        ui.pages.setCurrentIndex(page)
        self.layout().activate()
        if done:  # not the dialog's sizeHint: the hidden form's height-for-width still counts there
            margins = self.layout().contentsMargins()
            page = ui.done_page.sizeHint().grownBy(margins).expandedTo(DONE_PAGE_MIN)
            self.resize(page.expandedTo(self.minimumSizeHint()))
        elif self._form_size is not None:
            self.resize(self._form_size)

    def _show_existing_customer(self) -> None:
        customer = self.fields.existing_customer
        self.ui.existing_label.setVisible(customer is not None)
        self.ui.new_customer_button.setVisible(customer is not None)
        if customer is not None:
            self.ui.existing_label.setText(self.tr("Existing customer: changes here update the record."))
            self.ui.existing_label.setToolTip(f"{customer.name} {customer.phone}")

    def _show_saved(self, saved: ClaimSaved, arrival: dt.datetime | None = None) -> None:
        self.saved = saved
        self._baseline = self.fields.snapshot()
        ui = self.ui
        ui.done_title_label.setText(self.tr("Claim {number} saved").format(number=saved.number))
        lines = [self.tr("Decision: {remedy}; cost borne by: {bearer}.").format(
            remedy=label(saved.chosen), bearer=label(saved.decision.cost_bearer))]
        if saved.work_order_number:
            lines.append(self.tr("Work order {number} waits for dispatch.").format(number=saved.work_order_number))
            if arrival is not None:  # rule S3: what the customer was promised, to say back to them
                lines.append(self.tr("The technician is to arrive by {time}.").format(time=local_time_text(arrival)))
        if saved.status is ClaimStatus.AWAITING_APPROVAL:
            lines.append(self.tr("The return waits for the general manager's approval (W9)."))
        ui.done_detail_label.setText("\n".join(lines))
        printable = self.receipt_available()
        ui.print_button.setEnabled(printable)
        if not printable:
            ui.print_button.setToolTip(self.tr("Receipt printing is not available on this computer yet."))
        self._show_page(DONE_PAGE)
        (ui.print_button if ui.print_button.isEnabled() else ui.another_button).setFocus()
        self.claim_saved.emit(saved)
