"""One line to type before an action: the reason to cancel, the replacement unit's serial, the customer's opinion."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.gui.forms.ui_work_order_note_dialog import Ui_NoteDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.order_dialog import FAILED, OK, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail


class NotePurpose(StrEnum):
    CANCEL = "cancel"
    EXCHANGE = "exchange"
    OPINION = "opinion"


class NoteDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_NoteDialog(), services, actor, parent)
        ui = self.ui
        self.purpose = NotePurpose.CANCEL
        self.errors = FieldErrors([("reason", ui.note_edit, ui.note_error),
                                   ("replacement_serial", ui.note_edit, ui.note_error),
                                   ("customer_opinion", ui.note_edit, ui.note_error)], ui.error_label)
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def start_for(self, detail: WorkOrderDetail, purpose: NotePurpose) -> None:
        self.purpose = purpose
        self.start(detail)

    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.errors.clear()
        ui.note_edit.clear()
        if self.purpose is NotePurpose.CANCEL:
            self.setWindowTitle(self.tr("Cancel the work order"))
            ui.note_label.setText(self.tr("&Reason:"))
            ui.note_edit.setPlaceholderText(self.tr("Why the order is cancelled (kept in its history)"))
            ui.ok_button.setText(self.tr("Cancel the &order"))
        elif self.purpose is NotePurpose.OPINION:
            self.setWindowTitle(self.tr("The customer's opinion"))
            ui.note_label.setText(self.tr("&Customer's opinion:"))
            ui.note_edit.setPlaceholderText(self.tr("What the customer says about the service (E17)"))
            ui.note_edit.setText(detail.report_customer_opinion or "")
            ui.ok_button.setText(self.tr("&Save opinion"))
        else:
            self.setWindowTitle(self.tr("Exchange"))
            ui.note_label.setText(self.tr("&Replacement serial no.:"))
            ui.note_edit.setPlaceholderText(self.tr("Scan or type the new unit's serial number"))
            ui.ok_button.setText(self.tr("Record &exchange"))
        ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        return self.ui.note_edit.text()

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        text, order_id, version = self.ui.note_edit.text(), self.detail.id, self.detail.row_version
        if self.purpose is NotePurpose.CANCEL:
            done = self.attempt(lambda: self._services.orders.cancel(self._actor, order_id, text,
                                                                     expected_version=version), self.errors)
            message = self.tr("Work order {number} cancelled.")
        elif self.purpose is NotePurpose.OPINION:
            done = self.attempt(lambda: self._services.orders.record_customer_opinion(
                self._actor, order_id, text, expected_version=version), self.errors)
            message = self.tr("The customer's opinion is on {number}'s service report.")
        else:
            done = self.attempt(lambda: self._services.bench.record_exchange(self._actor, order_id, text,
                                                                             expected_version=version), self.errors)
            message = self.tr("Exchange recorded: {number} gets the unit {serial} (its warranty runs on).")
        if done is FAILED:
            return
        self.finish(message.format(number=self.detail.number, serial=text.strip()), OK)
