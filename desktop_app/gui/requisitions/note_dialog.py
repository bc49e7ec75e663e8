"""One line to type before an action: why a requisition is cancelled, the manufacturer's approval reference,
why a return was refused."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.gui.forms.ui_requisition_note_dialog import Ui_RequisitionNoteDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.requisitions.form_dialog import FAILED, OK, WARN, FormDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.services.actor import Actor


class NotePurpose(StrEnum):
    CANCEL_REQUISITION = "cancel_requisition"
    CLOSE_SHORT = "close_short"  # 结束剩余 (D6)
    APPROVE_RETURN = "approve_return"  # D15: the manufacturer's written approval
    REFUSE_RETURN = "refuse_return"


class RequisitionNoteDialog(FormDialog):
    def __init__(self, services: RequisitionServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_RequisitionNoteDialog(), services, actor, parent)
        ui = self.ui
        self.purpose = NotePurpose.CANCEL_REQUISITION
        self.number = ""
        self.errors = FieldErrors([("reason", ui.note_edit, ui.note_error),
                                   ("reference", ui.note_edit, ui.note_error)], ui.error_label)
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def start(self, purpose: NotePurpose, number: str) -> None:
        ui = self.ui
        self.purpose, self.number = purpose, number
        self.errors.clear()
        ui.note_edit.clear()
        ui.intro_label.setText(number)
        if purpose is NotePurpose.CANCEL_REQUISITION:
            self.setWindowTitle(self.tr("Cancel the requisition"))
            ui.note_label.setText(self.tr("&Reason:"))
            ui.note_edit.setPlaceholderText(self.tr("Why the requisition is cancelled (kept in the audit log)"))
            ui.ok_button.setText(self.tr("&Cancel the requisition"))
        elif purpose is NotePurpose.CLOSE_SHORT:
            self.setWindowTitle(self.tr("Close the rest of the requisition"))
            ui.note_label.setText(self.tr("&Reason:"))
            ui.note_edit.setPlaceholderText(self.tr("Why the rest will not come, e.g. out of stock at the manufacturer"))
            ui.ok_button.setText(self.tr("C&lose the rest"))
        elif purpose is NotePurpose.APPROVE_RETURN:
            self.setWindowTitle(self.tr("The manufacturer's approval"))
            ui.note_label.setText(self.tr("&Approval reference:"))
            ui.note_edit.setPlaceholderText(self.tr("The number of the manufacturer's written approval (D15)"))
            ui.ok_button.setText(self.tr("&Record approval"))
        else:
            self.setWindowTitle(self.tr("Refused by the manufacturer"))
            ui.note_label.setText(self.tr("&Reason:"))
            ui.note_edit.setPlaceholderText(self.tr("Why the manufacturer refused the return"))
            ui.ok_button.setText(self.tr("Record re&fusal"))
        self.mark_clean()
        ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        return self.ui.note_edit.text()

    @Slot()
    def save(self) -> None:
        text, number, actor = self.ui.note_edit.text(), self.number, self._actor
        if self.purpose is NotePurpose.CANCEL_REQUISITION:
            call = lambda: self._services.requisitions.cancel(actor, number, text)  # noqa: E731
            message, tone = self.tr("Requisition {number} cancelled."), OK
        elif self.purpose is NotePurpose.CLOSE_SHORT:
            call = lambda: self._services.requisitions.close_short(actor, number, text)  # noqa: E731
            message, tone = self.tr("The rest of requisition {number} is closed: only what arrived counts toward "
                                    "the quota (D6)."), OK
        elif self.purpose is NotePurpose.APPROVE_RETURN:
            call = lambda: self._services.returns.approve(actor, number, text)  # noqa: E731
            message, tone = self.tr("{number} approved by the manufacturer: it may be packed and shipped."), OK
        else:
            call = lambda: self._services.returns.refuse(actor, number, text)  # noqa: E731
            message, tone = self.tr("{number} refused by the manufacturer: nothing may be shipped (D15)."), WARN
        if self.attempt(call, self.errors) is FAILED:
            return
        self.finish(number, message.format(number=number), tone)
