"""受理单更正 / 撤销受理: a saved claim's facts corrected with a reason, or the claim withdrawn (W1-W12).

One form for three uses: correcting (the fields editable, the new warranty decision shown before saving),
withdrawing (the facts shown read-only, the reason typed), and looking (read-only, saying why it cannot
be corrected: a double-click on a claim opens it this way rather than printing).
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidgetItem, QMessageBox, QPlainTextEdit, QWidget

from desktop_app.core.warranty import WARRANTY_CONTEXT, WarrantyDecision
from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING, date_text
from desktop_app.gui.forms.ui_claim_correction_dialog import Ui_ClaimCorrectionDialog
from desktop_app.gui.intake.field_errors import FieldErrors, parse_date
from desktop_app.gui.labels import label
from desktop_app.services.actor import Actor
from desktop_app.services.claim_corrections import (
    ClaimCorrection,
    ClaimCorrectionService,
    ClaimOnRecord,
    CorrectionSaved,
)
from desktop_app.services.intake_forms import FormInvalid


class Purpose(StrEnum):
    CORRECT = "correct"
    WITHDRAW = "withdraw"
    VIEW = "view"  # read-only: correcting is not allowed (the reason is shown)


class ClaimCorrectionDialog(QDialog):
    corrected = Signal(object)  # CorrectionSaved
    withdrawn = Signal(object)  # ClaimWithdrawn

    def __init__(self, service: ClaimCorrectionService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ClaimCorrectionDialog()
        ui.setupUi(self)
        self._service = service
        self._actor = actor
        self.record: ClaimOnRecord | None = None
        self.purpose = Purpose.VIEW
        self._confirmed: ClaimCorrection | None = None  # the input whose changed decision the user has seen
        # The answer to the shared-phone question: ("use", that customer's id) or ("new", None), for the phone
        # as typed when it was given (a phone typed again is asked again).
        self._phone_answer: tuple[str, int | None, str] | None = None
        self.errors = FieldErrors([
            ("customer_name", ui.name_edit, ui.customer_error), ("contact_person", ui.contact_edit, ui.customer_error),
            ("customer_phone", ui.phone_edit, ui.customer_error), ("phone2", ui.phone2_edit, ui.customer_error),
            ("customer_city", ui.city_edit, ui.customer_error), ("customer_address", ui.address_edit, ui.customer_error),
            ("serial", ui.serial_edit, ui.unit_error), ("sale_date", ui.sale_date_edit, ui.unit_error),
            ("invoice_no", ui.invoice_no_edit, ui.unit_error),
            ("fault_description", ui.fault_edit, ui.fault_error),
            ("requested_remedy", ui.remedy_combo, ui.remedy_error), ("reason", ui.reason_edit, ui.reason_error),
        ], ui.error_label)
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        ui.invoice_check.toggled.connect(self._on_invoice_toggled)
        for edit in (ui.serial_edit, ui.sale_date_edit, ui.invoice_no_edit):  # a cleared invoice re-judges (W10)
            edit.editingFinished.connect(self.show_decision)
        ui.invoice_check.toggled.connect(self.show_decision)
        ui.accessories_list.itemChanged.connect(self.show_decision)
        ui.remedy_combo.activated.connect(self.show_decision)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    # --- filling ---------------------------------------------------------------------------------
    def start(self, claim_id: int, purpose: Purpose) -> bool:
        """Fills the dialog for the claim; False (the error shown) if it cannot be read."""
        try:
            record = self._service.on_record(self._actor, claim_id)
        except Exception as error:  # noqa: BLE001 - shown (a KnownError in the user's words)
            show_error(self.parentWidget(), error)
            return False
        if purpose is Purpose.CORRECT and record.correct_refusal is not None:
            purpose = Purpose.VIEW
        self.record, self.purpose, self._confirmed, self._phone_answer = record, purpose, None, None
        ui, facts = self.ui, record.correction
        self.errors.clear()
        ui.summary_label.setText(self.tr("Claim {number} of {day}, taken in by {operator} · {status} · "
                                         "work orders: {orders}").format(
            number=record.number, day=date_text(record.claim_date), operator=record.taken_in_by,
            status=label(record.status),
            orders="; ".join(f"{number} {label(state)}" for number, state in record.work_orders) or MISSING))
        ui.name_edit.setText(facts.customer_name)
        ui.contact_edit.setText(facts.contact_person or "")
        ui.phone_edit.setText(facts.phone)
        ui.phone2_edit.setText(facts.phone2 or "")
        ui.city_edit.setText(facts.city or "")
        ui.address_edit.setText(facts.address or "")
        ui.model_label.setText(record.product_model)
        ui.serial_edit.setText(facts.serial)
        ui.invoice_check.setChecked(facts.has_invoice)
        ui.sale_date_edit.setText(facts.sale_date.isoformat() if facts.sale_date else "")
        ui.invoice_no_edit.setText(facts.invoice_no or "")
        ui.fault_edit.setPlainText(facts.fault_description)
        self._fill_accessories(record, facts.accessories_received)
        self._fill_remedies(record.offered, facts.requested_remedy)
        ui.reason_edit.clear()
        self._show_saved_decision(record)
        self._set_purpose(purpose)
        return True

    def _fill_accessories(self, record: ClaimOnRecord, received: tuple[str, ...]) -> None:
        listing = self.ui.accessories_list
        listing.blockSignals(True)
        listing.clear()
        for name in dict.fromkeys((*record.accessories, *received)):
            item = QListWidgetItem(name, listing)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if name in received else Qt.CheckState.Unchecked)
        listing.blockSignals(False)

    def _fill_remedies(self, offered: tuple, requested: object) -> None:
        combo = self.ui.remedy_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("As chosen at intake (or the best offered)"), None)
        for remedy in offered:
            combo.addItem(label(remedy), remedy)
        index = combo.findData(requested) if requested is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _set_purpose(self, purpose: Purpose) -> None:
        ui, record = self.ui, self.record
        editable = purpose is Purpose.CORRECT
        for edit in (ui.name_edit, ui.contact_edit, ui.phone_edit, ui.phone2_edit, ui.city_edit, ui.address_edit,
                     ui.serial_edit, ui.sale_date_edit, ui.invoice_no_edit):
            edit.setReadOnly(not editable)
        ui.fault_edit.setReadOnly(not editable)
        for widget in (ui.invoice_check, ui.accessories_list, ui.remedy_combo):
            widget.setEnabled(editable)
        ui.sale_date_edit.setEnabled(ui.invoice_check.isChecked() or not editable)
        asks_reason = purpose is not Purpose.VIEW
        ui.reason_label.setVisible(asks_reason)
        ui.reason_edit.setVisible(asks_reason)
        ui.ok_button.setVisible(asks_reason)
        ui.notice_label.setStyleSheet("")
        if purpose is Purpose.CORRECT:
            self.setWindowTitle(self.tr("Correct claim {number}").format(number=record.number))
            ui.notice_label.setText(self.tr(
                "Correct what was taken in wrongly. The customer's details are changed on every claim of this "
                "customer. A changed sale date, invoice or serial judges the warranty again (W1-W11)."))
            ui.reason_edit.setPlaceholderText(self.tr("Why the claim is corrected (kept in the audit log)"))
            ui.ok_button.setText(self.tr("&Save correction"))
            ui.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif purpose is Purpose.WITHDRAW:
            self.setWindowTitle(self.tr("Withdraw claim {number}").format(number=record.number))
            ui.notice_label.setText(self.tr(
                "The claim is cancelled, and its open work orders with it. It stays in the list under "
                "\"Cancelled\"."))
            ui.reason_edit.setPlaceholderText(self.tr("Why the claim is withdrawn (kept in the audit log)"))
            ui.ok_button.setText(self.tr("&Withdraw claim"))
            ui.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setWindowTitle(self.tr("Claim {number}").format(number=record.number))
            refusal = record.correct_refusal
            ui.notice_label.setText(error_text(refusal) if refusal is not None else "")
            ui.notice_label.setStyleSheet("color: #8a5a00;")
            ui.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.cancel_button.setText(self.tr("Close"))

    # --- the decision ----------------------------------------------------------------------------
    def _show_saved_decision(self, record: ClaimOnRecord) -> None:
        self.ui.decision_label.setText(self.tr("{chosen}; offered: {offered}").format(
            chosen=label(record.decision) if record.decision else MISSING,
            offered=self.tr(", ").join(label(r) for r in record.offered) or MISSING))

    def _decision_text(self, decision: WarrantyDecision, chosen: object, changed: bool) -> str:
        reasons = " ".join(QCoreApplication.translate(WARRANTY_CONTEXT, r) for r in decision.reasons)
        text = self.tr("{chosen}; offered: {offered}").format(
            chosen=label(chosen), offered=self.tr(", ").join(label(r) for r in decision.offered))
        if changed:
            text = self.tr("Changed by this correction: {decision}").format(decision=text)
        return f"{text}\n{reasons}" if reasons else text

    @Slot()
    def show_decision(self, *_args: object) -> None:
        """The decision the typed facts give (W1-W11), as the user types; a fact not yet valid shows nothing."""
        if self.record is None or self.purpose is not Purpose.CORRECT:
            return
        try:
            correction = self.correction()
            preview = self._service.preview(self._actor, self.record.id, correction)
        except KnownError:
            return  # said when saving, at its field
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
            return
        self.ui.decision_label.setText(self._decision_text(preview.decision, preview.chosen, preview.decision_changed))

    # --- reading and saving ----------------------------------------------------------------------
    def correction(self) -> ClaimCorrection:
        """What the form says; a date not on the calendar is refused here, at its field."""
        ui, record = self.ui, self.record
        assert record is not None
        listing = ui.accessories_list
        received = tuple(listing.item(i).text() for i in range(listing.count())
                         if listing.item(i).checkState() is Qt.CheckState.Checked)
        has_invoice = ui.invoice_check.isChecked()
        answer = self._phone_answer if self._phone_answer and self._phone_answer[2] == ui.phone_edit.text() else None
        return ClaimCorrection(
            customer_name=ui.name_edit.text(), phone=ui.phone_edit.text(), phone2=ui.phone2_edit.text(),
            contact_person=ui.contact_edit.text(), city=ui.city_edit.text(), address=ui.address_edit.text(),
            serial=ui.serial_edit.text(), has_invoice=has_invoice,
            sale_date=parse_date(ui.sale_date_edit.text(), "sale_date") if has_invoice else None,
            invoice_no=ui.invoice_no_edit.text() if has_invoice else None,
            fault_description=ui.fault_edit.toPlainText(), accessories_received=received,
            requested_remedy=ui.remedy_combo.currentData(), reason=ui.reason_edit.text(),
            expected_version=record.version, customer_id=answer[1] if answer and answer[0] == "use" else None,
            new_despite_phone=bool(answer and answer[0] == "new"))

    @Slot()
    def save(self) -> None:
        if self.record is None or self.purpose is Purpose.VIEW:
            return
        try:
            if self.purpose is Purpose.WITHDRAW:
                done = self._service.withdraw(self._actor, self.record.id, self.ui.reason_edit.text(),
                                              expected_version=self.record.version)
            else:
                correction = self.correction()
                if not self._decision_seen(correction):
                    return
                done = self._service.correct(self._actor, self.record.id, correction)
        except FormInvalid as error:
            if not self._answer_shared_phone(error):
                self.errors.show(error.errors)
            return
        except ValidationError as error:
            self.errors.show([error])
            return
        except KnownError as error:  # a missing permission, the claim changed elsewhere
            self.errors.clear()
            self.ui.error_label.setText(error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
            return
        self.ui.reason_edit.clear()  # saved: nothing typed is left to lose
        self.record = None
        self.accept()
        (self.corrected if isinstance(done, CorrectionSaved) else self.withdrawn).emit(done)

    def _decision_seen(self, correction: ClaimCorrection) -> bool:
        """A correction that changes the warranty decision is saved once the user has seen the new one."""
        assert self.record is not None
        try:
            preview = self._service.preview(self._actor, self.record.id, correction)
        except KnownError:
            return True  # the save says what is wrong, every field at once (the reason too)
        self.ui.decision_label.setText(self._decision_text(preview.decision, preview.chosen, preview.decision_changed))
        if not preview.decision_changed or self._confirmed == replace(correction, reason=""):
            return True
        self._confirmed = replace(correction, reason="")
        self.errors.clear()
        self.ui.error_label.setText(self.tr(
            "The warranty decision changes with this correction: check it above, then save again."))
        return False

    def _answer_shared_phone(self, invalid: FormInvalid) -> bool:
        """The corrected phone is another customer's on record (services.claim_customers), asked as intake
        asks: the same person (the claim moves to that customer, whose details fill the customer fields) or
        a different person sharing the number; True when the answer was acted on (saved again)."""
        error = invalid.by_field().get("customer_phone")
        if error is None or "customer_id" not in error.params or self.record is None:
            return False
        answer = self.ask_shared_phone(error_text(error))
        if answer == "new":
            self._phone_answer = ("new", None, self.ui.phone_edit.text())
        elif answer == "use":
            try:
                holder = self._service.phone_holder(self._actor, error.params["customer_id"])
            except KnownError:
                return False
            ui = self.ui
            ui.name_edit.setText(holder.name)
            ui.contact_edit.setText(holder.contact_person or "")
            ui.phone_edit.setText(holder.phone)
            ui.phone2_edit.setText(holder.phone2 or "")
            ui.city_edit.setText(holder.city or "")
            ui.address_edit.setText(holder.address or "")
            self._phone_answer = ("use", holder.id, ui.phone_edit.text())
        else:
            return False
        self.save()
        return True

    def ask_shared_phone(self, message: str) -> str | None:
        """"use" that customer (the same person), "new" (a different person sharing the number), or None."""
        box = self.shared_phone_box(message)
        box.exec()
        return box.clickedButton().property("answer") if box.clickedButton() is not None else None

    def shared_phone_box(self, message: str) -> QMessageBox:
        """The question, not yet shown; each answer button carries "use" or "new" as its ``answer`` property."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Phone number already registered"), message,
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message names a customer as typed: never markup
        use = box.addButton(self.tr("Same person: move the claim to that customer"), QMessageBox.ButtonRole.AcceptRole)
        use.setProperty("answer", "use")
        box.addButton(self.tr("Different person: keep a separate customer"),
                      QMessageBox.ButtonRole.ActionRole).setProperty("answer", "new")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # neither answer is a guess Enter may make
        return box

    @Slot(bool)
    def _on_invoice_toggled(self, checked: bool) -> None:
        """W10: without the invoice there is no sale date or invoice number to correct."""
        editable = self.purpose is Purpose.CORRECT
        self.ui.sale_date_edit.setEnabled(checked or not editable)
        self.ui.invoice_no_edit.setEnabled(checked or not editable)

    # --- unsaved input (the idle lock asks; nothing typed is lost silently) ---------------------------
    def has_unsaved_changes(self) -> bool:
        if not self.isVisible() or self.record is None or self.purpose is Purpose.VIEW:
            return False
        if self.ui.reason_edit.text().strip():
            return True
        try:
            return _plain(self.correction()) != _plain(self.record.correction)
        except KnownError:
            return True  # a half-typed date is typing too

    def discard_changes(self) -> None:
        """Closes without asking (the lock has asked already)."""
        self.record = None
        super().reject()

    @Slot()
    def reject(self) -> None:
        if self.has_unsaved_changes() and not discard_confirmed(
                self, self.tr("Discard what was typed?"),
                self.tr("The correction has not been saved. Close and lose it?")):
            return
        self.record = None
        super().reject()


def _plain(c: ClaimCorrection) -> ClaimCorrection:
    """The facts without the reason and version, an empty optional text as None (the service's reading)."""
    def blank(text: str | None) -> str | None:
        return (text or "").strip() or None

    return replace(c, reason="", expected_version=None, customer_id=None, new_despite_phone=False, phone2=blank(c.phone2), contact_person=blank(c.contact_person),
                   city=blank(c.city), address=blank(c.address), invoice_no=blank(c.invoice_no))


def read_only_fields(dialog: ClaimCorrectionDialog) -> list[QLineEdit | QPlainTextEdit]:
    """The dialog's text fields (tests: all read-only when correcting is not allowed)."""
    ui = dialog.ui
    return [ui.name_edit, ui.contact_edit, ui.phone_edit, ui.phone2_edit, ui.city_edit, ui.address_edit,
            ui.serial_edit, ui.sale_date_edit, ui.invoice_no_edit, ui.fault_edit]
