"""取消等待的备件: a part line still waiting for stock is dropped from the order, with the reason (W3, W6, D8)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.gui.forms.ui_work_order_drop_waiting_dialog import Ui_DropWaitingDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.order_dialog import FAILED, OK, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.texts import join, text_of
from desktop_app.services.actor import Actor
from desktop_app.services.waiting_parts import DroppedLine
from desktop_app.services.work_order_details import WorkOrderDetail


class DropWaitingDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_DropWaitingDialog(), services, actor, parent)
        ui = self.ui
        self.errors = FieldErrors([("line", ui.line_combo, ui.line_error),
                                   ("reason", ui.reason_edit, ui.reason_error)], ui.error_label)
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.errors.clear()
        ui.reason_edit.clear()
        combo = ui.line_combo
        combo.clear()
        for line in self._services.waiting.lines(detail.id):
            combo.addItem(self.tr("{part} {name} ×{quantity} (paid by: {payer})").format(
                part=line.part_no, name=line.name, quantity=line.quantity, payer=text_of(line.charged_to)),
                line.line_id)
        combo.setCurrentIndex(0 if combo.count() else -1)
        ui.current_label.setText(self.tr("Parts waiting for stock on this order: {count}.").format(count=combo.count()))
        combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        return self.ui.reason_edit.text()

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        line_id = self.ui.line_combo.currentData()
        order_id, version = self.detail.id, self.detail.row_version
        dropped = self.attempt(lambda: self._services.waiting.drop(
            self._actor, order_id, line_id, self.ui.reason_edit.text(), expected_version=version), self.errors)
        if dropped is FAILED:
            return
        self.finish(self.message(dropped), OK)

    def message(self, dropped: DroppedLine) -> str:
        said = [self.tr("{part} ×{quantity} no longer waits on this order.").format(
            part=dropped.part_no, quantity=dropped.quantity)]
        if dropped.requisitions:  # D8: requisition lines count parts, not orders' lines
            said.append(self.tr("The requisition line is not changed: {requisitions} still orders it, and what "
                                "arrives goes into stock (D8).").format(requisitions=join(list(dropped.requisitions))))
        if dropped.repair_goes_on:
            said.append(self.tr("Nothing else waits: the repair goes on."))
        # Chinese sentences end in a full-width stop and run on; English ones take a space.
        return "".join(part if not index or said[index - 1].endswith("。") else " " + part
                       for index, part in enumerate(said))
